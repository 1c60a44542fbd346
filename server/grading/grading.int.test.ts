import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { correctResponse } from "@/testing/responses";
import { runAs, signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getResults } = await import("@/server/attempts/get-results");
const { gradeAnswer } = await import("@/server/grading/grade-answer");
const { listGradingQueue, countPendingAnswers } = await import("@/server/grading/list-grading-queue");
const { getStudentWork } = await import("@/server/grading/get-student-work");
const { gradeAnswerAction } = await import("@/server/actions/grading");

const LESSON = "02-mikoyan-close-reading";
type Person = Awaited<ReturnType<typeof createStudent>> | Awaited<ReturnType<typeof createTeacher>>;

async function classWithAssignment(size: number) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = [];
  for (let i = 0; i < size; i++) students.push(await createStudent(db, { classId: klass.id, name: `Student ${i + 1}` }));
  const assignment = await db.assignment.create({
    data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) },
  });
  return { teacher, klass, students, assignment };
}

/** The real student journey: start, answer every question correctly (the open response with text), submit. */
async function submitCorrectAttempt(student: Person, assignmentId: string) {
  const { attemptId } = await runAs(student, () => startAttempt({ assignmentId }));
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const ids = attempt.questionVersionIds as Record<string, string>;
  const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(ids) } } });
  const questions = Object.entries(ids).map(([questionId, versionId]) => ({ questionId, versionId, definition: versions.find((v) => v.id === versionId)!.definition as unknown as Question }));
  await runAs(student, async () => {
    for (const [n, q] of questions.entries()) await saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition), flagged: false, seq: n + 1 });
  });
  const submitted = await runAs(student, () => submitAttempt({ attemptId }));
  const open = questions.find((q) => q.definition.type === "open-response")!;
  return { attemptId, open, autoScore: submitted.score!, maxScore: submitted.maxScore };
}

async function snapshot(attemptId: string) {
  const [attempt, answers, audits] = await Promise.all([
    db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true, awaitingGrading: true } }),
    db.answer.findMany({ where: { attemptId }, orderBy: { questionId: "asc" }, select: { questionId: true, score: true, feedback: true, gradedById: true, gradedAt: true } }),
    db.gradeAudit.count({ where: { attemptId } }),
  ]);
  return { attempt, answers, audits };
}

