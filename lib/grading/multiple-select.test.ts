import { describe, expect, it } from "vitest";
import { gradeMultipleSelect } from "./multiple-select";
import { parseResponse } from "./responses";
import { multipleSelect as q } from "./test-questions";

// Key: a, b, d (3 right) out of a–e; 3 points, so each net right pick is worth 1 point.
const score = (choices: string[]) => gradeMultipleSelect(q, { choices }).score;

describe("gradeMultipleSelect", () => {
  it("gives full points for exactly the key, in any order", () => {
    expect(gradeMultipleSelect(q, { choices: ["d", "a", "b"] })).toEqual({
      status: "graded",
      score: 3,
      maxPoints: 3,
      correct: true,
      detail: { rightChosen: ["d", "a", "b"], wrongChosen: [], missed: [] },
    });
  });

  it("gives (right − wrong) / right × points", () => {
    expect(score(["a", "b"])).toBe(2); // (2 − 0) / 3 × 3
    expect(score(["a", "b", "c"])).toBe(1); // (2 − 1) / 3 × 3
    expect(score(["a", "b", "d", "c"])).toBe(2); // (3 − 1) / 3 × 3
    expect(gradeMultipleSelect({ ...q, points: 1 }, { choices: ["a"] }).score).toBe(0.33); // 1/3 rounded
    expect(gradeMultipleSelect({ ...q, points: 1 }, { choices: ["a", "b"] }).score).toBe(0.67);
  });

  it("floors at 0 and gives nothing for ticking every box", () => {
    expect(score(["a", "c", "e"])).toBe(0); // (1 − 2) → 0
    expect(score(["a", "b", "c", "d", "e"])).toBe(1); // (3 − 2) / 3 × 3
    expect(score(["c", "e"])).toBe(0);
  });

  it("scores empty and missing responses 0 without throwing", () => {
    expect(gradeMultipleSelect(q, { choices: [] })).toMatchObject({ score: 0, correct: false });
    expect(gradeMultipleSelect(q, null)).toMatchObject({ score: 0, detail: { missed: ["a", "b", "d"] } });
  });

  it("counts duplicates once and unknown ids as wrong", () => {
    expect(score(["a", "a", "a"])).toBe(1);
    expect(score(["a", "b", "d", "zzz"])).toBe(2);
  });

  it("handles a key with no right answers: full marks only for choosing nothing", () => {
    const none = { ...q, answer: [] };
    expect(gradeMultipleSelect(none, { choices: [] }).correct).toBe(true);
    expect(gradeMultipleSelect(none, { choices: ["a"] }).score).toBe(0);
  });

  it("parseResponse drops duplicates, rejects unknown ids and wrong shapes", () => {
    expect(parseResponse(q, { choices: ["a", " a", "b"] })).toEqual({ ok: true, response: { choices: ["a", "b"] } });
    expect(parseResponse(q, { choices: ["a", "z"] })).toEqual({ ok: false, error: 'choice "z" is not one of a, b, c, d, e' });
    expect(parseResponse(q, { choices: "a" })).toEqual({ ok: false, error: "choices: expected a list of choice ids" });
    expect(parseResponse(q, { choices: ["a", 2] })).toEqual({ ok: false, error: "choices[1]: choice must be a string id" });
    expect(parseResponse(q, { choices: [] })).toEqual({ ok: true, response: { choices: [] } });
  });

  it("parseResponse rejects more picks than there are choices", () => {
    const tiny = { ...q, choices: q.choices.slice(0, 2), answer: ["a"] };
    expect(parseResponse(tiny, { choices: ["a", "b", "c"] })).toEqual({
      ok: false,
      error: "at most 2 choices can be selected (got 3)",
    });
  });
});
