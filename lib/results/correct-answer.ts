// The correct answer in the words a student reads, through the same reader as their own answer
// (lib/answer-text.ts), so the two can be set side by side. Only shown when the reveal policy allows.
import { readableAnswer, type ReadableAnswer, type SentenceIndex } from "@/lib/answer-text";
import type { Question } from "@/lib/content/schemas";

export function correctAnswer(question: Question, sentences: SentenceIndex = new Map()): ReadableAnswer | null {
  switch (question.type) {
    case "single-choice":
      return readableAnswer(question, { choice: question.answer });
    case "multiple-select":
      return readableAnswer(question, { choices: question.answer });
    case "true-false":
      return readableAnswer(question, { value: question.answer });
    case "ordering":
      return readableAnswer(question, { order: question.answer });
    case "matching":
      return readableAnswer(question, { pairs: question.answer });
    case "short-answer":
      return question.accepted.length === 1 ? { kind: "text", text: question.accepted[0]! } : { kind: "list", ordered: false, items: question.accepted };
    case "evidence":
      return readableAnswer(question, { sentences: question.answer }, sentences);
    case "open-response":
    case "argument":
      // Graded by a teacher against the rubric: there is no one correct answer to show.
      return null;
  }
}
