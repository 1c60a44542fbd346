import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { accommodatedExpiry, accommodatedRules } from "@/lib/accommodations";
import { canStartAttempt } from "@/lib/assignment-rules";
import { drawLayout, SEED_RANGE } from "@/lib/quiz/layout";
import { requireStudent } from "@/server/authz";
import { findStudentAssignment } from "@/server/assignments/find-student-assignment";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { submitExpiredAttempts } from "@/server/attempts/expire-attempts";
import { loadAccommodation } from "@/server/accommodations/load-accommodation";
import { assignmentExtraQuestions } from "@/server/questions/assignment-extra-questions";

/**
 * Starts an attempt, or returns the one already in progress (so two tabs, a double click or a retried
 * request all land in the same attempt). The attempt fixes the question versions it will answer, and the
 * order it shows them and their options in (drawn from a fresh seed, lib/quiz/layout.ts).
 */
export async function startAttempt({ assignmentId }: { assignmentId: string }) {
  const student = await requireStudent();
  const assignment = await findStudentAssignment(assignmentId, student.id);
  if (assignment.readingOnly) throw new AppError("BAD_REQUEST", "This assignment is reading only: there is no quiz to take.");
  // An attempt whose time ran out is turned in first, so it counts against the attempts allowed.
  await submitExpiredAttempts({ studentId: student.id });
  // The student's own time limit and due date (lib/accommodations.ts), and whether to reduce choices.
  const accommodation = await loadAccommodation({ assignmentId, studentId: student.id });

  for (let tries = 0; tries < 3; tries++) {
    const attempts = await db.attempt.findMany({ where: { assignmentId, studentId: student.id }, select: { id: true, number: true, submittedAt: true }, orderBy: { number: "desc" } });
    const open = attempts.find((a) => !a.submittedAt);
    if (open) return { attemptId: open.id, resumed: true };

    const now = new Date();
    const allowed = canStartAttempt(accommodatedRules(assignment, accommodation), attempts.length, now);
    if (!allowed.ok) throw new AppError("CONFLICT", allowed.reason);

    const questions = await db.question.findMany({
      where: { lessonId: assignment.lessonId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, versions: { select: { id: true, version: true }, orderBy: { version: "desc" }, take: 1 } },
    });
    // The lesson's questions, then the teacher's own (AssignmentQuestion), each at its current version.
    const pinned = [...questions.map((q) => ({ questionId: q.id, versionId: q.versions[0]!.id })), ...(await assignmentExtraQuestions(assignmentId))];
    const versions = await getQuestionVersions(pinned.map((p) => p.versionId));
    const layout = drawLayout(
      pinned.map((p) => ({ questionId: p.questionId, definition: versions.get(p.versionId)!.definition })),
      randomInt(SEED_RANGE.min, SEED_RANGE.max),
      { ...assignment, reduceChoices: accommodation.reducedChoices },
    );
    try {
      const attempt = await db.attempt.create({
        data: {
          assignmentId,
          studentId: student.id,
          number: attempts.length + 1,
          startedAt: now,
          expiresAt: accommodatedExpiry(assignment, accommodation, now),
          questionVersionIds: Object.fromEntries(pinned.map((p) => [p.questionId, p.versionId])),
          layout,
        },
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
