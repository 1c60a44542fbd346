// Part 1 — database faults. 20 students autosave while PostgreSQL is stopped for 10 s, then the app process
// is killed with SIGKILL mid-quiz and started again. Nothing acknowledged may be lost, the newest value
// typed must win, the outage must be answered quickly with 503s and readable pages, and the app must
// recover by itself (same process).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "@playwright/test";
import type { EmbeddedDb } from "../scripts/lib/embedded-db";
import { listeningPid, type RunningApp } from "./lib/app";
import { launchBrowser, renderPage, type RenderedPage } from "./lib/browser";
import { fakeIp, htmlShows, type HttpResult } from "./lib/http";
import { latencySummary, ms, printTable, recordResults } from "./lib/report";
import { Resources } from "./lib/resources";
import { createSchool, PASSWORD, type School } from "./lib/school";
import { SimStudent } from "./lib/student";
import { acknowledgedBeforeKept, compareWithTyped, storedAnswers } from "./lib/verify";
import { mapLimit, pollUntil, sleep } from "./lib/wait";

const STUDENTS = 20;
const OUTAGE_MS = 10_000;
const OUTAGE_PAGE = "/dashboard";
/** What a stack trace looks like in HTML or JSON: "at fn (file.js:1:2)", or a path into the build. */
const STACK_TRACE = /\bat [\w$.<>]+ \(.*:\d+:\d+\)|\.next\/server\/|node_modules\/|webpack-internal:/;

