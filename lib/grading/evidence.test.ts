import { describe, expect, it } from "vitest";
import { gradeEvidence } from "./evidence";
import { parseResponse } from "./responses";
import { evidence as q } from "./test-questions";

// Key: p3.s2 or p4.s1 (either is enough); 2 points. Rule: ≥ 1 right and wrong ≤ right → full, else 0.
const grade = (sentences: string[]) => gradeEvidence(q, { sentences });

describe("gradeEvidence", () => {
  it("gives full points for any one sentence of the key", () => {
    expect(grade(["p3.s2"])).toEqual({
      status: "graded",
      score: 2,
      maxPoints: 2,
      correct: true,
      detail: { right: ["p3.s2"], wrong: [] },
    });
    expect(grade(["p4.s1"]).correct).toBe(true);
    expect(grade(["p4.s1", "p3.s2"]).correct).toBe(true);
  });

  it("tolerates no more wrong picks than right ones", () => {
    expect(grade(["p3.s2", "p3.s1"]).score).toBe(2); // 1 right, 1 wrong
    expect(grade(["p3.s2", "p3.s1", "p4.s2"]).score).toBe(0); // 1 right, 2 wrong
    expect(grade(["p3.s2", "p4.s1", "p3.s1", "p4.s2"]).score).toBe(2); // 2 right, 2 wrong
  });

  it("gives nothing for only wrong, empty or missing answers", () => {
    expect(grade(["p3.s1"])).toMatchObject({ score: 0, correct: false, detail: { wrong: ["p3.s1"] } });
    expect(grade([]).score).toBe(0);
    expect(gradeEvidence(q, null).score).toBe(0);
  });

  it("counts duplicates once and unknown ids as wrong", () => {
    expect(grade(["p3.s2", "p3.s2", "p9.s9", "p9.s8"]).score).toBe(0); // 1 right, 2 wrong
    expect(grade(["p3.s2", "p3.s2", "p9.s9"]).score).toBe(2); // 1 right, 1 wrong
  });

  it("parseResponse checks the id format, the paragraphs to search and the limit of 5", () => {
    expect(parseResponse(q, { sentences: [" p3.s2 ", "p3.s2"] })).toEqual({ ok: true, response: { sentences: ["p3.s2"] } });
    expect(parseResponse(q, { sentences: ["p3.s1", "p3"] })).toEqual({
      ok: false,
      error: 'sentences[1]: "p3" is not a sentence id like "p3.s2"',
    });
    expect(parseResponse(q, { sentences: ["p1.s1"] })).toEqual({
      ok: false,
      error: 'sentence "p1.s1" is outside the paragraphs to search (p3, p4)',
    });
    expect(parseResponse(q, { sentences: ["p3.s1", "p3.s2", "p3.s3", "p3.s4", "p3.s5", "p3.s6"] })).toEqual({
      ok: false,
      error: "at most 5 sentences can be chosen (got 6)",
    });
    // Counted after dropping duplicates, as for multiple select.
    expect(parseResponse(q, { sentences: ["p3.s1", "p3.s1", "p3.s2", "p3.s3", "p3.s4", "p3.s5"] }).ok).toBe(true);
    expect(parseResponse(q, { sentences: "p3.s2" })).toEqual({ ok: false, error: "sentences: expected a list of sentence ids" });
  });

  it("parseResponse rejects sentences the source does not have, when told them", () => {
    const sentenceIds = new Set(["p3.s1", "p3.s2", "p4.s1"]);
    expect(parseResponse(q, { sentences: ["p4.s1"] }, { sentenceIds }).ok).toBe(true);
    expect(parseResponse(q, { sentences: ["p4.s7"] }, { sentenceIds })).toEqual({
      ok: false,
      error: 'sentence "p4.s7" is not in telegram-to-mikoyan',
    });
    expect(parseResponse({ ...q, within: undefined }, { sentences: ["p1.s1"] }).ok).toBe(true);
  });
});
