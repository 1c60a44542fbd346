import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * A teacher deletes a student's account and all their work (attempts, answers, reading, review queue go
 * with it by cascade). Allowed only when every class the student is in is this teacher's: a student shared
 * with another teacher can be removed from this class, not erased from theirs.
 */
export async function deleteStudentAccount({ classId, studentId }: { classId: string; studentId: string }) {
  const { user: teacher } = await requireTeacherOf(classId);
  await db.$transaction(async (tx) => {
    const student = await tx.user.findFirst({
      where: { id: studentId, role: "STUDENT", enrollments: { some: { classId } } },
      select: { id: true, enrollments: { select: { class: { select: { teacherId: true } } } } },
    });
    if (!student) throw new AppError("NOT_FOUND", "Student not found in this class.");
    if (student.enrollments.some((e) => e.class.teacherId !== teacher.id)) {
      throw new AppError("CONFLICT", "This student is also in another teacher's class, so their account cannot be deleted here. Remove them from your class instead.");
    }
    await tx.user.delete({ where: { id: student.id } });
  });
}
