import "server-only";
import { hashPassword, temporaryPassword, temporaryPasswordExpiry } from "@/server/auth/passwords";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Removes the student from this class only; their account and other classes stay. */
export async function removeStudent({ classId, studentId }: { classId: string; studentId: string }) {
  await requireTeacherOf(classId);
  const { count } = await db.enrollment.deleteMany({ where: { classId, studentId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Student not found in this class.");
}

/**
 * Gives the student a one-time temporary password, shown once to the teacher, and signs the student out
 * everywhere (the session version moves on). It works only to choose their own at the next sign-in, and
 * not at all after TEMPORARY_PASSWORD_DAYS. Only a student of one of the teacher's classes can be reset.
 */
export async function resetStudentPassword({ classId, studentId }: { classId: string; studentId: string }) {
  await requireTeacherOf(classId);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const { count } = await db.user.updateMany({
    where: { id: studentId, role: "STUDENT", enrollments: { some: { classId } } },
    data: { passwordHash, mustChangePassword: true, temporaryPasswordExpiresAt: temporaryPasswordExpiry(), sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Student not found in this class.");
  return { temporaryPassword: password };
}
