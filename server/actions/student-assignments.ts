"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { recordReading } from "@/server/assignments/record-reading";
import { startAttempt } from "@/server/attempts/start-attempt";
import { formAction } from "@/server/safe-action";

export const startAttemptAction = formAction(z.object({ assignmentId: idSchema }), async ({ assignmentId }) => {
  const { attemptId } = await startAttempt({ assignmentId });
  redirect(`/assignments/${assignmentId}/attempts/${attemptId}`);
});

export const markReadAction = formAction(z.object({ assignmentId: idSchema, paragraphs: z.coerce.number().int().min(0).max(1000) }), async ({ assignmentId, paragraphs }) => {
  await recordReading({ assignmentId, paragraphsReached: paragraphs, secondsOnText: 0, done: true });
  return "Marked as read.";
});
