// grade(question, response): one entry point over every question type. Responses are expected to
// have been through parseResponse; null/undefined means "not answered" and scores 0
// (open responses are always pending: a teacher grades them).
import { gradeArgument } from "./argument";
import { gradeEvidence } from "./evidence";
import { gradeMatching } from "./matching";
import { gradeMultipleSelect } from "./multiple-select";
import { gradeOpenResponse } from "./open-response";
import { gradeOrdering } from "./ordering";
import type { GradeResult } from "./result";
import type { ResponseOf } from "./responses";
import { gradeShortAnswer } from "./short-answer";
import { gradeSingleChoice } from "./single-choice";
import { gradeTrueFalse } from "./true-false";
import type { Question, QuestionOf, QuestionType } from "./types";

type Grader<T extends QuestionType> = (
  question: QuestionOf<T>,
  response: ResponseOf<T> | null | undefined,
) => GradeResult;

const graders: { [T in QuestionType]: Grader<T> } = {
  "single-choice": gradeSingleChoice,
  "multiple-select": gradeMultipleSelect,
  "true-false": gradeTrueFalse,
  ordering: gradeOrdering,
  matching: gradeMatching,
  "short-answer": gradeShortAnswer,
  evidence: gradeEvidence,
  "open-response": gradeOpenResponse,
  argument: gradeArgument,
};

export function grade<Q extends Question>(
  question: Q,
  response: ResponseOf<Q["type"]> | null | undefined,
): GradeResult {
  // TypeScript cannot correlate question.type with the table's key, hence the one cast.
  const grader = graders[question.type] as Grader<QuestionType>;
  return grader(question, response);
}

export { parseResponse, responseSchemas } from "./responses";
export type { AnyResponse, ParseOptions, ParseResult, ResponseOf } from "./responses";
export type { GradeResult, Graded, Pending } from "./result";
export { gradeArgument, rubricMaxPoints, rubricTotal, isTeacherGraded, hasWrittenWork } from "./argument";
export { gradeEvidence, type EvidenceDetail } from "./evidence";
export { gradeMatching, type MatchingDetail } from "./matching";
export { gradeMultipleSelect, type MultipleSelectDetail } from "./multiple-select";
export { gradeOpenResponse } from "./open-response";
export { gradeOrdering, type OrderingDetail } from "./ordering";
export { gradeShortAnswer, normaliseAnswer, type ShortAnswerDetail } from "./short-answer";
export { gradeSingleChoice, type SingleChoiceDetail } from "./single-choice";
export { gradeTrueFalse } from "./true-false";
export type { Question, QuestionOf, QuestionType } from "./types";
