"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { gradeCommentSchema, gradeScoreSchema } from "@/lib/grade-schema";
import { gradeAnswer } from "@/server/grading/grade-answer";
import { formAction } from "@/server/safe-action";

// The score arrives as the number input's text; the maximum depends on the question, so
// server/grading/grade-answer.ts checks it again once it has found the answer (inside its transaction).
const gradeForm = z.object({
  attemptId: idSchema,
  questionId: questionIdSchema,
  score: z
    .string({ error: "Enter a score." })
    .trim()
    .min(1, "Enter a score.")
    .transform((s) => Number(s))
    .pipe(gradeScoreSchema()),
  comment: gradeCommentSchema.default(""),
});

export const gradeAnswerAction = formAction(gradeForm, async (input) => {
  const graded = await gradeAnswer(input);
  revalidatePath(`/teacher/classes/${graded.classId}`, "layout");
  return graded;
});
