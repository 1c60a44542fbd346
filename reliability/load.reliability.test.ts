// Part 5 — load. 200 students (distinct accounts, an open attempt each) autosave for 60 s, each one request
// at a time with 2–4 s of "thinking" between changes (about 60 requests/s in all), while their teacher's
// gradebook is fetched every second. Correctness under load, not peak throughput: every acknowledged value
// must be the stored one, and nothing may answer 5xx. Latencies are reported, not asserted.
import crypto from "node:crypto";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { EmbeddedDb } from "../scripts/lib/embedded-db";
import type { RunningApp } from "./lib/app";
import { fakeIp, HttpClient, type HttpResult } from "./lib/http";
import { latencySummary, printTable, recordResults } from "./lib/report";
import { Resources } from "./lib/resources";
import { createSchool, PASSWORD, type School } from "./lib/school";
import { SimStudent } from "./lib/student";
import { compareWithTyped, storedAnswers } from "./lib/verify";
import { mapLimit, sleep } from "./lib/wait";

const STUDENTS = 200;
const DURATION_MS = 60_000;
const THINK_MS = { min: 2_000, max: 4_000 };
const GRADEBOOK_EVERY_MS = 1_000;

describe.runIf(process.env.SOURCEWORK_RELIABILITY === "1")("load", () => {
  const resources = new Resources();
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const figures: Record<string, unknown> = {};
  let db: EmbeddedDb;
  let app: RunningApp;
  let school: School;
  let students: SimStudent[] = [];
  const teacher = new HttpClient(fakeIp(900));

  beforeAll(async () => {
    db = await resources.database({ prepare: true });
    app = await resources.app({ databaseUrl: db.url, authSecret, label: "app" });
    school = await createSchool(db.url, { students: STUDENTS, tag: "load" });
    students = school.students.map((s, i) => new SimStudent(s, school.questions, () => app.baseUrl, fakeIp(i)));
    const signIns = await mapLimit(students, 8, (s) => s.http.signIn(app.baseUrl, s.info.username, PASSWORD));
    expect(signIns.filter((r) => !r.signedIn)).toEqual([]);
    expect((await teacher.signIn(app.baseUrl, school.teacher.email, PASSWORD)).signedIn).toBe(true);
  });

  afterAll(async () => {
    for (const s of students) s.close();
    recordResults("load", figures);
    await resources.releaseAll();
  });

  test(`${STUDENTS} students autosave for ${DURATION_MS / 1000} s while the gradebook is read every second: no lost write, no 5xx`, async () => {
    const gradebookPath = `/teacher/classes/${school.classId}/gradebook`;
    const cellsIn = (html: string) => html.match(/<td data-cell="/g)?.length ?? 0;
    // One request each way first, so the measured run does not include loading the routes' code.
    const warm = await teacher.request(app.baseUrl, gradebookPath);
    expect(warm.status, app.log().slice(-1_500)).toBe(200);

    const loadBefore = os.loadavg()[0]!;
    const started = Date.now();
    const end = started + DURATION_MS;
    const gradebook: (HttpResult & { cells: number })[] = [];
    const teacherLoop = (async () => {
      while (Date.now() < end) {
        const tick = Date.now();
        const r = await teacher.request(app.baseUrl, gradebookPath, { timeoutMs: 30_000 });
        gradebook.push({ ...r, text: "", cells: cellsIn(r.text) });
        await sleep(Math.max(0, tick + GRADEBOOK_EVERY_MS - Date.now()));
      }
    })();
    const studentLoops = students.map(async (s) => {
      await sleep(Math.random() * THINK_MS.max); // staggered start
      await s.typeUntil(() => Date.now() >= end, { minMs: THINK_MS.min, maxMs: THINK_MS.max, deadline: end, randomQuestion: true });
    });
    await Promise.all([teacherLoop, ...studentLoops]);
    const typingEnded = Date.now();
    const settled = await Promise.all(students.map((s) => s.settle(Date.now() + 30_000)));
    const drainMs = Date.now() - typingEnded;
    const loadAfter = os.loadavg()[0]!;

    const saves = students.flatMap((s) => s.requests);
    const { stored, rows } = await storedAnswers(db.url, school.students.map((s) => s.attemptId));
    const comparison = compareWithTyped(students, stored, rows);
    const fivexx = [...saves, ...gradebook].filter((r) => r.status >= 500).length;
    // A client timeout (15 s, like the player) is retried, so it loses nothing; it is reported. Any other
    // network error (connection refused or reset) would mean the server failed, and is not allowed.
    const timeouts = [...saves, ...gradebook].filter((r) => r.status === 0 && r.error?.startsWith("TimeoutError")).length;
    const networkErrors = [...saves, ...gradebook].filter((r) => r.status === 0 && !r.error?.startsWith("TimeoutError"));
    const autosave = latencySummary(saves.map((r) => r.ms));
    const book = latencySummary(gradebook.map((r) => r.ms));
    const seconds = (typingEnded - started) / 1000;

    Object.assign(figures, {
      students: STUDENTS,
      durationS: Math.round(seconds * 10) / 10,
      autosave: { ...autosave, perSecond: Math.round((saves.length / seconds) * 10) / 10, non200: saves.filter((r) => r.status !== 200).length },
      gradebook: { ...book, non200: gradebook.filter((r) => r.status !== 200).length, wrongRowCount: gradebook.filter((r) => r.cells !== STUDENTS).length },
      fivexx,
      clientTimeouts15s: timeouts,
      otherNetworkErrors: networkErrors.length,
      acknowledgedRequests: comparison.acknowledged,
      questionsAnswered: comparison.expectedRows,
      rows: comparison.rows,
      lostOrStaleWrites: comparison.mismatches.length,
      drainMs,
      loadAverage1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadAfter * 100) / 100 },
    });
    printTable(`Load: ${STUDENTS} students autosaving for ${Math.round(seconds)} s + gradebook every second`, [
      ["autosave requests", `${saves.length} (${(saves.length / seconds).toFixed(1)}/s), non-200 ${saves.filter((r) => r.status !== 200).length}`],
      ["autosave latency p50 / p99 / max", `${autosave.p50} / ${autosave.p99} / ${autosave.max} ms`],
      ["gradebook fetches", `${gradebook.length}, non-200 ${gradebook.filter((r) => r.status !== 200).length}, with ≠${STUDENTS} rows ${gradebook.filter((r) => r.cells !== STUDENTS).length}`],
      ["gradebook latency p50 / p99 / max", `${book.p50} / ${book.p99} / ${book.max} ms`],
      ["5xx / other network errors", `${fivexx} / ${networkErrors.length}`],
      ["client timeouts (15 s, retried)", timeouts],
      ["acknowledged requests", comparison.acknowledged],
      ["questions answered / rows stored", `${comparison.expectedRows} / ${comparison.rows}`],
      ["lost or stale writes", comparison.mismatches.length],
      ["load average (1 min) before / after", `${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} on ${os.cpus().length} CPUs`],
    ]);

    expect(settled.every(Boolean), "every student's last change acknowledged").toBe(true);
    expect(fivexx).toBe(0);
    expect(networkErrors.map((r) => r.error)).toEqual([]);
    expect(saves.filter((r) => r.status !== 200 && r.status !== 0)).toEqual([]);
    expect(gradebook.filter((r) => r.status !== 200 || r.cells !== STUDENTS).map((r) => `${r.status} ${r.error ?? ""} ${r.cells} rows`)).toEqual([]);
    expect(gradebook.length, "the gradebook was read throughout").toBeGreaterThanOrEqual(5);
    expect(comparison.acknowledged).toBe(saves.filter((r) => r.status === 200).length);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.rows).toBe(comparison.expectedRows);
    expect(saves.length, "the load was applied").toBeGreaterThan((STUDENTS * DURATION_MS) / THINK_MS.max / 2);
  });
});
