// The question shapes come from the content schema (one source of truth); graders take only the
// fields they read (Pick<…>), so a question loaded from the database with the same fields works too.
import type { QuestionOf } from "@/lib/content/schemas";

export type { Question, QuestionOf, QuestionType } from "@/lib/content/schemas";

export type Option = { id: string; text: string };

export type SingleChoiceQuestion = QuestionOf<"single-choice">;
export type MultipleSelectQuestion = QuestionOf<"multiple-select">;
export type TrueFalseQuestion = QuestionOf<"true-false">;
export type OrderingQuestion = QuestionOf<"ordering">;
export type MatchingQuestion = QuestionOf<"matching">;
export type ShortAnswerQuestion = QuestionOf<"short-answer">;
export type EvidenceQuestion = QuestionOf<"evidence">;
export type OpenResponseQuestion = QuestionOf<"open-response">;
