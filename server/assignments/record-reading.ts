import "server-only";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";
import { findStudentAssignment } from "@/server/assignments/find-student-assignment";

/**
 * Reading progress for an assignment: the furthest paragraph reached and time on the text only ever grow
 * (a stale or replayed report cannot lower them); `done` marks a reading-only assignment complete.
 */
export async function recordReading({ assignmentId, paragraphsReached, secondsOnText, done }: { assignmentId: string; paragraphsReached: number; secondsOnText: number; done: boolean }) {
  const student = await requireStudent();
  await findStudentAssignment(assignmentId, student.id);
  await db.$executeRaw`
    INSERT INTO "ReadingProgress" ("assignmentId", "studentId", "paragraphsReached", "secondsOnText", "completedAt", "updatedAt")
    VALUES (${assignmentId}, ${student.id}, ${paragraphsReached}::int, ${secondsOnText}::int, ${done ? new Date() : null}::timestamptz, now())
    ON CONFLICT ("assignmentId", "studentId") DO UPDATE SET
      "paragraphsReached" = GREATEST("ReadingProgress"."paragraphsReached", EXCLUDED."paragraphsReached"),
      "secondsOnText" = GREATEST("ReadingProgress"."secondsOnText", EXCLUDED."secondsOnText"),
      "completedAt" = COALESCE("ReadingProgress"."completedAt", EXCLUDED."completedAt"),
      "updatedAt" = now()`;
}
