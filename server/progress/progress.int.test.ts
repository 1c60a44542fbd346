import { describe, expect, test, vi } from "vitest";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { correctResponse, wrongResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";
import { takeQuiz } from "@/testing/take-quiz";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { getStudentProgress } = await import("@/server/progress/get-student-progress");
const { startAttempt } = await import("@/server/attempts/start-attempt");

const DAY = 86_400_000;
// Lesson 05 has two skills: contextualization (5 auto-graded questions + 1 open response) and vocabulary (6).
const LESSON = "05-context-and-vocabulary";

async function classroom(settings: { lessonId?: string; dueAt?: Date; attemptsAllowed?: number | null } = {}) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const student = await createStudent(db, { classId: klass.id });
  const assignment = await addAssignment(klass.id, settings);
  return { teacher, klass, student, assignment };
}

function addAssignment(classId: string, { lessonId = LESSON, dueAt = new Date(Date.now() + DAY), attemptsAllowed = 2 }: { lessonId?: string; dueAt?: Date; attemptsAllowed?: number | null } = {}) {
  return db.assignment.create({ data: { classId, lessonId, opensAt: new Date(Date.now() - 3 * DAY), dueAt, attemptsAllowed } });
}

/** Moves a submitted attempt back in time (as if it had been taken then). */
const backdate = (attemptId: string, ms: number) => db.attempt.update({ where: { id: attemptId }, data: { submittedAt: new Date(Date.now() - ms) } });

const levels = (progress: Awaited<ReturnType<typeof getStudentProgress>>) => Object.fromEntries(progress.skills.map((s) => [s.skill, s.level]));
const counts = (progress: Awaited<ReturnType<typeof getStudentProgress>>) => Object.fromEntries(progress.skills.map((s) => [s.skill, s.answers]));

describe("mastery from submitted attempts", () => {
  test("all right on one day: proficient in the lesson's skills, not started elsewhere; a pending open response is not counted", async () => {
    const { student, assignment } = await classroom();
    await takeQuiz(student, assignment.id, correctResponse);
    const progress = await runAs(student, () => getStudentProgress());
    expect(counts(progress)).toEqual({ sourcing: 0, contextualization: 5, corroboration: 0, "close-reading": 0, vocabulary: 6 });
    // 5+ answers at 100%, but all on one day: not yet mastered.
    expect(levels(progress)).toEqual({ sourcing: "not-started", contextualization: "proficient", corroboration: "not-started", "close-reading": "not-started", vocabulary: "proficient" });
    expect(progress.skills.find((s) => s.skill === "vocabulary")).toMatchObject({ label: "Vocabulary", levelLabel: "Proficient", step: 3, mean: 1 });
  });

  test("all right again on another day: mastered", async () => {
    const { student, assignment } = await classroom();
    const first = await takeQuiz(student, assignment.id, correctResponse);
    await backdate(first.attemptId, 1.2 * DAY);
    await takeQuiz(student, assignment.id, correctResponse);
    const progress = await runAs(student, () => getStudentProgress({ timeZone: "UTC" }));
    expect(counts(progress)).toMatchObject({ contextualization: 10, vocabulary: 12 });
    expect(levels(progress)).toMatchObject({ contextualization: "mastered", vocabulary: "mastered" });
  });

  test("wrong yesterday, right today: recent answers lift the level; a blank open response graded 0 counts", async () => {
    const { student, assignment } = await classroom();
    const first = await takeQuiz(student, assignment.id, wrongResponse);
    await backdate(first.attemptId, 1.2 * DAY);
    let progress = await runAs(student, () => getStudentProgress());
    expect(counts(progress)).toMatchObject({ contextualization: 6, vocabulary: 6 });
    expect(levels(progress)).toMatchObject({ contextualization: "attempted", vocabulary: "attempted" });

    await takeQuiz(student, assignment.id, correctResponse);
    progress = await runAs(student, () => getStudentProgress());
    expect(counts(progress)).toMatchObject({ contextualization: 11, vocabulary: 12 });
    // The last 5 are all right (proficient); the last 8 still hold yesterday's misses (not mastered).
    expect(levels(progress)).toMatchObject({ contextualization: "proficient", vocabulary: "proficient" });
  });

  test("questions left blank are counted as 0 for mastery but not as answered", async () => {
    const { student, assignment } = await classroom();
    await takeQuiz(student, assignment.id, (q) => (q.skill === "vocabulary" ? correctResponse(q) : undefined));
    const progress = await runAs(student, () => getStudentProgress());
    // Contextualization: 5 auto-graded blanks and a blank open response, each graded 0.
    expect(progress.skills.find((s) => s.skill === "contextualization")).toMatchObject({ answers: 6, answered: 0, mean: 0 });
    expect(progress.skills.find((s) => s.skill === "vocabulary")).toMatchObject({ answers: 6, answered: 6, mean: 1 });
  });

  test("an attempt in progress counts for nothing, and another student's work is not mine", async () => {
    const { student, klass, assignment } = await classroom();
    const other = await createStudent(db, { classId: klass.id });
    await takeQuiz(other, assignment.id, correctResponse);
    const second = await addAssignment(klass.id, { lessonId: "04-corroboration" });
    await runAs(student, () => startAttempt({ assignmentId: second.id }));
    const progress = await runAs(student, () => getStudentProgress());
    expect(progress.attempts).toEqual([]);
    expect(progress.skills.every((s) => s.level === "not-started" && s.answers === 0)).toBe(true);
  });
});

