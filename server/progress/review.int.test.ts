import { describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { evidenceHref } from "@/lib/quiz/evidence-links";
import { REVIEW_INTERVALS_DAYS, TOP_BOX } from "@/lib/review-schedule";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { correctResponse, wrongResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";
import { takeQuiz } from "@/testing/take-quiz";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { getReviewSession } = await import("@/server/progress/get-review-session");
const { answerReview } = await import("@/server/progress/answer-review");

const DAY = 86_400_000;
const LESSON = "02-mikoyan-close-reading";

/** A student who got every question of the lesson wrong, and the moment their review comes due. */
async function studentWithQueue() {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const student = await createStudent(db, { classId: klass.id });
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - DAY), dueAt: new Date(Date.now() + DAY) } });
  const quiz = await takeQuiz(student, assignment.id, wrongResponse);
  const submittedAt = (await db.attempt.findUniqueOrThrow({ where: { id: quiz.attemptId } })).submittedAt!;
  return { teacher, klass, student, quiz, due: new Date(submittedAt.getTime() + DAY + 60_000) };
}

async function current(questionId: string) {
  const q = await db.question.findUniqueOrThrow({ where: { id: questionId }, include: { versions: true } });
  const v = q.versions.find((x) => x.version === q.currentVersion)!;
  return { questionId, versionId: v.id, definition: v.definition as unknown as Question };
}

const item = (studentId: string, questionId: string) => db.reviewItem.findUnique({ where: { studentId_questionId: { studentId, questionId } } });
const firstOfType = (quiz: Awaited<ReturnType<typeof studentWithQueue>>["quiz"], type: Question["type"]) => quiz.questions.find((q) => q.definition.type === type)!.questionId;

describe("the review session", () => {
  test("shows the first due question without its key, and drops open responses from the queue", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const open = firstOfType(quiz, "open-response");
    expect(await item(student.id, open)).toBeNull(); // submit never queues open responses…
    await db.reviewItem.create({ data: { studentId: student.id, questionId: open, box: 0, dueAt: due } }); // …but older data may hold one

    const notYet = await runAs(student, () => getReviewSession());
    expect(notYet.card).toBeNull();
    expect(notYet.dueNow).toBe(0);
    expect(notYet.nextDueAt).not.toBeNull();

    const session = await runAs(student, () => getReviewSession({ now: due }));
    expect(await item(student.id, open)).toBeNull();
    expect(session.dueNow).toBe(quiz.questions.length - 1);
    const card = session.card!;
    expect(card.lessonTitle).toMatch(/Mikoyan/);
    expect(card.question.type).not.toBe("open-response");
    for (const key of ["answer", "accepted", "explanation", "evidence"]) expect(card.question).not.toHaveProperty(key);
    expect(card.question.versionId).toBe((await current(card.question.questionId)).versionId);
  });

  test("an evidence question comes with the paragraphs to choose from", async () => {
    const { student, quiz, due } = await studentWithQueue();
    // Leave only the evidence questions due.
    const evidence = quiz.questions.filter((q) => q.definition.type === "evidence").map((q) => q.questionId);
    await db.reviewItem.updateMany({ where: { studentId: student.id, questionId: { notIn: evidence } }, data: { dueAt: new Date(due.getTime() + 5 * DAY) } });
    const { card } = await runAs(student, () => getReviewSession({ now: due }));
    expect(card!.question.type).toBe("evidence");
    const source = Object.values(card!.sources)[0]!;
    expect(source.paragraphs.length).toBeGreaterThan(0);
    expect(source.paragraphs[0]!.sentences[0]!.id).toMatch(/^p\d+\.s\d+$/);
  });
});

