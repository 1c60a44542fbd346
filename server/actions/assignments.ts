"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { latePolicySchema, revealPolicySchema } from "@/lib/enums";
import { MAX_REQUIRED_ANNOTATIONS } from "@/lib/annotations/requirement";
import { ANNOTATION_SKILLS } from "@/lib/annotations/skills";
import { createAssignment, removeAssignment, updateAssignment } from "@/server/assignments/manage-assignment";
import { formAction } from "@/server/safe-action";

/** A checkbox: "on" when ticked, absent when not; anything else is refused. */
const checkbox = z.enum(["on"], { message: "Tick the box or leave it empty." }).optional().transform((v) => v === "on");

// Times arrive as ISO strings in UTC: the form converts the teacher's local date and time in the browser.
const settings = z
  .object({
    lessonId: z.string().min(1).max(80),
    opensAt: z.iso.datetime({ message: "Choose when it opens." }).transform((s) => new Date(s)),
    dueAt: z.iso.datetime({ message: "Choose a due date and time." }).transform((s) => new Date(s)),
    latePolicy: latePolicySchema,
    attemptsAllowed: z.union([z.literal("unlimited").transform(() => null), z.coerce.number().int().min(1, "At least 1 attempt.").max(20, "At most 20 attempts.")]),
    revealPolicy: revealPolicySchema,
    timeLimitMinutes: z
      .string()
      .trim()
      .transform((v) => (v === "" ? null : Number(v)))
      .pipe(z.number().int("Whole minutes only.").min(1, "At least 1 minute.").max(600, "At most 600 minutes.").nullable()),
    readingOnly: checkbox,
    shuffleOptions: checkbox,
    shuffleQuestions: checkbox,
    // Optional, so a form without the annotation fields keeps working: empty or absent = no requirement.
    annotationsRequired: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === undefined || v === "" || v === "0" ? null : Number(v)))
      .pipe(z.number().int("A whole number of sentences.").min(1, "At least 1 sentence.").max(MAX_REQUIRED_ANNOTATIONS, `At most ${MAX_REQUIRED_ANNOTATIONS} sentences.`).nullable()),
    annotationSkill: z
      .union([z.literal(""), z.enum(ANNOTATION_SKILLS)], { message: "Choose one of the four skills, or any skill." })
      .optional()
      .transform((v) => v || null),
  })
  .refine((s) => s.dueAt > s.opensAt, { path: ["dueAt"], message: "The due time must be after the opening time." });

export const createAssignmentAction = formAction(settings.and(z.object({ classId: idSchema })), async ({ classId, ...input }) => {
  await createAssignment({ classId, ...input });
  revalidatePath(`/teacher/classes/${classId}`);
  redirect(`/teacher/classes/${classId}?assigned=1`);
});

export const updateAssignmentAction = formAction(settings.and(z.object({ assignmentId: idSchema })), async ({ assignmentId, ...input }) => {
  const { classId } = await updateAssignment({ assignmentId, ...input });
  revalidatePath(`/teacher/classes/${classId}`);
  return "Assignment saved.";
});

export const removeAssignmentAction = formAction(z.object({ assignmentId: idSchema }), async ({ assignmentId }) => {
  const { classId } = await removeAssignment({ assignmentId });
  revalidatePath(`/teacher/classes/${classId}`);
  redirect(`/teacher/classes/${classId}?unassigned=1`);
});
