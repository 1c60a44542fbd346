// The argument task: graded by a teacher, one score per rubric criterion, so always pending here (like an open
// response). What "teacher-graded" and "has written work" mean is decided here once, for submit, the grading
// queue and the results, so an argument and an open response are treated alike everywhere.
import { maxPointsOf, round2, type Pending } from "./result";
import type { Question, QuestionOf } from "./types";

type Rubric = QuestionOf<"argument">["rubric"];

/** A criterion is worth its top level; the task is worth the sum of its criteria. */
export function rubricMaxPoints(rubric: Rubric): number {
  return round2(rubric.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((l) => l.points)), 0));
}

export function gradeArgument(question: Pick<QuestionOf<"argument">, "points">): Pending {
  return { status: "pending", maxPoints: maxPointsOf(question.points) };
}

/**
 * The total of a teacher's per-criterion scores, or an error naming the first criterion that is missing, unknown
 * or out of range. Each score must be one of its criterion's level points (the rubric's levels are the scale).
 */
export function rubricTotal(rubric: Rubric, scores: Readonly<Record<string, number>>): { ok: true; total: number } | { ok: false; error: string } {
  for (const key of Object.keys(scores)) {
    if (!rubric.some((c) => c.id === key)) return { ok: false, error: `"${key}" is not a criterion of this rubric.` };
  }
  let total = 0;
  for (const criterion of rubric) {
    const score = scores[criterion.id];
    if (score === undefined) return { ok: false, error: `Choose a level for “${criterion.title}”.` };
    if (!criterion.levels.some((l) => l.points === score)) {
      return { ok: false, error: `${score} is not a level of “${criterion.title}” (${criterion.levels.map((l) => l.points).join(", ")}).` };
    }
    total += score;
  }
  return { ok: true, total: round2(total) };
}

/** Types a teacher scores by hand: pending at submit, listed in the grading queue, never practised alone. */
export const TEACHER_GRADED_TYPES = ["open-response", "argument"] as const;
export const isTeacherGraded = (type: string) => (TEACHER_GRADED_TYPES as readonly string[]).includes(type);

const field = (response: unknown, key: string): unknown =>
  typeof response === "object" && response !== null && !Array.isArray(response) ? (response as Record<string, unknown>)[key] : undefined;
const written = (value: unknown) => typeof value === "string" && value.trim() !== "";

/** Something a teacher must read: an open response's text, or any part of an argument (a citation counts). */
export function hasWrittenWork(type: Question["type"] | string, response: unknown): boolean {
  if (type === "open-response") return written(field(response, "text"));
  if (type === "argument") {
    const citations = field(response, "citations");
    return ["claim", "reasoning", "counter"].some((k) => written(field(response, k))) || (Array.isArray(citations) && citations.length > 0);
  }
  return false;
}
