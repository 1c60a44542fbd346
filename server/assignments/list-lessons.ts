import "server-only";
import { requireTeacher } from "@/server/authz";
import { standardsOf } from "@/lib/content/standards";
import { getUnit } from "@/server/content/catalog";
import { db } from "@/server/db";

/** Lessons a teacher can assign, in course order, with their question counts and standards. */
export async function listAssignableLessons() {
  await requireTeacher();
  const [lessons, { guides }] = await Promise.all([
    db.lesson.findMany({
      where: { retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, title: true, position: true, _count: { select: { questions: { where: { retiredAt: null } } } } },
    }),
    getUnit(),
  ]);
  // The standards each lesson's teacher guide aligns it with, for the assign form.
  return lessons.map((lesson) => {
    const guide = guides[lesson.id];
    return { ...lesson, hasGuide: guide !== undefined, standards: guide ? standardsOf(guide.standards) : [] };
  });
}
