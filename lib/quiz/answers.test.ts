import { describe, expect, it } from "vitest";
import type { PublicQuestion } from "./public-question";
import { answerState, clampText, charCount, evidenceParagraphs, moveItem, readOrder, readPairs, summarize } from "./answers";
import { describeRemaining, formatRemaining, timeWarning } from "./countdown";

const base = { skill: "close-reading" as const, prompt: "?", points: 1, versionId: "v", id: "q01" };
const single: PublicQuestion = { ...base, questionId: "l/q01", number: 1, type: "single-choice", choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] };
const matching: PublicQuestion = {
  ...base,
  questionId: "l/q02",
  number: 2,
  type: "matching",
  left: [{ id: "x", text: "X" }, { id: "y", text: "Y" }],
  right: [{ id: "one", text: "1" }, { id: "two", text: "2" }],
};
const ordering: PublicQuestion = { ...base, questionId: "l/q03", number: 3, type: "ordering", items: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }] };
const open: PublicQuestion = { ...base, questionId: "l/q04", number: 4, type: "open-response" };

describe("answerState", () => {
  it("counts a question answered only when its response says something", () => {
    expect(answerState(single, null)).toBe("unanswered");
    expect(answerState(single, { choice: "" })).toBe("unanswered");
    expect(answerState(single, { choice: "a" })).toBe("answered");
    expect(answerState(open, { text: "   " })).toBe("unanswered");
    expect(answerState(open, { text: "Because…" })).toBe("answered");
    expect(answerState(ordering, { order: ["c", "a", "b"] })).toBe("answered");
    expect(answerState(single, "garbage")).toBe("unanswered");
  });

  it("a matching question with some rows chosen is partly answered", () => {
    expect(answerState(matching, { pairs: {} })).toBe("unanswered");
    expect(answerState(matching, { pairs: { x: "one", y: "" } })).toBe("partial");
    expect(answerState(matching, { pairs: { x: "one", y: "one" } })).toBe("answered"); // right options may repeat
  });
});

describe("readers", () => {
  it("repairs a saved order against the items", () => {
    expect(readOrder({ order: ["c", "zz", "c", "a"] }, ordering.type === "ordering" ? ordering.items : [])).toEqual(["c", "a", "b"]);
    expect(readOrder(null, [])).toBeNull();
  });
  it("drops empty or non-string matches", () => {
    expect(readPairs({ pairs: { x: "one", y: "", z: 3 } })).toEqual({ x: "one" });
  });
});

describe("summarize", () => {
  it("counts answered questions and lists unanswered and flagged ones by number", () => {
    const summary = summarize([single, matching, ordering, open], {
      "l/q01": { response: { choice: "b" }, flagged: true },
      "l/q02": { response: { pairs: { x: "two" } }, flagged: false },
      "l/q04": { response: null, flagged: true },
    });
    expect(summary).toEqual({
      total: 4,
      answered: 1,
      notAnswered: [
        { number: 2, questionId: "l/q02", state: "partial" },
        { number: 3, questionId: "l/q03", state: "unanswered" },
        { number: 4, questionId: "l/q04", state: "unanswered" },
      ],
      flagged: [
        { number: 1, questionId: "l/q01" },
        { number: 4, questionId: "l/q04" },
      ],
    });
  });
});

describe("moveItem", () => {
  it("moves an item up or down and clamps at the ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    const same = ["a", "b"];
    expect(moveItem(same, 0, -1)).toBe(same);
    expect(moveItem(same, 1, 5)).toBe(same);
  });
});

describe("evidenceParagraphs", () => {
  const source = {
    id: "s",
    title: "S",
    paragraphs: [
      { id: "p4", number: 4, sentences: [{ id: "p4.s1", text: "Four." }] },
      { id: "p3", number: 3, sentences: [{ id: "p3.s1", text: "Three." }] },
      { id: "p9", number: 9, sentences: [{ id: "p9.s1", text: "Nine." }] },
    ],
  };
  it("keeps the question's paragraphs, in document order", () => {
    expect(evidenceParagraphs(source, ["p9", "p3"]).map((p) => p.id)).toEqual(["p3", "p9"]);
    expect(evidenceParagraphs(source, undefined).map((p) => p.id)).toEqual(["p3", "p4", "p9"]);
    expect(evidenceParagraphs(undefined, ["p3"])).toEqual([]);
  });
});

describe("text length", () => {
  it("counts code points as the server does", () => {
    expect(charCount("🇨🇺 ok")).toBe(5);
    expect(clampText("abc😀def", 4)).toBe("abc😀");
    expect(clampText("abc", 4)).toBe("abc");
  });
});

describe("countdown", () => {
  it("formats the time left, rounding up", () => {
    expect(formatRemaining(725_000)).toBe("12:05");
    expect(formatRemaining(400)).toBe("0:01");
    expect(formatRemaining(-5)).toBe("0:00");
    expect(formatRemaining(3_725_000)).toBe("1:02:05");
    expect(describeRemaining(725_000)).toBe("12 minutes 5 seconds");
    expect(describeRemaining(3_725_000)).toBe("1 hour 2 minutes");
    expect(describeRemaining(0)).toBe("0 seconds");
  });

  it("announces only at 5 minutes, 1 minute and time up", () => {
    const said = new Set<string>();
    for (let ms = 20 * 60_000; ms >= -1000; ms -= 1000) said.add(timeWarning(ms));
    expect([...said]).toEqual(["", "Less than 5 minutes left.", "Less than 1 minute left.", "Time is up. Your answers are being submitted."]);
  });
});
