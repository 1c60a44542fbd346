import "server-only";
import { canStartAttempt } from "@/lib/assignment-rules";
import type { Question } from "@/lib/content/schemas";
import type { AnswerFeedback } from "@/lib/quiz/attempt-view";
import { readLayout } from "@/lib/quiz/layout";
import { revealFor } from "@/lib/reveal-policy";
import { requireStudent } from "@/server/authz";
import { annotationsWithQuotes } from "@/server/annotations/annotation-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { arrangedQuestions } from "@/server/attempts/arranged-questions";
import { feedbackFor } from "@/server/attempts/feedback";

/** How one question went: only when the reveal policy shows per-question results. */
export type ResultMarks = {
  score: number | null;
  /** An open response waiting for the teacher. */
  pending: boolean;
  feedback: AnswerFeedback;
  teacherComment: string | null;
};

export type ResultItem = {
  number: number;
  questionId: string;
  prompt: string;
  type: Question["type"];
  answered: boolean;
  maxPoints: number;
  /** Absent while (or if ever) the reveal policy withholds per-question results: the student sees the total only. */
  marks?: ResultMarks;
};

/**
 * A submitted attempt's results: the total always; each question's score, the teacher's comment, whether
 * it was right, the explanation and evidence only as the reveal policy allows (lib/reveal-policy.ts).
 * The page submits the student's expired attempts first (expire-attempts.ts), so a timed-out one is here.
 */
export async function getResults({ attemptId }: { attemptId: string }) {
  const student = await requireStudent();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id, submittedAt: { not: null } },
    include: {
      assignment: { include: { lesson: { select: { id: true, title: true } }, _count: { select: { attempts: { where: { studentId: student.id } } } } } },
      answers: { select: { questionId: true, response: true, score: true, maxPoints: true, feedback: true } },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Results not found.");

  const now = new Date();
  const reveal = revealFor(attempt.assignment, attempt, now);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const [questions, annotations] = await Promise.all([arrangedQuestions(attempt.questionVersionIds as Record<string, string>, readLayout(attempt.layout)), annotationsWithQuotes(attempt.assignmentId, student.id)]);

  const items: ResultItem[] = questions.map(({ questionId, definition, number }) => {
    const answer = answers.get(questionId);
    const answered = answer !== undefined && answer.response !== null;
    const item: ResultItem = { number, questionId, prompt: definition.prompt, type: definition.type, answered, maxPoints: answer?.maxPoints ?? definition.points };
    if (!reveal.perQuestion) return item;
    return {
      ...item,
      marks: {
        score: answer?.score ?? 0,
        pending: definition.type === "open-response" && answered && answer.score === null,
        feedback: feedbackFor(definition, answer?.response ?? null, answer?.score ?? null),
        teacherComment: answer?.feedback ?? null,
      },
    };
  });

  const retake = canStartAttempt(attempt.assignment, attempt.assignment._count.attempts, now);
  return {
    attempt: { id: attempt.id, number: attempt.number, submittedAt: attempt.submittedAt!, late: attempt.late, score: attempt.score, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading },
    assignment: { id: attempt.assignmentId, lessonTitle: attempt.assignment.lesson.title, lessonId: attempt.assignment.lesson.id, revealPolicy: attempt.assignment.revealPolicy, dueAt: attempt.assignment.dueAt },
    reveal,
    canRetake: retake.ok && !attempt.assignment.readingOnly,
    items,
    annotations,
  };
}
