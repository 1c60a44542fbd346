// Authorization matrix for routes: every page and route handler in app/, requested as each persona,
// must answer as this table says. The route list comes from app/ itself, so a new route without a rule fails.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { listAppRoutes } from "../testing/app-routes";
import { correctResponse } from "../testing/responses";
import { makeClassroom, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";
import { createAssignment, startAttemptInDb } from "./fixtures/quiz";
import { insertTeacherQuestion } from "../testing/teacher-questions";

type Persona = "anonymous" | "student" | "outsider" | "teacher" | "otherTeacher";
type Outcome = "ok" | "login" | "forbidden" | "notFound" | "redirect";
type Expect = Record<Persona, Outcome>;
type World = Awaited<ReturnType<typeof makeWorld>>;
type Rule = { path: (w: World) => string; expect: Expect; method?: "GET" | "POST" | "PUT"; body?: (w: World) => unknown };

const LESSON = "01-sourcing-mikoyan";

/** The class, its cast, and one of each thing a route can point at. */
async function makeWorld() {
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const open = await createAssignment(classroom.klass.id, LESSON);
  const { attempt, questions } = await startAttemptInDb(open.id, student.id, LESSON);
  const done = await createAssignment(classroom.klass.id, LESSON);
  const submitted = (await startAttemptInDb(done.id, student.id, LESSON)).attempt;
  await db.attempt.update({ where: { id: submitted.id }, data: { submittedAt: new Date(), score: 0, maxScore: 11 } });
  const checking = await createAssignment(classroom.klass.id, LESSON, { revealPolicy: "AFTER_EACH_QUESTION" });
  const checked = await startAttemptInDb(checking.id, student.id, LESSON);
  const first = checked.questions[0]!;
  await db.answer.create({ data: { attemptId: checked.attempt.id, questionId: first.id, questionVersionId: first.versionId, response: correctResponse(first.definition) as object, maxPoints: first.maxPoints } });
  const authored = await insertTeacherQuestion(db, classroom.teacher.id, { assignmentId: done.id });
  return { ...classroom, open, attempt, questions, done, submitted, checkAttempt: checked.attempt, checkQuestion: first, authored };
}

const allOk: Expect = { anonymous: "ok", student: "ok", outsider: "ok", teacher: "ok", otherTeacher: "ok" };
const signedIn: Expect = { ...allOk, anonymous: "login" };
const teacherOnly: Expect = { anonymous: "login", student: "forbidden", outsider: "forbidden", teacher: "ok", otherTeacher: "ok" };
const classTeacherOnly: Expect = { ...teacherOnly, otherTeacher: "notFound" };
const studentArea: Expect = { anonymous: "login", student: "ok", outsider: "ok", teacher: "redirect", otherTeacher: "redirect" };
/** The class's student only: another class's student gets 404, teachers 403 (a student-only page or API). */
const classStudentOnly: Expect = { anonymous: "login", student: "ok", outsider: "notFound", teacher: "forbidden", otherTeacher: "forbidden" };
/** Autosave checks ownership inside its one statement: anyone but the attempt's student gets 404. */
const attemptOwnerOnly: Expect = { anonymous: "login", student: "ok", outsider: "notFound", teacher: "notFound", otherTeacher: "notFound" };

const RULES: Record<string, Rule> = {
  "/": { path: () => "/", expect: allOk },
  "/login": { path: () => "/login", expect: allOk },
  "/signup": { path: () => "/signup", expect: allOk },
  "/join": { path: () => "/join", expect: allOk },
  "/join/[code]": { path: (w) => `/join/${w.klass.joinCode}`, expect: allOk },
  "/account": { path: () => "/account", expect: signedIn },
  // Only for a session signed in with a temporary password (e2e/doors.spec.ts); everyone else is sent home.
  "/account/password": { path: () => "/account/password", expect: { anonymous: "login", student: "redirect", outsider: "redirect", teacher: "redirect", otherTeacher: "redirect" } },
  "/dashboard": { path: () => "/dashboard", expect: studentArea },
  "/progress": { path: () => "/progress", expect: studentArea },
  "/review": { path: () => "/review", expect: studentArea },
  "/assignments/[id]": { path: (w) => `/assignments/${w.open.id}`, expect: classStudentOnly },
  "/assignments/[id]/attempts/[attemptId]": { path: (w) => `/assignments/${w.open.id}/attempts/${w.attempt.id}`, expect: classStudentOnly },
  "/assignments/[id]/attempts/[attemptId]/results": { path: (w) => `/assignments/${w.done.id}/attempts/${w.submitted.id}/results`, expect: classStudentOnly },
  "/teacher": { path: () => "/teacher", expect: teacherOnly },
  "/teacher/lessons/[slug]/preview": { path: () => `/teacher/lessons/${LESSON}/preview`, expect: teacherOnly },
  // The guide holds every key: to anyone but a teacher it does not exist.
  "/teacher/lessons/[slug]/guide": { path: () => `/teacher/lessons/${LESSON}/guide`, expect: { anonymous: "login", student: "notFound", outsider: "notFound", teacher: "ok", otherTeacher: "ok" } },
  "/teacher/classes/[id]": { path: (w) => `/teacher/classes/${w.klass.id}`, expect: classTeacherOnly },
  "/teacher/classes/[id]/gradebook": { path: (w) => `/teacher/classes/${w.klass.id}/gradebook`, expect: classTeacherOnly },
  "/teacher/classes/[id]/insights": { path: (w) => `/teacher/classes/${w.klass.id}/insights`, expect: classTeacherOnly },
  "/teacher/classes/[id]/grading": { path: (w) => `/teacher/classes/${w.klass.id}/grading`, expect: classTeacherOnly },
  "/teacher/classes/[id]/students/[studentId]": { path: (w) => `/teacher/classes/${w.klass.id}/students/${w.students[0]!.id}`, expect: classTeacherOnly },
  "/teacher/classes/[id]/students/[studentId]/accommodations": { path: (w) => `/teacher/classes/${w.klass.id}/students/${w.students[0]!.id}/accommodations`, expect: classTeacherOnly },
  "/teacher/classes/[id]/assignments/new": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/new`, expect: classTeacherOnly },
  "/teacher/classes/[id]/assignments/[assignmentId]": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/${w.open.id}`, expect: classTeacherOnly },
  "/teacher/classes/[id]/assignments/[assignmentId]/questions": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/${w.open.id}/questions`, expect: classTeacherOnly },
  // Each teacher's own list (another teacher's questions are not in it: int test).
  "/teacher/questions": { path: () => "/teacher/questions", expect: teacherOnly },
  // Only its author sees a teacher's question: another teacher gets 404.
  "/teacher/questions/[questionId]": { path: (w) => `/teacher/questions/${w.authored.questionId}`, expect: classTeacherOnly },
  "/teacher/classes/[id]/assignments/[assignmentId]/analysis": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/${w.done.id}/analysis`, expect: classTeacherOnly },
  "/teacher/classes/[id]/assignments/[assignmentId]/regrade": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/${w.done.id}/regrade?question=${encodeURIComponent(w.questions[0]!.id)}&kind=FULL_MARKS`, expect: classTeacherOnly },
  "/unit": { path: () => "/unit", expect: allOk },
  "/teacher/classes/[id]/assignments/[assignmentId]/annotations": { path: (w) => `/teacher/classes/${w.klass.id}/assignments/${w.open.id}/annotations`, expect: classTeacherOnly },
  "/lessons": { path: () => "/lessons", expect: allOk },
  "/lessons/[slug]": { path: () => "/lessons/02-mikoyan-close-reading", expect: allOk },
  "/sources": { path: () => "/sources", expect: allOk },
  "/sources/[id]": { path: () => "/sources/gromyko-kuznetsov-1962-11-01", expect: allOk },
  "/compare": { path: () => "/compare", expect: allOk },
  "/timeline": { path: () => "/timeline", expect: allOk },
  "/glossary": { path: () => "/glossary", expect: allOk },
  "/privacy": { path: () => "/privacy", expect: allOk },
  "/api/health": { path: () => "/api/health", expect: allOk },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: allOk },
  "/api/me/session": { path: () => "/api/me/session", expect: allOk },
  "/api/me/export": { path: () => "/api/me/export", expect: signedIn },
  "/api/attempts/[attemptId]/answers": {
    method: "PUT",
    path: (w) => `/api/attempts/${w.attempt.id}/answers`,
    body: (w) => ({ questionId: w.questions[0]!.id, versionId: w.questions[0]!.versionId, response: correctResponse(w.questions[0]!.definition), flagged: false, seq: Date.now() }),
    expect: attemptOwnerOnly,
  },
  "/api/attempts/[attemptId]/submit": { method: "POST", path: (w) => `/api/attempts/${w.submitted.id}/submit`, expect: classStudentOnly },
  "/api/attempts/[attemptId]/check": { method: "POST", path: (w) => `/api/attempts/${w.checkAttempt.id}/check`, body: (w) => ({ questionId: w.checkQuestion.id }), expect: classStudentOnly },
  "/api/assignments/[assignmentId]/organiser": {
    method: "PUT",
    path: (w) => `/api/assignments/${w.open.id}/organiser`,
    body: () => ({ questionId: "author:found", versionId: LESSON, response: "Gromyko (¶9)", flagged: false, seq: Date.now() }),
    expect: classStudentOnly,
  },
  "/api/assignments/[assignmentId]/reading": { method: "POST", path: (w) => `/api/assignments/${w.open.id}/reading`, body: () => ({ paragraphsReached: 2, secondsOnText: 30 }), expect: classStudentOnly },
  // A student of the class writes their own highlight, the class's teacher a model one; everyone else 404.
  "/api/assignments/[assignmentId]/annotations": {
    method: "PUT",
    path: (w) => `/api/assignments/${w.open.id}/annotations`,
    body: () => ({ id: crypto.randomUUID(), sourceId: "gromyko-mikoyan-1962-11-01", sentenceIds: ["p1.s1"], skill: "sourcing", note: "", seq: Date.now() }),
    expect: { anonymous: "login", student: "ok", outsider: "notFound", teacher: "ok", otherTeacher: "notFound" },
  },
  "/api/assignments/[assignmentId]/export/item-analysis": { path: (w) => `/api/assignments/${w.done.id}/export/item-analysis`, expect: classTeacherOnly },
  "/api/classes/[classId]/activity": { path: (w) => `/api/classes/${w.klass.id}/activity`, expect: classTeacherOnly },
  "/api/classes/[classId]/export/gradebook": { path: (w) => `/api/classes/${w.klass.id}/export/gradebook`, expect: classTeacherOnly },
};

test("every route in app/ has a rule, and every rule names a route", () => {
  expect(listAppRoutes().map((r) => r.pattern).sort()).toEqual(Object.keys(RULES).sort());
});

test.describe("route access", () => {
  let world: World;
  const contexts = new Map<Persona, APIRequestContext>();

  test.beforeAll(async ({ baseURL }) => {
    world = await makeWorld();
    const logins: Record<Persona, string | null> = {
      anonymous: null,
      student: world.students[0]!.username!,
      outsider: world.outsider.username!,
      teacher: world.teacher.email!,
      otherTeacher: world.otherTeacher.email!,
    };
    for (const [persona, identifier] of Object.entries(logins) as [Persona, string | null][]) {
      const context = await playwrightRequest.newContext({ baseURL });
      if (identifier) await signInByApi(context, identifier);
      contexts.set(persona, context);
    }
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
  });

  for (const [pattern, rule] of Object.entries(RULES)) {
    test(`${rule.method ?? "GET"} ${pattern}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const persona of Object.keys(rule.expect) as Persona[]) {
        const response = await contexts.get(persona)!.fetch(rule.path(world), { method: rule.method ?? "GET", data: rule.body?.(world), maxRedirects: 0 });
        seen[persona] = classify(response.status(), response.headers()["location"]);
      }
      expect(seen).toEqual(rule.expect);
    });
  }
});

function classify(status: number, location: string | undefined): Outcome {
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname === "/login" ? "login" : "redirect";
  if (status === 401) return "login"; // JSON routes answer "sign in first" with 401
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 200 || status === 204) return "ok";
  throw new Error(`unexpected status ${status}`);
}
