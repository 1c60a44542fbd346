// The server actions (server/actions/) and one valid call of each, for the tests that sweep them all: the
// authorization matrix (server/authz.actions.int.test.ts) and the bad-input sweep
// (server/bad-input.int.test.ts). A new action without a row here fails both.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createClassroom, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { newInvitation } from "@/lib/teacher-invitation";
import { listActionModules } from "@/testing/app-routes";


export const PERSONAS = ["anonymous", "student", "outsider", "teacher", "otherTeacher"] as const;
export type Persona = (typeof PERSONAS)[number];
export type Classroom = Awaited<ReturnType<typeof createClassroom>> & {
  assignmentId: string;
  openAnswer: { attemptId: string; questionId: string };
  /** The student's highlight with a note, on the assignment. */
  annotationId: string;
};
type AppDb = (typeof import("@/server/db"))["db"];
export type Action = (...args: unknown[]) => Promise<unknown>;
export type Rule = { allow: Persona[]; input: (c: Classroom) => Record<string, string> };

/** A class with one student, an assignment, and that student's submitted attempt with an open response awaiting grading. */
export async function makeClassroom(db: AppDb): Promise<Classroom> {
  const classroom = await createClassroom(db, 1);
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId: "01-sourcing-mikoyan", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) },
  });
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
  const annotation = await db.annotation.create({
    data: { id: randomUUID(), assignmentId: assignment.id, authorId: classroom.students[0]!.id, sourceId: "gromyko-mikoyan-1962-11-01", sentenceIds: ["p1.s1"], skill: "sourcing", note: "Who sent this?", clientSeq: 1 },
  });
  return { ...classroom, assignmentId: assignment.id, openAnswer: { attemptId: attempt.id, questionId: open.questionId }, annotationId: annotation.id };
}

export function personaUser(c: Classroom, persona: Persona) {
  return { anonymous: null, student: c.students[0]!, outsider: c.outsider, teacher: c.teacher, otherTeacher: c.otherTeacher }[persona];
}

const assignmentSettings = {
  lessonId: "01-sourcing-mikoyan",
  opensAt: new Date().toISOString(),
  dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  latePolicy: "ACCEPT_LATE",
  attemptsAllowed: "2",
  revealPolicy: "AFTER_SUBMISSION",
  timeLimitMinutes: "",
  shuffleOptions: "on",
  shuffleQuestions: "on",
};

const everyone: Persona[] = [...PERSONAS];
const signedIn: Persona[] = ["student", "outsider", "teacher", "otherTeacher"];
const teachers: Persona[] = ["teacher", "otherTeacher"];
const classTeacher: Persona[] = ["teacher"];
const students: Persona[] = ["student", "outsider"];
const classStudent: Persona[] = ["student"];

/** Who may call each action (the others are refused), and a valid input for the fixture's classroom. */
export const ACTION_RULES: Record<string, Rule> = {
  "server/actions/accounts.ts#login": { allow: everyone, input: () => ({ identifier: uniq("nobody"), password: "x" }) },
  // Tests run with TEACHER_SIGNUP=open (the default outside production), where a well-formed invitation is ignored.
  "server/actions/accounts.ts#signUpAsTeacher": { allow: everyone, input: () => ({ name: "New Teacher", email: `${uniq("t")}@example.test`, password: DEFAULT_PASSWORD, invite: newInvitation().token }) },
  "server/actions/accounts.ts#signUpWithJoinCode": { allow: everyone, input: (c) => ({ code: c.klass.joinCode, name: "New Student", username: uniq("s"), email: "", password: DEFAULT_PASSWORD }) },
  "server/actions/accounts.ts#joinWithCode": { allow: students, input: (c) => ({ code: c.klass.joinCode }) },
  "server/actions/accounts.ts#changeOwnPassword": { allow: signedIn, input: () => ({ currentPassword: DEFAULT_PASSWORD, newPassword: "another long password", confirm: "another long password" }) },
  "server/actions/accounts.ts#logout": { allow: everyone, input: () => ({}) },
  // Only a user with a temporary password has one to replace; the others are answered 409 (not a denial).
  "server/actions/accounts.ts#chooseOwnPasswordAction": { allow: signedIn, input: () => ({ newPassword: "a password of my own", confirm: "a password of my own", next: "/dashboard" }) },
  "server/actions/accounts.ts#inviteTeacherAction": { allow: teachers, input: () => ({ email: `${uniq("colleague")}@example.test` }) },
  "server/actions/student-assignments.ts#startAttemptAction": { allow: classStudent, input: (c) => ({ assignmentId: c.assignmentId }) },
  "server/actions/student-assignments.ts#markReadAction": { allow: classStudent, input: (c) => ({ assignmentId: c.assignmentId, paragraphs: "3" }) },
  // Nobody in this fixture has a review item, so even the student is refused (404); answering one's own item is covered in server/progress/review.int.test.ts.
  "server/actions/review.ts#answerReviewAction": { allow: [], input: () => ({ questionId: "01-sourcing-mikoyan/q01", versionId: "v1", response: JSON.stringify({ choice: "a" }) }) },
  "server/actions/assignments.ts#createAssignmentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, ...assignmentSettings }) },
  "server/actions/assignments.ts#updateAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, ...assignmentSettings }) },
  "server/actions/assignments.ts#removeAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId }) },
  "server/actions/classes.ts#createClassAction": { allow: teachers, input: () => ({ name: "New class" }) },
  "server/actions/classes.ts#renameClassAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, name: "Renamed" }) },
  "server/actions/classes.ts#archiveClassAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, archived: "true" }) },
  "server/actions/classes.ts#regenerateJoinCodeAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id }) },
  "server/actions/classes.ts#removeStudentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "server/actions/classes.ts#deleteStudentAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "server/actions/classes.ts#resetPasswordAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id }) },
  "server/actions/grading.ts#gradeAnswerAction": { allow: classTeacher, input: (c) => ({ ...c.openAnswer, score: "1", comment: "Cite the telegram." }) },
  "server/actions/annotations.ts#replyToAnnotationAction": { allow: classTeacher, input: (c) => ({ annotationId: c.annotationId, reply: "Look at who signed it." }) },
  "server/actions/classes.ts#importRosterAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, csv: `${uniq("s")},Imported Student` }) },
};

/** Every function exported by a server-actions module, keyed `file#name`. */
export async function discoverActions(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  for (const file of listActionModules()) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.set(`${file}#${name}`, value as Action);
  }
  return found;
}

export type ActionOutcome = { kind: "ok" } | { kind: "redirect" } | { kind: "error"; code: string; message: string };

/** Calls an action the way a form does: `(previousState, formData)` for `useActionState` forms, `(formData)` otherwise. */
export async function callAction(action: Action, input: Record<string, string | string[] | Blob>): Promise<ActionOutcome> {
  const formData = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (Array.isArray(v)) for (const item of v) formData.append(k, item);
    else formData.set(k, v);
  }
  try {
    const result = (await (action.length >= 2 ? action({ status: "idle" }, formData) : action(formData))) as { status?: string; code?: string; message?: string } | undefined;
    if (result?.status === "error") return { kind: "error", code: result.code ?? "", message: result.message ?? "" };
    return { kind: "ok" };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect" }; // the action finished and moved the browser on
    throw error;
  }
}
