import "server-only";
import { gradeCommentSchema } from "@/lib/grade-schema";
import { rubricTotal } from "@/lib/grading";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recomputeAttemptTotal } from "@/server/grading/attempt-total";
import type { GradeResult } from "@/server/grading/grade-answer";

type Locked = { score: number | null; maxPoints: number; questionVersionId: string; submittedAt: Date | null; studentId: string; assignmentId: string; classId: string };

export type GradeArgumentInput = { attemptId: string; questionId: string; scores: Record<string, number>; comment: string };

/**
 * A teacher grades (or regrades) one argument of a submitted attempt in their class: a level per rubric
 * criterion, the total their sum. Like an open response's grade, in one transaction that locks the attempt
 * first: the answer's criterion scores, total and comment, an audit row (old → new, with the criterion
 * scores), and the attempt's total and "awaiting grading" flag.
 */
export async function gradeArgument(input: GradeArgumentInput): Promise<GradeResult & { scores: Record<string, number> }> {
  const teacher = await requireTeacher();
  const comment = gradeCommentSchema.safeParse(input.comment);
  if (!comment.success) throw new AppError("BAD_REQUEST", comment.error.issues[0]!.message);

  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Locked[]>`
      SELECT an."score", an."maxPoints", an."questionVersionId", at."submittedAt", at."studentId", at."assignmentId", a."classId"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId"
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "Class" c ON c.id = a."classId"
      WHERE an."attemptId" = ${input.attemptId} AND an."questionId" = ${input.questionId} AND c."teacherId" = ${teacher.id}
      FOR UPDATE OF at, an`;
    if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
    if (!row.submittedAt) throw new AppError("CONFLICT", "This attempt has not been submitted yet.");
    const definition = (await getQuestionVersions([row.questionVersionId])).get(row.questionVersionId)?.definition;
    if (definition?.type !== "argument") throw new AppError("BAD_REQUEST", "Only an argument is graded per rubric criterion.");
    const total = rubricTotal(definition.rubric, input.scores);
    if (!total.ok) throw new AppError("BAD_REQUEST", total.error);
    if (total.total > row.maxPoints) throw new AppError("BAD_REQUEST", `The rubric adds up to ${total.total}, above the question's ${row.maxPoints} points.`);

    const note = comment.data.trim() === "" ? null : comment.data.trim();
    const scores = Object.fromEntries(definition.rubric.map((c) => [c.id, input.scores[c.id]!]));
    const now = new Date();
    const key = { attemptId: input.attemptId, questionId: input.questionId };
    await tx.answer.update({ where: { attemptId_questionId: key }, data: { score: total.total, rubricScores: scores, feedback: note, gradedById: teacher.id, gradedAt: now } });
    await tx.gradeAudit.create({ data: { ...key, graderId: teacher.id, oldScore: row.score, newScore: total.total, rubricScores: scores, comment: note, createdAt: now } });
    const attempt = await recomputeAttemptTotal(tx, input.attemptId);

    return { classId: row.classId, studentId: row.studentId, assignmentId: row.assignmentId, ...key, oldScore: row.score, score: total.total, maxPoints: row.maxPoints, attempt, scores };
  });
}