describe("answering a review question", () => {
  test("right: the item moves up a box and comes back later; feedback explains and links the evidence", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const q = await current(firstOfType(quiz, "single-choice"));
    const before = (await item(student.id, q.questionId))!;

    const result = await runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) }, { now: due }));
    expect(result.feedback.correct).toBe(true);
    expect(result.feedback.explanation).toBe(q.definition.explanation);
    expect(result.feedback.evidence.map((e) => e.href)).toEqual(q.definition.evidence.map((e) => evidenceHref(e.source, e.ref)));
    const after = (await item(student.id, q.questionId))!;
    expect(after.box).toBe(1);
    expect(after.dueAt.getTime()).toBe(due.getTime() + REVIEW_INTERVALS_DAYS[1] * DAY);
    expect(after.dueAt.getTime()).toBeGreaterThan(before.dueAt.getTime());
    expect(after.lastReviewedAt).toEqual(due);
    expect(result.outcome).toEqual({ graduated: false, box: 1, dueAt: after.dueAt.toISOString() });
    // The queue that comes back no longer holds it.
    expect(result.queue.dueNow).toBe(quiz.questions.length - 2);
    expect(result.queue.card?.question.questionId).not.toBe(q.questionId);
  });

  test("wrong (or partly right): back to box 0, due in a day", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const q = await current(firstOfType(quiz, "true-false"));
    await db.reviewItem.update({ where: { studentId_questionId: { studentId: student.id, questionId: q.questionId } }, data: { box: 2 } });
    const result = await runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: wrongResponse(q.definition) }, { now: due }));
    expect(result.feedback.correct).toBe(false);
    const after = (await item(student.id, q.questionId))!;
    expect(after).toMatchObject({ box: 0, dueAt: new Date(due.getTime() + DAY) });
  });

  test("right from the top box: it graduates out of the queue", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const q = await current(firstOfType(quiz, "short-answer"));
    await db.reviewItem.update({ where: { studentId_questionId: { studentId: student.id, questionId: q.questionId } }, data: { box: TOP_BOX } });
    const result = await runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) }, { now: due }));
    expect(result.outcome).toEqual({ graduated: true });
    expect(await item(student.id, q.questionId)).toBeNull();
  });

  test("never changes the graded attempt or its answers", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const snapshot = async () => JSON.stringify([await db.attempt.findUniqueOrThrow({ where: { id: quiz.attemptId } }), await db.answer.findMany({ where: { attemptId: quiz.attemptId }, orderBy: { questionId: "asc" } })], (_k, v) => (typeof v === "bigint" ? String(v) : v));
    const before = await snapshot();
    for (const type of ["single-choice", "matching", "ordering"] as const) {
      const q = await current(firstOfType(quiz, type));
      await runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) }, { now: due }));
    }
    expect(await snapshot()).toBe(before);
  });

  test("the same answer sent twice at once moves the item once", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const q = await current(firstOfType(quiz, "multiple-select"));
    const send = () => runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) }, { now: due }));
    const results = await Promise.allSettled([send(), send()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await item(student.id, q.questionId))!.box).toBe(1);
    // And again later the same day: not due, refused.
    await expect(send()).rejects.toMatchObject({ code: "CONFLICT" });
  });

  test("is refused for a question not yet due, a stale version or a malformed answer, and nothing moves", async () => {
    const { student, quiz, due } = await studentWithQueue();
    const q = await current(firstOfType(quiz, "single-choice"));
    const before = await item(student.id, q.questionId);
    await expect(runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(runAs(student, () => answerReview({ questionId: q.questionId, versionId: "stale-version", response: correctResponse(q.definition) }, { now: due }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: { choice: "zz" } }, { now: due }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(runAs(student, () => answerReview({ questionId: q.questionId, versionId: q.versionId, response: "a" }, { now: due }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await item(student.id, q.questionId)).toEqual(before);
  });
});

describe("whose review it is", () => {
  test("another student cannot answer (or see) my review item; a teacher or a visitor cannot review at all", async () => {
    const { student, klass, teacher, quiz, due } = await studentWithQueue();
    const classmate = await createStudent(db, { classId: klass.id });
    const q = await current(firstOfType(quiz, "single-choice"));
    const before = await item(student.id, q.questionId);
    const answer = { questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition) };

    await expect(runAs(classmate, () => answerReview(answer, { now: due }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(teacher, () => answerReview(answer, { now: due }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAs(null, () => answerReview(answer, { now: due }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await item(student.id, q.questionId)).toEqual(before);
    expect(await db.reviewItem.count({ where: { studentId: classmate.id } })).toBe(0);
    expect((await runAs(classmate, () => getReviewSession({ now: due }))).card).toBeNull();
  });
});
