import "server-only";
import { revealFor } from "@/lib/reveal-policy";
import { requireUser } from "@/server/authz";
import { db } from "@/server/db";

/**
 * Everything Sourcework stores about the signed-in user, as JSON they can keep (never the password hash).
 * A student's per-question scores and teacher comments, and the review items they would give away, are
 * included once the attempt's reveal policy shows them (lib/reveal-policy.ts), as on the results page;
 * until then each such attempt says so and when that will be.
 */
export async function exportMyData() {
  const me = await requireUser();
  const now = new Date();
  const [user, enrollments, attempts, readings, reviews, classesTaught, organiserCells, annotations] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: me.id }, select: { id: true, role: true, name: true, username: true, email: true, createdAt: true, lastActiveAt: true } }),
    db.enrollment.findMany({ where: { studentId: me.id }, select: { joinedAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } } }),
    db.attempt.findMany({
      where: { studentId: me.id },
      orderBy: { startedAt: "asc" },
      select: {
        number: true, startedAt: true, submittedAt: true, late: true, score: true, maxScore: true,
        assignment: { select: { dueAt: true, revealPolicy: true, lesson: { select: { id: true, title: true } }, class: { select: { name: true } } } },
        answers: { select: { questionId: true, response: true, flagged: true, score: true, maxPoints: true, feedback: true, rubricScores: true, updatedAt: true } },
      },
    }),
    db.readingProgress.findMany({ where: { studentId: me.id }, select: { paragraphsReached: true, secondsOnText: true, completedAt: true, assignment: { select: { lesson: { select: { title: true } } } } } }),
    db.reviewItem.findMany({ where: { studentId: me.id, revealAt: { lte: now } }, select: { questionId: true, box: true, dueAt: true, lastReviewedAt: true } }),
    db.class.findMany({ where: { teacherId: me.id }, select: { name: true, joinCode: true, createdAt: true, archivedAt: true } }),
    db.organiserCell.findMany({ where: { studentId: me.id }, orderBy: [{ assignmentId: "asc" }, { cellId: "asc" }], select: { cellId: true, text: true, updatedAt: true, assignment: { select: { lesson: { select: { title: true } } } } } }),
    // Highlights and notes the user wrote (a teacher's model ones too), with the teacher's replies.
    db.annotation.findMany({
      where: { authorId: me.id, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { sourceId: true, sentenceIds: true, skill: true, note: true, model: true, reply: true, repliedAt: true, createdAt: true, updatedAt: true, assignment: { select: { lesson: { select: { id: true, title: true } }, class: { select: { name: true } } } } },
    }),
  ]);
  return {
    exportedAt: now.toISOString(),
    user,
    classes: enrollments,
    classesTaught,
    attempts: attempts.map(({ assignment: { revealPolicy, ...assignment }, answers, ...attempt }) => {
      const reveal = revealFor({ revealPolicy, dueAt: assignment.dueAt }, attempt, now);
      if (reveal.perQuestion || !attempt.submittedAt) return { ...attempt, assignment, answers };
      return {
        ...attempt,
        assignment,
        perQuestionResults: reveal.from ? `withheld by the reveal policy until ${reveal.from.toISOString()}` : "withheld: your teacher shows totals only",
        answers: answers.map(({ score: _score, feedback: _feedback, rubricScores: _rubric, ...answer }) => answer),
      };
    }),
    reading: readings,
    reviewQueue: reviews,
    organisers: organiserCells,
    annotations,
  };
}
