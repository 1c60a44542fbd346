// Runs of sentences: what a student selects and highlights. A run is a stretch of consecutive sentences of
// one source in reading order. Pure, so the selection rules and the counting are tested without a browser.

/** Sentence ids of a source (or an excerpt of it) in reading order. */
export type SentenceOrder = readonly string[];

/** The run from `anchor` to `focus` inclusive, whichever comes first; [] if either is not in the order. */
export function runBetween(order: SentenceOrder, anchor: string, focus: string): string[] {
  const a = order.indexOf(anchor);
  const b = order.indexOf(focus);
  if (a < 0 || b < 0) return [];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** True when `ids` are distinct consecutive sentences of `order`, in reading order. */
export function isRun(order: SentenceOrder, ids: readonly string[]): boolean {
  if (ids.length === 0) return false;
  const start = order.indexOf(ids[0]!);
  if (start < 0) return false;
  return ids.every((id, i) => order[start + i] === id);
}

/**
 * Merges overlapping or touching runs into the stretches they cover (the union of their sentences, split
 * where a sentence is missing), in reading order. Two highlights of p1.s1–s2 and p1.s2–s3 are one stretch.
 */
export function mergeRuns(order: SentenceOrder, runs: readonly (readonly string[])[]): string[][] {
  const covered = new Set(runs.flat());
  const merged: string[][] = [];
  let current: string[] = [];
  for (const id of order) {
    if (covered.has(id)) current.push(id);
    else if (current.length) {
      merged.push(current);
      current = [];
    }
  }
  if (current.length) merged.push(current);
  return merged;
}

/** The distinct sentences the annotations cover (optionally only those with one skill): overlaps count once. */
export function highlightedSentences<T extends { sourceId?: string; sentenceIds: readonly string[]; skill: string }>(annotations: readonly T[], skill?: string | null): Set<string> {
  const out = new Set<string>();
  // Sentence ids repeat across documents ("p1.s1"), so a sentence is named with its source when there is one.
  for (const a of annotations) if (!skill || a.skill === skill) for (const id of a.sentenceIds) out.add(a.sourceId ? `${a.sourceId}#${id}` : id);
  return out;
}

/**
 * The class view's counts: for each sentence and skill, how many students highlighted it (a student counts
 * once however many of their highlights cover it). Keyed "sentenceId" → skill → count.
 */
export function countBySentence<T extends { authorId: string; sentenceIds: readonly string[]; skill: string }>(annotations: readonly T[]): Map<string, Map<string, number>> {
  const seen = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const a of annotations) {
    for (const id of a.sentenceIds) {
      const key = `${a.authorId}\u0000${id}\u0000${a.skill}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const bySkill = counts.get(id) ?? new Map<string, number>();
      bySkill.set(a.skill, (bySkill.get(a.skill) ?? 0) + 1);
      counts.set(id, bySkill);
    }
  }
  return counts;
}
