"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { GRADE_COMMENT_MAX_CHARS } from "@/lib/grade-limits";
import { gradeAnswer } from "@/server/grading/grade-answer";
import { formAction } from "@/server/safe-action";

// The score arrives as the number input's text; the maximum depends on the question, so
// server/grading/grade-answer.ts checks it again once it has found the answer (inside its transaction).
const gradeForm = z.object({
  attemptId: idSchema,
  questionId: z.string().trim().max(120).regex(/^[a-z0-9-]+\/q[0-9]+$/, "Not a valid question id."),
  score: z
    .string({ error: "Enter a score." })
    .trim()
    .min(1, "Enter a score.")
    .transform((s) => Number(s))
    .pipe(z.number({ error: "The score must be a number." }).min(0, "The score cannot be below 0.")),
  comment: z
    .string()
    .default("")
    .refine((s) => [...s].length <= GRADE_COMMENT_MAX_CHARS, `Keep the comment to ${GRADE_COMMENT_MAX_CHARS.toLocaleString("en-GB")} characters.`),
});

export const gradeAnswerAction = formAction(gradeForm, async (input) => {
  const graded = await gradeAnswer(input);
  revalidatePath(`/teacher/classes/${graded.classId}`, "layout");
  return graded;
});
