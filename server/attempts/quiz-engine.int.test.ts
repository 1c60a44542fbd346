import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { correctResponse, wrongResponse } from "@/testing/responses";
import { runAs, signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getAttemptView } = await import("@/server/attempts/get-attempt-view");

const LESSON = "02-mikoyan-close-reading";

async function classWithAssignment(size: number, settings: Partial<{ timeLimitMinutes: number; attemptsAllowed: number | null }> = {}) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = await Promise.all(Array.from({ length: size }, (_, i) => createStudent(db, { classId: klass.id, name: `Student ${i}` })));
  const assignment = await db.assignment.create({
    data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), ...settings },
  });
  return { teacher, klass, students, assignment };
}

async function questionsOf(attemptId: string) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const ids = attempt.questionVersionIds as Record<string, string>;
  const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(ids) } } });
  return Object.entries(ids).map(([questionId, versionId]) => ({ questionId, versionId, definition: versions.find((v) => v.id === versionId)!.definition as unknown as Question }));
}

let expected: { max: number; autoMax: number; count: number };
beforeAll(async () => {
  const versions = await db.question.findMany({ where: { lessonId: LESSON, retiredAt: null }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
  const defs = versions.map((q) => q.versions[0]!.definition as unknown as Question);
  const max = defs.reduce((n, d) => n + d.points, 0);
  expected = { max, autoMax: max - defs.filter((d) => d.type === "open-response").reduce((n, d) => n + d.points, 0), count: defs.length };
});

describe("a class of 35 takes the quiz at once", () => {
  test("every answer is stored, every attempt submitted exactly once, and scores are right", async () => {
    const { students } = await classWithAssignment(35);
    const assignmentId = (await db.assignment.findFirstOrThrow({ where: { class: { enrollments: { some: { studentId: students[0]!.id } } } } })).id;

    // Everyone starts, answers every question (even-numbered students correctly, the others wrongly), and submits together.
    const attempts = await Promise.all(students.map((s) => runAs(s, () => startAttempt({ assignmentId }))));
    const questions = await questionsOf(attempts[0]!.attemptId);
    await Promise.all(
      students.map((s, i) =>
        runAs(s, async () => {
          const attemptId = attempts[i]!.attemptId;
          await Promise.all(
            questions.map((q, n) =>
              saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: i % 2 === 0 ? correctResponse(q.definition) : wrongResponse(q.definition), flagged: false, seq: n + 1 }),
            ),
          );
        }),
      ),
    );
    const results = await Promise.all(students.map((s, i) => runAs(s, () => submitAttempt({ attemptId: attempts[i]!.attemptId }))));

    const ids = attempts.map((a) => a.attemptId);
    expect(new Set(ids).size).toBe(35);
    expect(await db.answer.count({ where: { attemptId: { in: ids } } })).toBe(35 * expected.count);
    const rows = await db.attempt.findMany({ where: { id: { in: ids } }, select: { id: true, submittedAt: true, score: true, maxScore: true, studentId: true } });
    expect(rows.every((r) => r.submittedAt)).toBe(true);
    for (const [i, s] of students.entries()) {
      const row = rows.find((r) => r.studentId === s.id)!;
      expect(row.maxScore).toBe(expected.max);
      expect(row.score).toBe(i % 2 === 0 ? expected.autoMax : 0);
      expect(results[i]!.score).toBe(row.score);
    }
    // Correct students' open responses await a teacher; nobody else's do.
    expect(results.filter((r) => r.awaitingGrading).length).toBe(expected.max > expected.autoMax ? 18 : 0);
  });
});

describe("submitting", () => {
  test("the same submit sent 10 times in parallel makes one submission with one score", async () => {
    const { students, assignment } = await classWithAssignment(1);
    const student = students[0]!;
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const [q] = await questionsOf(attemptId);
    await runAs(student, () => saveAnswer({ attemptId, questionId: q!.questionId, versionId: q!.versionId, response: correctResponse(q!.definition), flagged: false, seq: 1 }));

    const results = await Promise.all(Array.from({ length: 10 }, () => runAs(student, () => submitAttempt({ attemptId }))));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.score).toBe(q!.definition.type === "open-response" ? 0 : q!.definition.points);
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
    // Every auto-graded question but the one answered correctly comes back for review (open responses never do).
    const openCount = (await questionsOf(attemptId)).filter((x) => x.definition.type === "open-response").length;
    expect(await db.reviewItem.count({ where: { studentId: student.id } })).toBe(expected.count - openCount - (q!.definition.type === "open-response" ? 0 : 1));
  });

  test("submitting again answers with the first result from one read: no transaction, nothing rewritten", async () => {
    const { students, assignment } = await classWithAssignment(1);
    const student = students[0]!;
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const first = await runAs(student, () => submitAttempt({ attemptId }));
    const before = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });

    const again = await countQueries(() => runAs(student, () => submitAttempt({ attemptId })));
    expect(again.result).toEqual(first);
    expect(again.queries).toBe(2); // who is asking, and the attempt
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(before);
  });

  test("starting twice at once gives one attempt", async () => {
    const { students, assignment } = await classWithAssignment(1, { attemptsAllowed: 3 });
    const starts = await Promise.all(Array.from({ length: 5 }, () => runAs(students[0]!, () => startAttempt({ assignmentId: assignment.id }))));
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });
});

