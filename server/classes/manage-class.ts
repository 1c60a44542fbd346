import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { generateJoinCode } from "@/lib/join-code";
import { requireTeacher, requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

// Join codes are unique; on the rare collision, draw again.
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collided || attempt >= 4) throw error;
    }
  }
}

export async function createClass({ name }: { name: string }) {
  const teacher = await requireTeacher();
  return withFreshJoinCode((joinCode) => db.class.create({ data: { name, teacherId: teacher.id, joinCode }, select: { id: true, joinCode: true } }));
}

export async function renameClass({ classId, name }: { classId: string; name: string }) {
  await requireTeacherOf(classId);
  await db.class.update({ where: { id: classId }, data: { name } });
}

export async function setClassArchived({ classId, archived }: { classId: string; archived: boolean }) {
  await requireTeacherOf(classId);
  await db.class.update({ where: { id: classId }, data: { archivedAt: archived ? new Date() : null } });
}

export async function regenerateJoinCode({ classId }: { classId: string }) {
  await requireTeacherOf(classId);
  return withFreshJoinCode((joinCode) => db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }));
}
