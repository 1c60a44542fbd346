// How long Sourcework keeps what it keeps (README "Retention", /privacy). Settings come from the environment
// (validated in server/env.ts and by `npm run data:retention`); the rules are here, pure.
import { z } from "zod";

const days = (fallback: number) => z.coerce.number().int().min(30, "at least 30 days, so the 30-day notice comes first").max(36_500).default(fallback);

/** The environment's retention settings, in days. */
export const retentionEnvShape = {
  RETENTION_INACTIVE_STUDENT_DAYS: days(730),
  RETENTION_ARCHIVED_CLASS_DAYS: days(365),
};

export type RetentionPolicy = { inactiveStudentDays: number; archivedClassDays: number };

/** Teachers see a deletion this many days before it happens, on the class page. */
export const NOTICE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionPolicyFrom(env: Record<string, string | undefined>): RetentionPolicy {
  const parsed = z.object(retentionEnvShape).safeParse(env);
  if (!parsed.success) throw new Error(`Invalid retention settings:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  return { inactiveStudentDays: parsed.data.RETENTION_INACTIVE_STUDENT_DAYS, archivedClassDays: parsed.data.RETENTION_ARCHIVED_CLASS_DAYS };
}

/** A student account's last sign-in, start or submission (or its creation, if it never did any). */
export const lastActivity = (user: { lastActiveAt: Date | null; createdAt: Date }) => user.lastActiveAt ?? user.createdAt;

export const addDays = (date: Date, n: number) => new Date(date.getTime() + n * DAY_MS);

/** The cut-offs at `now`: a student inactive since before the first, a class archived before the second, goes. */
export function cutoffs(policy: RetentionPolicy, now: Date) {
  return { studentsInactiveBefore: addDays(now, -policy.inactiveStudentDays), classesArchivedBefore: addDays(now, -policy.archivedClassDays) };
}

export type UpcomingDeletion = { kind: "student" | "class"; id: string; name: string; on: Date };

/** What the retention run will delete within NOTICE_DAYS of `now`, for the class page: its students, and the class if archived. */
export function upcomingDeletions(opts: {
  klass: { id: string; name: string; archivedAt: Date | null };
  students: { id: string; name: string; lastActiveAt: Date | null; createdAt: Date }[];
  policy: RetentionPolicy;
  now: Date;
}): UpcomingDeletion[] {
  const soon = addDays(opts.now, NOTICE_DAYS).getTime();
  const students = opts.students.map((s) => ({ kind: "student" as const, id: s.id, name: s.name, on: addDays(lastActivity(s), opts.policy.inactiveStudentDays) }));
  const klass = opts.klass.archivedAt ? [{ kind: "class" as const, id: opts.klass.id, name: opts.klass.name, on: addDays(opts.klass.archivedAt, opts.policy.archivedClassDays) }] : [];
  return [...klass, ...students].filter((d) => d.on.getTime() <= soon).sort((a, b) => a.on.getTime() - b.on.getTime());
}