let openMax: number;
beforeAll(async () => {
  const q = await db.question.findFirstOrThrow({ where: { lessonId: LESSON, retiredAt: null, versions: { some: { type: "open-response" } } }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
  openMax = q.versions[0]!.maxPoints;
});

describe("grading an open response", () => {
  test("a grade and then a regrade update the student's attempt score, and each writes an audit row (old → new)", async () => {
    const { teacher, students } = await classWithAssignment(1);
    const student = students[0]!;
    const assignmentId = (await db.assignment.findFirstOrThrow({ where: { class: { teacherId: teacher.id } } })).id;
    const { attemptId, open, autoScore, maxScore } = await submitCorrectAttempt(student, assignmentId);
    expect((await snapshot(attemptId)).attempt).toEqual({ score: autoScore, awaitingGrading: true });

    const first = await runAs(teacher, () => gradeAnswer({ attemptId, questionId: open.questionId, score: 2.5, comment: "  Good reading of ¶8; cite it.\nNext time quote it.  " }));
    expect(first).toMatchObject({ oldScore: null, score: 2.5, maxPoints: openMax, attempt: { score: autoScore + 2.5, maxScore, awaitingGrading: false } });
    const answer = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: open.questionId } } });
    expect(answer).toMatchObject({ score: 2.5, feedback: "Good reading of ¶8; cite it.\nNext time quote it.", gradedById: teacher.id });
    expect(answer.gradedAt).toBeInstanceOf(Date);

    await runAs(teacher, () => gradeAnswer({ attemptId, questionId: open.questionId, score: openMax, comment: "Regraded after we talked." }));
    const audits = await db.gradeAudit.findMany({ where: { attemptId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => ({ grader: a.graderId, old: a.oldScore, new: a.newScore, comment: a.comment }))).toEqual([
      { grader: teacher.id, old: null, new: 2.5, comment: "Good reading of ¶8; cite it.\nNext time quote it." },
      { grader: teacher.id, old: 2.5, new: openMax, comment: "Regraded after we talked." },
    ]);
    expect((await snapshot(attemptId)).attempt).toEqual({ score: autoScore + openMax, awaitingGrading: false });

    // What the student's results page reads: the new score and the teacher's comment.
    const results = await runAs(student, () => getResults({ attemptId }));
    expect(results.attempt).toMatchObject({ score: autoScore + openMax, awaitingGrading: false });
    expect(results.items.find((i) => i.questionId === open.questionId)).toMatchObject({ marks: { pending: false, score: openMax, teacherComment: "Regraded after we talked." } });
  });

  test("another teacher cannot grade (404), nor can the student (403), and nothing is written", async () => {
    const { students, assignment } = await classWithAssignment(1);
    const other = await createTeacher(db);
    const { attemptId, open } = await submitCorrectAttempt(students[0]!, assignment.id);
    const before = await snapshot(attemptId);

    await expect(runAs(other, () => gradeAnswer({ attemptId, questionId: open.questionId, score: 1, comment: "" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(students[0]!, () => gradeAnswer({ attemptId, questionId: open.questionId, score: 4, comment: "" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAs(null, () => gradeAnswer({ attemptId, questionId: open.questionId, score: 4, comment: "" }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(other);
    const viaForm = await gradeAnswerAction({ status: "idle" }, form({ attemptId, questionId: open.questionId, score: "1" }));
    expect(viaForm).toMatchObject({ status: "error", code: "NOT_FOUND" });

    expect(await snapshot(attemptId)).toEqual(before);
  });

  test("an out-of-range score, a non-number or an over-long comment is refused with a message, and nothing is written", async () => {
    const { teacher, students, assignment } = await classWithAssignment(1);
    const { attemptId, open } = await submitCorrectAttempt(students[0]!, assignment.id);
    const before = await snapshot(attemptId);
    const grade = (score: number, comment = "") => runAs(teacher, () => gradeAnswer({ attemptId, questionId: open.questionId, score, comment }));

    await expect(grade(openMax + 0.5)).rejects.toMatchObject({ code: "BAD_REQUEST", message: `The score cannot be above ${openMax}, the question's points.` });
    await expect(grade(-1)).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The score cannot be below 0." });
    await expect(grade(Number.NaN)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(grade(Number.POSITIVE_INFINITY)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(grade(1, "é".repeat(2_001))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The comment is 2001 characters; the limit is 2000." });

    signInAs(teacher);
    const cases: [Record<string, string>, string][] = [
      [{ score: String(openMax + 1) }, `The score cannot be above ${openMax}, the question's points.`],
      [{ score: "" }, "score: Enter a score."],
      [{ score: "four" }, "score: The score must be a number."],
      [{ score: "Infinity" }, "score: The score must be a number."],
      [{ score: "-0.5" }, "score: The score cannot be below 0."],
      [{ score: "2", comment: "x".repeat(2_001) }, "comment: The comment is 2001 characters; the limit is 2000."],
      [{ score: "2", questionId: "../etc" }, "questionId: Not a valid question id."],
    ];
    for (const [fields, message] of cases) {
      const state = await gradeAnswerAction({ status: "idle" }, form({ attemptId, questionId: open.questionId, ...fields }));
      expect(state, JSON.stringify(fields)).toMatchObject({ status: "error", message });
    }

    expect(await snapshot(attemptId)).toEqual(before);
    // The same form with a good score then works.
    expect(await gradeAnswerAction({ status: "idle" }, form({ attemptId, questionId: open.questionId, score: "3.5", comment: "ok" }))).toMatchObject({ status: "ok", data: { score: 3.5 } });
  });

  test("awaitingGrading clears only when the last pending answer of the attempt is graded", async () => {
    const { teacher, students, assignment } = await classWithAssignment(1);
    // An attempt with two open responses (from two lessons' quizzes), both answered and pending.
    const versions = await db.questionVersion.findMany({ where: { type: "open-response", questionId: { in: [`${LESSON}/q12`, "03-kuznetsov-close-reading/q12"] } }, orderBy: { version: "desc" } });
    const [a, b] = [versions.find((v) => v.questionId.startsWith(LESSON))!, versions.find((v) => !v.questionId.startsWith(LESSON))!];
    const attempt = await db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: students[0]!.id,
        number: 1,
        submittedAt: new Date(),
        score: 0,
        maxScore: a.maxPoints + b.maxPoints,
        awaitingGrading: true,
        questionVersionIds: { [a.questionId]: a.id, [b.questionId]: b.id },
        answers: {
          create: [
            { questionId: a.questionId, questionVersionId: a.id, response: { text: "First answer." }, maxPoints: a.maxPoints },
            { questionId: b.questionId, questionVersionId: b.id, response: { text: "Second answer." }, maxPoints: b.maxPoints },
          ],
        },
      },
    });

    await runAs(teacher, () => gradeAnswer({ attemptId: attempt.id, questionId: a.questionId, score: 3, comment: "" }));
    expect((await snapshot(attempt.id)).attempt).toEqual({ score: 3, awaitingGrading: true });
    await runAs(teacher, () => gradeAnswer({ attemptId: attempt.id, questionId: b.questionId, score: 1.5, comment: "" }));
    expect((await snapshot(attempt.id)).attempt).toEqual({ score: 4.5, awaitingGrading: false });
    expect(await runAs(teacher, () => countPendingAnswers(assignment.classId))).toBe(0);
  });

  test("two grades of the same attempt at once both count in its total", async () => {
    const { teacher, students, assignment } = await classWithAssignment(1);
    const versions = await db.questionVersion.findMany({ where: { type: "open-response", questionId: { in: [`${LESSON}/q12`, "04-corroboration/q12"] } } });
    const attempt = await db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: students[0]!.id,
        number: 1,
        submittedAt: new Date(),
        score: 0,
        maxScore: 8,
        awaitingGrading: true,
        answers: { create: versions.map((v) => ({ questionId: v.questionId, questionVersionId: v.id, response: { text: "Answer." }, maxPoints: v.maxPoints })) },
      },
    });
    await Promise.all(versions.map((v) => runAs(teacher, () => gradeAnswer({ attemptId: attempt.id, questionId: v.questionId, score: 2, comment: "" }))));
    expect((await snapshot(attempt.id)).attempt).toEqual({ score: 4, awaitingGrading: false });
  });
});

describe("the grading queue and the student's work", () => {
  test("the queue lists the class's pending answers oldest first, moves graded ones to 'recently graded', and keeps to a fixed number of queries", async () => {
    const { teacher, klass, students, assignment } = await classWithAssignment(3);
    const other = await classWithAssignment(1);
    const attempts = [];
    for (const s of students) attempts.push(await submitCorrectAttempt(s, assignment.id));
    await submitCorrectAttempt(other.students[0]!, other.assignment.id);

    signInAs(teacher);
    const queue = await listGradingQueue(klass.id);
    expect(queue.pendingTotal).toBe(3);
    expect(queue.groups).toHaveLength(1);
    expect(queue.groups[0]).toMatchObject({ assignmentId: assignment.id, questionId: attempts[0]!.open.questionId, number: 11, rubric: expect.arrayContaining([expect.objectContaining({ points: openMax })]) });
    expect(queue.groups[0]!.answers.map((a) => a.studentName)).toEqual(["Student 1", "Student 2", "Student 3"]);
    expect(queue.groups[0]!.answers[0]!.text).toBe((correctResponse(attempts[0]!.open.definition) as { text: string }).text);

    await gradeAnswer({ attemptId: attempts[1]!.attemptId, questionId: attempts[1]!.open.questionId, score: 1, comment: "See ¶8." });
    const after = await listGradingQueue(klass.id);
    expect(after.groups[0]!.answers.map((a) => a.studentName)).toEqual(["Student 1", "Student 3"]);
    expect(after.recent).toMatchObject([{ studentName: "Student 2", score: 1, feedback: "See ¶8.", lessonTitle: expect.any(String) }]);
    expect(await countPendingAnswers(klass.id)).toBe(2);

    // A student who leaves the class leaves the queue; the other teacher sees none of this class.
    await db.enrollment.delete({ where: { classId_studentId: { classId: klass.id, studentId: students[2]!.id } } });
    expect((await listGradingQueue(klass.id)).pendingTotal).toBe(1);
    await expect(runAs(other.teacher, () => listGradingQueue(klass.id))).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Bounded: a class with three times the answers costs the same number of queries.
    const small = await classWithAssignment(1);
    await submitCorrectAttempt(small.students[0]!, small.assignment.id);
    signInAs(small.teacher);
    await listGradingQueue(small.klass.id); // warms the question-version cache, as a running server has
    const smallCount = (await countQueries(() => listGradingQueue(small.klass.id))).queries;
    signInAs(teacher);
    await db.enrollment.create({ data: { classId: klass.id, studentId: students[2]!.id } });
    const bigCount = (await countQueries(() => listGradingQueue(klass.id))).queries;
    expect(smallCount).toBeGreaterThan(0);
    expect(bigCount).toBe(smallCount);
    expect(bigCount).toBeLessThanOrEqual(6);
  });

  test("the drill-down shows every attempt's answers in words, scores, comments and grade history; a student of another class is 404", async () => {
    const { teacher, klass, students, assignment } = await classWithAssignment(1);
    const student = students[0]!;
    const { attemptId, open } = await submitCorrectAttempt(student, assignment.id);
    await db.readingProgress.create({ data: { assignmentId: assignment.id, studentId: student.id, paragraphsReached: 4, secondsOnText: 330 } });
    signInAs(teacher);
    await gradeAnswer({ attemptId, questionId: open.questionId, score: 3, comment: "Close." });
    await gradeAnswer({ attemptId, questionId: open.questionId, score: 4, comment: "Full marks on review." });

    const work = await getStudentWork({ classId: klass.id, studentId: student.id });
    expect(work.student.name).toBe(student.name);
    const [entry] = work.assignments;
    expect(entry).toMatchObject({ id: assignment.id, reading: { paragraphsReached: 4, secondsOnText: 330, completedAt: null } });
    expect(entry!.paragraphCount).toBeGreaterThan(0);
    const [attempt] = entry!.attempts;
    expect(attempt).toMatchObject({ number: 1, awaitingGrading: false });
    const byType = new Map(attempt!.answers.map((a) => [a.type, a]));
    expect(byType.get("open-response")).toMatchObject({
      answer: { kind: "text", text: "Gromyko wants the quarantine lifted quickly because the ships are costly." },
      score: 4,
      feedback: "Full marks on review.",
      gradable: true,
      pending: false,
      history: [
        { oldScore: null, newScore: 3, comment: "Close.", grader: teacher.name },
        { oldScore: 3, newScore: 4, comment: "Full marks on review.", grader: teacher.name },
      ],
    });
    // Evidence reads as the sentence the student chose, quoted from the source document.
    expect(byType.get("evidence")?.answer).toMatchObject({ kind: "list", items: [expect.stringMatching(/^¶\d+, sentence \d+: “.+”$/)] });
    expect(byType.get("single-choice")?.answer).toMatchObject({ kind: "text" });
    expect(byType.get("single-choice")?.gradable).toBe(false);

    const outsider = await classWithAssignment(1);
    await expect(getStudentWork({ classId: klass.id, studentId: outsider.students[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(outsider.teacher, () => getStudentWork({ classId: klass.id, studentId: student.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Bounded: more attempts, same number of queries.
    const queriesForOne = (await countQueries(() => getStudentWork({ classId: klass.id, studentId: student.id }))).queries;
    await db.assignment.update({ where: { id: assignment.id }, data: { attemptsAllowed: null } });
    await submitCorrectAttempt(student, assignment.id);
    await submitCorrectAttempt(student, assignment.id);
    signInAs(teacher);
    const queriesForThree = (await countQueries(() => getStudentWork({ classId: klass.id, studentId: student.id }))).queries;
    expect((await getStudentWork({ classId: klass.id, studentId: student.id })).assignments[0]!.attempts).toHaveLength(3);
    expect(queriesForOne).toBeGreaterThan(0);
    expect(queriesForThree).toBe(queriesForOne);
    expect(queriesForOne).toBeLessThanOrEqual(12);
  });
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
