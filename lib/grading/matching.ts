// Matching: score = correct pairs / number of left items × points. Right-hand distractors need no
// special rule: matching to one is simply a wrong pair. A left item the key leaves unmatched counts
// as correct when the student also leaves it unmatched, so the key itself always scores full points.
import { gradedFraction, type Graded } from "./result";
import type { MatchingResponse } from "./responses";
import type { MatchingQuestion } from "./types";

export type MatchingDetail = {
  /** Left ids matched correctly. */
  correct: string[];
  /** Left ids matched wrongly or not at all. */
  wrong: string[];
};

export function gradeMatching(
  question: Pick<MatchingQuestion, "left" | "answer" | "points">,
  response: MatchingResponse | null | undefined,
): Graded<MatchingDetail> {
  const pairs = response?.pairs ?? {};
  const detail: MatchingDetail = { correct: [], wrong: [] };
  for (const { id } of question.left) {
    const expected = Object.hasOwn(question.answer, id) ? question.answer[id] : undefined;
    const given = Object.hasOwn(pairs, id) ? pairs[id] : undefined;
    (given === expected ? detail.correct : detail.wrong).push(id);
  }
  const n = question.left.length;
  return gradedFraction(n === 0 ? 1 : detail.correct.length / n, question.points, detail);
}
