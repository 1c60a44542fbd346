import "server-only";
import type { ReviewCard, ReviewQueueView } from "@/lib/progress/review";
import { arrangeOptions, drawLayout, seedFrom } from "@/lib/quiz/layout";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";

// The student's review queue as practice sees it. Callers have already authorised the student.
// What can be practised: the question's CURRENT version (practice is not pinned like an attempt),
// not retired, and auto-graded; an open response needs a teacher, so it never comes up for review.
// Practice shows the explanation, so an item waits until its attempt's reveal policy shows answers
// (ReviewItem.revealAt, set at submit from lib/reveal-policy.ts; null = never): it is due at the later
// of its Leitner date and that moment, and until then it is not counted, shown or answerable.

type QueueRow = {
  dueNow: number;
  nextDueAt: Date | null;
  questionId: string | null;
  versionId: string | null;
  box: number | null;
  lessonTitle: string | null;
};

/** Counts, the next due time and the first due item, in one statement whatever the queue's length. */
export async function readReviewQueue(studentId: string, now: Date) {
  const [row] = await db.$queryRaw<QueueRow[]>`
    WITH queue AS (
      SELECT ri."questionId", ri.box, GREATEST(ri."dueAt", ri."revealAt") AS "dueAt", qv.id AS "versionId", COALESCE(l.title, 'A question from your teacher') AS "lessonTitle"
      FROM "ReviewItem" ri
      JOIN "Question" q ON q.id = ri."questionId" AND q."retiredAt" IS NULL
      JOIN "QuestionVersion" qv ON qv."questionId" = q.id AND qv.version = q."currentVersion" AND qv.type NOT IN ('open-response', 'argument')
      LEFT JOIN "Lesson" l ON l.id = q."lessonId" -- a teacher's own question belongs to no lesson
      WHERE ri."studentId" = ${studentId} AND ri."revealAt" IS NOT NULL
    )
    SELECT (SELECT count(*)::int FROM queue WHERE "dueAt" <= ${now}) AS "dueNow",
           (SELECT min("dueAt") FROM queue WHERE "dueAt" > ${now}) AS "nextDueAt",
           first."questionId", first."versionId", first.box, first."lessonTitle"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (SELECT * FROM queue WHERE "dueAt" <= ${now} ORDER BY "dueAt", "questionId" LIMIT 1) AS first ON true`;
  return row ?? { dueNow: 0, nextDueAt: null, questionId: null, versionId: null, box: null, lessonTitle: null };
}

/** Drops items that can no longer be practised (open responses, retired or vanished questions). Idempotent. */
export async function pruneReviewQueue(studentId: string) {
  return db.$executeRaw`
    DELETE FROM "ReviewItem" ri
    WHERE ri."studentId" = ${studentId} AND NOT EXISTS (
      SELECT 1 FROM "Question" q
      JOIN "QuestionVersion" qv ON qv."questionId" = q.id AND qv.version = q."currentVersion"
      WHERE q.id = ri."questionId" AND q."retiredAt" IS NULL AND qv.type NOT IN ('open-response', 'argument'))`;
}

/** The queue with its first due question ready to show. At most two more reads: the (cached) definition and an evidence source. */
export async function loadReviewQueue(studentId: string, now: Date): Promise<ReviewQueueView> {
  const row = await readReviewQueue(studentId, now);
  const base = { dueNow: row.dueNow, nextDueAt: row.nextDueAt?.toISOString() ?? null };
  if (!row.questionId || !row.versionId) return { ...base, card: null };

  const version = (await getQuestionVersions([row.versionId])).get(row.versionId);
  if (!version) return { ...base, card: null };
  const definition = version.definition;
  // Practice shuffles too (the file's order would show where keys tend to be), in an order that holds
  // across reloads and changes when the card comes back in its next box.
  const layout = drawLayout([{ questionId: row.questionId, definition }], seedFrom(`${studentId}:${row.questionId}:${row.box}`), { shuffleOptions: true, shuffleQuestions: false });
  const card: ReviewCard = {
    question: toPublicQuestion(arrangeOptions(definition, layout.options[row.questionId]), { questionId: row.questionId, versionId: row.versionId, number: 1 }),
    lessonTitle: row.lessonTitle ?? "",
    box: row.box ?? 0,
    sources: await loadEvidenceSources([definition]),
  };
  return { ...base, card };
}

