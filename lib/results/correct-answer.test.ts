import { expect, test } from "vitest";
import { evidence, matching, multipleSelect, openResponse, shortAnswer, singleChoice, trueFalse } from "@/lib/grading/test-questions";
import { correctAnswer } from "./correct-answer";

test("the key reads like a student's answer would", () => {
  expect(correctAnswer(singleChoice)).toEqual({ kind: "text", text: "Mikoyan" });
  expect(correctAnswer(multipleSelect)).toEqual({ kind: "list", ordered: false, items: ["the quarantine", "perishable cargo", "costs"] });
  expect(correctAnswer(trueFalse)).toEqual({ kind: "text", text: "False" });
  expect(correctAnswer(matching)?.kind).toBe("list");
  expect(correctAnswer(shortAnswer)).not.toBeNull();
  expect(correctAnswer(openResponse)).toBeNull();
});

test("evidence quotes the key's sentences from the document", () => {
  const sentences = new Map([[evidence.source, new Map(evidence.answer.map((id) => [id, `Sentence ${id}`]))]]);
  const answer = correctAnswer(evidence, sentences);
  expect(answer).toMatchObject({ kind: "list" });
  expect(answer?.kind === "list" && answer.items[0]).toContain(`Sentence ${evidence.answer[0]}`);
});
