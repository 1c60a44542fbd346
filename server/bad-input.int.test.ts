// Bad input, everywhere: every server action and every route handler of app/ is called with malformed
// payloads — missing fields, wrong types, 1 MB strings, negative and huge numbers, NUL bytes, unknown ids,
// another class's ids, SQL and HTML strings. Each must be refused with a clear message (a form error, or a
// 4xx with JSON), never crash, and leave every table exactly as it was. Some variants are valid input
// for some fields (a class may be named `<b>`); those may succeed, but must not crash either.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { loadContent } from "@/server/content/load-content";
import { listAppRoutes } from "@/testing/app-routes";
import { createIsolatedDatabase } from "@/testing/isolated-database";
import { ACTION_RULES, callAction, discoverActions, makeClassroom, personaUser } from "@/testing/action-matrix";
import { runAs, signInAs } from "@/testing/session";

import type { Action, Classroom, Persona, Rule } from "@/testing/action-matrix";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("@/server/auth/client-address", async () => (await import("@/testing/session")).addressMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/testing/session")).headersMock);

// A database of its own, so "nothing was written" can be checked over every table while other test files run.
const isolated = await createIsolatedDatabase();
const sharedUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL = isolated.url;
const { db } = await import("@/server/db");
const { importContent } = await import("@/server/content/import-content");
const { startAttempt } = await import("@/server/attempts/start-attempt");

beforeAll(async () => {
  const importer = new PrismaClient({ adapter: new PrismaPg({ connectionString: isolated.url }) });
  await importContent(importer, await loadContent());
  await importer.$disconnect();
});
afterAll(async () => {
  await db.$disconnect();
  await isolated.drop();
  process.env.DATABASE_URL = sharedUrl;
});

/** Row count and a hash of the contents of every table: any insert, update or delete changes it. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const sql = tables.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows} rows, ${r.hash}`]));
}

const MEGABYTE = "x".repeat(1_000_000);
const SQL = `x' OR '1'='1'; DROP TABLE "User"; --`;
const HTML = `<img src=x onerror=alert(1)>`;
const UNKNOWN_ID = "cm0000000000000000unknown";

// ─── Server actions ────────────────────────────────────────────────────────────────────────────────

type FieldKind = "id" | "integer" | "decimal" | "text";
type FormVariant = { name: string; value: (valid: string, foreign: string | undefined) => string | string[] | Blob | undefined; mustRefuse: (kind: FieldKind, hasForeign: boolean) => boolean };

const always = () => true;
const never = () => false;
const FORM_VARIANTS: FormVariant[] = [
  { name: "missing", value: () => undefined, mustRefuse: (kind) => kind === "id" },
  { name: "empty", value: () => "", mustRefuse: (kind) => kind === "id" },
  { name: "1 MB string", value: () => MEGABYTE, mustRefuse: always },
  { name: "negative", value: () => "-1", mustRefuse: (kind) => kind !== "text" },
  { name: "huge number", value: () => "1e308", mustRefuse: (kind) => kind !== "text" },
  { name: "beyond 64-bit", value: () => "99999999999999999999999", mustRefuse: (kind) => kind !== "text" },
  { name: "fraction", value: () => "2.5", mustRefuse: (kind) => kind === "id" || kind === "integer" },
  { name: "not a number", value: () => "NaN", mustRefuse: (kind) => kind === "integer" || kind === "decimal" },
  { name: "SQL", value: () => SQL, mustRefuse: (kind) => kind !== "text" },
  { name: "HTML", value: () => HTML, mustRefuse: (kind) => kind !== "text" },
  { name: "NUL byte", value: (valid) => `${valid}\u0000`, mustRefuse: always },
  { name: "repeated field", value: (valid) => [valid, valid], mustRefuse: never },
  { name: "a file", value: () => new File(["hello"], "hello.txt", { type: "text/plain" }), mustRefuse: never },
  { name: "unknown id", value: () => UNKNOWN_ID, mustRefuse: (kind) => kind === "id" },
  { name: "another class's id", value: (valid, foreign) => foreign ?? valid, mustRefuse: (kind, hasForeign) => kind === "id" && hasForeign },
];

// A grade may be a half point (lib/grade-limits.ts); other numbers in forms are whole.
const fieldKind = (field: string, valid: string): FieldKind => (/Id$|^code$/.test(field) ? "id" : field === "score" ? "decimal" : /^\d+$/.test(valid) ? "integer" : "text");

/** The same kind of id from another teacher's classroom, where one applies. */
function foreignId(field: string, other: Classroom): string | undefined {
  return { classId: other.klass.id, assignmentId: other.assignmentId, studentId: other.students[0]!.id, attemptId: other.openAnswer.attemptId }[field];
}

/** The persona for whom the valid input succeeds, so that only the malformation can cause a refusal. */
function actingPersona(rule: Rule): Persona {
  if (rule.allow.includes("anonymous")) return "anonymous";
  if (rule.allow.includes("teacher")) return "teacher";
  return "student";
}

// Refusals that are counted: a wrong current password is a failed sign-in, a wrong join code or a sign-up
// (taken name) is a try against the throttles. That write is the point of refusing them.
const WRITES_WHEN_REFUSED: Record<string, string[]> = {
  "server/actions/accounts.ts#changeOwnPassword": ["RateLimit"],
  "server/actions/accounts.ts#signUpWithJoinCode": ["RateLimit"],
  "server/actions/accounts.ts#signUpAsTeacher": ["RateLimit"],
  "server/actions/accounts.ts#joinWithCode": ["RateLimit"],
};
// `login` runs here with Auth.js mocked, so this sweep checks only its form validation; the real sign-in
// path, malformed requests included, is swept end to end in e2e/security.spec.ts.
const REFUSAL_CODES = ["INVALID_CREDENTIALS", "BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"];

let actions: Map<string, Action>;
beforeAll(async () => {
  actions = await discoverActions();
});

test("the sweep covers every server action", () => {
  expect([...actions.keys()].sort()).toEqual(Object.keys(ACTION_RULES).sort());
});

describe.each(Object.entries(ACTION_RULES).filter(([, rule]) => Object.keys(rule.input(placeholderClassroom())).length > 0))("%s", (key, rule) => {
  const fields = Object.keys(rule.input(placeholderClassroom()));
  test.each(fields)("field %s: malformed values are refused cleanly and change nothing", async (field) => {
    const classroom = await makeClassroom(db);
    const other = await makeClassroom(db);
    const valid = rule.input(classroom);
    const kind = fieldKind(field, valid[field]!);
    const foreign = foreignId(field, other);
    signInAs(personaUser(classroom, actingPersona(rule)));

    const failures: string[] = [];
    for (const variant of FORM_VARIANTS) {
      const value = variant.value(valid[field]!, foreign);
      const input: Record<string, string | string[] | Blob> = { ...valid };
      if (value === undefined) delete input[field];
      else input[field] = value;

      const before = await snapshot();
      const outcome = await callAction(actions.get(key)!, input).catch((error: unknown) => ({ kind: "crash" as const, error }));
      const label = `${variant.name} (${kind})`;
      if (outcome.kind === "crash") {
        failures.push(`${label}: threw ${String(outcome.error).slice(0, 200)}`);
        continue;
      }
      if (outcome.kind !== "error") {
        if (variant.mustRefuse(kind, foreign !== undefined)) failures.push(`${label}: was accepted`);
        continue;
      }
      if (!REFUSAL_CODES.includes(outcome.code)) failures.push(`${label}: refused with code ${outcome.code}`);
      if (outcome.message.length < 5 || outcome.message.length > 300) failures.push(`${label}: unclear message "${outcome.message.slice(0, 80)}"`);
      const after = await snapshot();
      const changed = Object.keys(before).filter((t) => before[t] !== after[t] && !(WRITES_WHEN_REFUSED[key] ?? []).includes(t));
      if (changed.length > 0) failures.push(`${label}: refused (${outcome.code}) but changed ${changed.join(", ")}`);
    }
    expect(failures).toEqual([]);
  });
});

/** Field names only depend on the rule, not on the ids, so a classroom of placeholders lists them. */
function placeholderClassroom(): Classroom {
  const user = { id: "placeholder", role: "STUDENT", sessionVersion: 0 };
  return {
    teacher: user,
    otherTeacher: user,
    outsider: user,
    students: [user],
    klass: { id: "placeholder", joinCode: "PLACEHOLDER" },
    otherClass: { id: "placeholder" },
    assignmentId: "placeholder",
    openAnswer: { attemptId: "placeholder", questionId: "placeholder" },
    argumentAnswer: { attemptId: "placeholder", questionId: "placeholder" },
  } as unknown as Classroom;
}

// ─── Route handlers ────────────────────────────────────────────────────────────────────────────────

type RouteFixture = Classroom & { other: Classroom; inProgress: { attemptId: string; questionId: string; versionId: string } };
type RouteCase = {
  persona: Persona;
  params: (f: RouteFixture) => Record<string, string>;
  /** A valid JSON body, for routes that take one. */
  body?: (f: RouteFixture) => Record<string, unknown>;
  /** Fields whose content is checked deeper down (an answer's shape depends on its question): any value may be accepted. */
  free?: string[];
};

const ROUTE_CASES: Record<string, RouteCase | { exempt: string }> = {
  "POST /api/assignments/[assignmentId]/reading": {
    persona: "student",
    params: (f) => ({ assignmentId: f.assignmentId }),
    body: () => ({ paragraphsReached: 3, secondsOnText: 40, done: false }),
  },
  "PUT /api/assignments/[assignmentId]/organiser": {
    persona: "student",
    params: (f) => ({ assignmentId: f.assignmentId }),
    body: () => ({ questionId: "author:found", versionId: "01-sourcing-mikoyan", response: "Gromyko, relaying Khrushchev's words (¶2)", flagged: false, seq: 1 }),
    free: ["response"],
  },
  "PUT /api/attempts/[attemptId]/answers": {
    persona: "student",
    params: (f) => ({ attemptId: f.inProgress.attemptId }),
    body: (f) => ({ questionId: f.inProgress.questionId, versionId: f.inProgress.versionId, response: { text: "An answer" }, flagged: false, seq: 1 }),
    free: ["response"],
  },
  "PUT /api/assignments/[assignmentId]/annotations": {
    persona: "student",
    params: (f) => ({ assignmentId: f.assignmentId }),
    body: () => ({ id: randomUUID(), sourceId: "gromyko-mikoyan-1962-11-01", sentenceIds: ["p3.s1", "p3.s2"], skill: "sourcing", note: "Who is speaking?", deleted: false, seq: Date.now() }),
    // A note is the student's own words: any text (up to its limit) is a valid note.
    free: ["note"],
  },
  "POST /api/attempts/[attemptId]/check": {
    persona: "student",
    params: (f) => ({ attemptId: f.inProgress.attemptId }),
    body: (f) => ({ questionId: f.inProgress.questionId }),
  },
  "POST /api/attempts/[attemptId]/submit": { persona: "student", params: (f) => ({ attemptId: f.inProgress.attemptId }) },
  "GET /api/classes/[classId]/activity": { persona: "teacher", params: (f) => ({ classId: f.klass.id }) },
  "GET /api/classes/[classId]/export/gradebook": { persona: "teacher", params: (f) => ({ classId: f.klass.id }) },
  "GET /api/assignments/[assignmentId]/export/item-analysis": { persona: "teacher", params: (f) => ({ assignmentId: f.assignmentId }) },
  "GET /api/me/export": { exempt: "takes no input (who is asking is the only input; see the authorization matrix)" },
  "GET /api/me/session": { exempt: "takes no input (who is asking is the only input; see the authorization matrix)" },
  "GET /api/health": { exempt: "takes no input" },
  "GET /api/auth/[...nextauth]": { exempt: "Auth.js's own handler; e2e/security.spec.ts sends it malformed sign-ins" },
  "POST /api/auth/[...nextauth]": { exempt: "Auth.js's own handler; e2e/security.spec.ts sends it malformed sign-ins" },
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const routeModule = async (file: string) => (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<string, unknown>;

test("the sweep covers every route handler", async () => {
  const found: string[] = [];
  for (const route of listAppRoutes().filter((r) => r.kind === "api")) {
    const mod = await routeModule(route.file);
    for (const method of HTTP_METHODS) if (typeof mod[method] === "function") found.push(`${method} ${route.pattern}`);
  }
  expect(found.sort()).toEqual(Object.keys(ROUTE_CASES).sort());
});

async function makeRouteFixture(): Promise<RouteFixture> {
  const classroom = await makeClassroom(db);
  const other = await makeClassroom(db);
  // A second assignment with the student's attempt in progress, for autosave, check and submit.
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId: "02-mikoyan-close-reading", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), revealPolicy: "AFTER_EACH_QUESTION" },
  });
  const { attemptId } = await runAs(classroom.students[0]!, () => startAttempt({ assignmentId: assignment.id }));
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const [questionId, versionId] = Object.entries(attempt.questionVersionIds as Record<string, string>)[0]!;
  return { ...classroom, other, inProgress: { attemptId, questionId, versionId } };
}

