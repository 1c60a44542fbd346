// Open response: graded by a teacher against the rubric, so always pending here — even when empty,
// because a teacher may still want to see (and comment on) a blank answer. maxPoints is the
// question's points; the rubric's levels describe how a teacher reaches a score within them.
import { maxPointsOf, type Pending } from "./result";
import type { OpenResponseQuestion } from "./types";

export function gradeOpenResponse(question: Pick<OpenResponseQuestion, "points">): Pending {
  return { status: "pending", maxPoints: maxPointsOf(question.points) };
}
