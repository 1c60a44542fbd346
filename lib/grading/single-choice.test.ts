import { describe, expect, it } from "vitest";
import { parseResponse } from "./responses";
import { gradeSingleChoice } from "./single-choice";
import { singleChoice as q } from "./test-questions";

describe("gradeSingleChoice", () => {
  it("gives full points for the answer", () => {
    expect(gradeSingleChoice(q, { choice: "a" })).toEqual({
      status: "graded",
      score: 1,
      maxPoints: 1,
      correct: true,
      detail: { chosen: "a" },
    });
  });

  it("gives nothing for another choice, an unknown id or no response", () => {
    expect(gradeSingleChoice(q, { choice: "b" })).toMatchObject({ score: 0, correct: false });
    expect(gradeSingleChoice(q, { choice: "zzz" })).toMatchObject({ score: 0, correct: false });
    expect(gradeSingleChoice(q, null)).toMatchObject({ score: 0, maxPoints: 1, correct: false });
    expect(gradeSingleChoice(q, undefined)).toMatchObject({ score: 0, correct: false });
  });

  it("scales to the question's points", () => {
    expect(gradeSingleChoice({ ...q, points: 2.5 }, { choice: "a" })).toMatchObject({ score: 2.5, maxPoints: 2.5 });
  });

  it("rejects out-of-range and wrong-shape responses before grading", () => {
    expect(parseResponse(q, { choice: "z" })).toEqual({ ok: false, error: 'choice "z" is not one of a, b, c' });
    expect(parseResponse(q, { choice: 1 })).toEqual({ ok: false, error: "choice: choice must be a string id" });
    expect(parseResponse(q, { choice: "  " })).toEqual({ ok: false, error: "choice: choice must not be empty" });
    expect(parseResponse(q, ["a"])).toEqual({ ok: false, error: "a single-choice response must be an object" });
    expect(parseResponse(q, { choice: " b " })).toEqual({ ok: true, response: { choice: "b" } });
  });
});
