// Each rule of item-fairness.ts is shown failing on a fixture quiz put in place of lesson 1's, through the
// same validateContent() that `npm run content:check` runs, with the exact message an author would see.
import path from "node:path";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { factsIn } from "./item-fairness";
import { loadContentFiles } from "@/server/content/load-content";
import { validateContent, type ContentFile } from "./validate";

const QUIZ_1 = "content/lessons/01-sourcing-mikoyan/quiz.yaml";
const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";

let realFiles: ContentFile[];
beforeAll(async () => {
  realFiles = await loadContentFiles(path.resolve(import.meta.dirname, "../../content"));
});

/** The real content with lesson 1's quiz replaced by `questions`. */
const errorsWith = (questions: Record<string, unknown>[]) =>
  validateContent(realFiles.map((f) => (f.path === QUIZ_1 ? { path: f.path, text: stringify({ questions }) } : f))).errors;

const cite = (ref: string, source = MIKOYAN) => ({ source, ref });
const base = (id: string, evidence = [cite("p3.s1")]) => ({ id, skill: "sourcing", prompt: "A prompt?", explanation: "Because.", evidence });

/** A single-choice item with four options of equal length whose key is at `key` (0-based). */
const single = (id: string, key: number, texts = ["Option one", "Option two", "Option 3rd", "Option 4th"]) => ({
  ...base(id),
  type: "single-choice",
  choices: texts.map((text, i) => ({ id: "abcd"[i], text })),
  answer: "abcd"[key],
});

describe("fair items pass", () => {
  it("keys spread over positions, balanced lengths, mixed multiple-select keys, off-diagonal pairs, each fact once", () => {
    expect(
      errorsWith([
        single("q01", 0),
        single("q02", 3),
        single("q03", 1, ["Short one", "The longest of all four", "Mid-length one", "Another mid one"]),
        { ...base("q04"), type: "multiple-select", choices: ["A", "B", "C", "D"].map((t, i) => ({ id: "abcd"[i], text: t })), answer: ["b", "d"] },
        {
          ...base("q05"),
          type: "matching",
          left: [{ id: "x", text: "X" }, { id: "y", text: "Y" }, { id: "z", text: "Z" }],
          right: [{ id: "one", text: "One" }, { id: "two", text: "Two" }, { id: "three", text: "Three" }],
          answer: { x: "two", y: "three", z: "one" },
        },
        { ...base("q06"), type: "short-answer", accepted: ["10 November"] },
      ]),
    ).toEqual([]);
  });
});

