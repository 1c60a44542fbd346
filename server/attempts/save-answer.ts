import "server-only";
import { parseResponse } from "@/lib/grading";
import { requireSessionClaims } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { sentenceIdsOf } from "@/server/content/source-sentences";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { submitExpiredAttempts } from "@/server/attempts/expire-attempts";

export type SaveAnswerInput = { attemptId: string; questionId: string; versionId: string; response: unknown; flagged: boolean; seq: number };

/**
 * Autosave. The payload is checked against the question (cached definition, no query), then ONE statement
 * writes it: an upsert whose SELECT only yields a row when the attempt is the caller's, their session is
 * current, the attempt is open and within its time, and the question belongs to it. A late retry carrying
 * an older change counter never overwrites a newer answer. Only a refused write costs a second query, to say why.
 */
export async function saveAnswer(input: SaveAnswerInput): Promise<{ savedAt: Date }> {
  const claims = await requireSessionClaims();
  const version = (await getQuestionVersions([input.versionId])).get(input.versionId);
  if (!version || version.questionId !== input.questionId) throw new AppError("BAD_REQUEST", "That question is not part of this attempt.");
  // An argument's citations are checked against every sentence of its documents (one small query, cached ids).
  const definition = version.definition;
  const sourceSentences = definition.type === "argument" ? await sentenceIdsOf(definition.sources) : undefined;
  const parsed = parseResponse(definition, input.response, { sourceSentences });
  if (!parsed.ok) throw new AppError("BAD_REQUEST", `Answer not saved: ${parsed.error}`);

  const rows = await db.$queryRaw<{ updatedAt: Date }[]>`
    INSERT INTO "Answer" ("attemptId", "questionId", "questionVersionId", "response", "flagged", "clientSeq", "maxPoints", "updatedAt")
    SELECT at.id, ${input.questionId}::text, ${input.versionId}::text, ${JSON.stringify(parsed.response)}::jsonb, ${input.flagged}::boolean, ${input.seq}::bigint, ${version.maxPoints}::float8, now()
    FROM "Attempt" at JOIN "User" u ON u.id = at."studentId"
    WHERE at.id = ${input.attemptId} AND at."studentId" = ${claims.userId} AND u."sessionVersion" = ${claims.sessionVersion}
      AND at."submittedAt" IS NULL AND (at."expiresAt" IS NULL OR at."expiresAt" > now())
      AND at."questionVersionIds" ->> ${input.questionId} = ${input.versionId}
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET "response" = EXCLUDED."response", "flagged" = EXCLUDED."flagged", "clientSeq" = EXCLUDED."clientSeq", "updatedAt" = now()
      WHERE "Answer"."checkedAt" IS NULL AND "Answer"."clientSeq" <= EXCLUDED."clientSeq"
    RETURNING "updatedAt"`;
  if (rows[0]) return { savedAt: rows[0].updatedAt };
  return explainRefusal(input, claims);
}

async function explainRefusal(input: SaveAnswerInput, claims: { userId: string; sessionVersion: number }): Promise<{ savedAt: Date }> {
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, studentId: claims.userId },
    select: { submittedAt: true, expiresAt: true, questionVersionIds: true, student: { select: { sessionVersion: true } }, answers: { where: { questionId: input.questionId }, select: { checkedAt: true, updatedAt: true } } },
  });
  // Someone else's attempt looks exactly like a missing one.
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  if (attempt.student.sessionVersion !== claims.sessionVersion) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; your answers on this page are kept.");
  if (attempt.submittedAt) throw new AppError("CONFLICT", "This attempt has been submitted, so answers can no longer change.");
  if (attempt.expiresAt && attempt.expiresAt <= new Date()) {
    await submitExpiredAttempts({ studentId: claims.userId });
    throw new AppError("CONFLICT", "The time limit has passed. Your saved answers were submitted.");
  }
  if ((attempt.questionVersionIds as Record<string, string>)[input.questionId] !== input.versionId) throw new AppError("BAD_REQUEST", "That question is not part of this attempt.");
  const answer = attempt.answers[0];
  if (answer?.checkedAt) throw new AppError("CONFLICT", "This answer was checked and is now locked.");
  // A newer change is already stored: this older one is superseded, which is not an error.
  return { savedAt: answer?.updatedAt ?? new Date() };
}
