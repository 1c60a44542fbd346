// What a teacher's grade may be: one schema for the grading action (which sees the form's text) and the use
// case (which knows the question's maximum once it has found the answer), so both say the same thing.
// Kept apart from lib/grade-limits.ts, which the browser imports without zod.
import { z } from "zod";
import { GRADE_COMMENT_MAX_CHARS } from "@/lib/grade-limits";

const chars = (s: string) => [...s].length;

export const gradeScoreSchema = (maxPoints = Number.MAX_VALUE) =>
  z
    .number({ error: "The score must be a number." })
    .min(0, { error: "The score cannot be below 0." })
    .max(maxPoints, { error: `The score cannot be above ${maxPoints}, the question's points.` });

export const gradeCommentSchema = z
  .string()
  .refine((s) => chars(s) <= GRADE_COMMENT_MAX_CHARS, { error: (issue) => `The comment is ${chars(issue.input as string)} characters; the limit is ${GRADE_COMMENT_MAX_CHARS}.` });

/** A grade once the answer (and so its maximum) is known; an empty comment is stored as none. */
export const gradeSchema = (maxPoints: number) =>
  z.object({ score: gradeScoreSchema(maxPoints), comment: gradeCommentSchema.transform((s) => (s.trim() === "" ? null : s.trim())) });
