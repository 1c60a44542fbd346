import { describe, expect, test } from "vitest";
import type { Question, QuestionOf } from "@/lib/content/schemas";
import { arrangeOptions, drawLayout, inLayoutOrder, optionIds, readLayout, SEED_RANGE, seedFrom } from "@/lib/quiz/layout";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { loadContent } from "@/server/content/load-content";

// 100 simulated attempts per question, from a fixed list of seeds, so the test gives the same answer every run.
const SEEDS = Array.from({ length: 100 }, (_, i) => 7_919 * (i + 1));
const ON = { shuffleOptions: true, shuffleQuestions: false };

const content = await loadContent();
const all = content.lessons.flatMap((l) => l.questions.map((definition) => ({ questionId: `${l.id}/${definition.id}`, definition })));
const shuffled = <T extends Question["type"]>(type: T) =>
  all.filter((q): q is { questionId: string; definition: QuestionOf<T> } => q.definition.type === type && (q.definition as { shuffle?: boolean }).shuffle !== false);

/** What the student's browser gets, for one seed. */
function shown<Q extends Question>(questionId: string, definition: Q, seed: number): Q {
  const layout = drawLayout([{ questionId, definition }], seed, ON);
  return arrangeOptions(definition, layout.options[questionId]);
}

/** Counts per displayed position, over the seeds. */
function positions(n: number, at: (seed: number) => number[]): number[] {
  const counts = Array.from({ length: n }, () => 0);
  for (const seed of SEEDS) for (const p of at(seed)) counts[p]!++;
  return counts;
}

/** Spread: every position gets at least 40% of its fair share and none more than twice it. */
function expectSpread(counts: number[], fair: number, label: string) {
  expect(Math.min(...counts), `${label}: ${counts.join(" ")}`).toBeGreaterThanOrEqual(0.4 * fair);
  expect(Math.max(...counts), `${label}: ${counts.join(" ")}`).toBeLessThanOrEqual(2 * fair);
}

describe("over 100 attempts the key's displayed position is spread", () => {
  test.each(shuffled("single-choice").map((q) => [q.questionId, q] as const))("single choice %s", (_id, { questionId, definition }) => {
    const n = definition.choices.length;
    const counts = positions(n, (seed) => [shown(questionId, definition, seed).choices.findIndex((c) => c.id === definition.answer)]);
    expectSpread(counts, SEEDS.length / n, questionId);
  });

  test.each(shuffled("multiple-select").map((q) => [q.questionId, q] as const))("multiple select %s", (_id, { questionId, definition }) => {
    const n = definition.choices.length;
    const key = new Set(definition.answer);
    const counts = positions(n, (seed) => shown(questionId, definition, seed).choices.flatMap((c, i) => (key.has(c.id) ? [i] : [])));
    expectSpread(counts, (SEEDS.length * key.size) / n, questionId);
  });

  test.each(shuffled("matching").map((q) => [q.questionId, q] as const))("matching %s: each left item's match", (_id, { questionId, definition }) => {
    const n = definition.right.length;
    for (const left of definition.left) {
      const counts = positions(n, (seed) => [shown(questionId, definition, seed).right.findIndex((r) => r.id === definition.answer[left.id])]);
      expectSpread(counts, SEEDS.length / n, `${questionId} ${left.id}`);
    }
  });

  test.each(shuffled("ordering").map((q) => [q.questionId, q] as const))("ordering %s: each item's start position, never the correct order", (_id, { questionId, definition }) => {
    const n = definition.items.length;
    for (const id of definition.answer) {
      const counts = positions(n, (seed) => [shown(questionId, definition, seed).items.findIndex((i) => i.id === id)]);
      expectSpread(counts, SEEDS.length / n, `${questionId} ${id}`);
    }
    for (const seed of SEEDS) expect(shown(questionId, definition, seed).items.map((i) => i.id)).not.toEqual(definition.answer);
  });

  test("there is something to test for every shuffled type", () => {
    for (const type of ["single-choice", "multiple-select", "matching", "ordering"] as const) expect(shuffled(type).length).toBeGreaterThan(0);
  });
});

