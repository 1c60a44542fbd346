import "server-only";
import { grade, hasWrittenWork, parseResponse } from "@/lib/grading";
import type { Question } from "@/lib/content/schemas";

export type GradedAnswer = { questionId: string; score: number | null; maxPoints: number; pending: boolean };

/**
 * Grades every question of an attempt. An unanswered question scores 0; an open response or argument with writing is
 * pending until a teacher grades it. A stored response that no longer parses scores 0 rather than failing.
 */
export function gradeAttempt(
  questions: { questionId: string; definition: Question }[],
  responses: Map<string, unknown>,
): { answers: GradedAnswer[]; score: number; maxScore: number; awaitingGrading: boolean } {
  const answers = questions.map(({ questionId, definition }) => {
    const raw = responses.get(questionId);
    const parsed = raw === undefined ? null : parseResponse(definition, raw);
    const response = parsed?.ok ? parsed.response : null;
    const result = grade(definition, response as never);
    const answered = hasWrittenWork(definition.type, response);
    if (result.status === "pending") return { questionId, score: answered ? null : 0, maxPoints: result.maxPoints, pending: answered };
    return { questionId, score: result.score, maxPoints: result.maxPoints, pending: false };
  });
  const score = Math.round(answers.reduce((sum, a) => sum + (a.score ?? 0), 0) * 100) / 100;
  const maxScore = Math.round(answers.reduce((sum, a) => sum + a.maxPoints, 0) * 100) / 100;
  return { answers, score, maxScore, awaitingGrading: answers.some((a) => a.pending) };
}
