import "server-only";
import { dueStatus, type DueStatus } from "@/lib/dates";
import { submitMyExpiredAttempts } from "@/server/attempts/expire-attempts";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";

export type DashboardItem = {
  assignmentId: string;
  lessonId: string;
  lessonTitle: string;
  className: string;
  opensAt: Date;
  dueAt: Date;
  readingOnly: boolean;
  group: "todo" | "in-progress" | "done";
  status: DueStatus;
  late: boolean;
  attemptsUsed: number;
  attemptsAllowed: number | null;
  openAttemptId: string | null;
  lastSubmittedAttemptId: string | null;
  /** Best submitted score, as a fraction 0..1; null if none or awaiting grading only. */
  bestScore: number | null;
  awaitingGrading: boolean;
  notOpenYet: boolean;
};

/**
 * The student's classes and their assignments, grouped for the dashboard: four queries whatever the
 * number of classes (the user, classes with their assignments, attempts, readings). The page reads it through
 * listStudentAssignmentsSubmittingExpired, so a timed-out attempt shows as done.
 */
export async function listStudentAssignments(now = new Date()) {
  const student = await requireStudent();
  const [classes, attempts, readings] = await Promise.all([
    db.class.findMany({
      where: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        assignments: {
          where: { removedAt: null },
          select: { id: true, opensAt: true, dueAt: true, readingOnly: true, attemptsAllowed: true, lesson: { select: { id: true, title: true } } },
        },
      },
    }),
    findAttempts(student.id),
    db.readingProgress.findMany({ where: { studentId: student.id, completedAt: { not: null } }, select: { assignmentId: true, completedAt: true } }),
  ]);
  const assignments = classes
    .flatMap((c) => c.assignments.map((a) => ({ ...a, class: { name: c.name } })))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

  const readDone = new Map(readings.map((r) => [r.assignmentId, r.completedAt!]));
  const items: DashboardItem[] = assignments.map((a) => {
    const mine = attempts.filter((t) => t.assignmentId === a.id);
    const submitted = mine.filter((t) => t.submittedAt);
    const open = mine.find((t) => !t.submittedAt);
    const finishedAt = a.readingOnly ? (readDone.get(a.id) ?? null) : (submitted[0]?.submittedAt ?? null);
    const scored = submitted.filter((t) => t.score !== null && t.maxScore);
    const bestScore = scored.length ? Math.max(...scored.map((t) => t.score! / t.maxScore!)) : null;
    return {
      assignmentId: a.id,
      lessonId: a.lesson.id,
      lessonTitle: a.lesson.title,
      className: a.class.name,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      readingOnly: a.readingOnly,
      group: finishedAt ? "done" : open ? "in-progress" : "todo",
      status: dueStatus({ dueAt: a.dueAt, submittedAt: finishedAt, now }),
      late: a.readingOnly ? !!finishedAt && finishedAt > a.dueAt : submitted.some((t) => t.late) && !submitted.some((t) => !t.late),
      attemptsUsed: mine.length,
      attemptsAllowed: a.attemptsAllowed,
      openAttemptId: open?.id ?? null,
      lastSubmittedAttemptId: submitted.at(-1)?.id ?? null,
      bestScore,
      awaitingGrading: submitted.some((t) => t.awaitingGrading),
      notOpenYet: a.opensAt > now,
    };
  });
  const expiredOpen = attempts.filter((t) => !t.submittedAt && t.expiresAt && t.expiresAt <= now).length;
  return { student, items, classes: classes.map(({ id, name }) => ({ id, name })), expiredOpen };
}

/**
 * The dashboard once the student's expired attempts are turned in (server/attempts/expire-attempts.ts). The
 * attempts it reads anyway say whether any ran out, so the usual case (none) costs no extra statement; when
 * some did, they are submitted and the list read again.
 */
export async function listStudentAssignmentsSubmittingExpired(): Promise<Awaited<ReturnType<typeof listStudentAssignments>>> {
  const list = await listStudentAssignments();
  if (list.expiredOpen === 0) return list;
  await submitMyExpiredAttempts();
  return listStudentAssignments();
}

function findAttempts(studentId: string) {
  return db.attempt.findMany({
    where: { studentId, assignment: { removedAt: null } },
    orderBy: { number: "asc" },
    select: { id: true, assignmentId: true, submittedAt: true, expiresAt: true, score: true, maxScore: true, late: true, awaitingGrading: true },
  });
}
