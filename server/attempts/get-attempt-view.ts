import "server-only";
import type { Question } from "@/lib/content/schemas";
import { mayRevealAnswers } from "@/lib/assignment-rules";
import type { AnswerFeedback, AttemptView } from "@/lib/quiz/attempt-view";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { requireStudent } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { feedbackFor } from "@/server/attempts/feedback";
import { finishExpiredAttempts } from "@/server/attempts/submit-attempt";


/** Everything the quiz player needs to resume an open attempt exactly where it was; never an answer key. */
export async function getAttemptView({ attemptId }: { attemptId: string }): Promise<AttemptView | { submitted: true; assignmentId: string }> {
  const student = await requireStudent();
  await finishExpiredAttempts({ studentId: student.id });
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id, assignment: { removedAt: null } },
    include: { assignment: { include: { lesson: { select: { title: true } } } }, answers: { select: { questionId: true, response: true, flagged: true, updatedAt: true, checkedAt: true, score: true, clientSeq: true } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  if (attempt.submittedAt) return { submitted: true, assignmentId: attempt.assignmentId };

  const versionIds = attempt.questionVersionIds as Record<string, string>;
  const versions = await getQuestionVersions(Object.values(versionIds));
  const questions = Object.entries(versionIds).map(([questionId, versionId], i) => ({ questionId, versionId, definition: versions.get(versionId)!.definition, number: i + 1 }));

  const sources = await loadEvidenceSources(questions.map((q) => q.definition));

  const answers: AttemptView["answers"] = {};
  const checked: Record<string, AnswerFeedback> = {};
  for (const a of attempt.answers) {
    if (a.response === null) continue;
    answers[a.questionId] = { response: a.response, flagged: a.flagged, updatedAt: a.updatedAt.toISOString(), seq: Number(a.clientSeq) };
    const q = questions.find((x) => x.questionId === a.questionId);
    if (a.checkedAt && q) checked[a.questionId] = feedbackFor(q.definition as Question, a.response, a.score);
  }

  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    lessonTitle: attempt.assignment.lesson.title,
    attemptNumber: attempt.number,
    expiresAt: attempt.expiresAt?.toISOString() ?? null,
    checkEachAnswer: attempt.assignment.revealPolicy === "AFTER_EACH_QUESTION",
    questions: questions.map((q) => toPublicQuestion(q.definition, { questionId: q.questionId, versionId: q.versionId, number: q.number })),
    answers,
    checked,
    sources,
    resultsUrl: `/assignments/${attempt.assignmentId}/attempts/${attempt.id}/results`,
  };
}

export { mayRevealAnswers };
