import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RevealPolicy } from "@/lib/enums";
import { isLate } from "@/lib/assignment-rules";
import { isTeacherGraded } from "@/lib/grading";
import { revealsFrom } from "@/lib/reveal-policy";
import { storedAdjustment, type Adjustment } from "@/lib/grading/adjustment";
import { newReviewItem } from "@/lib/review-schedule";
import type { VersionDefinition } from "@/server/content/question-versions";
import type { Tx } from "@/server/db";
import { gradeAttempt } from "@/server/attempts/grade-attempt";

/**
 * For a claim's RETURNING (aliases `at` for the attempt, `a` for its assignment): the student's own due date,
 * their personal one (an AssignmentAccommodation) or the assignment's. Late means after it.
 */
export const OWN_DUE_AT = Prisma.sql`COALESCE((SELECT aa."dueAt" FROM "AssignmentAccommodation" aa WHERE aa."assignmentId" = at."assignmentId" AND aa."studentId" = at."studentId"), a."dueAt") AS "dueAt"`;

/** An attempt whose submission was just claimed (its conditional UPDATE ... RETURNING), ready to grade. */
export type ClaimedAttempt = {
  id: string;
  studentId: string;
  assignmentId: string;
  submittedAt: Date;
  questionVersionIds: Record<string, string>;
  dueAt: Date;
  revealPolicy: RevealPolicy;
  /** The assignment's thrown-out or regraded questions (QuestionAdjustment rows), read by the claiming statement. */
  adjustments?: StoredAdjustment[] | null;
};

export type StoredAdjustment = { questionId: string; kind: Adjustment["kind"]; key: unknown };

/** The claiming UPDATE's RETURNING column that carries the assignment's adjustments (the Assignment is `a`). */
export const ADJUSTMENTS_COLUMN = Prisma.sql`(SELECT json_agg(json_build_object('questionId', qa."questionId", 'kind', qa.kind, 'key', qa.key)) FROM "QuestionAdjustment" qa WHERE qa."assignmentId" = a.id) AS adjustments`;

export type GradeSummary = { score: number; maxScore: number; awaitingGrading: boolean };

/**
 * Grades attempts whose submission the caller claimed in this transaction, and records it: a graded answer
 * row for every question (unanswered ones too, so reports and review see every question), the totals and
 * the late flag, and review items for the questions missed. Four statements however many attempts, so a
 * whole class timing out at once costs what one student submitting does.
 *
 * Review practice shows the explanation, so each item holds until the attempt's reveal policy shows its
 * answers (`revealAt`, from lib/reveal-policy.ts; null = never). Open responses need a teacher's eye, so
 * they are not practised alone.
 */
