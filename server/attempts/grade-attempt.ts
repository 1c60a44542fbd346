import "server-only";
import { grade, hasWrittenWork, parseResponse } from "@/lib/grading";
import type { Question } from "@/lib/content/schemas";
import { adjustedMarks, type Adjustment } from "@/lib/grading/adjustment";

export type GradedAnswer = { questionId: string; score: number | null; maxPoints: number; pending: boolean };

/**
 * Grades every question of an attempt. An unanswered question scores 0; an open response or argument with writing is
 * pending until a teacher grades it. A stored response that no longer parses scores 0 rather than failing.
 * A question the teacher threw out or regraded for this assignment is graded by that adjustment instead.
 */
export function gradeAttempt(
  questions: { questionId: string; definition: Question }[],
  responses: Map<string, unknown>,
  adjustments: ReadonlyMap<string, Adjustment> = new Map(),
): { answers: GradedAnswer[]; score: number; maxScore: number; awaitingGrading: boolean } {
  const answers = questions.map(({ questionId, definition }) => {
    const raw = responses.get(questionId);
    const adjustment = adjustments.get(questionId);
    if (adjustment) return { questionId, ...adjustedMarks(definition, raw ?? null, adjustment), pending: false };
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
