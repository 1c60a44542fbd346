// Authorization matrix for routes: every page and route handler in app/, requested as each persona,
// must answer as this table says. The route list comes from app/ itself, so a new route without a rule fails.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { listAppRoutes } from "../scripts/lib/app-routes";
import { makeClassroom, signInByApi } from "./fixtures/auth";

type Persona = "anonymous" | "student" | "outsider" | "teacher" | "otherTeacher";
type Outcome = "ok" | "login" | "forbidden" | "notFound" | "redirect";
type Classroom = Awaited<ReturnType<typeof makeClassroom>>;
type Rule = { path: (c: Classroom) => string; expect: Record<Persona, Outcome> };

const allOk: Record<Persona, Outcome> = { anonymous: "ok", student: "ok", outsider: "ok", teacher: "ok", otherTeacher: "ok" };
const signedIn: Record<Persona, Outcome> = { ...allOk, anonymous: "login" };
const teacherOnly: Record<Persona, Outcome> = { anonymous: "login", student: "forbidden", outsider: "forbidden", teacher: "ok", otherTeacher: "ok" };
const classTeacherOnly: Record<Persona, Outcome> = { ...teacherOnly, otherTeacher: "notFound" };
const studentArea: Record<Persona, Outcome> = { anonymous: "login", student: "ok", outsider: "ok", teacher: "redirect", otherTeacher: "redirect" };

const RULES: Record<string, Rule> = {
  "/": { path: () => "/", expect: allOk },
  "/login": { path: () => "/login", expect: allOk },
  "/signup": { path: () => "/signup", expect: allOk },
  "/join": { path: () => "/join", expect: allOk },
  "/join/[code]": { path: (c) => `/join/${c.klass.joinCode}`, expect: allOk },
  "/account": { path: () => "/account", expect: signedIn },
  "/dashboard": { path: () => "/dashboard", expect: studentArea },
  "/progress": { path: () => "/progress", expect: studentArea },
  "/review": { path: () => "/review", expect: studentArea },
  "/teacher": { path: () => "/teacher", expect: teacherOnly },
  "/teacher/classes/[id]": { path: (c) => `/teacher/classes/${c.klass.id}`, expect: classTeacherOnly },
  "/teacher/classes/[id]/grading": { path: (c) => `/teacher/classes/${c.klass.id}/grading`, expect: classTeacherOnly },
  "/teacher/classes/[id]/students/[studentId]": { path: (c) => `/teacher/classes/${c.klass.id}/students/${c.students[0]!.id}`, expect: classTeacherOnly },
  "/lessons": { path: () => "/lessons", expect: allOk },
  "/lessons/[slug]": { path: () => "/lessons/02-mikoyan-close-reading", expect: allOk },
  "/sources": { path: () => "/sources", expect: allOk },
  "/sources/[id]": { path: () => "/sources/gromyko-kuznetsov-1962-11-01", expect: allOk },
  "/compare": { path: () => "/compare", expect: allOk },
  "/timeline": { path: () => "/timeline", expect: allOk },
  "/glossary": { path: () => "/glossary", expect: allOk },
  "/api/health": { path: () => "/api/health", expect: allOk },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: allOk },
};

test("every route in app/ has a rule, and every rule names a route", () => {
  expect(listAppRoutes().map((r) => r.pattern).sort()).toEqual(Object.keys(RULES).sort());
});

test.describe("route access", () => {
  let classroom: Classroom;
  const contexts = new Map<Persona, APIRequestContext>();

  test.beforeAll(async ({ baseURL }) => {
    classroom = await makeClassroom(1);
    const logins: Record<Persona, string | null> = {
      anonymous: null,
      student: classroom.students[0]!.username!,
      outsider: classroom.outsider.username!,
      teacher: classroom.teacher.email!,
      otherTeacher: classroom.otherTeacher.email!,
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
    test(`${pattern}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const persona of Object.keys(rule.expect) as Persona[]) {
        const response = await contexts.get(persona)!.get(rule.path(classroom), { maxRedirects: 0 });
        seen[persona] = classify(response.status(), response.headers()["location"]);
      }
      expect(seen).toEqual(rule.expect);
    });
  }
});

function classify(status: number, location: string | undefined): Outcome {
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname === "/login" ? "login" : "redirect";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 200) return "ok";
  throw new Error(`unexpected status ${status}`);
}