describe.runIf(process.env.SOURCEWORK_RELIABILITY === "1")("database faults", () => {
  const resources = new Resources();
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const figures: Record<string, unknown> = {};
  let db: EmbeddedDb;
  let app: RunningApp;
  let school: School;
  let students: SimStudent[] = [];
  let browser: Browser;

  beforeAll(async () => {
    db = await resources.database({ prepare: true });
    app = await resources.app({ databaseUrl: db.url, authSecret, label: "app" });
    school = await createSchool(db.url, { students: STUDENTS, tag: "faults" });
    // The target is read per request, so a restarted app on the same port is picked up.
    students = school.students.map((s, i) => new SimStudent(s, school.questions, () => app.baseUrl, fakeIp(i)));
    const signIns = await mapLimit(students, 4, (s) => s.http.signIn(app.baseUrl, s.info.username, PASSWORD));
    expect(signIns.filter((r) => !r.signedIn)).toEqual([]);
    browser = await launchBrowser();
    resources.add("browser", () => browser.close());
  });

  afterAll(async () => {
    for (const s of students) s.close();
    recordResults("database-faults", figures);
    await resources.releaseAll();
  });

  const acknowledged = () => students.reduce((n, s) => n + [...s.acks.values()].reduce((m, l) => m + l.length, 0), 0);

  test("PostgreSQL stopped for 10 s mid-quiz: 503s at once, a readable error page, every answer kept, no restart", async () => {
    const pidBefore = listeningPid(app.port);
    expect(pidBefore, "next start serves from the process we started").toBe(app.pid);

    // Control: with the database up, the page used below renders normally (so an error page later is the outage's).
    const control = await students[1]!.http.request(app.baseUrl, OUTAGE_PAGE);
    expect(control.status, `${OUTAGE_PAGE} with the database up — app log:\n${app.log().slice(-1_500)}`).toBe(200);
    expect(htmlShows(control.text, `Hello, ${students[1]!.info.name}`), "the dashboard greets the student").toBe(true);

    // Students type (and the client saves) throughout, until the database is started again.
    let typing = true;
    const typingDone = Promise.all(students.map((s) => s.typeUntil(() => !typing, { minMs: 300, maxMs: 700, deadline: Date.now() + 90_000 })));
    await pollUntil("3 acknowledged answers per student", async () => students.every((s) => [...s.acks.values()].flat().length >= 3), { timeoutMs: 30_000 });

    // Observations made during the outage are checked softly, so that whatever happens the database is
    // started again below and the recovery is still measured and checked.
    let outageEnd = 0;
    let restarted = 0;
    await db.stop();
    const outageStart = Date.now();
    const ackedBeforeOutage = acknowledged();
    let health: HttpResult | undefined;
    let rendered: RenderedPage | undefined;
    let page: HttpResult | undefined;
    try {
      // /api/health: 503 with a reason a person can read.
      health = await pollUntil(
        "/api/health to answer 503",
        async () => {
          const r = await students[0]!.http.request(app.baseUrl, "/api/health", { timeoutMs: 8_000 });
          return r.status === 503 ? r : false;
        },
        { timeoutMs: 8_000, intervalMs: 100 },
      ).catch(() => undefined);
      // A page, as served (status, no stack trace in the HTML) and as a browser shows it.
      page = await students[1]!.http.request(app.baseUrl, OUTAGE_PAGE, { timeoutMs: 8_000 });
      rendered = await renderPage(browser, app.baseUrl, OUTAGE_PAGE, students[1]!.http.cookies, "Temporarily unavailable");
      await sleep(Math.max(0, outageStart + OUTAGE_MS - Date.now())); // the outage itself: students keep typing against a stopped database
    } finally {
      typing = false;
      await typingDone;
      outageEnd = Date.now();
      await db.start();
      restarted = Date.now();
    }

    const healthBody = JSON.parse(health?.text || "{}") as { db?: string; reason?: string };
    figures.outagePage = { path: OUTAGE_PAGE, status: page.status, ms: ms(page.ms), serverHtmlHasMessage: page.text.includes("Temporarily unavailable"), browser: { status: rendered.status, h1: rendered.heading } };
    expect.soft(health?.status, "/api/health answers 503 while the database is down").toBe(503);
    expect.soft(healthBody.db).toBe("unreachable");
    expect.soft(healthBody.reason).toMatch(/^Cannot reach the database/);
    expect.soft(healthBody.reason).not.toMatch(STACK_TRACE);
    expect.soft(page.status, "the page during the outage has a server-error status").toBeGreaterThanOrEqual(500);
    expect.soft(STACK_TRACE.exec(page.text)?.[0], "no stack trace in the HTML").toBeUndefined();
    expect.soft(rendered.heading, "the browser shows app/error.tsx").toBe("Temporarily unavailable");
    expect.soft(STACK_TRACE.exec(rendered.text)?.[0], "no stack trace on screen").toBeUndefined();

    const healthy = await pollUntil(
      "/api/health to answer 200 again",
      async () => {
        const r = await students[0]!.http.request(app.baseUrl, "/api/health", { timeoutMs: 5_000 });
        return r.status === 200 ? Date.now() : false;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const settled = await Promise.all(students.map((s) => s.settle(Date.now() + 60_000)));
    const allSavedAt = Date.now();

    const all = students.flatMap((s) => s.requests);
    const during = all.filter((r) => r.startedAt >= outageStart && r.startedAt < outageEnd);
    const after = all.filter((r) => r.startedAt >= restarted);
    const firstSaveAfter = Math.min(...all.filter((r) => r.status === 200 && r.startedAt >= restarted).map((r) => r.startedAt + r.ms));
    const { stored, rows } = await storedAnswers(db.url, school.students.map((s) => s.attemptId));
    const comparison = compareWithTyped(students, stored, rows);
    const before = acknowledgedBeforeKept(students, stored, outageStart);
    const typedDuringOutage = students.reduce((n, s) => n + [...s.typed.values()].filter((v) => v.at >= outageStart && v.at < outageEnd).length, 0);
    const pidAfter = listeningPid(app.port);

    Object.assign(figures, {
      students: STUDENTS,
      outageMs: outageEnd - outageStart,
      healthDuringOutage: { status: health?.status, body: healthBody, ms: health && ms(health.ms) },
      savesDuringOutage: { ...latencySummary(during.map((r) => r.ms)), statuses: countBy(during.map((r) => `${r.status} ${r.code ?? r.error ?? ""}`.trim())) },
      healthRecoveredMs: healthy - restarted,
      firstSaveAfterRestartMs: Math.round(firstSaveAfter - restarted),
      savesAfterRestart: { ...latencySummary(after.map((r) => r.ms)), statuses: countBy(after.map((r) => `${r.status} ${r.code ?? r.error ?? ""}`.trim())) },
      allSavedMs: allSavedAt - restarted,
      acknowledgedBeforeOutage: ackedBeforeOutage,
      acknowledgedBeforeOutageKept: before.checked - before.violations.length,
      questionsTypedDuringOutage: typedDuringOutage,
      rowsExpected: comparison.expectedRows,
      rows: comparison.rows,
      acknowledgedRequests: comparison.acknowledged,
      mismatches: comparison.mismatches.length,
      pid: { before: pidBefore, after: pidAfter },
    });
    printTable("PostgreSQL outage (10 s, 20 students)", [
      ["health during outage", `${health?.status} ${healthBody.reason}`],
      ["page during outage (browser)", `HTTP ${rendered.status}, h1 "${rendered.heading}"`],
      ["autosaves during outage", `${during.length} → ${JSON.stringify(countBy(during.map((r) => r.status)))}`],
      ["worst autosave latency during outage", `${ms(Math.max(...during.map((r) => r.ms)))} ms`],
      ["health 200 after restart", `${healthy - restarted} ms`],
      ["first save after restart (client backoff ≤ 4 s)", `${Math.round(firstSaveAfter - restarted)} ms`],
      ["autosaves after restart", `${after.length} → ${JSON.stringify(countBy(after.map((r) => r.status)))}, p99 ${latencySummary(after.map((r) => r.ms)).p99} ms`],
      ["everything saved after restart", `${allSavedAt - restarted} ms`],
      ["acknowledged before outage kept", `${before.checked - before.violations.length}/${before.checked} questions`],
      ["rows stored / expected", `${comparison.rows}/${comparison.expectedRows}`],
      ["app PID before / after", `${pidBefore} / ${pidAfter}`],
    ]);

    expect(settled.every(Boolean), "every student's answers saved after the outage").toBe(true);
    expect(students.flatMap((s) => s.rejected)).toEqual([]);
    expect(during.length, "students kept saving during the outage").toBeGreaterThanOrEqual(STUDENTS);
    expect(during.filter((r) => r.status !== 503)).toEqual([]);
    expect(during.filter((r) => r.code !== "UNAVAILABLE")).toEqual([]);
    expect(Math.max(...during.map((r) => r.ms)), "no autosave hangs while the database is down").toBeLessThan(5_000);
    expect(typedDuringOutage).toBeGreaterThan(0);
    expect(before.violations).toEqual([]);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.rows).toBe(comparison.expectedRows);
    expect(app.exited(), "the app did not exit").toBe(false);
    expect(pidAfter, "recovered in the same process, without a restart").toBe(pidBefore);
  });

  test("next start killed with SIGKILL mid-quiz and started again: the attempt resumes with every acknowledged answer", async () => {
    await app.waitHealthy(30_000); // whatever the previous test left
    let typing = true;
    const typingDone = Promise.all(students.map((s) => s.typeUntil(() => !typing, { minMs: 300, maxMs: 700, deadline: Date.now() + 90_000 })));
    const base = acknowledged();
    await pollUntil("more answers acknowledged", async () => acknowledged() >= base + 3 * STUDENTS, { timeoutMs: 30_000 });

    const oldPid = app.pid;
    await app.kill("SIGKILL");
    const killedAt = Date.now();
    expect(app.exited()).toBe(true);
    // The same port, so the students' client finds it again; typing goes on while it starts.
    app = await resources.app({ databaseUrl: db.url, authSecret, port: app.port, label: "app (restarted)" });
    const restartMs = Date.now() - killedAt;
    typing = false;
    await typingDone;
    const settled = await Promise.all(students.map((s) => s.settle(Date.now() + 60_000)));

    const { stored, rows } = await storedAnswers(db.url, school.students.map((s) => s.attemptId));
    const comparison = compareWithTyped(students, stored, rows);
    const beforeKill = acknowledgedBeforeKept(students, stored, killedAt);
    const failedWhileDown = students.flatMap((s) => s.requests).filter((r) => r.startedAt + r.ms >= killedAt && r.status !== 200);

    // The attempt page resumes: it renders (not the results), with each free-text answer as stored.
    const pages = await mapLimit(students, 4, async (s) => {
      const page = await s.http.request(app.baseUrl, `/assignments/${school.assignmentId}/attempts/${s.info.attemptId}`);
      const texts = school.questions
        .filter((q) => q.definition.type === "short-answer" || q.definition.type === "open-response")
        .map((q) => (stored.get(s.info.attemptId)?.get(q.questionId)?.response as { text?: string } | undefined)?.text)
        .filter((t): t is string => !!t);
      return { status: page.status, missing: texts.filter((t) => !page.text.includes(t)), shown: texts.length };
    });

    Object.assign(figures, {
      sigkill: {
        pids: { killed: oldPid, restarted: app.pid },
        restartToHealthyMs: restartMs,
        failedRequestsWhileDown: failedWhileDown.length,
        acknowledgedBeforeKill: beforeKill.checked,
        rowsExpected: comparison.expectedRows,
        rows: comparison.rows,
        mismatches: comparison.mismatches.length,
        attemptPagesShowingEveryTextAnswer: pages.filter((p) => p.status === 200 && p.missing.length === 0).length,
      },
    });
    printTable("SIGKILL mid-quiz, then start again", [
      ["killed / new PID", `${oldPid} / ${app.pid}`],
      ["kill → healthy again", `${restartMs} ms`],
      ["saves that failed while down (retried)", failedWhileDown.length],
      ["acknowledged before the kill, kept", `${beforeKill.checked - beforeKill.violations.length}/${beforeKill.checked}`],
      ["rows stored / expected", `${comparison.rows}/${comparison.expectedRows}`],
      ["attempt pages resumed with all text answers", `${pages.filter((p) => p.status === 200 && p.missing.length === 0).length}/${pages.length}`],
    ]);

    expect(settled.every(Boolean)).toBe(true);
    expect(students.flatMap((s) => s.rejected)).toEqual([]);
    expect(beforeKill.checked).toBeGreaterThan(0);
    expect(beforeKill.violations).toEqual([]);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.rows).toBe(comparison.expectedRows);
    expect(pages.filter((p) => p.status !== 200 || p.missing.length > 0)).toEqual([]);
    expect(pages.every((p) => p.shown > 0)).toBe(true);
  });
});

function countBy<T extends string | number>(items: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  return counts;
}
