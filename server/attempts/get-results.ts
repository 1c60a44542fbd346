import "server-only";
import { canStartAttempt, mayRevealAnswers } from "@/lib/assignment-rules";
import type { Question } from "@/lib/content/schemas";
import type { AnswerFeedback } from "@/lib/quiz/attempt-view";
import { requireStudent } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { feedbackFor } from "@/server/attempts/feedback";
import { finishExpiredAttempts } from "@/server/attempts/submit-attempt";

export type ResultItem = {
  number: number;
  questionId: string;
  prompt: string;
  type: Question["type"];
  answered: boolean;
  score: number | null;
  maxPoints: number;
  pending: boolean;
  /** Present only when the reveal policy allows it. */
  feedback?: AnswerFeedback;
  teacherComment: string | null;
};

/** A submitted attempt's results, showing correct answers and explanations only as the reveal policy allows. */
export async function getResults({ attemptId }: { attemptId: string }) {
  const student = await requireStudent();
  await finishExpiredAttempts({ studentId: student.id });
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, studentId: student.id, submittedAt: { not: null } },
    include: {
      assignment: { include: { lesson: { select: { id: true, title: true } }, _count: { select: { attempts: { where: { studentId: student.id } } } } } },
      answers: { select: { questionId: true, response: true, score: true, maxPoints: true, feedback: true } },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Results not found.");

  const now = new Date();
  const reveal = mayRevealAnswers(attempt.assignment, true, now);
  const versionIds = attempt.questionVersionIds as Record<string, string>;
  const versions = await getQuestionVersions(Object.values(versionIds));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));

  const items: ResultItem[] = Object.entries(versionIds).map(([questionId, versionId], i) => {
    const definition = versions.get(versionId)!.definition;
    const answer = answers.get(questionId);
    const answered = answer !== undefined && answer.response !== null;
    const pending = definition.type === "open-response" && answered && answer.score === null;
    return {
      number: i + 1,
      questionId,
      prompt: definition.prompt,
      type: definition.type,
      answered,
      score: answer?.score ?? 0,
      maxPoints: answer?.maxPoints ?? definition.points,
      pending,
      feedback: reveal ? feedbackFor(definition, answer?.response ?? null, answer?.score ?? null) : undefined,
      teacherComment: answer?.feedback ?? null,
    };
  });

  const retake = canStartAttempt(attempt.assignment, attempt.assignment._count.attempts, now);
  return {
    attempt: { id: attempt.id, number: attempt.number, submittedAt: attempt.submittedAt!, late: attempt.late, score: attempt.score, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading },
    assignment: { id: attempt.assignmentId, lessonTitle: attempt.assignment.lesson.title, lessonId: attempt.assignment.lesson.id, revealPolicy: attempt.assignment.revealPolicy, dueAt: attempt.assignment.dueAt },
    reveal,
    canRetake: retake.ok && !attempt.assignment.readingOnly,
    items,
  };
}
