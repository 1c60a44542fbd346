import "server-only";
import { normalizeJoinCode } from "@/lib/join-code";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** What the join page may show to anyone holding the code: the class and teacher names, nothing else. */
export async function findClassByJoinCode(rawCode: string) {
  const joinCode = normalizeJoinCode(rawCode);
  if (!joinCode) return null;
  return db.class.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true, teacher: { select: { name: true } } },
  });
}

/** A signed-in student joins a class; joining twice is harmless. */
export async function joinClass(rawCode: string) {
  const student = await requireStudent();
  const klass = await findClassByJoinCode(rawCode);
  if (!klass) throw new AppError("NOT_FOUND", "No open class has that code. Check it with your teacher.");
  await db.enrollment.upsert({
    where: { classId_studentId: { classId: klass.id, studentId: student.id } },
    create: { classId: klass.id, studentId: student.id },
    update: {},
  });
  return klass;
}
