import "server-only";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";

export async function listStudentClasses() {
  const student = await requireStudent();
  const classes = await db.class.findMany({
    where: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { name: true } } },
  });
  return { student, classes };
}
