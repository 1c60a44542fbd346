// A student's organiser is saved cell by cell like quiz answers: only into their own assignment and its
// lesson's chart, a retry is harmless, a late retry never overwrites newer text, and the teacher sees it.
import { describe, expect, test, vi } from "vitest";
import { createClassroom } from "@/prisma/factories";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { saveOrganiserCell } = await import("@/server/organisers/save-organiser-cell");
const { getStudentAssignment } = await import("@/server/assignments/get-student-assignment");
const { getStudentWork } = await import("@/server/grading/get-student-work");
const { exportMyData } = await import("@/server/privacy/export-my-data");

const LESSON = "03-kuznetsov-close-reading";
const DAY = 86_400_000;

async function classWithAssignment(lessonId = LESSON) {
  const classroom = await createClassroom(db, 2);
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId, opensAt: new Date(Date.now() - DAY), dueAt: new Date(Date.now() + DAY) },
  });
  return { ...classroom, assignment, student: classroom.students[0]! };
}

const cellsOf = (assignmentId: string, studentId: string) =>
  db.organiserCell.findMany({ where: { assignmentId, studentId }, orderBy: { cellId: "asc" }, select: { cellId: true, text: true } });

/** The app's route handler, called as the browser's save queue calls it. */
async function put(assignmentId: string, body: unknown): Promise<Response> {
  const file = `${process.cwd()}/app/api/assignments/[assignmentId]/organiser/route.ts`;
  const { PUT } = (await import(/* @vite-ignore */ file)) as { PUT: (r: Request, ctx: unknown) => Promise<Response> };
  const request = new Request(`http://localhost/api/assignments/${assignmentId}/organiser`, {
    method: "PUT",
    headers: { Origin: "http://localhost", "Sec-Fetch-Site": "same-origin", "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return PUT(request, { params: Promise.resolve({ assignmentId }) });
}

describe("saving an organiser cell", () => {
  test("the student's text is stored and shown back on their assignment page, with the seq it was saved under", async () => {
    const { assignment, student } = await classWithAssignment();
    await runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "observers:type", text: "A refusal: only Cuba decides (¶3).", seq: 10 }));
    await runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "observers:words", text: "“The Cubans, and only the Cubans”", seq: 11 }));

    const page = await runAs(student, () => getStudentAssignment(assignment.id));
    expect(page.organiser?.organiser.kind).toBe("offers-demands-refusals");
    expect(page.organiser?.cells).toEqual({
      "observers:type": { text: "A refusal: only Cuba decides (¶3).", seq: 10 },
      "observers:words": { text: "“The Cubans, and only the Cubans”", seq: 11 },
    });
  });

  test("a retry of the same change is harmless, a late older one changes nothing, a newer one wins", async () => {
    const { assignment, student } = await classWithAssignment();
    const save = (text: string, seq: number) => runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "deadline:words", text, seq }));
    await save("by 10 November", 100);
    await save("by 10 November", 100);
    expect(await cellsOf(assignment.id, student.id)).toEqual([{ cellId: "deadline:words", text: "by 10 November" }]);

    await save("“at the very latest 10 November” (¶5)", 300);
    await expect(save("by 10 November", 200)).resolves.toHaveProperty("savedAt");
    expect(await cellsOf(assignment.id, student.id)).toEqual([{ cellId: "deadline:words", text: "“at the very latest 10 November” (¶5)" }]);

    await save("", 400); // clearing a cell is a change like any other
    expect(await cellsOf(assignment.id, student.id)).toEqual([{ cellId: "deadline:words", text: "" }]);
  });

  test("is open after the due date: an organiser is the student's notes, not a closed attempt", async () => {
    const { assignment, student } = await classWithAssignment();
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - DAY), latePolicy: "CLOSE_AT_DUE" } });
    await runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "quarantine:type", text: "A demand.", seq: 1 }));
    expect(await cellsOf(assignment.id, student.id)).toHaveLength(1);
  });
});

