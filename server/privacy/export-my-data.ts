import "server-only";
import { requireUser } from "@/server/authz";
import { db } from "@/server/db";

/** Everything Sourcework stores about the signed-in user, as JSON they can keep (never the password hash). */
export async function exportMyData() {
  const me = await requireUser();
  const [user, enrollments, attempts, readings, reviews, classesTaught] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: me.id }, select: { id: true, role: true, name: true, username: true, email: true, createdAt: true, lastActiveAt: true } }),
    db.enrollment.findMany({ where: { studentId: me.id }, select: { joinedAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } } }),
    db.attempt.findMany({
      where: { studentId: me.id },
      orderBy: { startedAt: "asc" },
      select: {
        number: true, startedAt: true, submittedAt: true, late: true, score: true, maxScore: true,
        assignment: { select: { dueAt: true, lesson: { select: { id: true, title: true } }, class: { select: { name: true } } } },
        answers: { select: { questionId: true, response: true, flagged: true, score: true, maxPoints: true, feedback: true, updatedAt: true } },
      },
    }),
    db.readingProgress.findMany({ where: { studentId: me.id }, select: { paragraphsReached: true, secondsOnText: true, completedAt: true, assignment: { select: { lesson: { select: { title: true } } } } } }),
    db.reviewItem.findMany({ where: { studentId: me.id }, select: { questionId: true, box: true, dueAt: true, lastReviewedAt: true } }),
    db.class.findMany({ where: { teacherId: me.id }, select: { name: true, joinCode: true, createdAt: true, archivedAt: true } }),
  ]);
  return { exportedAt: new Date().toISOString(), user, classes: enrollments, classesTaught, attempts, reading: readings, reviewQueue: reviews };
}
