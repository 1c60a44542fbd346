import { describe, expect, test, vi } from "vitest";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { listStudentAssignments, listStudentAssignmentsSubmittingExpired } = await import("@/server/assignments/list-student-assignments");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { submitMyExpiredAttempts } = await import("@/server/attempts/expire-attempts");

const LESSONS = ["01-sourcing-mikoyan", "02-mikoyan-close-reading", "03-kuznetsov-close-reading"];
const day = 86_400_000;

/** A student enrolled in `classCount` classes, each with an assignment of every lesson (one in progress). */
async function studentInClasses(classCount: number) {
  const teacher = await createTeacher(db);
  const student = await createStudent(db);
  const assignmentIds: string[] = [];
  for (let c = 0; c < classCount; c++) {
    const klass = await createClass(db, teacher.id, { name: `History ${c + 1}` });
    await db.enrollment.create({ data: { classId: klass.id, studentId: student.id } });
    for (const [i, lessonId] of LESSONS.entries()) {
      const a = await db.assignment.create({ data: { classId: klass.id, lessonId, opensAt: new Date(Date.now() - day), dueAt: new Date(Date.now() + (i + 1) * day) } });
      assignmentIds.push(a.id);
    }
  }
  await runAs(student, () => startAttempt({ assignmentId: assignmentIds[0]! }));
  return { student, assignmentIds };
}

describe("student dashboard", () => {
  test("lists every class and its assignments in at most 5 queries, the same for 1 class as for 4", async () => {
    const one = await studentInClasses(1);
    const four = await studentInClasses(4);
    const small = await countQueries(() => runAs(one.student, () => listStudentAssignments()));
    const large = await countQueries(() => runAs(four.student, () => listStudentAssignments()));

    expect(small.result.classes.map((c) => c.name)).toEqual(["History 1"]);
    expect(large.result.classes.map((c) => c.name)).toEqual(["History 1", "History 2", "History 3", "History 4"]);
    expect(large.result.items).toHaveLength(12);
    expect(large.result.items.map((i) => i.dueAt.getTime())).toEqual(large.result.items.map((i) => i.dueAt.getTime()).sort((a, b) => a - b));
    expect(large.result.items.filter((i) => i.group === "in-progress")).toHaveLength(1);
    expect(small.queries).toBe(4);
    expect(large.queries).toBe(small.queries);
  });

  test("a timed attempt that ran out is turned in before the list is shown (as the page does), at no extra statement when none has", async () => {
    const { student, assignmentIds } = await studentInClasses(1);
    expect((await countQueries(() => runAs(student, () => submitMyExpiredAttempts()))).queries).toBe(2); // who is asking, and the expired-attempt check
    // The page's read finds expired attempts among the attempts it lists anyway: still four statements.
    const usual = await countQueries(() => runAs(student, () => listStudentAssignmentsSubmittingExpired()));
    expect(usual.queries).toBe(4);
    expect(usual.result.items.find((i) => i.assignmentId === assignmentIds[0])!.group).toBe("in-progress");
    await db.attempt.updateMany({ where: { studentId: student.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const result = await runAs(student, () => listStudentAssignmentsSubmittingExpired());
    const item = result.items.find((i) => i.assignmentId === assignmentIds[0])!;
    expect(item.group).toBe("done");
    expect(item.openAttemptId).toBeNull();
    expect(await db.attempt.count({ where: { studentId: student.id, submittedAt: null } })).toBe(0);
  });

  test("archived classes and removed assignments are left out", async () => {
    const { student, assignmentIds } = await studentInClasses(2);
    const [first] = await db.class.findMany({ where: { enrollments: { some: { studentId: student.id } } }, orderBy: { name: "asc" } });
    await db.class.update({ where: { id: first!.id }, data: { archivedAt: new Date() } });
    await db.assignment.update({ where: { id: assignmentIds[4]! }, data: { removedAt: new Date() } });
    const result = await runAs(student, () => listStudentAssignments());
    expect(result.classes.map((c) => c.name)).toEqual(["History 2"]);
    expect(result.items).toHaveLength(2);
  });
});
