// The retention policy on a database of its own: the dry run lists exactly what is past the limits and
// changes nothing; the real run deletes those accounts and classes and everything of theirs, keeps a log,
// and changes no other row.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { addDays } from "@/lib/retention";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { createIsolatedDatabase } from "@/testing/isolated-database";
import { tableHashes } from "@/testing/table-hashes";
import { applyRetention, findExpired } from "./apply-retention";

const policy = { inactiveStudentDays: 730, archivedClassDays: 365 };
const now = new Date();
const ago = (days: number) => addDays(now, -days);

describe("data retention", () => {
  let isolated: Awaited<ReturnType<typeof createIsolatedDatabase>>;
  let db: PrismaClient;
  let raw: pg.Client;
  const ids = {} as Record<"teacher" | "active" | "old" | "recent" | "a" | "b" | "c" | "d", string>;

  async function work(studentId: string, classId: string, questionId: string, versionId: string) {
    const assignment = await db.assignment.create({ data: { classId, lessonId: "lesson-r", opensAt: ago(900), dueAt: ago(890) } });
    const attempt = await db.attempt.create({ data: { assignmentId: assignment.id, studentId, number: 1, submittedAt: ago(889), score: 1, maxScore: 1 } });
    await db.answer.create({ data: { attemptId: attempt.id, questionId, questionVersionId: versionId, response: { choice: "a" }, score: 1, maxPoints: 1 } });
    await db.gradeAudit.create({ data: { attemptId: attempt.id, questionId, graderId: ids.teacher, newScore: 1 } });
    await db.readingProgress.create({ data: { assignmentId: assignment.id, studentId, paragraphsReached: 3 } });
    await db.organiserCell.create({ data: { assignmentId: assignment.id, studentId, cellId: "author:found", text: "Gromyko" } });
    await db.reviewItem.createMany({ data: [{ studentId, questionId, dueAt: ago(880) }], skipDuplicates: true });
  }

  beforeAll(async () => {
    isolated = await createIsolatedDatabase();
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: isolated.url }) });
    raw = new pg.Client({ connectionString: isolated.url });
    await raw.connect();
    await db.lesson.create({ data: { id: "lesson-r", position: 1, title: "L", document: {}, contentHash: "h" } });
    await db.question.create({ data: { id: "lesson-r/q1", lessonId: "lesson-r", position: 1, currentVersion: 1 } });
    const version = await db.questionVersion.create({ data: { questionId: "lesson-r/q1", version: 1, type: "multiple-choice", skill: "sourcing", maxPoints: 1, definition: {}, contentHash: "h" } });

    const teacher = await createTeacher(db);
    ids.teacher = teacher.id;
    await db.user.update({ where: { id: teacher.id }, data: { lastActiveAt: ago(1000) } }); // teachers are not subject to it
    ids.active = (await createClass(db, teacher.id)).id;
    ids.old = (await createClass(db, teacher.id)).id;
    ids.recent = (await createClass(db, teacher.id)).id;
    await db.class.update({ where: { id: ids.old }, data: { archivedAt: ago(400) } });
    await db.class.update({ where: { id: ids.recent }, data: { archivedAt: ago(100) } });

    const student = async (key: "a" | "b" | "c" | "d", classId: string, activity: { lastActiveAt?: Date | null; createdAt?: Date }) => {
      const s = await createStudent(db, { classId });
      await db.user.update({ where: { id: s.id }, data: activity });
      await db.rateLimit.create({ data: { key: `signInAccount:user:${s.id}`, points: 1 } });
      ids[key] = s.id;
    };
    await student("a", ids.active, { lastActiveAt: ago(800) }); // past the limit
    await student("b", ids.active, { lastActiveAt: ago(700) }); // within it
    await student("c", ids.old, { lastActiveAt: null, createdAt: ago(800) }); // never active, created long ago
    await student("d", ids.recent, { lastActiveAt: ago(1) }); // active; their work in the old class goes with it
    await db.enrollment.create({ data: { classId: ids.old, studentId: ids.d } });
    await work(ids.a, ids.active, "lesson-r/q1", version.id);
    await work(ids.b, ids.active, "lesson-r/q1", version.id);
    await work(ids.d, ids.old, "lesson-r/q1", version.id);
    await work(ids.d, ids.recent, "lesson-r/q1", version.id);
  }, 120_000);

  afterAll(async () => {
    await raw?.end();
    await db?.$disconnect();
    await isolated?.drop();
  });

  test("the dry run lists exactly the accounts and classes past the limits, and changes nothing", async () => {
    const before = await tableHashes(isolated.url);
    const expired = await findExpired(db, policy, now);
    expect(expired.map((e) => [e.kind, e.id])).toEqual([
      ...[ids.a, ids.c].sort().map((id) => ["STUDENT_ACCOUNT", id]),
      ["ARCHIVED_CLASS", ids.old],
    ]);
    expect(expired.find((e) => e.id === ids.a)?.reason).toBe(`inactive since ${ago(800).toISOString().slice(0, 10)} (limit 730 days)`);
    expect(await tableHashes(isolated.url)).toEqual(before);
  });

  test("the real run deletes them and everything of theirs, logs each without content, and changes nothing else", async () => {
    const tables = (await raw.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'DeletionLog') ORDER BY 1")).rows.map((r) => r.t);
    await raw.query("CREATE SCHEMA snap");
    for (const t of tables) await raw.query(`CREATE TABLE snap."${t}" AS SELECT * FROM "${t}"`);

    const deleted = await applyRetention(db, policy, { deletedBy: "test", now });
    expect(deleted.map((d) => d.id).sort()).toEqual([ids.a, ids.c, ids.old].sort());

    // Nothing was added or changed: every row now present was there before, unchanged.
    const removed: Record<string, number> = {};
    for (const t of tables) {
      const added = await raw.query(`SELECT * FROM "${t}" EXCEPT ALL SELECT * FROM snap."${t}"`);
      expect(added.rows, `rows added or changed in ${t}`).toEqual([]);
      const gone = await raw.query(`SELECT count(*)::int AS n FROM (SELECT * FROM snap."${t}" EXCEPT ALL SELECT * FROM "${t}") x`);
      if (gone.rows[0].n > 0) removed[t] = gone.rows[0].n;
    }
    // What went is exactly what the log says went, and nothing of theirs is left anywhere.
    const log = await db.deletionLog.findMany({ orderBy: { id: "asc" } });
    const logged: Record<string, number> = {};
    for (const entry of log) for (const [t, n] of Object.entries(entry.rowCounts as Record<string, number>)) if (n > 0) logged[t] = (logged[t] ?? 0) + n;
    expect(removed).toEqual(logged);
    expect(removed).toEqual({ User: 2, Class: 1, Enrollment: 3, Assignment: 1, Attempt: 2, Answer: 2, GradeAudit: 2, ReadingProgress: 2, OrganiserCell: 2, ReviewItem: 1, RateLimit: 2 });
    for (const t of tables) {
      const left = await raw.query(`SELECT count(*)::int AS n FROM "${t}" t WHERE t::text LIKE ANY($1)`, [[ids.a, ids.c, ids.old].map((id) => `%${id}%`)]);
      expect(left.rows[0].n, `rows of a deleted subject left in ${t}`).toBe(0);
    }
    // The log: who, what, when, and why; no names, usernames or answers.
    expect(log.map((l) => [l.kind, l.subjectId, l.deletedBy])).toEqual(deleted.map((d) => [d.kind, d.id, "test"]));
    expect(log.every((l) => l.deletedAt.getTime() === now.getTime() && /^(inactive|archived) since \d{4}-\d\d-\d\d \(limit \d+ days\)$/.test(l.reason))).toBe(true);
    expect(JSON.stringify(log, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/Test Student|student[0-9a-f]{10}|choice/);

    // Run again: nothing left to do.
    expect(await applyRetention(db, policy, { deletedBy: "test", now })).toEqual([]);
  });
});
