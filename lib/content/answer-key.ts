// A question's key in the words a teacher reads (for the teacher guide), built as the correct response
// and read back through lib/answer-text.ts, so the key and a student's answer are shown the same way.
import { readableAnswer, type ReadableAnswer, type SentenceIndex } from "@/lib/answer-text";
import type { Question } from "./schemas";

export function answerKey(question: Question, sentences: SentenceIndex = new Map()): ReadableAnswer {
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
    case "evidence":
      return readableAnswer(question, { sentences: question.answer }, sentences);
    case "short-answer":
      return { kind: "list", ordered: false, items: question.accepted };
    case "open-response":
      return { kind: "text", text: question.sampleAnswer };
    default:
      // A type this guide does not know yet (its key lives in its own rubric): nothing to list.
      return { kind: "none" };
  }
}
