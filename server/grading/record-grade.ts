import "server-only";
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

/** The answer being graded, as locked: its current score and what the grade is checked against. */
export type LockedAnswer = { score: number | null; maxPoints: number; type: string; questionVersionId: string };

/** What a teacher's grade sets on the answer, decided once the answer is locked (may throw an AppError). */
export type Grade = { score: number; comment: string | null; rubricScores?: Record<string, number> };

type Row = LockedAnswer & { submittedAt: Date | null; studentId: string; assignmentId: string; classId: string };

/**
 * A teacher's grade of one answer of a submitted attempt in their class (an open response, an argument), in
 * one transaction: the answer's score and comment, an audit row (old → new), and the attempt's total and
 * "awaiting grading" flag. The attempt row is locked first, so two grades of the same attempt at once cannot
 * each add up the other's old score; `decide` sees the locked answer and returns the grade or refuses it.
 */
export async function recordGrade(
  teacherId: string,
  { attemptId, questionId }: { attemptId: string; questionId: string },
  decide: (answer: LockedAnswer) => Grade | Promise<Grade>,
): Promise<GradeResult> {
  const key = { attemptId, questionId };
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Row[]>`
      SELECT an."score", an."maxPoints", an."questionVersionId", qv."type", at."submittedAt", at."studentId", at."assignmentId", a."classId"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId"
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN "Class" c ON c.id = a."classId"
      JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"
      WHERE an."attemptId" = ${key.attemptId} AND an."questionId" = ${key.questionId} AND c."teacherId" = ${teacherId}
      FOR UPDATE OF at, an`;
    if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
    if (!row.submittedAt) throw new AppError("CONFLICT", "This attempt has not been submitted yet.");
    const grade = await decide(row);
    const now = new Date();
    const graded = { score: grade.score, feedback: grade.comment, rubricScores: grade.rubricScores, gradedById: teacherId, gradedAt: now };
    await tx.answer.update({ where: { attemptId_questionId: key }, data: graded });
    await tx.gradeAudit.create({ data: { ...key, graderId: teacherId, oldScore: row.score, newScore: grade.score, rubricScores: grade.rubricScores, comment: grade.comment, createdAt: now } });
    const attempt = await recomputeAttemptTotal(tx, key.attemptId);
    return { classId: row.classId, studentId: row.studentId, assignmentId: row.assignmentId, ...key, oldScore: row.score, score: grade.score, maxPoints: row.maxPoints, attempt };
  });
}
