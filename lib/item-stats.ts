// Classical test theory for the teacher's item analysis, over FIRST attempts only (later attempts
// have seen the feedback, so they measure the feedback, not the item). This is the reference
// implementation: the SQL version is tested against it, so it favours plain arithmetic over speed.

/** Facility (p-value): the mean fraction of the item's points scored, 0..1. Null with no scores. */
export function facility(fractions: readonly number[]): number | null {
  if (fractions.length === 0) return null;
  return fractions.reduce((sum, x) => sum + x, 0) / fractions.length;
}

/**
 * Discrimination: the corrected item-total correlation, i.e. Pearson's r between each student's
 * score on this item and their score on the REST of the test (total minus this item). Leaving the
 * item out of the total matters on short quizzes, where the item would otherwise correlate with
 * itself. Item and total scores must be in the same unit (points), one pair per student.
 * Null when fewer than 2 students or when either side does not vary (r is undefined then).
 */
export function discrimination(itemScores: readonly number[], totalScores: readonly number[]): number | null {
  if (itemScores.length !== totalScores.length) {
    throw new RangeError(`discrimination: ${itemScores.length} item scores but ${totalScores.length} totals`);
  }
  const rest = totalScores.map((total, i) => total - (itemScores[i] ?? 0));
  return pearson(itemScores, rest);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  // "Does not vary" is tested exactly: a mean computed in floating point would leave dust deviations.
  if (n < 2 || isConstant(xs) || isConstant(ys)) return null;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

const isConstant = (values: readonly number[]) => values.every((v) => v === values[0]);

export type DistractorCounts = {
  /** Every choice of the question, in its order, with how many students picked it. */
  choices: { id: string; count: number }[];
  /** Students who gave no answer (or picked nothing). */
  blank: number;
  /** Students counted, blank included: the denominator for shares. */
  total: number;
};

/**
 * How often each choice was picked. A response is the list of choice ids one student picked
 * (one id for single choice; null for no answer). Within a response an id counts once; ids that
 * are not choices of the question are ignored. For multiple select the counts can sum past `total`.
 */
export function distractorCounts(
  choiceIds: readonly string[],
  responses: readonly (readonly string[] | null | undefined)[],
): DistractorCounts {
  const counts = new Map(choiceIds.map((id) => [id, 0]));
  let blank = 0;
  for (const response of responses) {
    const picked = new Set(response ?? []);
    if (picked.size === 0) blank += 1;
    for (const id of picked) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + 1);
    }
  }
  return { choices: choiceIds.map((id) => ({ id, count: counts.get(id) ?? 0 })), blank, total: responses.length };
}