type Malformed = { name: string; params: Record<string, string>; body?: string; headers?: Record<string, string>; mustRefuse: boolean };

/** Every malformation of one valid request: its path ids, its body as a whole, and each field of the body. */
function malformations(c: RouteCase, f: RouteFixture, method: string): Malformed[] {
  const params = c.params(f);
  const out: Malformed[] = [];
  for (const [param, valid] of Object.entries(params)) {
    const foreign = foreignId(param, f.other);
    for (const [name, value] of [["unknown id", UNKNOWN_ID], ["another class's id", foreign], ["SQL", SQL], ["HTML", HTML], ["1 KB", "x".repeat(1000)], ["path traversal", "../../etc/passwd"], ["NUL byte", `${valid}\u0000`]] as const) {
      if (value !== undefined) out.push({ name: `${param}: ${name}`, params: { ...params, [param]: value }, body: c.body ? JSON.stringify(c.body(f)) : undefined, mustRefuse: true });
    }
  }
  // A state-changing request from another site, or a body not declared as JSON (what a cross-site form can send).
  const validBody = c.body ? JSON.stringify(c.body(f)) : undefined;
  if (method !== "GET") {
    out.push({ name: "from another site", params, body: validBody, headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, mustRefuse: true });
    out.push({ name: "from another origin (no Sec-Fetch-Site)", params, body: validBody, headers: { origin: "https://evil.example" }, mustRefuse: true });
  }
  if (!c.body) return out;
  out.push({ name: "body sent as text/plain", params, body: validBody, headers: { "Content-Type": "text/plain;charset=UTF-8" }, mustRefuse: true });
  out.push({ name: "body without a content type", params, body: validBody, headers: { "Content-Type": "" }, mustRefuse: true });
  const valid = c.body(f);
  const whole: [string, string][] = [["empty body", ""], ["not JSON", "{"], ["an array", "[]"], ["null", "null"], ["a number", "42"], ["a string", '"text"'], ["nested 20,000 deep", `${"[".repeat(20_000)}${"]".repeat(20_000)}`], ["2 MB", JSON.stringify({ ...valid, padding: MEGABYTE.repeat(2) })]];
  for (const [name, body] of whole) out.push({ name, params, body, mustRefuse: true });
  for (const [field, value] of Object.entries(valid)) {
    const wrongType = typeof value === "number" ? String(value) : typeof value === "string" ? 3 : typeof value === "boolean" ? "yes" : "text";
    const values: [string, unknown][] = [["missing", undefined], ["null", null], ["wrong type", wrongType], ["negative", -1], ["huge number", 1e308], ["fraction", 2.5], ["1 MB string", MEGABYTE], ["SQL", SQL], ["HTML", HTML], ["an operator object", { $gt: "" }], ["an array", [value]], ["NUL byte", `${String(value)}\u0000`]];
    for (const [name, v] of values) {
      const body = { ...valid, [field]: v };
      if (v === undefined) delete body[field];
      const free = (c.free ?? []).includes(field) && name !== "1 MB string" && name !== "NUL byte";
      out.push({ name: `${field}: ${name}`, params, body: JSON.stringify(body), mustRefuse: name !== "missing" && !free });
    }
  }
  return out;
}

