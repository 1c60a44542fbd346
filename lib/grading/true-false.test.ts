import { describe, expect, it } from "vitest";
import { parseResponse } from "./responses";
import { trueFalse as q } from "./test-questions";
import { gradeTrueFalse } from "./true-false";

describe("gradeTrueFalse", () => {
  it("is all or nothing", () => {
    expect(gradeTrueFalse(q, { value: false })).toEqual({ status: "graded", score: 1, maxPoints: 1, correct: true });
    expect(gradeTrueFalse(q, { value: true })).toMatchObject({ score: 0, correct: false });
  });

  it("does not treat a missing response as false", () => {
    expect(gradeTrueFalse(q, null)).toMatchObject({ score: 0, correct: false });
    expect(gradeTrueFalse(q, undefined)).toMatchObject({ score: 0, correct: false });
  });

  it("accepts only real booleans", () => {
    expect(parseResponse(q, { value: "false" })).toEqual({ ok: false, error: "value: value must be true or false" });
    expect(parseResponse(q, {})).toEqual({ ok: false, error: "value: value must be true or false" });
    expect(parseResponse(q, { value: true })).toEqual({ ok: true, response: { value: true } });
  });
});
