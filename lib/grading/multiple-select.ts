// Multiple select: score = max(0, (right chosen − wrong chosen) / number of right answers) × points.
// Each wrong pick cancels one right pick, so ticking every box earns nothing unless every box is
// right. Duplicates count once; ids that are not choices count as wrong picks. If the key has no
// right answers at all, the question is full marks exactly when nothing is chosen.
import { gradedFraction, uniqueIds, type Graded } from "./result";
import type { MultipleSelectResponse } from "./responses";
import type { MultipleSelectQuestion } from "./types";

export type MultipleSelectDetail = {
  rightChosen: string[];
  wrongChosen: string[];
  /** Right answers the student did not pick: what feedback should point at. */
  missed: string[];
};

export function gradeMultipleSelect(
  question: Pick<MultipleSelectQuestion, "answer" | "points">,
  response: MultipleSelectResponse | null | undefined,
): Graded<MultipleSelectDetail> {
  const right = new Set(question.answer);
  const chosen = uniqueIds(response?.choices);
  const detail: MultipleSelectDetail = {
    rightChosen: chosen.filter((c) => right.has(c)),
    wrongChosen: chosen.filter((c) => !right.has(c)),
    missed: [...right].filter((r) => !chosen.includes(r)),
  };
  const fraction =
    right.size === 0
      ? chosen.length === 0
        ? 1
        : 0
      : (detail.rightChosen.length - detail.wrongChosen.length) / right.size;
  return gradedFraction(fraction, question.points, detail);
}
