// The common result of every grader, and the arithmetic they share.

export type Graded<D = undefined> = {
  status: "graded";
  score: number;
  maxPoints: number;
  /** score === maxPoints: partial credit is not "correct". */
  correct: boolean;
  detail?: D;
};

/** Teacher-graded (open response): no score until a person gives one. */
export type Pending = { status: "pending"; maxPoints: number };

export type GradeResult<D = unknown> = Graded<D> | Pending;

/** Rounds to 2 decimals; the EPSILON nudge makes 1.005 round up as a person would expect. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Points are rounded like scores, so a score can always reach maxPoints exactly. */
export function maxPointsOf(points: number): number {
  return Number.isFinite(points) ? round2(Math.max(0, points)) : 0;
}

/**
 * Turns a fraction of the question (0..1) into a graded result. The fraction is clamped so no
 * rule can ever give less than 0 or more than the question is worth, even on odd input.
 */
export function gradedFraction<D>(fraction: number, points: number, detail?: D): Graded<D> {
  const safe = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const maxPoints = maxPointsOf(points);
  const score = round2(safe * maxPoints);
  const result: Graded<D> = { status: "graded", score, maxPoints, correct: score === maxPoints };
  if (detail !== undefined) result.detail = detail;
  return result;
}

/** Ids in first-seen order, each once: "duplicates in a response count once". */
export function uniqueIds(ids: readonly string[] | undefined | null): string[] {
  return [...new Set(ids ?? [])];
}
