import "server-only";
import { hasWrittenWork } from "@/lib/grading";
import type { Tx } from "@/server/db";

/**
 * After a teacher's grade, inside its transaction: the attempt's total is the sum of its answers (as on submit),
 * and it awaits grading while any hand-graded answer with writing in it is still unscored.
 */
export async function recomputeAttemptTotal(tx: Tx, attemptId: string) {
  const answers = await tx.answer.findMany({ where: { attemptId }, select: { score: true, response: true, questionVersion: { select: { type: true } } } });
  const total = Math.round(answers.reduce((sum, a) => sum + (a.score ?? 0), 0) * 100) / 100;
  const awaitingGrading = answers.some((a) => a.score === null && hasWrittenWork(a.questionVersion.type, a.response));
  const attempt = await tx.attempt.update({ where: { id: attemptId }, data: { score: total, awaitingGrading }, select: { score: true, maxScore: true, awaitingGrading: true } });
  return { score: attempt.score ?? total, maxScore: attempt.maxScore ?? 0, awaitingGrading: attempt.awaitingGrading };
}
