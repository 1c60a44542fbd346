import { describe, expect, it } from "vitest";
import { grade } from "./index";
import { gradeOpenResponse } from "./open-response";
import { parseResponse } from "./responses";
import { openResponse as q } from "./test-questions";

describe("gradeOpenResponse", () => {
  it("is always pending, worth the question's points", () => {
    expect(gradeOpenResponse(q)).toEqual({ status: "pending", maxPoints: 4 });
    expect(grade(q, { text: "They wrote differently to Castro and to McCloy." })).toEqual({ status: "pending", maxPoints: 4 });
    expect(grade(q, null)).toEqual({ status: "pending", maxPoints: 4 });
  });

  it("parseResponse keeps the text exactly and enforces 10,000 characters", () => {
    const text = "  Line one.\n\nLine two,  with spaces.  ";
    expect(parseResponse(q, { text })).toEqual({ ok: true, response: { text } });
    expect(parseResponse(q, { text: "a".repeat(10_000) }).ok).toBe(true);
    expect(parseResponse(q, { text: "a".repeat(10_001) })).toEqual({
      ok: false,
      error: "text: text is 10001 characters; the limit is 10000",
    });
    expect(parseResponse(q, null)).toEqual({ ok: false, error: "a open-response response must be an object" });
  });
});
