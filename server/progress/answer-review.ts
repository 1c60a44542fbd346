import "server-only";
import { isTeacherGraded, parseResponse } from "@/lib/grading";
import type { ReviewAnswerResult } from "@/lib/progress/review";
import { nextReview } from "@/lib/review-schedule";
import { feedbackFor } from "@/server/attempts/feedback";
import { requireStudent } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadReviewQueue } from "@/server/progress/review-queue";

export type AnswerReviewInput = { questionId: string; versionId: string; response: unknown };

type ItemRow = { box: number; dueAt: Date; revealAt: Date | null; versionId: string; type: string; retiredAt: Date | null };

/**
 * The student answers one due review question. It is graded against the question's current version and
 * moves through the Leitner boxes: right → the next box (or out of the queue from the top box), wrong or
 * partly right → box 0. Practice never touches attempts or answers. The write is conditional on the item
 * being as it was read, so a double click or a second tab moves it once; the other gets a CONFLICT.
 */
export async function answerReview(input: AnswerReviewInput, { now = new Date() }: { now?: Date } = {}): Promise<ReviewAnswerResult> {
  const student = await requireStudent();
  // Ownership is in the key: another student's item looks exactly like one that does not exist.
  const [item] = await db.$queryRaw<ItemRow[]>`
    SELECT ri.box, ri."dueAt", ri."revealAt", qv.id AS "versionId", qv.type, q."retiredAt"
    FROM "ReviewItem" ri
    JOIN "Question" q ON q.id = ri."questionId"
    JOIN "QuestionVersion" qv ON qv."questionId" = q.id AND qv.version = q."currentVersion"
    WHERE ri."studentId" = ${student.id} AND ri."questionId" = ${input.questionId}`;
  // An item held by its attempt's reveal policy is not in the queue yet: answering it would show the explanation.
  if (!item || !item.revealAt || item.revealAt > now) throw new AppError("NOT_FOUND", "That question is not in your review queue.");
  if (item.retiredAt || isTeacherGraded(item.type)) {
    await db.reviewItem.deleteMany({ where: { studentId: student.id, questionId: input.questionId } });
    throw new AppError("CONFLICT", "This question is no longer part of review.");
  }
  if (item.dueAt > now) throw new AppError("CONFLICT", "You have already answered this question; it will come back later.");
  if (item.versionId !== input.versionId) throw new AppError("CONFLICT", "This question was updated while you were answering. Reload the page to see the new version.");

  const version = (await getQuestionVersions([item.versionId])).get(item.versionId);
  if (!version) throw new AppError("NOT_FOUND", "That question is not in your review queue.");
  const parsed = parseResponse(version.definition, input.response);
  if (!parsed.ok) throw new AppError("BAD_REQUEST", `Answer not checked: ${parsed.error}`);
  const feedback = feedbackFor(version.definition, parsed.response, null);

  const next = nextReview({ box: item.box, now, correct: feedback.correct });
  const asRead = { studentId: student.id, questionId: input.questionId, box: item.box, dueAt: item.dueAt };
  const moved = next.graduated
    ? await db.reviewItem.deleteMany({ where: asRead })
    : await db.reviewItem.updateMany({ where: asRead, data: { box: next.box, dueAt: next.dueAt, lastReviewedAt: now } });
  if (moved.count === 0) throw new AppError("CONFLICT", "You have already answered this question; it will come back later.");

  return {
    questionId: input.questionId,
    feedback,
    outcome: next.graduated ? { graduated: true } : { graduated: false, box: next.box, dueAt: next.dueAt.toISOString() },
    queue: await loadReviewQueue(student.id, now),
  };
}
