import "server-only";
import type { AnswerFeedback, AttemptView } from "@/lib/quiz/attempt-view";
import { resultsPath } from "@/lib/quiz/attempt-urls";
import { readLayout } from "@/lib/quiz/layout";
import { revealFor } from "@/lib/reveal-policy";
import { requireStudent } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { loadLessonExcerpts } from "@/server/content/lesson-excerpts";
import { annotationsForStudent } from "@/server/annotations/annotation-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { arrangedQuestions } from "@/server/attempts/arranged-questions";
import { feedbackFor } from "@/server/attempts/feedback";
import { loadAccommodation } from "@/server/accommodations/load-accommodation";
import { timeLimitNote } from "@/lib/accommodations";

/**
 * Everything the quiz player needs to resume an open attempt exactly where it was, in the attempt's own
 * order; never an answer key. A submitted attempt, or one whose time has run out (the page submits
 * those first, see expire-attempts.ts), has results instead.
 */
export async function getAttemptView({ attemptId }: { attemptId: string }): Promise<AttemptView | { submitted: true; assignmentId: string }> {
  const student = await requireStudent();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id, assignment: { removedAt: null } },
    include: { assignment: { include: { lesson: { select: { title: true } } } }, answers: { select: { questionId: true, response: true, flagged: true, updatedAt: true, checkedAt: true, score: true, clientSeq: true } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  const now = new Date();
  if (attempt.submittedAt || (attempt.expiresAt && attempt.expiresAt <= now)) return { submitted: true, assignmentId: attempt.assignmentId };

  const questions = await arrangedQuestions(attempt.questionVersionIds as Record<string, string>, readLayout(attempt.layout));
  const [sources, excerpts, accommodation, annotations] = await Promise.all([
    loadEvidenceSources(questions.map((q) => q.definition)),
    loadLessonExcerpts(attempt.assignment.lessonId),
    loadAccommodation({ assignmentId: attempt.assignmentId, studentId: student.id }),
    annotationsForStudent(attempt.assignmentId, student.id),
  ]);
  const reveal = revealFor(attempt.assignment, attempt, now);

  const answers: AttemptView["answers"] = {};
  const checked: Record<string, AnswerFeedback> = {};
  for (const a of attempt.answers) {
    if (a.response === null) continue;
    answers[a.questionId] = { response: a.response, flagged: a.flagged, updatedAt: a.updatedAt.toISOString(), seq: Number(a.clientSeq) };
    const q = questions.find((x) => x.questionId === a.questionId);
    // Feedback already given stays on screen — unless the teacher has since stopped answers being shown.
    if (a.checkedAt && q && reveal.checkWhileAnswering) checked[a.questionId] = feedbackFor(q.definition, a.response, a.score);
  }

  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    lessonTitle: attempt.assignment.lesson.title,
    attemptNumber: attempt.number,
    expiresAt: attempt.expiresAt?.toISOString() ?? null,
    checkEachAnswer: reveal.checkWhileAnswering,
    questions: questions.map((q) => q.public),
    answers,
    checked,
    sources,
    excerpts,
    annotations: [...annotations.model, ...annotations.mine],
    resultsUrl: resultsPath(attempt.assignmentId, attempt.id),
    accommodation: {
      timeNote: accommodation.extraTime ? timeLimitNote(attempt.assignment.timeLimitMinutes, accommodation.extraTime) : null,
      adaptedFirst: accommodation.adaptedFirst,
      readAloud: accommodation.readAloud,
      sentenceFrames: accommodation.sentenceFrames,
    },
  };
}
