"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "@/lib/account-schemas";
import { Question } from "@/lib/content/schemas";
import { addQuestionToAssignment } from "@/server/questions/add-question-to-assignment";
import { createTeacherQuestion } from "@/server/questions/create-teacher-question";
import { removeQuestionFromAssignment } from "@/server/questions/remove-question-from-assignment";
import { setTeacherQuestionRetired } from "@/server/questions/retire-teacher-question";
import { updateTeacherQuestion } from "@/server/questions/update-teacher-question";
import { formAction } from "@/server/safe-action";

/**
 * The form sends the question as the JSON a quiz file's entry would be (lib/authoring/question-draft.ts),
 * checked here by the content files' own schema; the use case then checks its key against the documents.
 */
const questionJson = z
  .string()
  .max(40_000, "The question is too long.")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "Not a question (the form sends JSON)." });
      return z.NEVER;
    }
  })
  .pipe(Question);

const questionsPath = (classId: string, assignmentId: string) => `/teacher/classes/${classId}/assignments/${assignmentId}/questions`;

export const createTeacherQuestionAction = formAction(z.object({ assignmentId: idSchema, question: questionJson }), async ({ assignmentId, question }) => {
  const { classId, questionId } = await createTeacherQuestion({ assignmentId, question });
  revalidatePath(questionsPath(classId, assignmentId));
  redirect(`${questionsPath(classId, assignmentId)}?added=${encodeURIComponent(questionId)}`);
});

export const updateTeacherQuestionAction = formAction(z.object({ questionId: idSchema, question: questionJson }), async ({ questionId, question }) => {
  const { version, changed } = await updateTeacherQuestion({ questionId, question });
  revalidatePath(`/teacher/questions/${questionId}`);
  return changed ? `Saved as version ${version}. Work already started keeps the version it was given.` : "No changes to save.";
});

export const addQuestionToAssignmentAction = formAction(z.object({ assignmentId: idSchema, questionId: idSchema }), async ({ assignmentId, questionId }) => {
  const { classId } = await addQuestionToAssignment({ assignmentId, questionId });
  revalidatePath(questionsPath(classId, assignmentId));
  revalidatePath("/teacher/questions");
  return "Added. Students who start the assignment from now on will get it.";
});

export const removeQuestionFromAssignmentAction = formAction(z.object({ assignmentId: idSchema, questionId: idSchema }), async ({ assignmentId, questionId }) => {
  const { classId, removed } = await removeQuestionFromAssignment({ assignmentId, questionId });
  revalidatePath(questionsPath(classId, assignmentId));
  // Its form leaves the page with it: the page says what happened (?removed).
  if (removed) redirect(`${questionsPath(classId, assignmentId)}?removed=1`);
  return "It was not on this assignment.";
});

export const setTeacherQuestionRetiredAction = formAction(z.object({ questionId: idSchema, retired: z.enum(["true", "false"]) }), async ({ questionId, retired }) => {
  await setTeacherQuestionRetired({ questionId, retired: retired === "true" });
  revalidatePath("/teacher/questions");
  revalidatePath(`/teacher/questions/${questionId}`);
  // The question moves to the other list, and its form with it: the page says what happened.
  redirect(`/teacher/questions?${retired === "true" ? "retired" : "restored"}=1`);
});