const routeCases = Object.entries(ROUTE_CASES).filter((e): e is [string, RouteCase] => !("exempt" in e[1]));

describe.each(routeCases)("%s", (key, c) => {
  test("malformed requests get a 4xx with a message and change nothing", async () => {
    const [method, pattern] = key.split(" ") as [string, string];
    const route = listAppRoutes().find((r) => r.pattern === pattern)!;
    const handler = (await routeModule(route.file))[method] as (r: Request, ctx: unknown) => Promise<Response>;
    const fixture = await makeRouteFixture();
    signInAs(personaUser(fixture, c.persona));

    const failures: string[] = [];
    for (const m of malformations(c, fixture, method)) {
      const url = `http://localhost${pattern.replace(/\[(\w+)\]/g, (_, p: string) => encodeURIComponent(m.params[p]!))}`;
      const headers = new Headers({ host: "localhost", ...(m.body === undefined ? {} : { "Content-Type": "application/json" }), ...m.headers });
      if (headers.get("content-type") === "") headers.delete("content-type");
      const request = new Request(url, { method, body: m.body === undefined ? undefined : new Blob([m.body]), headers });
      const before = await snapshot();
      const response = await handler(request, { params: Promise.resolve(m.params) });
      if (response.status >= 500) {
        failures.push(`${m.name}: ${response.status}`);
        continue;
      }
      if (response.status < 400) {
        if (m.mustRefuse) failures.push(`${m.name}: was accepted (${response.status})`);
        continue;
      }
      const payload = (await response.json().catch(() => ({}))) as { error?: unknown };
      if (typeof payload.error !== "string" || payload.error.length < 5) failures.push(`${m.name}: ${response.status} without a message`);
      const after = await snapshot();
      const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
      if (changed.length > 0) failures.push(`${m.name}: refused (${response.status}) but changed ${changed.join(", ")}`);
    }
    expect(failures).toEqual([]);
  });
});