describe("each pattern fails with a finding that names the file and the item", () => {
  it("every single-choice key in the same position", () => {
    expect(errorsWith([single("q01", 1), single("q02", 1), single("q03", 1)])).toEqual([
      `${QUIZ_1}: questions q01, q02, q03: every single-choice key is option 2 of its list; put some keys elsewhere (the last position included)`,
    ]);
  });

  it("the key the longest option in more than half of the single-choice items", () => {
    const long = ["Short", "Brief", "The key, and by far the longest option", "Terse"];
    // Exactly half is not more than half ...
    expect(errorsWith([single("q01", 2, long), single("q02", 0), single("q03", 2, long), single("q04", 3)])).toEqual([]);
    // ... a third long key tips it.
    expect(errorsWith([single("q01", 2, long), single("q02", 0), single("q03", 2, long), single("q04", 2, long)])).toEqual([
      `${QUIZ_1}: questions q01, q03, q04: the key is the longest option in 3 of 4 single-choice items (more than half); balance the lengths of keys and distractors`,
    ]);
  });

  it("multiple-select keys that are the first options", () => {
    const choices = ["A", "B", "C", "D", "E"].map((text, i) => ({ id: "abcde"[i], text }));
    expect(errorsWith([{ ...base("q01"), type: "multiple-select", choices, answer: ["c", "a", "b"] }])).toEqual([
      `${QUIZ_1}: question q01: the correct choices are the first 3 (a, b, c); mix them among the distractors`,
    ]);
  });

  it("matching pairs on the diagonal", () => {
    expect(
      errorsWith([
        {
          ...base("q01"),
          type: "matching",
          left: [{ id: "x", text: "X" }, { id: "y", text: "Y" }, { id: "z", text: "Z" }, { id: "w", text: "W" }],
          right: [{ id: "one", text: "One" }, { id: "two", text: "Two" }, { id: "three", text: "Three" }, { id: "four", text: "Four" }, { id: "spare", text: "Spare" }],
          answer: { x: "one", y: "two", z: "four", w: "three" },
        },
      ]),
    ).toEqual([
      `${QUIZ_1}: question q01: 2 of 4 pairs sit on the diagonal (left item i matches right item i: x, y); reorder the right column`,
    ]);
  });

  it("the same date keyed in two items, however it is written", () => {
    expect(
      errorsWith([
        single("q01", 2, ["28 October", "1 November", "November 10th, 1962", "20 November"]),
        { ...base("q02"), type: "short-answer", accepted: ["10 November", "Nov 10"] },
        { ...base("q03"), type: "true-false", prompt: "True or false: the telegram (¶3) names 10 November as the latest date.", answer: true },
        { ...base("q04"), type: "true-false", prompt: "True or false: the ships left on 10 November.", answer: false },
      ]),
    ).toEqual([`${QUIZ_1}: questions q01, q02, q03: "10 November" is keyed in 3 items of this quiz; ask each fact once`]);
  });

  it("a question citing paragraphs its lesson does not show (lesson 1 shows ¶1–3 and ¶9 of the telegram to Mikoyan)", () => {
    expect(
      errorsWith([
        { ...base("q01", [cite("p2.s1"), cite("p8.s5"), cite("p5")]), type: "true-false", answer: false },
        { ...base("q02"), type: "evidence", claim: "A claim.", source: KUZNETSOV, within: ["p11"], answer: ["p11.s1"] },
      ]),
    ).toEqual([
      `${QUIZ_1}: question q01: cites p5, p8 of ${MIKOYAN}, which the lesson does not show (its excerpt of ${MIKOYAN} is p1, p2, p3, p9); add the paragraph to the lesson's excerpts or cite one it shows`,
      `${QUIZ_1}: question q02: cites p11 of ${KUZNETSOV}, which the lesson does not show (it shows no excerpt of ${KUZNETSOV}); add the paragraph to the lesson's excerpts or cite one it shows`,
    ]);
  });

  it("a ref that does not exist is reported once, by the existence check, not again as unshown", () => {
    expect(errorsWith([{ ...base("q01", [cite("p30"), cite("p8.s9")]), type: "true-false", answer: true }])).toEqual([
      `${QUIZ_1}: question q01: evidence "p30" does not exist in source ${MIKOYAN}`,
      `${QUIZ_1}: question q01: evidence "p8.s9" does not exist in source ${MIKOYAN}`,
    ]);
  });
});

describe("question order", () => {
  it("a question listed after one whose id sorts after its own is reported, since attempts list questions by id", () => {
    expect(errorsWith([single("q01", 0), single("q03", 1), single("q02", 2)])).toEqual([
      `${QUIZ_1}: question q02: comes after q03 in the file but sorts before it; attempts list questions in the order of their ids, so list them in that order (a new question takes a new, higher id)`,
    ]);
    // Ids sort by length first, as PostgreSQL's jsonb sorts keys: q9 comes before q10.
    expect(errorsWith([single("q9", 0), single("q10", 1), single("q11", 2)])).toEqual([]);
  });
});

describe("factsIn", () => {
  it("normalises dates however they are written, and skips paragraph refs and names like U-2", () => {
    expect(factsIn("by 7 or 8 or at the latest 10 November")).toEqual(["10 November", "7", "8"]);
    expect(factsIn("November 10th, 1962")).toEqual(["10 November"]);
    expect(factsIn("On 30–31 October U Thant visited Havana")).toEqual(["30 October", "31 October"]);
    expect(factsIn("“installations” (Mikoyan ¶3), a U-2 and the Il-28, p5.s2")).toEqual([]);
    expect(factsIn("42 missiles, 1,600 soldiers, in 1991")).toEqual(["42", "1600", "1991"]);
  });
});
