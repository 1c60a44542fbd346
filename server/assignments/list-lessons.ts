import "server-only";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";

/** Lessons a teacher can assign, in course order, with their question counts. */
export async function listAssignableLessons() {
  await requireTeacher();
  return db.lesson.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true, position: true, _count: { select: { questions: { where: { retiredAt: null } } } } },
  });
}
