import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

const SETTINGS = { extraTime: true, reducedChoices: true, adaptedFirst: true, readAloud: true, sentenceFrames: true } as const;

/** The accommodations page: one student's class-wide settings and each assignment's own, for the class's teacher only. */
export async function getStudentAccommodations({ classId, studentId }: { classId: string; studentId: string }) {
  const { klass } = await requireTeacherOf(classId);
  const student = await db.user.findFirst({
    where: { id: studentId, enrollments: { some: { classId } } },
    select: {
      id: true,
      name: true,
      username: true,
      accommodations: { where: { classId }, select: SETTINGS },
      assignmentAccommodations: { where: { assignment: { classId } }, select: { ...SETTINGS, dueAt: true, assignmentId: true } },
    },
  });
  if (!student) throw new AppError("NOT_FOUND", "Student not found in this class.");
  const assignments = await db.assignment.findMany({
    where: { classId, removedAt: null },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, dueAt: true, timeLimitMinutes: true, readingOnly: true, lesson: { select: { title: true } } },
  });
  const own = new Map(student.assignmentAccommodations.map((a) => [a.assignmentId, a]));
  return {
    klass: { id: klass.id, name: klass.name },
    student: { id: student.id, name: student.name, username: student.username },
    classSettings: student.accommodations[0] ?? null,
    assignments: assignments.map((a) => ({ id: a.id, title: a.lesson.title, dueAt: a.dueAt, timeLimitMinutes: a.timeLimitMinutes, readingOnly: a.readingOnly, own: own.get(a.id) ?? null })),
  };
}
