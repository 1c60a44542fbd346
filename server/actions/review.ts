"use server";

import { z } from "zod";
import { idSchema, questionIdSchema } from "@/lib/account-schemas";
import { answerReview } from "@/server/progress/answer-review";
import { formAction } from "@/server/safe-action";

const questionId = questionIdSchema;

/** The response travels as JSON text (its shape depends on the question type); lib/grading checks it against the question. */
const response = z
  .string()
  .max(50_000, "That answer is too long.")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The answer could not be read. Please try again." });
      return z.NEVER;
    }
  });

export const answerReviewAction = formAction(z.object({ questionId, versionId: idSchema, response }), (input) => answerReview(input));
