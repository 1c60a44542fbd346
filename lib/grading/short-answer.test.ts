import { describe, expect, it } from "vitest";
import { parseResponse } from "./responses";
import { gradeShortAnswer, normaliseAnswer } from "./short-answer";
import { shortAnswer as q } from "./test-questions";

const grade = (text: string) => gradeShortAnswer(q, { text });

describe("normaliseAnswer", () => {
  it.each([
    ["  The   Red\tCross ", "the red cross"],
    ["ＩＣＲＣ", "icrc"], // full-width → NFKC
    ["Castro’s", "castros"],
    ["Castro's", "castros"],
    ["“quarantine”", "quarantine"],
    ["U.S.S.R.", "ussr"],
    ["Red-Cross!", "red cross"],
    ["20,000 troops", "20000 troops"],
    ["Mikoyan, Kuznetsov", "mikoyan kuznetsov"],
    ["Zoë", "zoë"],
    ["Ковалёв", "ковалёв"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });
});

describe("gradeShortAnswer", () => {
  it("accepts any accepted answer after normalising, all or nothing", () => {
    expect(grade("international red cross.")).toEqual({
      status: "graded",
      score: 2,
      maxPoints: 2,
      correct: true,
      detail: { normalised: "international red cross", matched: "International Red Cross" },
    });
    expect(grade("  THE  red-cross ").correct).toBe(true);
    expect(grade("I.C.R.C.").correct).toBe(true);
    expect(grade("Red Cross")).toMatchObject({ score: 0, correct: false, detail: { matched: null } });
    expect(grade("the Red Crescent").score).toBe(0);
  });

  it("never matches an empty answer, even against an all-punctuation accepted answer", () => {
    expect(gradeShortAnswer({ ...q, accepted: ["?!"] }, { text: "..." }).score).toBe(0);
    expect(grade("").score).toBe(0);
    expect(gradeShortAnswer(q, null)).toMatchObject({ score: 0, correct: false });
  });

  it("parseResponse keeps the text as typed and enforces 500 characters", () => {
    expect(parseResponse(q, { text: "red " })).toEqual({ ok: true, response: { text: "red " } });
    expect(parseResponse(q, { text: "é".repeat(500) }).ok).toBe(true);
    expect(parseResponse(q, { text: "x".repeat(501) })).toEqual({
      ok: false,
      error: "text: text is 501 characters; the limit is 500",
    });
    // Counted in characters, not UTF-16 units: 500 emoji are 1000 units but 500 characters.
    expect(parseResponse(q, { text: "🚀".repeat(500) }).ok).toBe(true);
    expect(parseResponse(q, { answer: "red cross" })).toEqual({ ok: false, error: "text: text must be a string" });
  });
});
