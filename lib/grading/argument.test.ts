import { describe, expect, it } from "vitest";
import { gradeArgument, hasWrittenWork, isTeacherGraded, rubricMaxPoints, rubricTotal } from "./argument";
import { grade } from "./index";
import { parseResponse } from "./responses";
import { argument as q } from "./test-questions";

const sourceSentences = new Map([
  ["telegram-to-mikoyan", new Set(["p6.s1", "p8.s4"])],
  ["telegram-to-kuznetsov", new Set(["p3.s2"])],
]);
const full = {
  claim: "Moscow put its deal first.",
  citations: [
    { source: "telegram-to-mikoyan", sentence: "p6.s1" },
    { source: "telegram-to-kuznetsov", sentence: "p3.s2" },
  ],
  reasoning: "  The private telegram talks of costs.\n",
  counter: "Kuznetsov ¶3 defends sovereignty.",
};

describe("gradeArgument", () => {
  it("is pending (a teacher grades it), worth the question's points, answered or not", () => {
    expect(gradeArgument(q)).toEqual({ status: "pending", maxPoints: 12 });
    expect(grade(q, parseResponse(q, full, { sourceSentences }).ok ? full : null)).toEqual({ status: "pending", maxPoints: 12 });
    expect(grade(q, null)).toEqual({ status: "pending", maxPoints: 12 });
  });

  it("the rubric's maximum is the sum of each criterion's top level", () => {
    expect(rubricMaxPoints(q.rubric)).toBe(12);
  });
});

describe("rubricTotal", () => {
  it("adds one level per criterion", () => {
    expect(rubricTotal(q.rubric, { claim: 3, evidence: 2, sourcing: 1, counter: 0 })).toEqual({ ok: true, total: 6 });
    expect(rubricTotal(q.rubric, { claim: 3, evidence: 3, sourcing: 3, counter: 3 })).toEqual({ ok: true, total: 12 });
  });

  it("refuses a missing criterion, an unknown one, and a score that is not one of the levels", () => {
    expect(rubricTotal(q.rubric, { claim: 3, evidence: 2, sourcing: 1 })).toEqual({ ok: false, error: "Choose a level for “Counter-argument”." });
    expect(rubricTotal(q.rubric, { claim: 3, evidence: 2, sourcing: 1, counter: 0, style: 2 })).toEqual({ ok: false, error: '"style" is not a criterion of this rubric.' });
    expect(rubricTotal(q.rubric, { claim: 2.5, evidence: 2, sourcing: 1, counter: 0 })).toEqual({ ok: false, error: "2.5 is not a level of “Claim” (3, 2, 1, 0)." });
    expect(rubricTotal(q.rubric, { claim: 4, evidence: 2, sourcing: 1, counter: 0 }).ok).toBe(false);
    expect(rubricTotal(q.rubric, { claim: -1, evidence: 2, sourcing: 1, counter: 0 }).ok).toBe(false);
  });
});

describe("parseResponse for an argument", () => {
  it("keeps the text as typed and the citations in the order chosen, each once", () => {
    const twice = { ...full, citations: [...full.citations, { source: "telegram-to-mikoyan", sentence: " p6.s1 " }] };
    expect(parseResponse(q, twice, { sourceSentences })).toEqual({ ok: true, response: full });
  });

  it("fills parts not written yet with empty ones (autosave runs while the student works)", () => {
    expect(parseResponse(q, { claim: "Only a claim so far" })).toEqual({ ok: true, response: { claim: "Only a claim so far", citations: [], reasoning: "", counter: "" } });
  });

  it("refuses a citation of another document, of a sentence that does not exist, or not a sentence id", () => {
    expect(parseResponse(q, { ...full, citations: [{ source: "glossary", sentence: "p1.s1" }] }, { sourceSentences })).toEqual({
      ok: false,
      error: 'source "glossary" is not one of telegram-to-mikoyan, telegram-to-kuznetsov',
    });
    expect(parseResponse(q, { ...full, citations: [{ source: "telegram-to-kuznetsov", sentence: "p3.s9" }] }, { sourceSentences })).toEqual({
      ok: false,
      error: 'sentence "p3.s9" is not in telegram-to-kuznetsov',
    });
    expect(parseResponse(q, { ...full, citations: [{ source: "telegram-to-kuznetsov", sentence: "p3" }] }).ok).toBe(false);
    expect(parseResponse(q, { ...full, citations: "p3.s2" }).ok).toBe(false);
  });

  it("limits each part to 5,000 characters and the citations to 10", () => {
    expect(parseResponse(q, { ...full, reasoning: "a".repeat(5_000) }).ok).toBe(true);
    expect(parseResponse(q, { ...full, reasoning: "a".repeat(5_001) })).toEqual({ ok: false, error: "reasoning: text is 5001 characters; the limit is 5000" });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ source: "telegram-to-mikoyan", sentence: `p${i + 1}.s1` }));
    expect(parseResponse(q, { ...full, citations: eleven })).toEqual({ ok: false, error: "at most 10 sentences can be cited (got 11)" });
  });
});

describe("which answers a teacher must grade", () => {
  it("open responses and arguments are teacher-graded; the rest are not", () => {
    expect(isTeacherGraded("argument")).toBe(true);
    expect(isTeacherGraded("open-response")).toBe(true);
    expect(isTeacherGraded("evidence")).toBe(false);
  });

  it("an argument with any part written (or one citation) has work to grade; an empty one does not", () => {
    expect(hasWrittenWork("argument", full)).toBe(true);
    expect(hasWrittenWork("argument", { claim: "", citations: [{ source: "s", sentence: "p1.s1" }], reasoning: "", counter: "" })).toBe(true);
    expect(hasWrittenWork("argument", { claim: "  ", citations: [], reasoning: "\n", counter: "" })).toBe(false);
    expect(hasWrittenWork("argument", null)).toBe(false);
    expect(hasWrittenWork("open-response", { text: "x" })).toBe(true);
    expect(hasWrittenWork("open-response", { text: " " })).toBe(false);
  });
});
