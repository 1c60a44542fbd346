import { describe, expect, test, vi } from "vitest";
import { createClass, createClassroom, createStudent } from "@/prisma/factories";
import { signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { exportMyData } = await import("@/server/privacy/export-my-data");
const { deleteStudentAccount } = await import("@/server/privacy/delete-student");

async function withWork() {
  const room = await createClassroom(db, 2);
  const assignment = await db.assignment.create({ data: { classId: room.klass.id, lessonId: "01-sourcing-mikoyan", opensAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) } });
  const question = await db.question.findFirstOrThrow({ where: { lessonId: "01-sourcing-mikoyan" }, include: { versions: { take: 1 } } });
  for (const student of room.students) {
    const attempt = await db.attempt.create({ data: { assignmentId: assignment.id, studentId: student.id, number: 1, submittedAt: new Date(), score: 1, maxScore: 1 } });
    await db.answer.create({ data: { attemptId: attempt.id, questionId: question.id, questionVersionId: question.versions[0]!.id, response: { text: `answer of ${student.name}` }, maxPoints: 1, score: 1 } });
  }
  return { ...room, assignment };
}

describe("download my data", () => {
  test("holds the student's own work and nobody else's, and no password hash", async () => {
    const { students } = await withWork();
    signInAs(students[0]!);
    const data = await exportMyData();
    const json = JSON.stringify(data);
    expect(data.user.id).toBe(students[0]!.id);
    expect(data.attempts).toHaveLength(1);
    expect(json).toContain(`answer of ${students[0]!.name}`);
    expect(json).not.toContain(`answer of ${students[1]!.name}`);
    expect(json).not.toMatch(/argon2|passwordHash/);
  });

  test("needs a signed-in user", async () => {
    signInAs(null);
    await expect(exportMyData()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("a teacher deletes a student's account", () => {
  test("removes the account and every row of their work, and nothing of their classmates'", async () => {
    const { teacher, klass, students } = await withWork();
    const [gone, stays] = [students[0]!, students[1]!];
    signInAs(teacher);
    await deleteStudentAccount({ classId: klass.id, studentId: gone.id });
    expect(await db.user.count({ where: { id: gone.id } })).toBe(0);
    expect(await db.attempt.count({ where: { studentId: gone.id } })).toBe(0);
    expect(await db.answer.count({ where: { attempt: { studentId: gone.id } } })).toBe(0);
    expect(await db.attempt.count({ where: { studentId: stays.id } })).toBe(1);
  });

  test("is refused for a student shared with another teacher's class, and nothing is deleted", async () => {
    const { teacher, klass, otherTeacher } = await withWork();
    const shared = await createStudent(db, { classId: klass.id });
    const otherClass = await createClass(db, otherTeacher.id);
    await db.enrollment.create({ data: { classId: otherClass.id, studentId: shared.id } });
    signInAs(teacher);
    await expect(deleteStudentAccount({ classId: klass.id, studentId: shared.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { id: shared.id } })).toBe(1);
  });

  test("is refused to another teacher", async () => {
    const { klass, students, otherTeacher } = await withWork();
    signInAs(otherTeacher);
    await expect(deleteStudentAccount({ classId: klass.id, studentId: students[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { id: students[0]!.id } })).toBe(1);
  });
});
