import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

/** The class's assignments with how many students have submitted: two queries whatever the class size. */
export async function listClassAssignments(classId: string) {
  await requireTeacherOf(classId);
  const [assignments, submitted] = await Promise.all([
    db.assignment.findMany({
      where: { classId, removedAt: null },
      orderBy: { dueAt: "asc" },
      select: { id: true, dueAt: true, opensAt: true, readingOnly: true, revealPolicy: true, latePolicy: true, attemptsAllowed: true, timeLimitMinutes: true, lesson: { select: { id: true, title: true } } },
    }),
    db.$queryRaw<{ assignmentId: string; students: bigint }[]>`
      SELECT at."assignmentId", count(DISTINCT at."studentId") AS students
      FROM "Attempt" at JOIN "Assignment" a ON a.id = at."assignmentId"
      WHERE a."classId" = ${classId} AND at."submittedAt" IS NOT NULL
      GROUP BY at."assignmentId"`,
  ]);
  const counts = new Map(submitted.map((s) => [s.assignmentId, Number(s.students)]));
  return assignments.map((a) => ({ ...a, submittedCount: counts.get(a.id) ?? 0 }));
}
