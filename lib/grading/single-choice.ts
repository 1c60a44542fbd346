// Single choice: all or nothing. Full points when the chosen id is the answer; anything else
// (another choice, an unknown id, no response) scores 0.
import { gradedFraction, type Graded } from "./result";
import type { SingleChoiceResponse } from "./responses";
import type { SingleChoiceQuestion } from "./types";

export type SingleChoiceDetail = { chosen: string | null };

export function gradeSingleChoice(
  question: Pick<SingleChoiceQuestion, "answer" | "points">,
  response: SingleChoiceResponse | null | undefined,
): Graded<SingleChoiceDetail> {
  const chosen = response?.choice ?? null;
  return gradedFraction(chosen === question.answer ? 1 : 0, question.points, { chosen });
}
