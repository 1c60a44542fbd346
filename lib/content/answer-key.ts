// A question's key in the words a teacher reads (for the teacher guide): the correct answer a student is shown
// (lib/results/correct-answer.ts), plus what only a teacher sees — every accepted short answer, and the sample
// answer of an open response.
import type { ReadableAnswer, SentenceIndex } from "@/lib/answer-text";
import { correctAnswer } from "@/lib/results/correct-answer";
import type { Question } from "./schemas";

export function answerKey(question: Question, sentences: SentenceIndex = new Map()): ReadableAnswer {
  if (question.type === "short-answer") return { kind: "list", ordered: false, items: question.accepted };
  if (question.type === "open-response") return { kind: "text", text: question.sampleAnswer };
  // The argument's key lives in its rubric: nothing to list.
  return correctAnswer(question, sentences) ?? { kind: "none" };
}
