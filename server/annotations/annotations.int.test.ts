import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { saveAnnotation } = await import("@/server/annotations/save-annotation");
const { replyToAnnotation } = await import("@/server/annotations/reply-to-annotation");
const { getClassAnnotations } = await import("@/server/annotations/get-class-annotations");
const { getStudentAssignment } = await import("@/server/assignments/get-student-assignment");
const { exportMyData } = await import("@/server/privacy/export-my-data");

const LESSON = "01-sourcing-mikoyan";
const SOURCE = "gromyko-mikoyan-1962-11-01";

async function classWithAssignment() {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const [student, classmate] = await Promise.all([createStudent(db, { classId: klass.id, name: "Ana" }), createStudent(db, { classId: klass.id, name: "Ben" })]);
  const outsider = await createStudent(db);
  const otherTeacher = await createTeacher(db);
  const assignment = await db.assignment.create({
    data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), annotationsRequired: 2, annotationSkill: "sourcing" },
  });
  return { teacher, klass, student, classmate, outsider, otherTeacher, assignment };
}

const change = (over: Partial<Parameters<typeof saveAnnotation>[0]> & { assignmentId: string }) => ({
  id: randomUUID(), sourceId: SOURCE, sentenceIds: ["p3.s1"], skill: "sourcing" as const, note: "", deleted: false, seq: Date.now(), ...over,
});

describe("saving an annotation", () => {
  test("is one statement, and a late retry of an older change never overwrites a newer one", async () => {
    const { student, assignment } = await classWithAssignment();
    const first = change({ assignmentId: assignment.id, seq: 100 });
    const saved = await countQueries(() => runAs(student, () => saveAnnotation(first)));
    expect(saved.queries).toBe(1);

    const newer = { ...first, sentenceIds: ["p3.s1", "p3.s2"], skill: "close-reading" as const, note: "Orders from Moscow", seq: 200 };
    expect((await countQueries(() => runAs(student, () => saveAnnotation(newer)))).queries).toBe(1);
    // The first change arrives again (a retry that had timed out): accepted with a 200, and ignored.
    await runAs(student, () => saveAnnotation(first));
    const row = await db.annotation.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ sentenceIds: ["p3.s1", "p3.s2"], skill: "close-reading", note: "Orders from Moscow", clientSeq: 200n, model: false, authorId: student.id });

    // Deleting keeps the row, so a retried create cannot bring the highlight back.
    await runAs(student, () => saveAnnotation({ ...newer, deleted: true, seq: 300 }));
    await runAs(student, () => saveAnnotation(newer));
    expect((await db.annotation.findUniqueOrThrow({ where: { id: first.id } })).deletedAt).not.toBeNull();
    expect((await runAs(student, () => getStudentAssignment(assignment.id))).annotations.mine).toEqual([]);
  });

  test("refuses runs that are not consecutive, or lie outside the lesson's excerpts", async () => {
    const { student, assignment } = await classWithAssignment();
    await expect(runAs(student, () => saveAnnotation(change({ assignmentId: assignment.id, sentenceIds: ["p3.s1", "p3.s3"] })))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(runAs(student, () => saveAnnotation(change({ assignmentId: assignment.id, sourceId: "no-such-source" })))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // p4 exists in the telegram but this lesson's excerpt is p1, p2, p3, p9.
    await expect(runAs(student, () => saveAnnotation(change({ assignmentId: assignment.id, sentenceIds: ["p4.s1"] })))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.annotation.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  test("only the owner writes their annotation; another class's student or teacher finds nothing (404)", async () => {
    const { student, classmate, outsider, otherTeacher, assignment } = await classWithAssignment();
    const mine = change({ assignmentId: assignment.id, note: "mine", seq: 10 });
    await runAs(student, () => saveAnnotation(mine));

    await expect(runAs(outsider, () => saveAnnotation(change({ assignmentId: assignment.id })))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(otherTeacher, () => saveAnnotation(change({ assignmentId: assignment.id })))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A classmate who learns the id cannot overwrite it, even with a newer counter.
    await expect(runAs(classmate, () => saveAnnotation({ ...mine, note: "hijacked", seq: 99 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: mine.id } })).note).toBe("mine");
    // …nor read it.
    expect((await runAs(classmate, () => getStudentAssignment(assignment.id))).annotations.mine).toEqual([]);
    await expect(runAs(outsider, () => getStudentAssignment(assignment.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the teacher", () => {
  test("sees the class's counts per sentence and skill and who met the requirement, replies, and publishes model highlights", async () => {
    const { teacher, otherTeacher, student, classmate, assignment } = await classWithAssignment();
    const note = change({ assignmentId: assignment.id, sentenceIds: ["p3.s1", "p3.s2"], note: "Gromyko signs it" });
    await runAs(student, () => saveAnnotation(note));
    // Overlapping highlights of one skill count the student once per sentence.
    await runAs(student, () => saveAnnotation(change({ assignmentId: assignment.id, sentenceIds: ["p3.s2"] })));
    await runAs(classmate, () => saveAnnotation(change({ assignmentId: assignment.id, sentenceIds: ["p3.s2"], skill: "contextualization" })));

    const view = await countQueries(() => runAs(teacher, () => getClassAnnotations(assignment.id)));
    expect(view.queries).toBeLessThanOrEqual(6);
    expect(view.result.counts[`${SOURCE}#p3.s1`]).toEqual({ sourcing: 1 });
    expect(view.result.counts[`${SOURCE}#p3.s2`]).toEqual({ sourcing: 1, contextualization: 1 });
    expect(view.result.students.map((s) => [s.name, s.progress?.met, s.progress?.done])).toEqual([["Ana", true, 2], ["Ben", false, 0]]);

    await expect(runAs(otherTeacher, () => getClassAnnotations(assignment.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(otherTeacher, () => replyToAnnotation({ annotationId: note.id, reply: "No" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(student, () => replyToAnnotation({ annotationId: note.id, reply: "Me" }))).rejects.toMatchObject({ code: "FORBIDDEN" });

    await runAs(teacher, () => replyToAnnotation({ annotationId: note.id, reply: "Yes — and on whose instructions?" }));
    const model = change({ assignmentId: assignment.id, sentenceIds: ["p2.s1"], skill: "close-reading", note: "Look at the verb" });
    await runAs(teacher, () => saveAnnotation(model));

    const seen = (await runAs(student, () => getStudentAssignment(assignment.id))).annotations;
    expect(seen.mine.find((a) => a.id === note.id)).toMatchObject({ reply: "Yes — and on whose instructions?", note: "Gromyko signs it" });
    expect(seen.model).toEqual([expect.objectContaining({ id: model.id, model: true, note: "Look at the verb" })]);
    // The student's edit keeps the reply.
    await runAs(student, () => saveAnnotation({ ...note, note: "Gromyko signs it, for the Central Committee", seq: note.seq + 1 }));
    expect((await db.annotation.findUniqueOrThrow({ where: { id: note.id } })).reply).toBe("Yes — and on whose instructions?");
  });

  test("the student's data export includes their annotations and the replies", async () => {
    const { teacher, student, assignment } = await classWithAssignment();
    const note = change({ assignmentId: assignment.id, note: "Who wrote it?" });
    await runAs(student, () => saveAnnotation(note));
    await runAs(teacher, () => replyToAnnotation({ annotationId: note.id, reply: "Check the signature." }));
    const data = await runAs(student, () => exportMyData());
    expect(data.annotations).toEqual([expect.objectContaining({ sourceId: SOURCE, sentenceIds: ["p3.s1"], skill: "sourcing", note: "Who wrote it?", reply: "Check the signature." })]);
  });
});
