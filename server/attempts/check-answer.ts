import "server-only";
import { storedAdjustment, withAdjustedKey } from "@/lib/grading/adjustment";
import type { AnswerFeedback } from "@/lib/quiz/attempt-view";
import { revealFor } from "@/lib/reveal-policy";
import { requireStudent } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { feedbackFor } from "@/server/attempts/feedback";

/**
 * "Show answers after each question": the student asks for feedback on one saved answer, which locks it
 * (otherwise one could try every choice). Only while the reveal policy allows it (lib/reveal-policy.ts).
 */
export async function checkAnswer({ attemptId, questionId }: { attemptId: string; questionId: string }): Promise<AnswerFeedback> {
  const student = await requireStudent();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id },
    select: { submittedAt: true, expiresAt: true, questionVersionIds: true, assignment: { select: { revealPolicy: true, dueAt: true, adjustments: { where: { questionId }, select: { kind: true, key: true } } } }, answers: { where: { questionId }, select: { response: true } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  if (attempt.submittedAt) throw new AppError("CONFLICT", "This attempt has been submitted.");
  if (attempt.expiresAt && attempt.expiresAt <= new Date()) throw new AppError("CONFLICT", "The time limit has passed.");
  if (!revealFor(attempt.assignment, attempt, new Date()).checkWhileAnswering) throw new AppError("FORBIDDEN", "Answers are not shown during this quiz.");
  const versionId = (attempt.questionVersionIds as Record<string, string>)[questionId];
  if (!versionId) throw new AppError("BAD_REQUEST", "That question is not part of this attempt.");
  const answer = attempt.answers[0];
  if (!answer || answer.response === null) throw new AppError("BAD_REQUEST", "Answer the question before checking it.");

  const version = (await getQuestionVersions([versionId])).get(versionId)!;
  // A key the teacher corrected for this assignment is the key this check goes by, as grading at submit does.
  const adjusted = attempt.assignment.adjustments[0];
  const definition = adjusted ? withAdjustedKey(version.definition, storedAdjustment(version.definition, adjusted.kind, adjusted.key) ?? undefined) : version.definition;
  const feedback = feedbackFor(definition, answer.response, null);
  await db.answer.updateMany({ where: { attemptId, questionId, checkedAt: null }, data: { checkedAt: new Date() } });
  return feedback;
}
