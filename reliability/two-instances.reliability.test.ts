// Part 2 — two app instances behind one database, as README "Several instances behind a load balancer"
// promises: both start at once on a FRESH database (each runs what `npm start` runs: migrations, content
// import, scripts/serve.mjs), sessions work on either, login throttling counts across both, and answers saved
// alternately through both are all kept.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import YAML from "yaml";
import type { EmbeddedDb } from "../scripts/lib/embedded-db";
import type { RunningApp } from "./lib/app";
import { fakeIp, htmlShows, HttpClient } from "./lib/http";
import { printTable, recordResults } from "./lib/report";
import { Resources } from "./lib/resources";
import { createSchool, PASSWORD, sql, type School } from "./lib/school";
import { SimStudent } from "./lib/student";
import { compareWithTyped, storedAnswers } from "./lib/verify";
import { mapLimit } from "./lib/wait";

/** What content/ holds, counted from the files themselves. */
function contentCounts() {
  const lessonsDir = path.resolve("content/lessons");
  const lessons = fs.readdirSync(lessonsDir).filter((d) => fs.existsSync(path.join(lessonsDir, d, "quiz.yaml")) || fs.existsSync(path.join(lessonsDir, d, "lesson.md")));
  const questions = lessons.reduce((n, d) => {
    const file = path.join(lessonsDir, d, "quiz.yaml");
    return n + (fs.existsSync(file) ? ((YAML.parse(fs.readFileSync(file, "utf8")) as { questions?: unknown[] }).questions?.length ?? 0) : 0);
  }, 0);
  return { lessons: lessons.length, questions };
}

