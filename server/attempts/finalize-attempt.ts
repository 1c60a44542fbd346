import "server-only";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ADJUSTMENTS_COLUMN, OWN_DUE_AT, recordGrades, type ClaimedAttempt } from "@/server/attempts/record-grades";

export type SubmitResult = { attemptId: string; assignmentId: string; score: number | null; maxScore: number; awaitingGrading: boolean };

const RESULT = { assignmentId: true, submittedAt: true, score: true, maxScore: true, awaitingGrading: true } as const;

function resultOf(attemptId: string, attempt: { assignmentId: string; score: number | null; maxScore: number | null; awaitingGrading: boolean }): SubmitResult {
  return { attemptId, assignmentId: attempt.assignmentId, score: attempt.score, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading };
}

/**
 * Marks the student's attempt submitted and grades it, exactly once: the conditional UPDATE takes the row
 * lock, so of several concurrent calls one wins and grades inside the transaction; the others wait and
 * read its result. Past its time limit, it counts as submitted when the time ran out. The caller has
 * checked that `studentId` is the signed-in student.
 */
export async function finalizeAttempt({ attemptId, studentId }: { attemptId: string; studentId: string }): Promise<SubmitResult> {
  // Question definitions are loaded before the transaction: a transaction holds a pooled connection, and
  // asking the pool for a second one inside it could wait forever when many students submit at once.
  const pinned = await db.attempt.findFirst({ where: { id: attemptId, studentId }, select: { questionVersionIds: true, ...RESULT } });
  if (!pinned) throw new AppError("NOT_FOUND", "Attempt not found.");
  // Submitted already (a double click, a retry): its grading committed together with submittedAt, so this
  // read is the result, without a transaction.
  if (pinned.submittedAt) return resultOf(attemptId, pinned);
  const versions = await getQuestionVersions(Object.values(pinned.questionVersionIds as Record<string, string>));

  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<ClaimedAttempt[]>`
        UPDATE "Attempt" AS at SET "submittedAt" = LEAST(now(), COALESCE(at."expiresAt", now()))
        FROM "Assignment" AS a
        WHERE at.id = ${attemptId} AND at."studentId" = ${studentId} AND at."submittedAt" IS NULL AND a.id = at."assignmentId"
        RETURNING at.id, at."studentId", at."assignmentId", at."submittedAt", at."questionVersionIds", ${OWN_DUE_AT}, a."revealPolicy", ${ADJUSTMENTS_COLUMN}`;

      // Another call claimed it since our read; the UPDATE waited for its commit. Read what it graded.
      if (claimed.length === 0) {
        const existing = await tx.attempt.findFirst({ where: { id: attemptId, studentId }, select: RESULT });
        if (!existing) throw new AppError("NOT_FOUND", "Attempt not found.");
        return resultOf(attemptId, existing);
      }

      const graded = (await recordGrades(tx, claimed, versions)).get(attemptId)!;
      await tx.user.update({ where: { id: studentId }, data: { lastActiveAt: new Date() } });
      return { attemptId, assignmentId: claimed[0]!.assignmentId, ...graded };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
