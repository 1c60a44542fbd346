import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { attemptExpiry, canStartAttempt } from "@/lib/assignment-rules";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { finishExpiredAttempts } from "@/server/attempts/submit-attempt";

/** The student's assignment, if it is in one of their classes and still assigned; else 404. */
export async function findStudentAssignment(assignmentId: string, studentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { archivedAt: null, enrollments: { some: { studentId } } } },
    include: { lesson: { select: { id: true, title: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  return assignment;
}

/**
 * Starts an attempt, or returns the one already in progress (so two tabs, a double click or a retried
 * request all land in the same attempt). The attempt fixes the question versions it will answer.
 */
export async function startAttempt({ assignmentId }: { assignmentId: string }) {
  const student = await requireStudent();
  const assignment = await findStudentAssignment(assignmentId, student.id);
  if (assignment.readingOnly) throw new AppError("BAD_REQUEST", "This assignment is reading only: there is no quiz to take.");
  await finishExpiredAttempts({ assignmentId, studentId: student.id });

  for (let tries = 0; tries < 3; tries++) {
    const attempts = await db.attempt.findMany({ where: { assignmentId, studentId: student.id }, select: { id: true, number: true, submittedAt: true }, orderBy: { number: "desc" } });
    const open = attempts.find((a) => !a.submittedAt);
    if (open) return { attemptId: open.id, resumed: true };

    const now = new Date();
    const allowed = canStartAttempt(assignment, attempts.length, now);
    if (!allowed.ok) throw new AppError("CONFLICT", allowed.reason);

    const questions = await db.question.findMany({
      where: { lessonId: assignment.lessonId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, versions: { select: { id: true, version: true }, orderBy: { version: "desc" }, take: 1 } },
    });
    const questionVersionIds = Object.fromEntries(questions.map((q) => [q.id, q.versions[0]!.id]));
    try {
      const attempt = await db.attempt.create({
        data: { assignmentId, studentId: student.id, number: attempts.length + 1, startedAt: now, expiresAt: attemptExpiry(assignment, now), questionVersionIds },
        select: { id: true },
      });
      await db.user.update({ where: { id: student.id }, data: { lastActiveAt: now } });
      return { attemptId: attempt.id, resumed: false };
    } catch (error) {
      // Another request created this attempt number a moment ago: go round and resume it.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new AppError("CONFLICT", "Could not start the attempt; please try again.");
}
