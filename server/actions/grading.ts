"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { gradeCommentSchema, gradeScoreSchema } from "@/lib/grade-schema";
import { adjustmentKindSchema } from "@/lib/enums";
import { asKeyValues, correctedKeyField } from "@/lib/grading/adjustment";
import { gradeAnswer } from "@/server/grading/grade-answer";
import { gradeArgument } from "@/server/grading/grade-argument";
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

/** Form field names for an argument's levels: one radio group per criterion, "level:<criterion id>". */
const LEVEL_FIELD = /^level:([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const MAX_CRITERIA = 20;

// An argument's grade: a level per criterion (radio values are the level's points); the use case checks each
// against the rubric, which it reads once it has found the answer.
const argumentGradeForm = z
  .looseObject({ attemptId: idSchema, questionId: questionIdSchema, comment: gradeCommentSchema.default("") })
  .transform((form, ctx) => {
    const scores: Record<string, number> = {};
    for (const [field, value] of Object.entries(form)) {
      const criterion = LEVEL_FIELD.exec(field)?.[1];
      if (!criterion) continue;
      const points = typeof value === "string" && /^\d{1,3}(\.\d{1,2})?$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isFinite(points)) {
        ctx.addIssue({ code: "custom", path: [field], message: "Choose one of the criterion's levels." });
        return z.NEVER;
      }
      scores[criterion] = points;
    }
    if (Object.keys(scores).length > MAX_CRITERIA) {
      ctx.addIssue({ code: "custom", message: `At most ${MAX_CRITERIA} criteria can be graded.` });
      return z.NEVER;
    }
    return { attemptId: form.attemptId, questionId: form.questionId, comment: form.comment, scores };
  });

export const gradeArgumentAction = formAction(argumentGradeForm, async (input) => {
  const graded = await gradeArgument(input);
  revalidatePath(`/teacher/classes/${graded.classId}`, "layout");
  return graded;
});

// Throw out or regrade a question (server/grading/regrade-question.ts); the dry run is the regrade page's read.
const regradeForm = z.object({
  assignmentId: idSchema,
  questionId: questionIdSchema,
  kind: adjustmentKindSchema,
  key: correctedKeyField.optional().transform(asKeyValues), // REKEY only
});

export const applyRegradeAction = formAction(regradeForm, async (input) => {
  const applied = await applyRegrade(input);
  revalidatePath(`/teacher/classes/${applied.classId}`, "layout");
  return applied;
});
