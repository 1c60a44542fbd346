import { describe, expect, test } from "vitest";
import { adjustedMarks, parseCorrectedKey, storedAdjustment, withAdjustedKey } from "./adjustment";
import { evidence, multipleSelect, openResponse, singleChoice, trueFalse } from "./test-questions";

describe("full marks and drop", () => {
  test("full marks gives every answer, blank or wrong, the question's points", () => {
    expect(adjustedMarks(multipleSelect, { choices: ["e"] }, { kind: "FULL_MARKS" })).toEqual({ score: 3, maxPoints: 3 });
    expect(adjustedMarks(multipleSelect, null, { kind: "FULL_MARKS" })).toEqual({ score: 3, maxPoints: 3 });
    expect(adjustedMarks(openResponse, { text: "pending" }, { kind: "FULL_MARKS" })).toEqual({ score: openResponse.points, maxPoints: openResponse.points });
  });
  test("drop makes the question worth nothing, so it leaves the total and the maximum", () => {
    expect(adjustedMarks(singleChoice, { choice: "a" }, { kind: "DROP" })).toEqual({ score: 0, maxPoints: 0 });
  });
});

describe("a corrected key", () => {
  test("regrades a single choice against the new key: the old right answer is now wrong", () => {
    const parsed = parseCorrectedKey(singleChoice, ["b"]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(adjustedMarks(singleChoice, { choice: "b" }, parsed.adjustment)).toEqual({ score: 1, maxPoints: 1 });
    expect(adjustedMarks(singleChoice, { choice: "a" }, parsed.adjustment)).toEqual({ score: 0, maxPoints: 1 });
    expect(adjustedMarks(singleChoice, null, parsed.adjustment)).toEqual({ score: 0, maxPoints: 1 });
  });
  test("regrades multiple select with its partial-credit rule, keeping the question's choice order", () => {
    const parsed = parseCorrectedKey(multipleSelect, ["d", "a"]);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.adjustment).toEqual({ kind: "REKEY", key: ["a", "d"] });
    expect(adjustedMarks(multipleSelect, { choices: ["a", "d"] }, parsed.adjustment)).toEqual({ score: 3, maxPoints: 3 });
    expect(adjustedMarks(multipleSelect, { choices: ["a", "b"] }, parsed.adjustment)).toEqual({ score: 0, maxPoints: 3 });
  });
  test("true/false takes true or false", () => {
    const parsed = parseCorrectedKey(trueFalse, ["true"]);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(adjustedMarks(trueFalse, { value: true }, parsed.adjustment).score).toBe(1);
    expect(storedAdjustment(trueFalse, "REKEY", true)).toEqual({ kind: "REKEY", key: true });
  });
  test("refuses keys that do not fit the question, and types a teacher cannot rekey by picking", () => {
    expect(parseCorrectedKey(singleChoice, ["z"]).ok).toBe(false);
    expect(parseCorrectedKey(singleChoice, ["a", "b"]).ok).toBe(false);
    expect(parseCorrectedKey(singleChoice, []).ok).toBe(false);
    expect(parseCorrectedKey(multipleSelect, []).ok).toBe(false);
    expect(parseCorrectedKey(trueFalse, ["maybe"]).ok).toBe(false);
    expect(parseCorrectedKey(openResponse, ["a"]).ok).toBe(false);
    expect(storedAdjustment(singleChoice, "REKEY", "zz")).toBeNull();
  });
  test("an evidence key takes the sentences the student could choose, in reading order, and credits a defensible one", () => {
    const choosable = ["p3.s1", "p3.s2", "p3.s3", "p4.s1"];
    const parsed = parseCorrectedKey(evidence, ["p4.s1", "p3.s3", "p3.s2"], choosable);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.adjustment).toEqual({ kind: "REKEY", key: ["p3.s2", "p3.s3", "p4.s1"] });
    // A student who chose only the sentence the key left out: 0 before, full marks after.
    expect(adjustedMarks(evidence, { sentences: ["p3.s3"] }, { kind: "REKEY", key: evidence.answer })).toEqual({ score: 0, maxPoints: 2 });
    expect(adjustedMarks(evidence, { sentences: ["p3.s3"] }, parsed.adjustment)).toEqual({ score: 2, maxPoints: 2 });
    // Outside the choosable sentences, none at all, or not a sentence id: refused, with a message.
    expect(parseCorrectedKey(evidence, ["p9.s1"], choosable)).toMatchObject({ ok: false, message: expect.stringMatching(/sentences/) });
    expect(parseCorrectedKey(evidence, [], choosable).ok).toBe(false);
    expect(parseCorrectedKey(evidence, ["a"]).ok).toBe(false);
    // Read back from storage (checked when written): any sentence id.
    expect(storedAdjustment(evidence, "REKEY", ["p3.s3"])).toEqual({ kind: "REKEY", key: ["p3.s3"] });
  });
  test("withAdjustedKey leaves the question itself untouched", () => {
    const rekeyed = withAdjustedKey(singleChoice, { kind: "REKEY", key: "c" });
    expect(rekeyed).toMatchObject({ answer: "c" });
    expect(singleChoice.answer).toBe("a");
    expect(withAdjustedKey(singleChoice, { kind: "DROP" })).toBe(singleChoice);
  });
});
