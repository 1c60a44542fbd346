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
import { fakeIp, htmlShows, type HttpClient, type HttpResult } from "./lib/http";
import { latencySummary, ms, printTable, recordResults } from "./lib/report";
import { Resources } from "./lib/resources";
import { createSchool, PASSWORD, type School } from "./lib/school";
import { SimStudent } from "./lib/student";
import { acknowledgedBeforeKept, compareWithTyped, storedAnswers } from "./lib/verify";
import { mapLimit, pollUntil, sleep } from "./lib/wait";

const STUDENTS = 20;
const OUTAGE_MS = 10_000;
const OUTAGE_PAGE = "/dashboard";
/** The page whose server action is posted during the outage: the password form, sent incomplete. */
const ACTION_PAGE = "/account";
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
    // And a server action, posted as a browser without JavaScript posts the password form (an incomplete one:
    // refused by validation, so nothing changes); during the outage the same post must be a 503.
    const actionForm = await passwordFormPost(students[1]!.http, app.baseUrl);
    const actionControl = await students[1]!.http.request(app.baseUrl, ACTION_PAGE, { method: "POST", multipart: actionForm.fields });
    expect(actionControl.status, `the action with the database up — app log:\n${app.log().slice(-1_500)}`).toBe(200);
    expect(htmlShows(actionControl.text, "currentPassword: Invalid input"), "the action ran and refused the incomplete form").toBe(true);

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
    let action: HttpResult | undefined;
    let scriptedAction: HttpResult | undefined;
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
      // A server action, without JavaScript (a form post) and as the page's JavaScript calls it (Next-Action).
      action = await students[1]!.http.request(app.baseUrl, ACTION_PAGE, { method: "POST", multipart: actionForm.fields, timeoutMs: 8_000 });
      scriptedAction = await students[1]!.http.request(app.baseUrl, ACTION_PAGE, {
        method: "POST",
        headers: { "next-action": actionForm.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
        body: JSON.stringify([{ status: "idle" }, "$K1"]),
        timeoutMs: 8_000,
      });
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
    figures.outagePage = { path: OUTAGE_PAGE, status: page?.status, retryAfter: page?.retryAfter, ms: page && ms(page.ms), serverHtmlHasMessage: page?.text.includes("Temporarily unavailable"), browser: { status: rendered?.status, h1: rendered?.heading } };
    figures.outageAction = { path: ACTION_PAGE, formPost: { status: action?.status, retryAfter: action?.retryAfter }, scripted: { status: scriptedAction?.status, retryAfter: scriptedAction?.retryAfter } };
    expect.soft(health?.status, "/api/health answers 503 while the database is down").toBe(503);
    expect.soft(healthBody.db).toBe("unreachable");
    expect.soft(healthBody.reason).toMatch(/^Cannot reach the database/);
    expect.soft(healthBody.reason).not.toMatch(STACK_TRACE);
    expect.soft(health?.retryAfter, "/api/health says when to ask again").toBe("5");
    expect.soft(page?.status, "the page during the outage is a 503, not a 500").toBe(503);
    expect.soft(page?.retryAfter, "the page's 503 has Retry-After").toBe("5");
    expect.soft(htmlShows(page?.text ?? "", "Temporarily unavailable"), "the page's 503 is the friendly page").toBe(true);
    expect.soft(STACK_TRACE.exec(page?.text ?? "")?.[0], "no stack trace in the HTML").toBeUndefined();
    expect.soft(action?.status, "a server action (form post) during the outage is a 503").toBe(503);
    expect.soft(action?.retryAfter, "the action's 503 has Retry-After").toBe("5");
    expect.soft(htmlShows(action?.text ?? "", "Temporarily unavailable"), "the form post gets the friendly page").toBe(true);
    expect.soft(scriptedAction?.status, "a server action called by the page's script during the outage is a 503").toBe(503);
    expect.soft(scriptedAction?.retryAfter, "the scripted action's 503 has Retry-After").toBe("5");
    expect.soft(rendered?.status, "the browser gets the 503").toBe(503);
    expect.soft(rendered?.heading, "the browser shows the friendly page").toBe("Temporarily unavailable");
    expect.soft(STACK_TRACE.exec(rendered?.text ?? "")?.[0], "no stack trace on screen").toBeUndefined();

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
      ["page during outage (browser)", `HTTP ${rendered?.status} (Retry-After ${page?.retryAfter}), h1 "${rendered?.heading}"`],
      ["server action during outage", `form post HTTP ${action?.status}, scripted HTTP ${scriptedAction?.status} (Retry-After ${scriptedAction?.retryAfter})`],
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
    expect(during.filter((r) => r.retryAfter !== "5"), "every autosave 503 says when to retry").toEqual([]);
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

/** The fields a browser without JavaScript posts for the password form's server action (from its HTML). */
async function passwordFormPost(http: HttpClient, baseUrl: string): Promise<{ actionId: string; fields: Record<string, string> }> {
  const page = await http.request(baseUrl, ACTION_PAGE);
  const attribute = (name: string) => /value="([^"]*)"/.exec(page.text.split(`name="${name}"`)[1] ?? "")?.[1]?.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  // React numbers the page's action forms ($ACTION_1, $ACTION_2 …); the password form is the one with a state
  // field (useActionState), whatever other forms (sign out) come before it.
  const numbers = [...page.text.matchAll(/name="\$ACTION_(\d+):1"/g)].map((m) => m[1]!);
  const n = numbers[0];
  const ref = n && attribute(`$ACTION_${n}:0`);
  const state = n && attribute(`$ACTION_${n}:1`);
  const actionId = ref && (JSON.parse(ref) as { id?: string }).id;
  if (!ref || !state || !actionId) throw new Error(`no server action form on ${ACTION_PAGE} (HTTP ${page.status})`);
  return { actionId, fields: { [`$ACTION_REF_${n}`]: "", [`$ACTION_${n}:0`]: ref, [`$ACTION_${n}:1`]: state, $ACTION_KEY: "k0" } };
}

function countBy<T extends string | number>(items: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  return counts;
}
