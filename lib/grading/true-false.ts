// True / false: all or nothing. No response scores 0 (silence is not "false").
import { gradedFraction, type Graded } from "./result";
import type { TrueFalseResponse } from "./responses";
import type { TrueFalseQuestion } from "./types";

export function gradeTrueFalse(
  question: Pick<TrueFalseQuestion, "answer" | "points">,
  response: TrueFalseResponse | null | undefined,
): Graded {
  return gradedFraction(response?.value === question.answer ? 1 : 0, question.points);
}
