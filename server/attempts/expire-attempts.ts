import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requireStudent, requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { ADJUSTMENTS_COLUMN, OWN_DUE_AT, recordGrades, type ClaimedAttempt } from "@/server/attempts/record-grades";

// The time limit is the server's: a timed attempt past its expiresAt is submitted with what was saved, as if
// the student had pressed Submit when the time ran out — whether or not they ever come back. Every page
// and export that shows attempts calls one of the submit…Expired… functions below before it reads (their
// names say they write; the gradebook's and the dashboard's …SubmittingExpired reads call one only when
// what they read finds such an attempt), so a student, their teacher's gradebook, drill-down, item analysis, insights,
// grading queue and CSV files all agree on what is submitted. Nothing happens per row: a batch of expired
// attempts is claimed and graded in one transaction of a fixed number of statements (record-grades.ts).

// A teacher's scope carries their id into the query: another teacher's class or assignment simply matches
// nothing (the read that follows says 404), and no extra statement checks ownership first.
type Scope = { studentId: string } | { classId: string; teacherId: string } | { assignmentId: string; teacherId: string };

/** Enough for a whole class timing out in several assignments at once; more are taken in further batches. */
const BATCH = 200;

/** The signed-in student's own expired attempts. */
export async function submitMyExpiredAttempts(): Promise<number> {
  const student = await requireStudent();
  return submitExpiredAttempts({ studentId: student.id });
}

/** Every expired attempt in a class, if the caller teaches it, for their views of it. */
export async function submitExpiredAttemptsInClass(classId: string): Promise<number> {
  const teacher = await requireTeacher();
  return submitExpiredAttempts({ classId, teacherId: teacher.id });
}

/** Every expired attempt of one assignment, if the caller teaches its class. */
export async function submitExpiredAttemptsOfAssignment(assignmentId: string): Promise<number> {
  const teacher = await requireTeacher();
  return submitExpiredAttempts({ assignmentId, teacherId: teacher.id });
}

/** Submits and grades the expired attempts in scope. One read when there are none (the usual case). */
export async function submitExpiredAttempts(scope: Scope): Promise<number> {
  let total = 0;
  for (;;) {
    const submitted = await submitBatch(scope);
    total += submitted.claimed;
    // A full batch may mean more are waiting; one that claimed nothing (a clock skew between app and database) ends it.
    if (submitted.found < BATCH || submitted.claimed === 0) return total;
  }
}

async function submitBatch(scope: Scope): Promise<{ found: number; claimed: number }> {
  const expired = await db.attempt.findMany({
    where: { submittedAt: null, expiresAt: { lte: new Date() }, ...where(scope) },
    select: { id: true, questionVersionIds: true },
    orderBy: { expiresAt: "asc" },
    take: BATCH,
  });
  if (expired.length === 0) return { found: 0, claimed: 0 };
  // Loaded before the transaction, which holds a pooled connection (see finalize-attempt.ts).
  const versions = await getQuestionVersions([...new Set(expired.flatMap((a) => Object.values(a.questionVersionIds as Record<string, string>)))]);

  const claimed = await db.$transaction(
    async (tx) => {
      // Conditional, like a submit: an attempt the student submitted meanwhile is not touched again.
      const rows = await tx.$queryRaw<ClaimedAttempt[]>`
        UPDATE "Attempt" AS at SET "submittedAt" = at."expiresAt"
        FROM "Assignment" AS a
        WHERE at.id = ANY(${expired.map((a) => a.id)}::text[]) AND at."submittedAt" IS NULL AND at."expiresAt" <= now() AND a.id = at."assignmentId"
        RETURNING at.id, at."studentId", at."assignmentId", at."submittedAt", at."questionVersionIds", ${OWN_DUE_AT}, a."revealPolicy", ${ADJUSTMENTS_COLUMN}`;
      await recordGrades(tx, rows, versions);
      return rows.length;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  return { found: expired.length, claimed };
}

function where(scope: Scope): Prisma.AttemptWhereInput {
  if ("studentId" in scope) return { studentId: scope.studentId };
  if ("classId" in scope) return { assignment: { classId: scope.classId, class: { teacherId: scope.teacherId } } };
  return { assignmentId: scope.assignmentId, assignment: { class: { teacherId: scope.teacherId } } };
}
