// Authorization matrix for server actions: every exported action of every actions module under app/,
// called as each persona, must be allowed or denied as this table says. A new action without a row fails.
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { createClassroom, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { listActionModules } from "@/scripts/lib/app-routes";
import { signInAs } from "@/server/testing/session";

vi.mock("@/auth", async () => (await import("@/server/testing/session")).authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { db } = await import("@/server/db");

const PERSONAS = ["anonymous", "student", "outsider", "teacher", "otherTeacher"] as const;
type Persona = (typeof PERSONAS)[number];
type Classroom = Awaited<ReturnType<typeof createClassroom>> & { assignmentId: string; openAnswer: { attemptId: string; questionId: string } };

async function makeClassroom(): Promise<Classroom> {
  const classroom = await createClassroom(db, 1);
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId: "01-sourcing-mikoyan", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) },
  });
  // The student's submitted attempt with an open response awaiting grading.
  const open = await db.questionVersion.findFirstOrThrow({ where: { type: "open-response", question: { lessonId: "01-sourcing-mikoyan" } }, orderBy: { version: "desc" } });
  const attempt = await db.attempt.create({
    data: {
      assignmentId: assignment.id,
      studentId: classroom.students[0]!.id,
      number: 1,
      submittedAt: new Date(),
      score: 0,
      maxScore: open.maxPoints,
      awaitingGrading: true,
      questionVersionIds: { [open.questionId]: open.id },
      answers: { create: { questionId: open.questionId, questionVersionId: open.id, response: { text: "An answer." }, maxPoints: open.maxPoints } },
    },
  });
  return { ...classroom, assignmentId: assignment.id, openAnswer: { attemptId: attempt.id, questionId: open.questionId } };
}

const assignmentSettings = {
  lessonId: "01-sourcing-mikoyan",
  opensAt: new Date().toISOString(),
  dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  latePolicy: "ACCEPT_LATE",
  attemptsAllowed: "2",
  revealPolicy: "AFTER_SUBMISSION",
  timeLimitMinutes: "",
};
type Rule = { allow: Persona[]; input: (c: Classroom) => Record<string, string> };

const everyone: Persona[] = [...PERSONAS];
const signedIn: Persona[] = ["student", "outsider", "teacher", "otherTeacher"];
const teachers: Persona[] = ["teacher", "otherTeacher"];
const classTeacher: Persona[] = ["teacher"];
const students: Persona[] = ["student", "outsider"];
const classStudent: Persona[] = ["student"];

const RULES: Record<string, Rule> = {
  "app/(auth)/actions.ts#login": { allow: everyone, input: () => ({ identifier: uniq("nobody"), password: "x" }) },
  "app/(auth)/actions.ts#signUpAsTeacher": { allow: everyone, input: () => ({ name: "New Teacher", email: `${uniq("t")}@example.test`, password: DEFAULT_PASSWORD }) },
  "app/(auth)/actions.ts#signUpWithJoinCode": { allow: everyone, input: (c) => ({ code: c.klass.joinCode, name: "New Student", username: uniq("s"), email: "", password: DEFAULT_PASSWORD }) },
  "app/(auth)/actions.ts#joinWithCode": { allow: students, input: (c) => ({ code: c.klass.joinCode }) },
  "app/(auth)/actions.ts#changeOwnPassword": { allow: signedIn, input: () => ({ currentPassword: DEFAULT_PASSWORD, newPassword: "another long password", confirm: "another long password" }) },
  "app/(auth)/actions.ts#logout": { allow: everyone, input: () => ({}) },
  "app/(student)/assignments/actions.ts#startAttemptAction": { allow: classStudent, input: (c) => ({ assignmentId: c.assignmentId }) },
  "app/(student)/assignments/actions.ts#markReadAction": { allow: classStudent, input: (c) => ({ assignmentId: c.assignmentId, paragraphs: "3" }) },
  // Nobody in this fixture has a review item, so even the student is refused (404); answering one's own item is covered in server/progress/review.int.test.ts.
  "app/(student)/review/actions.ts#answerReviewAction": { allow: [], input: () => ({ questionId: "01-sourcing-mikoyan/q01", versionId: "v1", response: JSON.stringify({ choice: "a" }) }) },
  "app/(teacher)/teacher/assignment-actions.ts#createAssignmentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, ...assignmentSettings }) },
  "app/(teacher)/teacher/assignment-actions.ts#updateAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, ...assignmentSettings }) },
  "app/(teacher)/teacher/assignment-actions.ts#removeAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId }) },
  "app/(teacher)/teacher/actions.ts#createClassAction": { allow: teachers, input: () => ({ name: "New class" }) },
  "app/(teacher)/teacher/actions.ts#renameClassAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, name: "Renamed" }) },
  "app/(teacher)/teacher/actions.ts#archiveClassAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, archived: "true" }) },
  "app/(teacher)/teacher/actions.ts#regenerateJoinCodeAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id }) },
  "app/(teacher)/teacher/actions.ts#removeStudentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "app/(teacher)/teacher/actions.ts#deleteStudentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "app/(teacher)/teacher/actions.ts#resetPasswordAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "app/(teacher)/teacher/grading-actions.ts#gradeAnswerAction": { allow: classTeacher, input: (c) => ({ ...c.openAnswer, score: "1", comment: "Cite the telegram." }) },
  "app/(teacher)/teacher/actions.ts#importRosterAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, csv: `${uniq("s")},Imported Student` }) },
};

const DENIED = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

function personaUser(c: Classroom, persona: Persona) {
  return { anonymous: null, student: c.students[0]!, outsider: c.outsider, teacher: c.teacher, otherTeacher: c.otherTeacher }[persona];
}

async function call(action: (...args: unknown[]) => Promise<unknown>, input: Record<string, string>): Promise<"allow" | "deny"> {
  const formData = new FormData();
  for (const [k, v] of Object.entries(input)) formData.set(k, v);
  try {
    const result = (await (action.length >= 2 ? action({ status: "idle" }, formData) : action(formData))) as { status?: string; code?: string } | undefined;
    return result?.status === "error" && DENIED.has(result.code ?? "") ? "deny" : "allow";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return "allow"; // the action finished and moved the browser on
    throw error;
  }
}

const modules = listActionModules();
const discovered: { key: string; action: (...args: unknown[]) => Promise<unknown> }[] = [];

beforeAll(async () => {
  for (const file of modules) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") discovered.push({ key: `${file}#${name}`, action: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
});

test("every server action has a rule, and every rule names an existing action", () => {
  expect(discovered.map((d) => d.key).sort()).toEqual(Object.keys(RULES).sort());
});

describe.each(Object.entries(RULES))("%s", (key, rule) => {
  test.each(PERSONAS)("as %s", async (persona) => {
    const entry = discovered.find((d) => d.key === key);
    expect(entry, `${key} is not exported`).toBeDefined();
    const classroom = await makeClassroom();
    signInAs(personaUser(classroom, persona));
    const outcome = await call(entry!.action, rule.input(classroom));
    expect(outcome).toBe(rule.allow.includes(persona) ? "allow" : "deny");
  });
});