export async function recordGrades(tx: Tx, claimed: ClaimedAttempt[], versions: Map<string, VersionDefinition>): Promise<Map<string, GradeSummary>> {
  const summaries = new Map<string, GradeSummary>();
  if (claimed.length === 0) return summaries;
  const saved = await tx.answer.findMany({ where: { attemptId: { in: claimed.map((a) => a.id) } }, select: { attemptId: true, questionId: true, response: true } });

  const answers: { attemptId: string; questionId: string; versionId: string; score: number | null; maxPoints: number }[] = [];
  const totals: { id: string; late: boolean; summary: GradeSummary }[] = [];
  const review = new Map<string, { studentId: string; questionId: string; attemptId: string; dueAt: Date; revealAt: Date | null }>();
  for (const attempt of claimed) {
    const pinned = Object.entries(attempt.questionVersionIds);
    const responses = new Map(saved.filter((s) => s.attemptId === attempt.id).map((s) => [s.questionId, s.response]));
    const adjustments = new Map<string, Adjustment>();
    for (const stored of attempt.adjustments ?? []) {
      const versionId = attempt.questionVersionIds[stored.questionId];
      const adjustment = versionId ? storedAdjustment(versions.get(versionId)!.definition, stored.kind, stored.key) : null;
      if (adjustment) adjustments.set(stored.questionId, adjustment);
    }
    const graded = gradeAttempt(pinned.map(([questionId, versionId]) => ({ questionId, definition: versions.get(versionId)!.definition })), responses, adjustments);
    const summary = { score: graded.score, maxScore: graded.maxScore, awaitingGrading: graded.awaitingGrading };
    summaries.set(attempt.id, summary);
    totals.push({ id: attempt.id, late: isLate(attempt.submittedAt, attempt.dueAt), summary });
    for (const row of graded.answers) answers.push({ attemptId: attempt.id, questionId: row.questionId, versionId: attempt.questionVersionIds[row.questionId]!, score: row.score, maxPoints: row.maxPoints });

    const practisable = new Set(pinned.filter(([, v]) => !isTeacherGraded(versions.get(v)!.definition.type)).map(([q]) => q));
    const { dueAt } = newReviewItem(attempt.submittedAt);
    const revealAt = revealsFrom(attempt, attempt.submittedAt);
    for (const row of graded.answers) {
      if (!practisable.has(row.questionId) || row.score === null || row.score >= row.maxPoints) continue;
      const key = `${attempt.studentId}:${row.questionId}`;
      const earlier = review.get(key);
      // One student's two attempts in one batch may miss the same question: the one revealing sooner governs.
      if (!earlier || revealsSooner(revealAt, earlier.revealAt)) review.set(key, { studentId: attempt.studentId, questionId: row.questionId, attemptId: attempt.id, dueAt, revealAt });
    }
  }

  await tx.$executeRaw`
    INSERT INTO "Answer" ("attemptId", "questionId", "questionVersionId", "response", "score", "maxPoints", "updatedAt")
    SELECT v.aid, v.qid, v.vid, 'null'::jsonb, v.score, v.max, now()
    FROM unnest(${answers.map((a) => a.attemptId)}::text[], ${answers.map((a) => a.questionId)}::text[], ${answers.map((a) => a.versionId)}::text[],
                ${answers.map((a) => a.score)}::float8[], ${answers.map((a) => a.maxPoints)}::float8[]) AS v(aid, qid, vid, score, max)
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "score" = EXCLUDED."score", "maxPoints" = EXCLUDED."maxPoints"`;

  await tx.$executeRaw`
    UPDATE "Attempt" AS at SET "score" = v.score, "maxScore" = v.max, "awaitingGrading" = v.awaiting, "late" = v.late
    FROM unnest(${totals.map((t) => t.id)}::text[], ${totals.map((t) => t.summary.score)}::float8[], ${totals.map((t) => t.summary.maxScore)}::float8[],
                ${totals.map((t) => t.summary.awaitingGrading)}::boolean[], ${totals.map((t) => t.late)}::boolean[]) AS v(id, score, max, awaiting, late)
    WHERE at.id = v.id`;

  const items = [...review.values()];
  if (items.length > 0) {
    // A question already in the queue starts again at box 0; it stays governed by whichever attempt reveals sooner.
    await tx.$executeRaw`
      INSERT INTO "ReviewItem" ("studentId", "questionId", "box", "dueAt", "attemptId", "revealAt")
      SELECT v.sid, v.qid, 0, v.due::timestamptz, v.aid, v.reveal::timestamptz
      FROM unnest(${items.map((i) => i.studentId)}::text[], ${items.map((i) => i.questionId)}::text[], ${items.map((i) => i.dueAt.toISOString())}::text[],
                  ${items.map((i) => i.attemptId)}::text[], ${items.map((i) => i.revealAt?.toISOString() ?? null)}::text[]) AS v(sid, qid, due, aid, reveal)
      ON CONFLICT ("studentId", "questionId") DO UPDATE SET
        "box" = 0,
        "dueAt" = EXCLUDED."dueAt",
        "attemptId" = CASE WHEN "ReviewItem"."revealAt" IS NOT NULL AND (EXCLUDED."revealAt" IS NULL OR "ReviewItem"."revealAt" <= EXCLUDED."revealAt")
                           THEN "ReviewItem"."attemptId" ELSE EXCLUDED."attemptId" END,
        "revealAt" = CASE WHEN "ReviewItem"."revealAt" IS NOT NULL AND (EXCLUDED."revealAt" IS NULL OR "ReviewItem"."revealAt" <= EXCLUDED."revealAt")
                          THEN "ReviewItem"."revealAt" ELSE EXCLUDED."revealAt" END`;
  }
  return summaries;
}

const revealsSooner = (a: Date | null, b: Date | null) => a !== null && (b === null || a < b);
