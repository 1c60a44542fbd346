// The server actions (server/actions/) and one valid call of each, for the tests that sweep them all: the
// authorization matrix (server/authz.actions.int.test.ts) and the bad-input sweep
// (server/bad-input.int.test.ts). A new action without a row here fails both.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createClassroom, DEFAULT_PASSWORD, uniq } from "@/prisma/factories";
import { newInvitation } from "@/lib/teacher-invitation";
import { listActionModules } from "@/testing/app-routes";
import { insertTeacherQuestion, sampleChoiceQuestion, sampleEvidenceQuestion } from "@/testing/teacher-questions";


export const PERSONAS = ["anonymous", "student", "outsider", "teacher", "otherTeacher"] as const;
export type Persona = (typeof PERSONAS)[number];
export type Classroom = Awaited<ReturnType<typeof createClassroom>> & {
  assignmentId: string;
  openAnswer: { attemptId: string; questionId: string };
  /** The student's submitted argument (lesson 06), awaiting grading. */
  argumentAnswer: { attemptId: string; questionId: string };
  /** A question the class's teacher wrote, on no assignment yet. */
  teacherQuestionId: string;
  /** The student's highlight with a note, on the assignment. */
  annotationId: string;
};
type AppDb = (typeof import("@/server/db"))["db"];
export type Action = (...args: unknown[]) => Promise<unknown>;
export type Rule = { allow: Persona[]; input: (c: Classroom) => Record<string, string> };

/** A class with one student, an assignment, and that student's submitted attempt with an open response awaiting grading (and a submitted argument, lesson 06). */
export async function makeClassroom(db: AppDb): Promise<Classroom> {
  const classroom = await createClassroom(db, 1);
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId: "01-sourcing-mikoyan", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) },
  });
  const open = await db.questionVersion.findFirstOrThrow({ where: { type: "open-response", question: { lessonId: "01-sourcing-mikoyan", authorId: null } }, orderBy: { version: "desc" } });
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
  const argumentAnswer = await makeSubmittedArgument(db, classroom.klass.id, classroom.students[0]!.id);
  const { questionId: teacherQuestionId } = await insertTeacherQuestion(db, classroom.teacher.id);
  const annotation = await db.annotation.create({
    data: { id: randomUUID(), assignmentId: assignment.id, authorId: classroom.students[0]!.id, sourceId: "gromyko-mikoyan-1962-11-01", sentenceIds: ["p1.s1"], skill: "sourcing", note: "Who sent this?", clientSeq: 1 },
  });
  return { ...classroom, assignmentId: assignment.id, openAnswer: { attemptId: attempt.id, questionId: open.questionId }, argumentAnswer, teacherQuestionId, annotationId: annotation.id };
}

/** A submitted attempt at the argument task (lesson 06-argument) with a written argument awaiting grading. */
export async function makeSubmittedArgument(db: AppDb, classId: string, studentId: string) {
  const assignment = await db.assignment.create({ data: { classId, lessonId: "06-argument", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) } });
  const version = await db.questionVersion.findFirstOrThrow({ where: { type: "argument", question: { lessonId: "06-argument" } }, orderBy: { version: "desc" } });
  const response = { claim: "Moscow put the deal first.", citations: [{ source: "gromyko-mikoyan-1962-11-01", sentence: "p6.s1" }], reasoning: "Costs.", counter: "Sovereignty." };
  const attempt = await db.attempt.create({
    data: {
      assignmentId: assignment.id,
      studentId,
      number: 1,
      submittedAt: new Date(),
      score: 0,
      maxScore: version.maxPoints,
      awaitingGrading: true,
      questionVersionIds: { [version.questionId]: version.id },
      answers: { create: { questionId: version.questionId, questionVersionId: version.id, response, maxPoints: version.maxPoints } },
    },
  });
  return { attemptId: attempt.id, questionId: version.questionId };
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
  "server/actions/accommodations.ts#setClassAccommodationAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id, extraTime: "DOUBLE", adaptedFirst: "on" }) },
  "server/actions/accommodations.ts#setAssignmentAccommodationAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id, assignmentId: c.assignmentId, extraTime: "NO_LIMIT", dueAt: new Date(Date.now() + 9 * 86_400_000).toISOString(), sentenceFrames: "on" }) },
  "server/actions/accommodations.ts#clearAssignmentAccommodationAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, studentId: c.students[0]!.id, assignmentId: c.assignmentId }) },
  "server/actions/grading.ts#gradeArgumentAction": {
    allow: classTeacher,
    input: (c) => ({ ...c.argumentAnswer, "level:claim": "3", "level:evidence": "2", "level:sourcing": "1", "level:counter": "0", comment: "Use both telegrams." }),
  },
  "server/actions/questions.ts#createTeacherQuestionAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, question: JSON.stringify(sampleEvidenceQuestion) }) },
  "server/actions/questions.ts#updateTeacherQuestionAction": { allow: classTeacher, input: (c) => ({ questionId: c.teacherQuestionId, question: JSON.stringify({ ...sampleChoiceQuestion, prompt: "Whom does Gromyko tell Kuznetsov to meet?" }) }) },
  "server/actions/questions.ts#addQuestionToAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, questionId: c.teacherQuestionId }) },
  "server/actions/questions.ts#removeQuestionFromAssignmentAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, questionId: c.teacherQuestionId }) },
  "server/actions/questions.ts#setTeacherQuestionRetiredAction": { allow: classTeacher, input: (c) => ({ questionId: c.teacherQuestionId, retired: "true" }) },
  "server/actions/grading.ts#applyRegradeAction": { allow: classTeacher, input: (c) => ({ assignmentId: c.assignmentId, questionId: c.openAnswer.questionId, kind: "FULL_MARKS" }) },
  "server/actions/annotations.ts#replyToAnnotationAction": { allow: classTeacher, input: (c) => ({ annotationId: c.annotationId, reply: "Look at who signed it." }) },
  "server/actions/classes.ts#importRosterAction": { allow: classTeacher, input: (c) => ({ classId: c.klass.id, csv: `${uniq("s")},Imported Student` }) },
  "server/actions/reading.ts#saveReadingPreferences": { allow: signedIn, input: () => ({ textSize: "larger", lineSpacing: "wide", font: "dyslexic", theme: "contrast" }) },
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
