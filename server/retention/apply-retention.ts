import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { cutoffs, lastActivity, type RetentionPolicy } from "@/lib/retention";

// The retention policy, applied by `npm run data:retention` (scripts/data-retention.ts), which passes its own
// client. A dry run only lists; a real run deletes each account or class in a transaction of its own that
// checks the rule again (a student who signed in meanwhile stays), counts what goes with it, deletes it
// (the rest by cascade) and writes its DeletionLog row in the same transaction: kind, id, reason, row
// counts, who, when; no content.

type Client = PrismaClient;
type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

export type Expired = { kind: "STUDENT_ACCOUNT" | "ARCHIVED_CLASS"; id: string; since: Date; reason: string };

export async function findExpired(db: Client, policy: RetentionPolicy, now = new Date()): Promise<Expired[]> {
  const { studentsInactiveBefore, classesArchivedBefore } = cutoffs(policy, now);
  const [students, classes] = await Promise.all([
    db.user.findMany({ where: inactiveStudent(studentsInactiveBefore), select: { id: true, lastActiveAt: true, createdAt: true }, orderBy: { id: "asc" } }),
    db.class.findMany({ where: { archivedAt: { lt: classesArchivedBefore } }, select: { id: true, archivedAt: true }, orderBy: { id: "asc" } }),
  ]);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return [
    ...students.map((s) => ({ kind: "STUDENT_ACCOUNT" as const, id: s.id, since: lastActivity(s), reason: `inactive since ${day(lastActivity(s))} (limit ${policy.inactiveStudentDays} days)` })),
    ...classes.map((c) => ({ kind: "ARCHIVED_CLASS" as const, id: c.id, since: c.archivedAt!, reason: `archived since ${day(c.archivedAt!)} (limit ${policy.archivedClassDays} days)` })),
  ];
}

export type Deleted = Expired & { rowCounts: Record<string, number> };

export async function applyRetention(db: Client, policy: RetentionPolicy, opts: { deletedBy: string; now?: Date }): Promise<Deleted[]> {
  const now = opts.now ?? new Date();
  const { studentsInactiveBefore, classesArchivedBefore } = cutoffs(policy, now);
  const deleted: Deleted[] = [];
  for (const item of await findExpired(db, policy, now)) {
    const rowCounts = await db.$transaction(async (tx) => {
      const counts = item.kind === "STUDENT_ACCOUNT" ? await deleteStudent(tx, item.id, studentsInactiveBefore) : await deleteClass(tx, item.id, classesArchivedBefore);
      if (counts) await tx.deletionLog.create({ data: { kind: item.kind, subjectId: item.id, reason: item.reason, rowCounts: counts, deletedBy: opts.deletedBy, deletedAt: now } });
      return counts;
    });
    if (rowCounts) deleted.push({ ...item, rowCounts }); // null: active again since the listing
  }
  return deleted;
}

const inactiveStudent = (before: Date) => ({ role: "STUDENT" as const, OR: [{ lastActiveAt: { lt: before } }, { lastActiveAt: null, createdAt: { lt: before } }] });

async function deleteStudent(tx: Tx, id: string, before: Date): Promise<Record<string, number> | null> {
  const student = await tx.user.findFirst({ where: { id, ...inactiveStudent(before) }, select: { id: true } });
  if (!student) return null;
  const mine = { studentId: id };
  const [Enrollment, Attempt, Answer, GradeAudit, ReadingProgress, ReviewItem, OrganiserCell] = await Promise.all([
    tx.enrollment.count({ where: mine }),
    tx.attempt.count({ where: mine }),
    tx.answer.count({ where: { attempt: mine } }),
    tx.gradeAudit.count({ where: { answer: { attempt: mine } } }),
    tx.readingProgress.count({ where: mine }),
    tx.reviewItem.count({ where: mine }),
    tx.organiserCell.count({ where: mine }),
  ]);
  // Throttle counters keyed by the account (server/auth/throttle.ts: "user:<id>") go too.
  const RateLimit = await tx.$executeRaw`DELETE FROM "RateLimit" WHERE key LIKE ${`%user:${id}%`}`;
  await tx.user.delete({ where: { id } }); // enrollments, attempts, answers, reading, review items by cascade
  return { User: 1, Enrollment, Attempt, Answer, GradeAudit, ReadingProgress, ReviewItem, OrganiserCell, RateLimit };
}

async function deleteClass(tx: Tx, id: string, before: Date): Promise<Record<string, number> | null> {
  const klass = await tx.class.findFirst({ where: { id, archivedAt: { lt: before } }, select: { id: true } });
  if (!klass) return null;
  const inClass = { assignment: { classId: id } };
  const [Enrollment, Assignment, Attempt, Answer, GradeAudit, ReadingProgress, OrganiserCell] = await Promise.all([
    tx.enrollment.count({ where: { classId: id } }),
    tx.assignment.count({ where: { classId: id } }),
    tx.attempt.count({ where: inClass }),
    tx.answer.count({ where: { attempt: inClass } }),
    tx.gradeAudit.count({ where: { answer: { attempt: inClass } } }),
    tx.readingProgress.count({ where: inClass }),
    tx.organiserCell.count({ where: inClass }),
  ]);
  await tx.class.delete({ where: { id } }); // enrollments, assignments and the work in them by cascade
  return { Class: 1, Enrollment, Assignment, Attempt, Answer, GradeAudit, ReadingProgress, OrganiserCell };
}