describe("saving is refused, and nothing is written", () => {
  test("into another student's attempt", async () => {
    const { students, assignment } = await classWithAssignment(2);
    const { attemptId } = await runAs(students[0]!, () => startAttempt({ assignmentId: assignment.id }));
    const [q] = await questionsOf(attemptId);
    await expect(
      runAs(students[1]!, () => saveAnswer({ attemptId, questionId: q!.questionId, versionId: q!.versionId, response: correctResponse(q!.definition), flagged: false, seq: 1 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
  });

  test("after the time limit — and the attempt is then submitted with what was saved", async () => {
    const { students, assignment } = await classWithAssignment(1, { timeLimitMinutes: 5 });
    const student = students[0]!;
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const [q1, q2] = await questionsOf(attemptId);
    await runAs(student, () => saveAnswer({ attemptId, questionId: q1!.questionId, versionId: q1!.versionId, response: correctResponse(q1!.definition), flagged: false, seq: 1 }));
    await db.attempt.update({ where: { id: attemptId }, data: { expiresAt: new Date(Date.now() - 1000) } }); // time passes

    await expect(
      runAs(student, () => saveAnswer({ attemptId, questionId: q2!.questionId, versionId: q2!.versionId, response: correctResponse(q2!.definition), flagged: false, seq: 2 })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "The time limit has passed. Your saved answers were submitted." });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: true } });
    expect(attempt.submittedAt).not.toBeNull();
    expect(attempt.submittedAt!.getTime()).toBeLessThanOrEqual(attempt.expiresAt!.getTime());
    expect(attempt.answers.find((a) => a.questionId === q2!.questionId)?.response).toBeNull();
  });

  test("with a payload of the wrong shape, naming what is wrong", async () => {
    const { students, assignment } = await classWithAssignment(1);
    const { attemptId } = await runAs(students[0]!, () => startAttempt({ assignmentId: assignment.id }));
    const q = (await questionsOf(attemptId)).find((x) => x.definition.type === "single-choice")!;
    await expect(runAs(students[0]!, () => saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: { choice: "zz" }, flagged: false, seq: 1 }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(runAs(students[0]!, () => saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: "a", flagged: false, seq: 1 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
  });

  test("an older change arriving late never overwrites a newer one", async () => {
    const { students, assignment } = await classWithAssignment(1);
    const { attemptId } = await runAs(students[0]!, () => startAttempt({ assignmentId: assignment.id }));
    const q = (await questionsOf(attemptId)).find((x) => x.definition.type === "short-answer")!;
    const save = (text: string, seq: number) => runAs(students[0]!, () => saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: { text }, flagged: false, seq }));
    await save("newer", 20);
    await save("older", 10);
    const answer = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q.questionId } } });
    expect(answer.response).toEqual({ text: "newer" });
  });
});

test("a reload resumes the attempt with every saved answer and flag, and the view carries no answer key", async () => {
  const { students, assignment } = await classWithAssignment(1);
  signInAs(students[0]!);
  const { attemptId } = await startAttempt({ assignmentId: assignment.id });
  const questions = await questionsOf(attemptId);
  for (const [n, q] of questions.slice(0, 4).entries()) {
    await saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition), flagged: n === 1, seq: n + 1 });
  }
  const view = await getAttemptView({ attemptId });
  if ("submitted" in view) throw new Error("expected an open attempt");
  expect(Object.keys(view.answers)).toEqual(questions.slice(0, 4).map((q) => q.questionId));
  expect(view.answers[questions[1]!.questionId]!.flagged).toBe(true);
  expect(JSON.stringify(view.questions)).not.toContain('"answer"');
  expect(JSON.stringify(view.questions)).not.toContain('"explanation"');
  expect((await startAttempt({ assignmentId: assignment.id })).attemptId).toBe(attemptId);
});
