import "server-only";
import { gradeSchema } from "@/lib/grade-schema";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recomputeAttemptTotal } from "@/server/grading/attempt-total";

export type GradeResult = {
  classId: string;
  studentId: string;
  assignmentId: string;
  attemptId: string;
  questionId: string;
  oldScore: number | null;
  score: number;
  maxPoints: number;
  attempt: { score: number; maxScore: number; awaitingGrading: boolean };
};

type Locked = { score: number | null; maxPoints: number; type: string; submittedAt: Date | null; studentId: string; assignmentId: string; classId: string };

/**
 * A teacher grades (or regrades) one open response of a submitted attempt in their class. In one
 * transaction: the answer's score and comment, an audit row (old → new), and the attempt's total and
 * "awaiting grading" flag. The attempt row is locked first, so two grades of the same attempt at once
 * cannot each add up the other's old score.
 */
export async function gradeAnswer(input: { attemptId: string; questionId: string; score: number; comment: string }): Promise<GradeResult> {
  const teacher = await requireTeacher();
  // Shape first, before taking any lock; the maximum is checked once the answer is found.
  const early = gradeSchema(Number.MAX_VALUE).safeParse(input);
  if (!early.success) throw new AppError("BAD_REQUEST", early.error.issues[0]!.message);

  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Locked[]>`
      SELECT an."score", an."maxPoints", qv."type", at."submittedAt", at."studentId", at."assignmentId", a."classId"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId"
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "Class" c ON c.id = a."classId"
      JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"
      WHERE an."attemptId" = ${input.attemptId} AND an."questionId" = ${input.questionId} AND c."teacherId" = ${teacher.id}
      FOR UPDATE OF at, an`;
    if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
    if (!row.submittedAt) throw new AppError("CONFLICT", "This attempt has not been submitted yet.");
    if (row.type !== "open-response") throw new AppError("BAD_REQUEST", "Only open responses are graded by hand.");
    const parsed = gradeSchema(row.maxPoints).safeParse(input);
    if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]!.message);

    const score = Math.round(parsed.data.score * 100) / 100;
    const comment = parsed.data.comment;
    const now = new Date();
    const key = { attemptId: input.attemptId, questionId: input.questionId };
    await tx.answer.update({ where: { attemptId_questionId: key }, data: { score, feedback: comment, gradedById: teacher.id, gradedAt: now } });
    await tx.gradeAudit.create({ data: { ...key, graderId: teacher.id, oldScore: row.score, newScore: score, comment, createdAt: now } });

    const attempt = await recomputeAttemptTotal(tx, input.attemptId);

    return {
      classId: row.classId,
      studentId: row.studentId,
      assignmentId: row.assignmentId,
      ...key,
      oldScore: row.score,
      score,
      maxPoints: row.maxPoints,
      attempt,
    };
  });
}