describe("who may save, and what", () => {
  test("another class's student and a removed assignment: not found; a teacher: forbidden; nothing written", async () => {
    const { assignment, student, outsider, teacher, klass } = await classWithAssignment();
    const input = { assignmentId: assignment.id, lessonId: LESSON, cellId: "observers:type", text: "A refusal.", seq: 1 };
    await expect(runAs(outsider, () => saveOrganiserCell(input))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(teacher, () => saveOrganiserCell(input))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAs(null, () => saveOrganiserCell(input))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const removed = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(), dueAt: new Date(Date.now() + DAY), removedAt: new Date() } });
    await expect(runAs(student, () => saveOrganiserCell({ ...input, assignmentId: removed.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.organiserCell.count({ where: { assignment: { classId: klass.id } } })).toBe(0);
  });

  test("one student's cells are not another's", async () => {
    const { assignment, students } = await classWithAssignment();
    await runAs(students[0]!, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "observers:type", text: "Mine.", seq: 5 }));
    const other = await runAs(students[1]!, () => getStudentAssignment(assignment.id));
    expect(other.organiser?.cells).toEqual({});
  });

  test("a cell the lesson's chart does not have, a page left open across a change of lesson, text over the limit: 400, nothing written", async () => {
    const { assignment, student } = await classWithAssignment();
    const base = { assignmentId: assignment.id, lessonId: LESSON, cellId: "observers:type", text: "A refusal.", seq: 1 };
    await expect(runAs(student, () => saveOrganiserCell({ ...base, cellId: "author:found" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(runAs(student, () => saveOrganiserCell({ ...base, lessonId: "01-sourcing-mikoyan" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(runAs(student, () => saveOrganiserCell({ ...base, text: "x".repeat(2001) }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await cellsOf(assignment.id, student.id)).toEqual([]);
  });

  test("through the route: the queue's body is accepted, a malformed one gets a 400 with a message", async () => {
    const { assignment, student } = await classWithAssignment();
    const ok = await runAs(student, () => put(assignment.id, { questionId: "red-cross:type", versionId: LESSON, response: "An offer?", flagged: false, seq: 7 }));
    expect(ok.status).toBe(200);
    const bad = await runAs(student, () => put(assignment.id, { questionId: "red-cross:type", versionId: LESSON, response: 42, seq: 8 }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/response/);
    expect(await cellsOf(assignment.id, student.id)).toEqual([{ cellId: "red-cross:type", text: "An offer?" }]);
  });
});

describe("the teacher's drill-down", () => {
  test("shows the student's chart with its text; another teacher gets 404", async () => {
    const { assignment, student, teacher, otherTeacher, klass } = await classWithAssignment();
    await runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "overflights:interest", text: "Cuba's, and Moscow's standing with Castro.", seq: 3 }));
    const work = await runAs(teacher, () => getStudentWork({ classId: klass.id, studentId: student.id }));
    const shown = work.assignments.find((a) => a.id === assignment.id)?.organiser;
    expect(shown?.organiser.title).toBe("Offers, demands and refusals: the message for McCloy");
    expect(shown?.cells).toEqual({ "overflights:interest": "Cuba's, and Moscow's standing with Castro." });
    expect(shown?.updatedAt).toBeInstanceOf(Date);
    await expect(runAs(otherTeacher, () => getStudentWork({ classId: klass.id, studentId: student.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

test("the student's data export holds what they wrote in their organisers", async () => {
  const { assignment, student } = await classWithAssignment();
  await runAs(student, () => saveOrganiserCell({ assignmentId: assignment.id, lessonId: LESSON, cellId: "quarantine:words", text: "“lift the quarantine immediately and completely” (¶10)", seq: 2 }));
  const exported = await runAs(student, () => exportMyData());
  expect(exported.organisers).toEqual([expect.objectContaining({ cellId: "quarantine:words", text: "“lift the quarantine immediately and completely” (¶10)" })]);
});