describe("a layout", () => {
  test("is the same for the same seed, and differs between seeds", () => {
    const lesson = all.filter((q) => q.questionId.startsWith("01-"));
    expect(drawLayout(lesson, 42, ON)).toEqual(drawLayout(lesson, 42, ON));
    const distinct = new Set(SEEDS.slice(0, 20).map((seed) => JSON.stringify(drawLayout(lesson, seed, ON).options)));
    expect(distinct.size).toBe(20);
  });

  test("survives being stored as JSON, and anything else reads as no layout", () => {
    const layout = drawLayout(all.slice(0, 5), 3, { shuffleOptions: true, shuffleQuestions: true });
    expect(readLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
    expect(readLayout(null)).toBeNull();
    expect(readLayout({ seed: "x" })).toBeNull();
  });

  test("keeps the file's order for a question that opts out, and for an assignment that turns shuffling off", () => {
    const optedOut = all.filter((q) => (q.definition as { shuffle?: boolean }).shuffle === false);
    expect(optedOut.length).toBeGreaterThan(0);
    for (const { questionId, definition } of optedOut) {
      for (const seed of SEEDS.slice(0, 10)) expect(drawLayout([{ questionId, definition }], seed, ON).options[questionId]).toEqual(optionIds(definition) ?? undefined);
    }
    const q = shuffled("single-choice")[0]!;
    expect(drawLayout([q], 5, { shuffleOptions: false, shuffleQuestions: false }).options[q.questionId]).toEqual(q.definition.choices.map((c) => c.id));
  });

  test("an ordering question never starts solved, even with shuffling off or a file listing the answer order", () => {
    const q = shuffled("ordering")[0]!;
    const solvedFile: QuestionOf<"ordering"> = { ...q.definition, items: q.definition.answer.map((id) => q.definition.items.find((i) => i.id === id)!) };
    const off = drawLayout([{ questionId: q.questionId, definition: solvedFile }], 1, { shuffleOptions: false, shuffleQuestions: false });
    expect(off.options[q.questionId]).not.toEqual(q.definition.answer);
    expect(arrangeOptions(solvedFile, undefined).items.map((i) => i.id)).not.toEqual(q.definition.answer);
  });

  test("shuffles the questions only when the assignment asks, and always keeps every question", () => {
    const lesson = all.filter((q) => q.questionId.startsWith("02-"));
    const ids = lesson.map((q) => q.questionId);
    expect(drawLayout(lesson, 9, ON).questions).toEqual(ids);
    const orders = SEEDS.slice(0, 20).map((seed) => drawLayout(lesson, seed, { shuffleOptions: true, shuffleQuestions: true }).questions);
    for (const order of orders) expect([...order].sort()).toEqual([...ids].sort());
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(15);
    // Items the layout does not list (none should exist, but an attempt must never lose a question) keep their place after it.
    expect(inLayoutOrder([{ questionId: "b" }, { questionId: "x" }, { questionId: "a" }], { seed: 0, questions: ["a", "b"], options: {} }).map((q) => q.questionId)).toEqual(["a", "b", "x"]);
  });

  test("a seed from text (a review card's) is stable, in range, and differs with the text", () => {
    expect(seedFrom("student:02-mikoyan-close-reading/q01:0")).toBe(seedFrom("student:02-mikoyan-close-reading/q01:0"));
    const seeds = ["a", "b", "student:q:0", "student:q:1", "élève:q:0"].map(seedFrom);
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const seed of seeds) expect(seed >= SEED_RANGE.min && seed <= SEED_RANGE.max && Number.isInteger(seed)).toBe(true);
  });

  test("the browser gets the arranged options and still no key", () => {
    const { questionId, definition } = shuffled("matching")[0]!;
    const arranged = shown(questionId, definition, 11);
    const view = toPublicQuestion(arranged, { questionId, versionId: "v", number: 1 });
    expect(view.type === "matching" && view.right.map((r) => r.id)).toEqual(arranged.right.map((r) => r.id));
    expect(view).not.toHaveProperty("answer");
    expect(view).not.toHaveProperty("shuffle");
  });
});
