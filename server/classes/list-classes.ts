import "server-only";
import { requireTeacher, requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

export async function listTeacherClasses() {
  const teacher = await requireTeacher();
  return db.class.findMany({
    where: { teacherId: teacher.id },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrollments: true, assignments: { where: { removedAt: null } } } } },
  });
}

export async function getClassRoster(classId: string) {
  const { klass } = await requireTeacherOf(classId);
  const students = await db.user.findMany({
    where: { enrollments: { some: { classId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, username: true, email: true, lastActiveAt: true, createdAt: true, mustChangePassword: true },
  });
  return { klass, students };
}
