import { describe, expect, test } from "vitest";
import { argument, evidence, matching, multipleSelect, openResponse, ordering, shortAnswer, singleChoice, trueFalse } from "@/lib/grading/test-questions";
import { readableAnswer, sentenceIndex, sentenceLabel } from "./answer-text";

describe("readableAnswer", () => {
  test("choices read as their texts", () => {
    expect(readableAnswer(singleChoice, { choice: "b" })).toEqual({ kind: "text", text: "Kuznetsov" });
    expect(readableAnswer(multipleSelect, { choices: ["d", "a"] })).toEqual({ kind: "list", ordered: false, items: ["costs", "the quarantine"] });
    expect(readableAnswer(trueFalse, { value: false })).toEqual({ kind: "text", text: "False" });
  });

  test("an order keeps the student's order; pairs follow the question's left column", () => {
    expect(readableAnswer(ordering, { order: ["speech", "u2"] })).toEqual({ kind: "list", ordered: true, items: ["Kennedy's address (22 Oct)", "U-2 photographs (14 Oct)"] });
    expect(readableAnswer(matching, { pairs: { mccloy: "r3", mikoyan: "r4", kuznetsov: "" } })).toEqual({
      kind: "list",
      ordered: false,
      items: ["Mikoyan → Secretary-General of the UN", "McCloy → US negotiator at the UN"],
    });
  });

  test("evidence shows the chosen sentences from the source document", () => {
    const index = sentenceIndex([
      {
        id: "telegram-to-mikoyan",
        document: { meta: {}, blocks: [{ kind: "label", text: "x" }, { kind: "paragraph", id: "p3", number: 3, sentences: [{ id: "p3.s2", text: "The missiles have achieved their effect." }] }] },
      },
    ]);
    expect(readableAnswer(evidence, { sentences: ["p3.s2", "p4.s9"] }, index)).toEqual({
      kind: "list",
      ordered: false,
      items: ["¶3, sentence 2: “The missiles have achieved their effect.”", "¶4, sentence 9: “(sentence not found)”"],
    });
  });

  test("an argument reads part by part, each citation quoted with its document and place", () => {
    const index = sentenceIndex([
      { id: "telegram-to-mikoyan", document: { blocks: [{ kind: "paragraph", id: "p6", number: 6, sentences: [{ id: "p6.s1", text: "We will have to recall the ships." }] }] } },
      { id: "telegram-to-kuznetsov", document: { blocks: [{ kind: "paragraph", id: "p3", number: 3, sentences: [{ id: "p3.s2", text: "Only the Cubans decide." }] }] } },
    ]);
    const response = {
      claim: "Moscow put the deal first.",
      citations: [{ source: "telegram-to-kuznetsov", sentence: "p3.s2" }, { source: "telegram-to-mikoyan", sentence: "p6.s1" }, { source: "telegram-to-mikoyan", sentence: "p9.s9" }],
      reasoning: "",
      counter: "Sovereignty is only words.",
    };
    expect(readableAnswer(argument, response, index, new Map([["telegram-to-mikoyan", "Telegram to Mikoyan"]]))).toEqual({
      kind: "list",
      ordered: false,
      items: [
        "Claim: Moscow put the deal first.",
        "Evidence, telegram-to-kuznetsov ¶3, sentence 2: “Only the Cubans decide.”",
        "Evidence, Telegram to Mikoyan ¶6, sentence 1: “We will have to recall the ships.”",
        "Evidence, Telegram to Mikoyan ¶9, sentence 9: “(sentence not found)”",
        "Counter-argument: Sovereignty is only words.",
      ],
    });
    expect(readableAnswer(argument, { claim: " ", citations: [{ source: 3 }], reasoning: "", counter: "" })).toEqual({ kind: "none" });
  });

  test("free text is kept exactly as written, line breaks included", () => {
    expect(readableAnswer(openResponse, { text: "First line.\n\nSecond <b>line</b>." })).toEqual({ kind: "text", text: "First line.\n\nSecond <b>line</b>." });
    expect(readableAnswer(shortAnswer, { text: "   " })).toEqual({ kind: "none" });
  });

  test("nothing, malformed or stale answers never throw", () => {
    expect(readableAnswer(singleChoice, null)).toEqual({ kind: "none" });
    expect(readableAnswer(multipleSelect, { choices: "a" })).toEqual({ kind: "none" });
    expect(readableAnswer(matching, { pairs: [] })).toEqual({ kind: "none" });
    expect(readableAnswer(singleChoice, { choice: "z" })).toEqual({ kind: "text", text: "(unknown option “z”)" });
    expect(sentenceIndex([{ id: "s", document: null }]).get("s")?.size).toBe(0);
  });

  test("sentence ids read as paragraph and sentence numbers", () => {
    expect(sentenceLabel("p12.s3")).toBe("¶12, sentence 3");
    expect(sentenceLabel("odd")).toBe("odd");
  });
});
