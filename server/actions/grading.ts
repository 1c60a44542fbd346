"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { gradeCommentSchema, gradeScoreSchema } from "@/lib/grade-schema";
import { adjustmentKindSchema } from "@/lib/enums";
import { gradeAnswer } from "@/server/grading/grade-answer";
import { applyRegrade } from "@/server/grading/regrade-question";
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

// Throw out or regrade a question (server/grading/regrade-question.ts); the dry run is the regrade page's read.
const regradeForm = z.object({
  assignmentId: idSchema,
  questionId: questionIdSchema,
  kind: adjustmentKindSchema,
  // The corrected key's options (REKEY): one value per chosen option, as checkboxes or a radio send it.
  key: z
    .union([z.string().trim().max(64), z.array(z.string().trim().max(64)).max(26)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const applyRegradeAction = formAction(regradeForm, async (input) => {
  const applied = await applyRegrade(input);
  revalidatePath(`/teacher/classes/${applied.classId}`, "layout");
  return applied;
});
