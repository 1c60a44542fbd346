"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { extraTimeSchema } from "@/lib/enums";
import { clearAssignmentAccommodation, setAssignmentAccommodation, setClassAccommodation } from "@/server/accommodations/set-accommodation";
import { formAction } from "@/server/safe-action";

/** A checkbox: "on" when ticked, absent when not; anything else is refused. */
const checkbox = z.enum(["on"], { message: "Tick the box or leave it empty." }).optional().transform((v) => v === "on");

const settings = z.object({
  extraTime: z.union([z.literal("").transform(() => null), extraTimeSchema], { message: "Choose the standard time, ×1.5, ×2 or no limit." }),
  reducedChoices: checkbox,
  adaptedFirst: checkbox,
  readAloud: checkbox,
  sentenceFrames: checkbox,
});
const target = z.object({ classId: idSchema, studentId: idSchema });

const pagePath = (classId: string, studentId: string) => `/teacher/classes/${classId}/students/${studentId}/accommodations`;
const SAVED = "Saved. It applies at once, to an attempt already open too.";

export const setClassAccommodationAction = formAction(target.and(settings), async ({ classId, studentId, ...rest }) => {
  await setClassAccommodation({ classId, studentId, settings: rest });
  revalidatePath(pagePath(classId, studentId));
  return SAVED;
});

// The personal due date arrives as an ISO string in UTC (the form converts the teacher's local time), or empty.
const dueAt = z.union([z.literal("").transform(() => null), z.iso.datetime({ message: "Choose a date and time, or leave it empty." }).transform((s) => new Date(s))]);

export const setAssignmentAccommodationAction = formAction(target.and(settings).and(z.object({ assignmentId: idSchema, dueAt })), async ({ classId, studentId, assignmentId, dueAt, ...rest }) => {
  await setAssignmentAccommodation({ classId, studentId, assignmentId, settings: rest, dueAt });
  revalidatePath(pagePath(classId, studentId));
  return SAVED;
});

export const clearAssignmentAccommodationAction = formAction(target.and(z.object({ assignmentId: idSchema })), async (input) => {
  await clearAssignmentAccommodation(input);
  revalidatePath(pagePath(input.classId, input.studentId));
  return "This assignment now follows the class settings.";
});
