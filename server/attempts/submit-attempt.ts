import "server-only";
import { isLate } from "@/lib/assignment-rules";
import { newReviewItem } from "@/lib/review-schedule";
import { requireStudent } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { gradeAttempt } from "@/server/attempts/grade-attempt";

export type SubmitResult = { attemptId: string; assignmentId: string; score: number | null; maxScore: number; awaitingGrading: boolean };

const RESULT = { assignmentId: true, submittedAt: true, score: true, maxScore: true, awaitingGrading: true } as const;

function resultOf(attemptId: string, attempt: { assignmentId: string; score: number | null; maxScore: number | null; awaitingGrading: boolean }): SubmitResult {
  return { attemptId, assignmentId: attempt.assignmentId, score: attempt.score, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading };
}

/** The student submits their own attempt. Submitting again (double click, two tabs, a retry) returns the same result. */
export async function submitAttempt({ attemptId }: { attemptId: string }): Promise<SubmitResult> {
  const student = await requireStudent();
  return finalizeAttempt({ attemptId, studentId: student.id });
}

/**
 * Marks the attempt submitted and grades it, exactly once: the conditional UPDATE takes the row lock, so of
 * several concurrent calls one wins and grades inside the transaction; the others wait and read its result.
 */
export async function finalizeAttempt({ attemptId, studentId, at }: { attemptId: string; studentId: string; at?: Date }): Promise<SubmitResult> {
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
      const claimed = await tx.$queryRaw<{ assignmentId: string; submittedAt: Date; questionVersionIds: Record<string, string>; dueAt: Date }[]>`
        UPDATE "Attempt" AS at SET "submittedAt" = LEAST(now(), COALESCE(${at ?? null}::timestamptz, now()), COALESCE(at."expiresAt", now()))
        FROM "Assignment" AS a
        WHERE at.id = ${attemptId} AND at."studentId" = ${studentId} AND at."submittedAt" IS NULL AND a.id = at."assignmentId"
        RETURNING at."assignmentId", at."submittedAt", at."questionVersionIds", a."dueAt"`;

      // Another call claimed it since our read; the UPDATE waited for its commit. Read what it graded.
      if (claimed.length === 0) {
        const existing = await tx.attempt.findFirst({ where: { id: attemptId, studentId }, select: RESULT });
        if (!existing) throw new AppError("NOT_FOUND", "Attempt not found.");
        return resultOf(attemptId, existing);
      }

      const attempt = claimed[0]!;
      const versionIds = Object.entries(attempt.questionVersionIds);
      const saved = await tx.answer.findMany({ where: { attemptId }, select: { questionId: true, response: true } });
      const graded = gradeAttempt(
        versionIds.map(([questionId, versionId]) => ({ questionId, definition: versions.get(versionId)!.definition })),
        new Map(saved.map((a) => [a.questionId, a.response])),
      );

      // Unanswered questions get a row too, so reports and the review queue see every question.
      const rows = graded.answers;
      await tx.$executeRaw`
        INSERT INTO "Answer" ("attemptId", "questionId", "questionVersionId", "response", "score", "maxPoints", "updatedAt")
        SELECT ${attemptId}::text, v.qid, v.vid, 'null'::jsonb, v.score, v.max, now()
        FROM unnest(${rows.map((r) => r.questionId)}::text[], ${rows.map((r) => attempt.questionVersionIds[r.questionId]!)}::text[],
                    ${rows.map((r) => r.score)}::float8[], ${rows.map((r) => r.maxPoints)}::float8[]) AS v(qid, vid, score, max)
        ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "score" = EXCLUDED."score", "maxPoints" = EXCLUDED."maxPoints"`;

      const { submittedAt } = attempt;
      await tx.attempt.update({
        where: { id: attemptId },
        data: { score: graded.score, maxScore: graded.maxScore, awaitingGrading: graded.awaitingGrading, late: isLate(submittedAt, attempt.dueAt) },
      });

      // Missed questions come back later in the student's review queue (spaced retrieval).
      // Open responses need a teacher's eye, so they are not practised alone.
      const practisable = new Set(versionIds.filter(([, v]) => versions.get(v)!.definition.type !== "open-response").map(([q]) => q));
      const missed = rows.filter((r) => practisable.has(r.questionId) && r.score !== null && r.score < r.maxPoints).map((r) => r.questionId);
      if (missed.length > 0) {
        const { box, dueAt } = newReviewItem(submittedAt);
        await tx.$executeRaw`
          INSERT INTO "ReviewItem" ("studentId", "questionId", "box", "dueAt")
          SELECT ${studentId}::text, qid, ${box}::int, ${dueAt}::timestamptz FROM unnest(${missed}::text[]) AS qid
          ON CONFLICT ("studentId", "questionId") DO UPDATE SET "box" = 0, "dueAt" = EXCLUDED."dueAt"`;
      }
      await tx.user.update({ where: { id: studentId }, data: { lastActiveAt: new Date() } });
      return { attemptId, assignmentId: attempt.assignmentId, score: graded.score, maxScore: graded.maxScore, awaitingGrading: graded.awaitingGrading };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/** The time limit is enforced on the server: an attempt past its expiry is submitted with what was saved. */
export async function finishExpiredAttempts(where: { studentId: string; assignmentId?: string }) {
  const expired = await db.attempt.findMany({
    where: { ...where, submittedAt: null, expiresAt: { lte: new Date() } },
    select: { id: true, studentId: true, expiresAt: true },
  });
  for (const attempt of expired) await finalizeAttempt({ attemptId: attempt.id, studentId: attempt.studentId, at: attempt.expiresAt! });
  return expired.length;
}
