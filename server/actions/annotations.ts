"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { annotationIdSchema, REPLY_MAX } from "@/lib/annotations/change";
import { replyToAnnotation } from "@/server/annotations/reply-to-annotation";
import { formAction } from "@/server/safe-action";

const replyForm = z.object({
  annotationId: annotationIdSchema,
  reply: z.string({ error: "Write a reply." }).max(REPLY_MAX, `Keep the reply under ${REPLY_MAX} characters.`),
});

/** A teacher's reply to a student's note (server/annotations/reply-to-annotation.ts). */
export const replyToAnnotationAction = formAction(replyForm, async (input) => {
  const done = await replyToAnnotation(input);
  revalidatePath(`/teacher/classes/${done.classId}`, "layout");
  return done;
});
