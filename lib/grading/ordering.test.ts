import { describe, expect, it } from "vitest";
import { gradeOrdering, longestIncreasing } from "./ordering";
import { parseResponse } from "./responses";
import { ordering as q } from "./test-questions";

// Key: u2, speech, quarantine, telegrams (positions 0–3); 4 points, so each item in order = 1 point.
const grade = (order: string[]) => gradeOrdering(q, { order });

describe("gradeOrdering", () => {
  it("gives full points for the right order", () => {
    expect(grade(["u2", "speech", "quarantine", "telegrams"])).toEqual({
      status: "graded",
      score: 4,
      maxPoints: 4,
      correct: true,
      detail: { inOrder: ["u2", "speech", "quarantine", "telegrams"] },
    });
  });

  it("costs one item when one item is moved", () => {
    // positions 3,0,1,2 → longest increasing run 0,1,2 → 3/4
    expect(grade(["telegrams", "u2", "speech", "quarantine"])).toMatchObject({
      score: 3,
      correct: false,
      detail: { inOrder: ["u2", "speech", "quarantine"] },
    });
  });

  it("gives 1/n for a reversed order and counts swapped pairs", () => {
    expect(grade(["telegrams", "quarantine", "speech", "u2"]).score).toBe(1); // positions 3,2,1,0 → run of 1
    expect(grade(["speech", "u2", "telegrams", "quarantine"]).score).toBe(2); // 1,0,3,2 → run of 2
  });

  it("credits a partial order for the items it places", () => {
    expect(grade(["u2", "telegrams"]).score).toBe(2);
    expect(grade([]).score).toBe(0);
    expect(gradeOrdering(q, null)).toMatchObject({ score: 0, detail: { inOrder: [] } });
  });

  it("skips duplicates and unknown ids", () => {
    expect(grade(["u2", "u2", "zzz", "speech", "u2"]).score).toBe(2);
  });

  it("rounds to 2 decimals", () => {
    const three = { ...q, points: 1, answer: ["u2", "speech", "quarantine"] };
    expect(gradeOrdering(three, { order: ["speech", "u2", "quarantine"] }).score).toBe(0.67);
  });

  it("parseResponse drops duplicates and rejects unknown items", () => {
    expect(parseResponse(q, { order: ["u2", "u2", "speech"] })).toEqual({ ok: true, response: { order: ["u2", "speech"] } });
    expect(parseResponse(q, { order: ["u2", "moon"] })).toEqual({
      ok: false,
      error: 'item "moon" is not one of u2, speech, quarantine, telegrams',
    });
    expect(parseResponse(q, { order: { 0: "u2" } })).toEqual({ ok: false, error: "order: expected a list of item ids" });
  });
});

describe("longestIncreasing", () => {
  it("finds one longest strictly increasing run", () => {
    expect(longestIncreasing([3, 1, 4, 1, 5, 9, 2, 6], (x) => x)).toEqual([1, 4, 5, 6]);
    expect(longestIncreasing([2, 2, 2], (x) => x)).toEqual([2]);
    expect(longestIncreasing([], (x: number) => x)).toEqual([]);
  });
});