const migrationNames = () =>
  fs
    .readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe.runIf(process.env.SOURCEWORK_RELIABILITY === "1")("two instances", () => {
  const resources = new Resources();
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const figures: Record<string, unknown> = {};
  let db: EmbeddedDb;
  let a: RunningApp;
  let b: RunningApp;
  let school: School;
  let startMs = 0;

  beforeAll(async () => {
    db = await resources.database({ prepare: false }); // fresh: no tables at all
    const started = Date.now();
    const start = (label: string) => resources.app({ databaseUrl: db.url, authSecret, via: "npm-start", label, readyTimeoutMs: 150_000 });
    // allSettled: if one fails, the other is still registered for clean-up before the error surfaces.
    const [ra, rb] = await Promise.allSettled([start("A"), start("B")]);
    if (ra.status === "rejected") throw ra.reason;
    if (rb.status === "rejected") throw rb.reason;
    [a, b] = [ra.value, rb.value];
    startMs = Date.now() - started;
    school = await createSchool(db.url, { students: 8, tag: "two" });
  });

  afterAll(async () => {
    recordResults("two-instances", figures);
    await resources.releaseAll();
  });

  test("both starting at once on a fresh database apply each migration once and import the content once, correctly", async () => {
    // Both really ran the start-up steps (neither skipped them), and the locks made that safe.
    for (const app of [a, b]) {
      expect(app.log(), `${app.label} applied migrations`).toContain("migrations applied");
      expect(app.log(), `${app.label} imported content`).toContain("content imported");
    }
    const migrations = await sql<{ migration_name: string; n: number; finished: boolean; rolled_back: boolean }>(
      db.url,
      `SELECT migration_name, count(*)::int AS n, bool_and(finished_at IS NOT NULL) AS finished, bool_or(rolled_back_at IS NOT NULL) AS rolled_back
       FROM _prisma_migrations GROUP BY migration_name ORDER BY migration_name`,
    );
    const [counts] = await sql<{ lessons: number; questions: number; versions: number; multi: number; retired: number }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM "Lesson") AS lessons,
              (SELECT count(*)::int FROM "Question") AS questions,
              (SELECT count(*)::int FROM "QuestionVersion") AS versions,
              (SELECT count(*)::int FROM (SELECT "questionId" FROM "QuestionVersion" GROUP BY 1 HAVING count(*) <> 1) m) AS multi,
              (SELECT count(*)::int FROM "Question" WHERE "retiredAt" IS NOT NULL) AS retired`,
    );
    const expected = contentCounts();
    Object.assign(figures, { concurrentStartMs: startMs, migrations, content: { expected, stored: counts } });
    printTable("Two instances started at once on a fresh database", [
      ["both healthy after", `${startMs} ms`],
      ["migrations (name × rows)", migrations.map((m) => `${m.migration_name}×${m.n}`).join(", ")],
      ["lessons / questions / versions", `${counts!.lessons} / ${counts!.questions} / ${counts!.versions} (content: ${expected.lessons} / ${expected.questions})`],
    ]);

    expect(migrations.map((m) => m.migration_name)).toEqual(migrationNames());
    expect(migrations.every((m) => m.n === 1 && m.finished && !m.rolled_back)).toBe(true);
    expect(counts).toEqual({ lessons: expected.lessons, questions: expected.questions, versions: expected.questions, multi: 0, retired: 0 });
  });

  test("a session cookie from instance A works on instance B (and the other way)", async () => {
    const student = new HttpClient(fakeIp(1));
    const s = school.students[0]!;
    expect((await student.signIn(a.baseUrl, s.username, PASSWORD)).signedIn).toBe(true);
    // The session alone, on B: the data export is the signed-in user's own record.
    const exportOnB = await student.request(b.baseUrl, "/api/me/export");
    expect(exportOnB.status).toBe(200);
    expect(exportOnB.text).toContain(s.username);
    // The page the brief names. Checked softly so the other direction is still checked if it fails.
    const onB = await student.request(b.baseUrl, "/dashboard");
    figures.session = { exportOnB: exportOnB.status, dashboardOnB: onB.status };
    expect.soft(onB.status, `GET /dashboard on B — B's log:\n${b.log().slice(-1_500)}`).toBe(200);
    expect.soft(htmlShows(onB.text, `Hello, ${s.name}`), `B's dashboard greets ${s.name}`).toBe(true);

    const teacher = new HttpClient(fakeIp(2));
    expect((await teacher.signIn(b.baseUrl, school.teacher.email, PASSWORD)).signedIn).toBe(true);
    const onA = await teacher.request(a.baseUrl, `/teacher/classes/${school.classId}/gradebook`);
    Object.assign(figures.session as object, { gradebookOnA: onA.status });
    expect(onA.status, `GET gradebook on A — A's log:\n${a.log().slice(-3_000)}`).toBe(200);
    expect(htmlShows(onA.text, school.students[7]!.name), "A's gradebook lists the class").toBe(true);
  });

  test("login throttling counts across both instances: 5 failures alternating A/B, then the right password is refused on either", async () => {
    const student = school.students[1]!;
    const account = student.username;
    // Every try comes from this machine's socket address: the X-Forwarded-For each client sends is ignored
    // without TRUST_PROXY (scripts/serve.mjs), so the account-and-address counter is what refuses the sixth.
    const wrong = [];
    for (let i = 0; i < 5; i++) {
      const app = i % 2 === 0 ? a : b;
      wrong.push({ on: app.label, ...(await new HttpClient(fakeIp(10 + i)).signIn(app.baseUrl, account, "not the password")) });
    }
    const sixthOnA = await new HttpClient(fakeIp(20)).signIn(a.baseUrl, account, PASSWORD);
    const sixthOnB = await new HttpClient(fakeIp(21)).signIn(b.baseUrl, account, PASSWORD);
    // Control: from that same address, another account signs in on both.
    const otherOnA = await new HttpClient(fakeIp(20)).signIn(a.baseUrl, school.students[2]!.username, PASSWORD);
    const otherOnB = await new HttpClient(fakeIp(21)).signIn(b.baseUrl, school.students[2]!.username, PASSWORD);
    // The throttle's counters (rate-limiter-flexible's rows): one per limit and key.
    const counters = await sql<{ key: string; points: number }>(db.url, `SELECT key, points FROM "RateLimit" WHERE key LIKE $1 ORDER BY key`, [`signIn%user:${student.id}%`]);

    figures.throttle = {
      wrong: wrong.map((w) => ({ on: w.on, status: w.status, location: w.location })),
      sixthOnA: { status: sixthOnA.status, location: sixthOnA.location },
      sixthOnB: { status: sixthOnB.status, location: sixthOnB.location },
      counters,
    };
    printTable("Login throttling across instances", [
      ...wrong.map((w, i): [string, string] => [`wrong password ${i + 1} on ${w.on}`, `${w.status} → ${w.location}`]),
      ["right password on A", `${sixthOnA.status} → ${sixthOnA.location}`],
      ["right password on B", `${sixthOnB.status} → ${sixthOnB.location}`],
      ...counters.map((c): [string, string] => [`counter ${c.key.replace(student.id, "<student>")}`, String(c.points)]),
    ]);

    for (const w of wrong) {
      expect(w.signedIn).toBe(false);
      expect(w.status).toBe(302);
      expect(w.location).toContain("error=CredentialsSignin");
      expect(w.code).toBe("invalid");
    }
    for (const sixth of [sixthOnA, sixthOnB]) {
      expect(sixth.signedIn, "the right password is refused once throttled").toBe(false);
      expect(sixth.status).toBe(302);
      expect(sixth.location).toContain("error=CredentialsSignin");
      expect(sixth.code).toMatch(/^throttled:(1[0-5]|[1-9])$/);
    }
    expect(otherOnA.signedIn && otherOnB.signedIn, "another account is not affected").toBe(true);
    // Both instances counted into the same rows: 5 failures for the account, all from one (socket) address.
    expect(counters).toEqual([
      { key: `signInAccount:user:${student.id}`, points: 5 },
      { key: `signInAccountAddress:user:${student.id}|127.0.0.1`, points: 5 },
    ]);
  });

  test("answers saved alternately through both instances are all kept", async () => {
    const writers = school.students.slice(3, 8).map((s, i) => {
      let n = 0;
      return new SimStudent(s, school.questions, () => (n++ % 2 === 0 ? a.baseUrl : b.baseUrl), fakeIp(40 + i));
    });
    const signIns = await mapLimit(writers, 4, (w, i) => w.http.signIn((i % 2 ? a : b).baseUrl, w.info.username, PASSWORD));
    expect(signIns.every((r) => r.signedIn)).toBe(true);

    const until = Date.now() + 6_000;
    await Promise.all(writers.map((w) => w.typeUntil(() => Date.now() >= until, { minMs: 100, maxMs: 300, deadline: until, randomQuestion: true })));
    const settled = await Promise.all(writers.map((w) => w.settle(Date.now() + 30_000)));
    const { stored, rows } = await storedAnswers(db.url, writers.map((w) => w.info.attemptId));
    const comparison = compareWithTyped(writers, stored, rows);
    const requests = writers.flatMap((w) => w.requests);
    const perInstance = { A: requests.filter((r) => r.baseUrl === a.baseUrl).length, B: requests.filter((r) => r.baseUrl === b.baseUrl).length };
    figures.alternateSaves = { requests: requests.length, perInstance, non200: requests.filter((r) => r.status !== 200).length, ...comparison, mismatches: comparison.mismatches.length };
    printTable("Answers saved alternately through A and B", [
      ["requests (A / B)", `${requests.length} (${perInstance.A} / ${perInstance.B})`],
      ["non-200", requests.filter((r) => r.status !== 200).length],
      ["rows stored / expected", `${comparison.rows}/${comparison.expectedRows}`],
    ]);

    expect(settled.every(Boolean)).toBe(true);
    expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(perInstance.A).toBeGreaterThan(20);
    expect(perInstance.B).toBeGreaterThan(20);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.rows).toBe(comparison.expectedRows);
  });
});
