// Ordering: score = (length of the longest subsequence of the student's order that is in the correct
// relative order) / number of items × points. Computed as the longest strictly increasing subsequence
// of the items' correct positions. So one item moved to the wrong place costs exactly one item,
// rather than shifting every position after it (which "count items in the right slot" would punish).
// Unknown ids and repeats are skipped; a partial order earns credit for the items it does place.
// Note that any single placed item is trivially "in order", so a fully reversed order of n scores 1/n.
import { gradedFraction, uniqueIds, type Graded } from "./result";
import type { OrderingResponse } from "./responses";
import type { OrderingQuestion } from "./types";

export type OrderingDetail = {
  /** The student's items that form the longest correctly-ordered run: the ones they got "right". */
  inOrder: string[];
};

export function gradeOrdering(
  question: Pick<OrderingQuestion, "answer" | "points">,
  response: OrderingResponse | null | undefined,
): Graded<OrderingDetail> {
  const position = new Map(question.answer.map((id, index) => [id, index]));
  const placed = uniqueIds(response?.order).filter((id) => position.has(id));
  const inOrder = longestIncreasing(placed, (id) => position.get(id) ?? 0);
  const n = position.size;
  const fraction = n === 0 ? 1 : inOrder.length / n;
  return gradedFraction(fraction, question.points, { inOrder });
}

/** Patience-sorting LIS, O(n log n); returns one longest strictly increasing subsequence by key. */
export function longestIncreasing<T>(values: readonly T[], key: (value: T) => number): T[] {
  const tails: number[] = []; // tails[k] = index in `values` of the smallest tail of a run of length k+1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    const k = key(value);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(values[tails[mid]!]!) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const run: T[] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) run.push(values[i]!);
  return run.reverse();
}
