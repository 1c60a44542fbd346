import { expect, test, vi } from "vitest";
import { createClassroom } from "@/prisma/factories";
import { makeClassroom } from "@/testing/action-matrix";
import { countQueries } from "@/testing/count-queries";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { getTeacherAttention } = await import("@/server/classes/get-teacher-attention");
const hour = 3_600_000;

test("the teacher's desk lists answers to grade, work due soon and not started, late work and quiet students — their own classes only", async () => {
  const c = await makeClassroom(db); // one student, a submitted open response and a submitted argument awaiting grading
  const due = await db.assignment.create({ data: { classId: c.klass.id, lessonId: "02-mikoyan-close-reading", opensAt: new Date(Date.now() - hour), dueAt: new Date(Date.now() + 24 * hour) } });
  await db.assignment.create({ data: { classId: c.klass.id, lessonId: "03-kuznetsov-close-reading", opensAt: new Date(Date.now() - hour), dueAt: new Date(Date.now() + 96 * hour) } });
  await db.attempt.updateMany({ where: { assignmentId: c.assignmentId }, data: { late: true } });
  await db.user.update({ where: { id: c.students[0]!.id }, data: { lastActiveAt: new Date(Date.now() - 8 * 24 * hour) } });
  const other = await createClassroom(db, 1); // another teacher's class must not show

  const { result, queries } = await countQueries(() => runAs(c.teacher, getTeacherAttention));
  const base = { classId: c.klass.id, className: c.klass.name };
  // Grading first: it is the one thing only the teacher can do.
  expect(result).toEqual([
    { ...base, kind: "to-grade", count: 2 },
    { ...base, kind: "due-soon", count: 1, assignmentId: due.id, lessonTitle: expect.any(String), dueAt: due.dueAt },
    { ...base, kind: "late", count: 1 },
    { ...base, kind: "quiet", count: 1 },
  ]);
  expect(result.some((item) => item.classId === other.klass.id)).toBe(false);
  expect(queries).toBeLessThanOrEqual(2); // who is asking, then one query for the whole desk

  // Grading the answers, starting the due work and coming back empty the block.
  await db.answer.updateMany({ where: { attemptId: { in: [c.openAnswer.attemptId, c.argumentAnswer.attemptId] } }, data: { score: 1 } });
  await db.attempt.create({ data: { assignmentId: due.id, studentId: c.students[0]!.id, number: 1 } });
  await db.attempt.updateMany({ where: { assignmentId: c.assignmentId }, data: { late: false } });
  await db.user.update({ where: { id: c.students[0]!.id }, data: { lastActiveAt: new Date() } });
  expect(await runAs(c.teacher, getTeacherAttention)).toEqual([]);
});

test("a student cannot read a teacher's desk", async () => {
  const c = await createClassroom(db, 1);
  await expect(runAs(c.students[0]!, getTeacherAttention)).rejects.toMatchObject({ code: "FORBIDDEN" });
});
