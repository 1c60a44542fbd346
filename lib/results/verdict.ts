// How one question of a submitted attempt went, from what was stored (the teacher's grade and any regrade
// included), in words and a symbol so it never rests on colour alone; and the strip that sums them up.

export type Verdict = "correct" | "partly" | "wrong" | "unanswered" | "pending" | "dropped";

export function verdictOf(answer: { answered: boolean; score: number | null; maxPoints: number; pending: boolean }): Verdict {
  if (answer.maxPoints === 0) return "dropped";
  if (answer.pending) return "pending";
  const score = answer.score ?? 0;
  if (score >= answer.maxPoints) return "correct";
  if (!answer.answered) return "unanswered";
  return score > 0 ? "partly" : "wrong";
}

export const VERDICT_TEXT: Record<Verdict, { label: string; symbol: string }> = {
  correct: { label: "Correct", symbol: "✓" },
  partly: { label: "Partly correct", symbol: "◐" },
  wrong: { label: "Incorrect", symbol: "✗" },
  unanswered: { label: "Not answered", symbol: "–" },
  pending: { label: "Awaiting grading", symbol: "✎" },
  dropped: { label: "Dropped from the score", symbol: "⊘" },
};

export type ResultSummary = { right: number; partly: number; wrong: number; pending: number; dropped: number };

/** "Wrong" counts blanks too: the strip is for scanning, the list below says which were left blank. */
export function summarise(verdicts: readonly Verdict[]): ResultSummary {
  const count = (...kinds: Verdict[]) => verdicts.filter((v) => kinds.includes(v)).length;
  return { right: count("correct"), partly: count("partly"), wrong: count("wrong", "unanswered"), pending: count("pending"), dropped: count("dropped") };
}
