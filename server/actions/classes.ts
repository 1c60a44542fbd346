"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { classNameSchema, idSchema } from "@/lib/account-schemas";
import { parseRosterCsv } from "@/lib/roster-csv";
import { importRoster } from "@/server/classes/import-roster";
import { createClass, regenerateJoinCode, renameClass, setClassArchived } from "@/server/classes/manage-class";
import { removeStudent, resetStudentPassword } from "@/server/classes/roster";
import { deleteStudentAccount } from "@/server/privacy/delete-student";
import { AppError } from "@/server/errors";
import { formAction } from "@/server/safe-action";

// Each action parses its input here and authorises inside server/ (requireTeacherOf), never only in the proxy.

const classPath = (classId: string) => `/teacher/classes/${classId}`;

export const createClassAction = formAction(z.object({ name: classNameSchema }), async ({ name }) => {
  const created = await createClass({ name });
  redirect(classPath(created.id));
});

export const renameClassAction = formAction(z.object({ classId: idSchema, name: classNameSchema }), async (input) => {
  await renameClass(input);
  revalidatePath(classPath(input.classId));
  return "Class renamed.";
});

export const archiveClassAction = formAction(z.object({ classId: idSchema, archived: z.enum(["true", "false"]) }), async ({ classId, archived }) => {
  await setClassArchived({ classId, archived: archived === "true" });
  revalidatePath(classPath(classId));
  return archived === "true" ? "Class archived: students can no longer join it." : "Class restored.";
});

export const regenerateJoinCodeAction = formAction(z.object({ classId: idSchema }), async ({ classId }) => {
  const { joinCode } = await regenerateJoinCode({ classId });
  revalidatePath(classPath(classId));
  return `New join code: ${joinCode}. The old code and link no longer work.`;
});

export const removeStudentAction = formAction(z.object({ classId: idSchema, studentId: idSchema }), async (input) => {
  await removeStudent(input);
  revalidatePath(classPath(input.classId));
  return "Student removed from the class.";
});

export const deleteStudentAction = formAction(z.object({ classId: idSchema, studentId: idSchema }), async (input) => {
  await deleteStudentAccount(input);
  revalidatePath(classPath(input.classId));
  return "The student's account and all their work were deleted.";
});

export const resetPasswordAction = formAction(z.object({ classId: idSchema, studentId: idSchema }), async (input) => {
  const { temporaryPassword } = await resetStudentPassword(input);
  return temporaryPassword;
});

const MAX_CSV_BYTES = 200_000;

export const importRosterAction = formAction(
  z.object({ classId: idSchema, csv: z.string().max(MAX_CSV_BYTES, "The file is too large (200 KB at most).") }),
  async ({ classId, csv }) => {
    const parsed = parseRosterCsv(csv);
    if (!parsed.ok) throw new AppError("BAD_REQUEST", `Nothing was imported. Fix these lines and try again:\n${parsed.errors.join("\n")}`);
    const students = await importRoster({ classId, rows: parsed.rows });
    revalidatePath(classPath(classId));
    return students;
  },
);
