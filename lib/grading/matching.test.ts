import { describe, expect, it } from "vitest";
import { gradeMatching } from "./matching";
import { parseResponse } from "./responses";
import { matching as q } from "./test-questions";

// Key: mikoyan→r1, kuznetsov→r2, mccloy→r3; r4 is a distractor. 3 points, so 1 per correct pair.
const grade = (pairs: Record<string, string>) => gradeMatching(q, { pairs });

describe("gradeMatching", () => {
  it("gives full points for the key", () => {
    expect(grade(q.answer)).toEqual({
      status: "graded",
      score: 3,
      maxPoints: 3,
      correct: true,
      detail: { correct: ["mikoyan", "kuznetsov", "mccloy"], wrong: [] },
    });
  });

  it("gives correct pairs / left items × points", () => {
    expect(grade({ mikoyan: "r1", kuznetsov: "r3", mccloy: "r2" }).score).toBe(1);
    expect(grade({ mikoyan: "r1", kuznetsov: "r2", mccloy: "r4" })).toMatchObject({
      score: 2,
      detail: { wrong: ["mccloy"] },
    });
    expect(grade({ mikoyan: "r1" }).score).toBe(1); // unmatched items are wrong
  });

  it("scores empty and missing responses 0", () => {
    expect(grade({}).score).toBe(0);
    expect(gradeMatching(q, null)).toMatchObject({ score: 0, correct: false });
  });

  it("treats unknown right ids as wrong and ignores unknown left ids", () => {
    expect(grade({ mikoyan: "r9", kuznetsov: "r2", ghost: "r1" }).score).toBe(1);
  });

  it("does not let prototype keys count as pairs", () => {
    expect(grade(JSON.parse('{"__proto__": "r1", "mikoyan": "r1"}') as Record<string, string>).score).toBe(1);
  });

  it("parseResponse trims, drops cleared pairs and rejects unknown ids", () => {
    expect(parseResponse(q, { pairs: { " mikoyan ": " r1 ", kuznetsov: "" } })).toEqual({
      ok: true,
      response: { pairs: { mikoyan: "r1" } },
    });
    expect(parseResponse(q, { pairs: { castro: "r1" } })).toEqual({
      ok: false,
      error: 'left item "castro" is not one of mikoyan, kuznetsov, mccloy',
    });
    expect(parseResponse(q, { pairs: { mikoyan: "r7" } })).toEqual({
      ok: false,
      error: 'match for "mikoyan" "r7" is not one of r1, r2, r3, r4',
    });
    expect(parseResponse(q, { pairs: [["mikoyan", "r1"]] })).toEqual({
      ok: false,
      error: "pairs: pairs must be an object of left id → right id",
    });
    expect(parseResponse(q, { pairs: { mikoyan: 1 } })).toEqual({
      ok: false,
      error: "pairs.mikoyan: each pair must map a left id to a right id",
    });
  });
});
