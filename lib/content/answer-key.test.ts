import { describe, expect, it } from "vitest";
import { answerKey } from "./answer-key";
import { Question } from "./schemas";

const base = { id: "q01", skill: "close-reading", prompt: "P?", evidence: [{ source: "s", ref: "p1" }], explanation: "E." };
const q = (extra: Record<string, unknown>) => Question.parse({ ...base, ...extra });

describe("the answer key in words", () => {
  it("names the keyed choices, not their letters", () => {
    const choices = [{ id: "a", text: "McCloy" }, { id: "b", text: "U Thant" }, { id: "c", text: "Castro" }];
    expect(answerKey(q({ type: "single-choice", choices, answer: "b" }))).toEqual({ kind: "text", text: "U Thant" });
    expect(answerKey(q({ type: "multiple-select", choices, answer: ["a", "c"] }))).toEqual({ kind: "list", ordered: false, items: ["McCloy", "Castro"] });
  });

  it("gives the order, the pairs, true or false, the accepted answers and the sample answer", () => {
    const items = [{ id: "x", text: "First" }, { id: "y", text: "Second" }];
    expect(answerKey(q({ type: "ordering", items, answer: ["y", "x"] }))).toEqual({ kind: "list", ordered: true, items: ["Second", "First"] });
    expect(answerKey(q({ type: "matching", left: items, right: [{ id: "r1", text: "One" }, { id: "r2", text: "Two" }], answer: { x: "r2", y: "r1" } }))).toEqual({
      kind: "list",
      ordered: false,
      items: ["First → Two", "Second → One"],
    });
    expect(answerKey(q({ type: "true-false", answer: false }))).toEqual({ kind: "text", text: "False" });
    expect(answerKey(q({ type: "short-answer", accepted: ["so-called", "so called"] }))).toEqual({ kind: "list", ordered: false, items: ["so-called", "so called"] });
    const rubric = [{ points: 1, description: "Good." }, { points: 0, description: "None." }];
    expect(answerKey(q({ type: "open-response", rubric, sampleAnswer: "A model answer." }))).toEqual({ kind: "text", text: "A model answer." });
  });

  it("quotes the keyed sentences of an evidence question", () => {
    const sentences = new Map([["s", new Map([["p3.s2", "The Cubans, and only the Cubans, can make decisions on questions of that sort."]])]]);
    expect(answerKey(q({ type: "evidence", claim: "C.", source: "s", answer: ["p3.s2"] }), sentences)).toEqual({
      kind: "list",
      ordered: false,
      items: ["¶3, sentence 2: “The Cubans, and only the Cubans, can make decisions on questions of that sort.”"],
    });
  });
});