describe("scores over time", () => {
  test("each submitted attempt in order with lesson, date, percent and late flag; removed assignments drop out", async () => {
    const { student, klass, assignment } = await classroom({ dueAt: new Date(Date.now() - DAY), attemptsAllowed: 2 });
    const first = await takeQuiz(student, assignment.id, wrongResponse);
    await backdate(first.attemptId, 2 * DAY); // before the due date: on time
    await db.attempt.update({ where: { id: first.attemptId }, data: { late: false } });
    const second = await takeQuiz(student, assignment.id, correctResponse);
    const removed = await addAssignment(klass.id, { lessonId: "04-corroboration" });
    await takeQuiz(student, removed.id, correctResponse);
    await db.assignment.update({ where: { id: removed.id }, data: { removedAt: new Date() } });

    const progress = await runAs(student, () => getStudentProgress());
    expect(progress.attempts.map((a) => a.id)).toEqual([first.attemptId, second.attemptId]);
    const [a1, a2] = progress.attempts;
    expect(a1).toMatchObject({ lessonTitle: "Thirteen Days and After: Context and Vocabulary", attemptNumber: 1, percent: 0, late: false, provisional: false });
    expect(a2).toMatchObject({ attemptNumber: 2, late: true, provisional: true, resultsHref: `/assignments/${assignment.id}/attempts/${second.attemptId}/results` });
    // 11 of 12 points: the open response (1 point) awaits the teacher.
    expect(a2!.percent).toBe(Math.round((a2!.score / a2!.maxScore) * 100));
    expect(a2!.score).toBeLessThan(a2!.maxScore);
    expect(a1!.submittedAt.getTime()).toBeLessThan(a2!.submittedAt.getTime());
  });
});

describe("review queue summary", () => {
  test("missed questions are due a day after submitting; open responses are not counted", async () => {
    const { student, assignment } = await classroom();
    const { questions } = await takeQuiz(student, assignment.id, wrongResponse);
    const auto = questions.filter((q) => q.definition.type !== "open-response").length;
    const submittedAt = (await db.attempt.findFirstOrThrow({ where: { studentId: student.id } })).submittedAt!;

    const today = await runAs(student, () => getStudentProgress());
    expect(today.review.dueNow).toBe(0);
    expect(today.review.nextDueAt?.getTime()).toBe(submittedAt.getTime() + DAY);

    const tomorrow = await runAs(student, () => getStudentProgress({ now: new Date(submittedAt.getTime() + DAY + 60_000) }));
    expect(tomorrow.review).toEqual({ dueNow: auto, nextDueAt: null });
  });
});

describe("access", () => {
  test("a teacher or a signed-out visitor gets no progress page data", async () => {
    const { teacher } = await classroom();
    await expect(runAs(teacher, () => getStudentProgress())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAs(null, () => getStudentProgress())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("query count", () => {

  test("the progress page costs at most 5 queries, however many attempts there are", async () => {
    const { student, klass, assignment } = await classroom({ attemptsAllowed: null });
    await takeQuiz(student, assignment.id, wrongResponse);
    const one = (await countQueries(() => runAs(student, () => getStudentProgress()))).queries;

    for (const lessonId of ["01-sourcing-mikoyan", "02-mikoyan-close-reading", "03-kuznetsov-close-reading"]) {
      const more = await addAssignment(klass.id, { lessonId });
      await takeQuiz(student, more.id, correctResponse);
    }
    await takeQuiz(student, assignment.id, correctResponse);
    const progress = await runAs(student, () => getStudentProgress());
    expect(progress.attempts).toHaveLength(5);
    const five = (await countQueries(() => runAs(student, () => getStudentProgress()))).queries;

    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(5);
    expect(five).toBe(one);
  });
});
