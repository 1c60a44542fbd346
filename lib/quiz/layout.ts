// The order one attempt shows its questions and options in. It is drawn once, from a seed, when the attempt
// starts and stored on it (Attempt.layout), so a reload or another device shows the same order; grading is by
// id, so the order changes nothing but where things appear. The server arranges each question before it leaves
// (never the browser: the file's order would tell a student where the key usually is).
//
// What moves: the choices of single-choice and multiple-select questions, the right-hand side of matching
// (the left side stays, it is what is read down), and the start order of ordering, which is never the correct
// order. A question can opt out (`shuffle: false` in its quiz file), and so can an assignment
// (Assignment.shuffleOptions); question order is shuffled only when the assignment asks (shuffleQuestions).
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { z } from "zod";
import type { Question } from "@/lib/content/schemas";

export const attemptLayoutSchema = z.object({
  /** What the orders below were drawn from: kept so a draw can be reproduced and explained. */
  seed: z.number().int(),
  /** Global question ids, in the order shown. */
  questions: z.array(z.string()),
  /** Per question id: choice ids, matching right ids or ordering item ids, in the order shown. */
  options: z.record(z.string(), z.array(z.string())),
  /** Reduced choices (a student's accommodation): per single-choice question id, the one wrong choice removed. */
  removed: z.record(z.string(), z.string()).optional(),
});
export type AttemptLayout = z.infer<typeof attemptLayoutSchema>;

export type ShuffleSettings = { shuffleOptions: boolean; shuffleQuestions: boolean; reduceChoices?: boolean };

/** A seed for a new attempt's layout: any 32-bit integer. */
export const SEED_RANGE = { min: 0, max: 2 ** 31 - 1 } as const;

/**
 * A seed from text, for orders that are not stored but must stay put, e.g. a review card across reloads
 * (FNV-1a, 32 bits: http://www.isthe.com/chongo/tech/comp/fnv/).
 */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash & SEED_RANGE.max;
}

/** The ids whose order the layout decides, in the file's order; null for question types with nothing to order. */
export function optionIds(definition: Question): string[] | null {
  switch (definition.type) {
    case "single-choice":
    case "multiple-select":
      return definition.choices.map((c) => c.id);
    case "matching":
      return definition.right.map((r) => r.id);
    case "ordering":
      return definition.items.map((i) => i.id);
    default:
      return null;
  }
}

/** Draws the layout of an attempt over its questions (in the quiz's order). The same seed always gives the same layout. */
export function drawLayout(questions: readonly { questionId: string; definition: Question }[], seed: number, settings: ShuffleSettings): AttemptLayout {
  const rng = xoroshiro128plus(seed);
  const options: Record<string, string[]> = {};
  for (const { questionId, definition } of questions) {
    const ids = optionIds(definition);
    if (!ids) continue;
    const optedOut = "shuffle" in definition && definition.shuffle === false;
    const drawn = settings.shuffleOptions && !optedOut ? shuffled(ids, rng) : ids;
    options[questionId] = definition.type === "ordering" ? notInAnswerOrder(drawn, definition.answer) : drawn;
  }
  const inOrder = questions.map((q) => q.questionId);
  const order = settings.shuffleQuestions ? shuffled(inOrder, rng) : inOrder;
  // Drawn last, so a student with reduced choices sees the same orders the seed gives everyone else.
  return settings.reduceChoices ? { seed, questions: order, options, removed: removedChoices(questions, rng) } : { seed, questions: order, options };
}

/**
 * One wrong choice per single-choice question, never the key, and only where at least two choices remain
 * besides it (removing one of two would leave the answer alone on the screen).
 */
function removedChoices(questions: readonly { questionId: string; definition: Question }[], rng: RandomGenerator): Record<string, string> {
  const removed: Record<string, string> = {};
  for (const { questionId, definition } of questions) {
    if (definition.type !== "single-choice" || definition.choices.length < 3) continue;
    const wrong = definition.choices.map((c) => c.id).filter((id) => id !== definition.answer);
    removed[questionId] = wrong[uniformInt(rng, 0, wrong.length - 1)]!;
  }
  return removed;
}

/** A stored layout, or null for attempts that have none (started before layouts, or made by a test fixture). */
export function readLayout(stored: unknown): AttemptLayout | null {
  const parsed = attemptLayoutSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Items in the layout's question order; anything the layout does not list keeps its place after those it does. */
export function inLayoutOrder<T extends { questionId: string }>(items: readonly T[], layout: AttemptLayout | null): T[] {
  if (!layout) return [...items];
  const rank = new Map(layout.questions.map((id, i) => [id, i]));
  return items
    .map((item, i) => ({ item, key: rank.get(item.questionId) ?? layout.questions.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/**
 * The question with its options in the given order (ids the order does not list keep their place after it).
 * Without an order, an ordering question still never starts in the correct order.
 */
export function arrangeOptions<Q extends Question>(definition: Q, order: readonly string[] | undefined, removed?: string): Q {
  const q = definition as Question;
  switch (q.type) {
    case "single-choice":
      return { ...q, choices: byOrder(q.choices, order).filter((c) => c.id !== removed || c.id === q.answer) } as Q;
    case "multiple-select":
      return { ...q, choices: byOrder(q.choices, order) } as Q;
    case "matching":
      return { ...q, right: byOrder(q.right, order) } as Q;
    case "ordering": {
      const start = notInAnswerOrder(byOrder(q.items, order).map((i) => i.id), q.answer);
      return { ...q, items: byOrder(q.items, start) } as Q;
    }
    default:
      return definition;
  }
}

function byOrder<T extends { id: string }>(items: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...items];
  const rank = new Map(order.map((id, i) => [id, i]));
  return items
    .map((item, i) => ({ item, key: rank.get(item.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/** Fisher–Yates with the seeded generator (pure-rand's uniform distribution, so every order is equally likely). */
function shuffled<T>(items: readonly T[], rng: RandomGenerator): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An ordering question must not start solved: the correct order is rotated by one (still a fair start). */
function notInAnswerOrder(ids: string[], answer: readonly string[]): string[] {
  const solved = ids.length === answer.length && ids.every((id, i) => id === answer[i]);
  return solved && ids.length > 1 ? [...ids.slice(1), ids[0]!] : ids;
}
