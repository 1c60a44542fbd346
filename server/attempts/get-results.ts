import "server-only";
import { canStartAttempt } from "@/lib/assignment-rules";
import { readableAnswer, sentenceIndex, type ReadableAnswer } from "@/lib/answer-text";
import type { Question } from "@/lib/content/schemas";
import { isTeacherGraded, rubricMaxPoints } from "@/lib/grading";
import { adjustmentNote, storedAdjustment, withAdjustedKey } from "@/lib/grading/adjustment";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { correctAnswer } from "@/lib/results/correct-answer";
import { verdictOf, type Verdict } from "@/lib/results/verdict";
import type { AnswerFeedback } from "@/lib/quiz/attempt-view";
import { readLayout } from "@/lib/quiz/layout";
import { revealFor } from "@/lib/reveal-policy";
import { requireStudent } from "@/server/authz";
import { annotationsWithQuotes } from "@/server/annotations/annotation-view";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { arrangedQuestions } from "@/server/attempts/arranged-questions";
import { feedbackFor } from "@/server/attempts/feedback";
import type { ArgumentResult } from "@/lib/argument/views";
import { argumentWork, loadArgumentSources } from "@/server/grading/argument-work";
import { loadLessonExcerpts } from "@/server/content/lesson-excerpts";

/** How one question went: only when the reveal policy shows per-question results. */
export type ResultMarks = {
  score: number | null;
  /** An open response waiting for the teacher. */
  pending: boolean;
  feedback: AnswerFeedback;
  teacherComment: string | null;
  verdict: Verdict;
  /** The student's own answer in words. */
  yourAnswer: ReadableAnswer;
  /** The key in words (corrected, if the teacher corrected it); null for open responses. */
  correctAnswer: ReadableAnswer | null;
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
  /** An argument: the student's own parts and citations (linked to the text); criterion scores only with marks. */
  argument?: ArgumentResult;
  /** Set when the teacher threw out or regraded this question after it was answered (it says so, not how). */
  adjustmentNote?: string;
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
      assignment: {
        include: {
          lesson: { select: { id: true, title: true } },
          _count: { select: { attempts: { where: { studentId: student.id } } } },
          adjustments: { select: { questionId: true, kind: true, key: true } },
        },
      },
      answers: { select: { questionId: true, response: true, score: true, maxPoints: true, feedback: true, rubricScores: true } },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Results not found.");

  const now = new Date();
  const reveal = revealFor(attempt.assignment, attempt, now);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const [questions, annotations] = await Promise.all([arrangedQuestions(attempt.questionVersionIds as Record<string, string>, readLayout(attempt.layout)), annotationsWithQuotes(attempt.assignmentId, student.id)]);
  const argumentSources = await loadArgumentSources(questions.flatMap(({ definition }) => (definition.type === "argument" ? definition.sources : [])));
  const argumentOf = (definition: Question, answer: (typeof attempt.answers)[number] | undefined): ArgumentResult | undefined => {
    if (definition.type !== "argument") return undefined;
    const work = argumentWork(answer?.response ?? null, reveal.perQuestion ? answer?.rubricScores : null, argumentSources);
    if (!reveal.perQuestion) return { work };
    const criteria = definition.rubric.map((c) => ({ id: c.id, title: c.title, maxPoints: rubricMaxPoints([c]), score: work.scores?.[c.id] ?? null }));
    return { work, criteria };
  };
  const adjustments = new Map(attempt.assignment.adjustments.map((a) => [a.questionId, a]));
  // The quoted sentences of evidence answers and the ¶ links of explanations: only needed when they are shown.
  const [sentences, excerpts] = reveal.perQuestion ? await Promise.all([evidenceSentences(questions.map((q) => q.definition)), loadLessonExcerpts(attempt.assignment.lesson.id)]) : [new Map(), [] as ReadingExcerpt[]];

  const items: ResultItem[] = questions.map(({ questionId, definition: pinned, number }) => {
    const answer = answers.get(questionId);
    // The stored response is JSON null when the question was left blank (submit writes a row for every question).
    const answered = answer !== undefined && answer.response !== null && readableAnswer(pinned, answer.response).kind !== "none";
    const adjusted = adjustments.get(questionId);
    const adjustment = adjusted ? storedAdjustment(pinned, adjusted.kind, adjusted.key) : null;
    const definition = withAdjustedKey(pinned, adjustment ?? undefined);
    const item: ResultItem = { number, questionId, prompt: definition.prompt, type: definition.type, answered, maxPoints: answer?.maxPoints ?? definition.points, argument: argumentOf(definition, answer) };
    if (adjusted) item.adjustmentNote = adjustmentNote(adjusted);
    if (!reveal.perQuestion) return item;
    const score = answer?.score ?? 0;
    const pending = isTeacherGraded(definition.type) && answered && answer?.score === null;
    return {
      ...item,
      marks: {
        score,
        pending,
        feedback: feedbackFor(definition, answer?.response ?? null, answer?.score ?? null),
        teacherComment: answer?.feedback ?? null,
        verdict: verdictOf({ answered, score: answer?.score ?? null, maxPoints: item.maxPoints, pending }),
        yourAnswer: readableAnswer(definition, answer?.response ?? null, sentences),
        correctAnswer: correctAnswer(definition, sentences),
      },
    };
  });

  const retake = canStartAttempt(attempt.assignment, attempt.assignment._count.attempts, now);
  return {
    attempt: { id: attempt.id, number: attempt.number, submittedAt: attempt.submittedAt!, late: attempt.late, score: attempt.score, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading },
    assignment: { id: attempt.assignmentId, lessonTitle: attempt.assignment.lesson.title, lessonId: attempt.assignment.lesson.id, revealPolicy: attempt.assignment.revealPolicy, dueAt: attempt.assignment.dueAt },
    reveal,
    excerpts,
    canRetake: retake.ok && !attempt.assignment.readingOnly,
    items,
    annotations,
  };
}

/** Sentence texts of the documents the evidence questions point at, in one query (none when there are none). */
async function evidenceSentences(definitions: readonly Question[]) {
  const ids = [...new Set(definitions.flatMap((d) => (d.type === "evidence" ? [d.source] : [])))];
  if (ids.length === 0) return new Map();
  return sentenceIndex(await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, document: true } }));
}
