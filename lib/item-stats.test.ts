import { describe, expect, it } from "vitest";
import { discrimination, distractorCounts, facility, pearson } from "./item-stats";

describe("facility", () => {
  it("is the mean fraction scored", () => {
    // (1 + 0.5 + 0 + 1) / 4 = 2.5 / 4 = 0.625
    expect(facility([1, 0.5, 0, 1])).toBe(0.625);
    expect(facility([0, 0])).toBe(0);
    expect(facility([])).toBeNull();
  });
});

describe("discrimination (corrected item-total correlation)", () => {
  it("matches a hand-worked example with a right/wrong item", () => {
    // item  = [1, 1, 0, 1, 0]      total = [9, 8, 5, 7, 3]
    // rest  = total − item = [8, 7, 5, 6, 3]
    // mean item = 3/5 = 0.6        mean rest = 29/5 = 5.8
    // dx = [0.4, 0.4, −0.6, 0.4, −0.6]
    // dy = [2.2, 1.2, −0.8, 0.2, −2.8]
    // Σdx·dy = 0.88 + 0.48 + 0.48 + 0.08 + 1.68 = 3.6
    // Σdx²   = 3 × 0.16 + 2 × 0.36 = 1.2
    // Σdy²   = 4.84 + 1.44 + 0.64 + 0.04 + 7.84 = 14.8
    // r = 3.6 / √(1.2 × 14.8) = 3.6 / √17.76 = 3.6 / 4.21426… = 0.854242…
    expect(discrimination([1, 1, 0, 1, 0], [9, 8, 5, 7, 3])).toBeCloseTo(0.854242, 6);
  });

  it("uses the rest of the test, not the total (which would give 0.9097 here)", () => {
    // Uncorrected: dy against total (mean 6.4) = [2.6, 1.6, −1.4, 0.6, −3.4]
    // Σdx·dy = 4.8, Σdy² = 23.2, r = 4.8 / √(1.2 × 23.2) = 4.8 / √27.84 = 0.909718…
    expect(pearson([1, 1, 0, 1, 0], [9, 8, 5, 7, 3])).toBeCloseTo(0.909718, 6);
    expect(discrimination([1, 1, 0, 1, 0], [9, 8, 5, 7, 3])).not.toBeCloseTo(0.909718, 3);
  });

  it("matches a hand-worked example with partial credit", () => {
    // item  = [0.5, 1, 0, 0.5]     total = [3.5, 4, 1, 2]     rest = [3, 3, 1, 1.5]
    // mean item = 2/4 = 0.5        mean rest = 8.5/4 = 2.125
    // dx = [0, 0.5, −0.5, 0]       dy = [0.875, 0.875, −1.125, −0.625]
    // Σdx·dy = 0 + 0.4375 + 0.5625 + 0 = 1
    // Σdx² = 0.5                   Σdy² = 0.765625 + 0.765625 + 1.265625 + 0.390625 = 3.1875
    // r = 1 / √(0.5 × 3.1875) = 1 / √1.59375 = 0.792118…
    expect(discrimination([0.5, 1, 0, 0.5], [3.5, 4, 1, 2])).toBeCloseTo(0.792118, 6);
  });

  it("is negative for an item the stronger students get wrong", () => {
    // item = [0, 0, 1, 1], total = [10, 9, 4, 3], rest = [10, 9, 3, 2]
    // dx = [−0.5, −0.5, 0.5, 0.5], dy (mean 6) = [4, 3, −3, −4]
    // Σdx·dy = −2 − 1.5 − 1.5 − 2 = −7; Σdx² = 1; Σdy² = 50; r = −7 / √50 = −0.989949…
    expect(discrimination([0, 0, 1, 1], [10, 9, 4, 3])).toBeCloseTo(-0.989949, 6);
  });

  it("is null with fewer than 2 students or no variance", () => {
    expect(discrimination([], [])).toBeNull();
    expect(discrimination([1], [5])).toBeNull();
    expect(discrimination([1, 1, 1], [5, 6, 7])).toBeNull(); // everyone right
    expect(discrimination([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull(); // constant, despite float means
    expect(discrimination([1, 0, 1], [3, 2, 3])).toBeNull(); // rest = [2, 2, 2]
  });

  it("refuses lists of different lengths", () => {
    expect(() => discrimination([1, 0], [3])).toThrow(RangeError);
  });
});

describe("distractorCounts", () => {
  it("counts picks per choice, in the question's order, with blanks", () => {
    // 5 students on a single-choice question a–d: a, c, c, (no answer), a
    expect(distractorCounts(["a", "b", "c", "d"], [["a"], ["c"], ["c"], null, ["a"]])).toEqual({
      choices: [
        { id: "a", count: 2 },
        { id: "b", count: 0 },
        { id: "c", count: 2 },
        { id: "d", count: 0 },
      ],
      blank: 1,
      total: 5,
    });
  });

  it("counts each id once per response and ignores unknown ids (multiple select)", () => {
    expect(distractorCounts(["a", "b"], [["a", "a", "b"], ["b", "zzz"], []])).toEqual({
      choices: [
        { id: "a", count: 1 },
        { id: "b", count: 2 },
      ],
      blank: 1,
      total: 3,
    });
  });
});
