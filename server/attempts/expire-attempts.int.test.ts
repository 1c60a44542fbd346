// Expiry without the student: a timed attempt whose time ran out is graded and counted as submitted in every
// teacher view, though the student never comes back. The attempts really are past their limit (their times are
// moved back on the database's own clock); no `now` is mocked anywhere.
import { describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { countQueries } from "@/testing/count-queries";
import { correctResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { submitExpiredAttemptsInClass, submitExpiredAttemptsOfAssignment, submitMyExpiredAttempts } = await import("@/server/attempts/expire-attempts");
const { getGradebook, getGradebookSubmittingExpired } = await import("@/server/analytics/get-gradebook");
const { getItemAnalysis } = await import("@/server/analytics/get-item-analysis");
const { getClassInsights } = await import("@/server/analytics/get-class-insights");
const { getStudentWork } = await import("@/server/grading/get-student-work");
const { listGradingQueue } = await import("@/server/grading/list-grading-queue");

const LESSON = "02-mikoyan-close-reading";
const LIMIT_MINUTES = 20;

/** A class whose students each start the timed quiz and answer every question right (the open response too), then close the browser. */
async function classMidQuiz(size: number) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = await Promise.all(Array.from({ length: size }, (_, i) => createStudent(db, { classId: klass.id, name: `Student ${i}` })));
  const assignment = await db.assignment.create({
    data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 3_600_000), dueAt: new Date(Date.now() + 86_400_000), timeLimitMinutes: LIMIT_MINUTES },
  });
  const attempts = await Promise.all(
    students.map((s) =>
      runAs(s, async () => {
        const { attemptId } = await startAttempt({ assignmentId: assignment.id });
        const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
        const pinned = Object.entries(attempt.questionVersionIds as Record<string, string>);
        const versions = await db.questionVersion.findMany({ where: { id: { in: pinned.map(([, v]) => v) } } });
        for (const [n, [questionId, versionId]] of pinned.entries()) {
          const definition = versions.find((v) => v.id === versionId)!.definition as unknown as Question;
          await saveAnswer({ attemptId, questionId, versionId, response: correctResponse(definition), flagged: false, seq: n + 1 });
        }
        return attemptId;
      }),
    ),
  );
  const versions = await db.question.findMany({ where: { lessonId: LESSON, retiredAt: null }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
  const autoMax = versions.filter((q) => q.versions[0]!.type !== "open-response").reduce((n, q) => n + q.versions[0]!.maxPoints, 0);
  return { teacher, klass, students, assignment, attempts, autoMax };
}

/** The limit ran out a minute ago: started LIMIT + 1 minutes ago by the database's clock, expiring LIMIT minutes after that. */
async function oneMinutePastTheLimit(attemptIds: string[]) {
  await db.$executeRaw`
    UPDATE "Attempt" SET "startedAt" = now() - make_interval(mins => ${LIMIT_MINUTES + 1}), "expiresAt" = now() - interval '1 minute'
    WHERE id = ANY(${attemptIds}::text[])`;
}

describe("a timed attempt one minute past its limit, the student's browser closed", () => {
  test("shows as submitted and scored in the gradebook, drill-down, item analysis, insights, grading queue and CSV", async () => {
    const { teacher, klass, students, assignment, attempts, autoMax } = await classMidQuiz(3);
    await oneMinutePastTheLimit(attempts);

    const gradebook = await runAs(teacher, () => getGradebookSubmittingExpired(klass.id));
    for (const row of gradebook.rows) {
      // Every auto-graded answer right; the open response awaits the teacher.
      expect(row.cells[assignment.id]).toMatchObject({ status: "awaiting-grading", attempts: 1 });
      expect(row.cells[assignment.id]!.best).toBeGreaterThan(0);
    }
    const stored = await db.attempt.findMany({ where: { id: { in: attempts } } });
    for (const a of stored) {
      expect(a.submittedAt).toEqual(a.expiresAt); // turned in when the time ran out, not when the teacher looked
      expect(a).toMatchObject({ score: autoMax, awaitingGrading: true, late: false });
    }

    const work = await runAs(teacher, () => getStudentWork({ classId: klass.id, studentId: students[0]!.id }));
    const attempt = work.assignments.find((a) => a.id === assignment.id)!.attempts[0]!;
    expect(attempt.submittedAt).not.toBeNull();
    expect(attempt.answers.filter((a) => a.gradable)).toHaveLength(1);

    const analysis = await runAs(teacher, () => getItemAnalysis(assignment.id));
    expect(analysis.students).toBe(3);
    const insights = await runAs(teacher, () => getClassInsights(klass.id, "UTC"));
    expect(insights.distributions.find((d) => d.assignmentId === assignment.id)?.fractions).toHaveLength(3);
    const queue = await runAs(teacher, () => listGradingQueue(klass.id));
    expect(queue.pendingTotal).toBe(3);

    const csv = await runAs(teacher, async () => {
      const { GET } = await import(/* @vite-ignore */ `${process.cwd()}/app/api/classes/[classId]/export/gradebook/route.ts`);
      return (await GET(new Request(`http://localhost/api/classes/${klass.id}/export/gradebook`), { params: Promise.resolve({ classId: klass.id }) })).text();
    });
    expect(csv.match(/Awaiting grading/g)).toHaveLength(3);
    expect(csv).not.toContain("In progress");
  });

  test("the CSV, item analysis and live activity route turn expired attempts in on their own, with no page visited first", async () => {
    const route = async (file: string, params: Record<string, string>) => {
      const { GET } = await import(/* @vite-ignore */ `${process.cwd()}/app/api/${file}/route.ts`);
      const url = `http://localhost/api/${file.replace(/\[(\w+)\]/g, (_: string, p: string) => params[p]!)}`;
      return (await GET(new Request(url), { params: Promise.resolve(params) })) as Response;
    };
    const csvClass = await classMidQuiz(1);
    await oneMinutePastTheLimit(csvClass.attempts);
    expect(await runAs(csvClass.teacher, async () => (await route("classes/[classId]/export/gradebook", { classId: csvClass.klass.id })).text())).toContain("Awaiting grading");

    const analysisClass = await classMidQuiz(1);
    await oneMinutePastTheLimit(analysisClass.attempts);
    expect((await runAs(analysisClass.teacher, () => route("assignments/[assignmentId]/export/item-analysis", { assignmentId: analysisClass.assignment.id }))).status).toBe(200);
    expect(await db.attempt.count({ where: { id: { in: analysisClass.attempts }, submittedAt: null } })).toBe(0);

    const liveClass = await classMidQuiz(1);
    const before = await runAs(liveClass.teacher, async () => (await route("classes/[classId]/activity", { classId: liveClass.klass.id })).json());
    await oneMinutePastTheLimit(liveClass.attempts);
    const after = await runAs(liveClass.teacher, async () => (await route("classes/[classId]/activity", { classId: liveClass.klass.id })).json());
    expect(after).not.toEqual(before); // the live gradebook refreshes by itself
    expect(await db.attempt.count({ where: { id: { in: liveClass.attempts }, submittedAt: null } })).toBe(0);
  });

  test("a teacher's read costs the same few statements for one expired attempt as for five, and one read when none has", async () => {
    const none = await classMidQuiz(1);
    expect((await countQueries(() => runAs(none.teacher, () => submitExpiredAttemptsInClass(none.klass.id)))).queries).toBe(2); // who is asking, and the expired-attempt check

    const one = await classMidQuiz(1);
    const five = await classMidQuiz(5);
    await oneMinutePastTheLimit([...one.attempts, ...five.attempts]);
    const small = await countQueries(() => runAs(one.teacher, () => submitExpiredAttemptsInClass(one.klass.id)));
    const large = await countQueries(() => runAs(five.teacher, () => submitExpiredAttemptsInClass(five.klass.id)));
    expect(small.result).toBe(1);
    expect(large.result).toBe(5);
    expect(large.queries).toBe(small.queries);
  });

  test("the gradebook finds expired attempts in its own aggregate: five statements when there are none", async () => {
    const none = await classMidQuiz(2);
    const read = await countQueries(() => runAs(none.teacher, () => getGradebookSubmittingExpired(none.klass.id)));
    expect(read.queries).toBe(5); // who is asking, the class, the students, the assignments, the aggregate
    expect(read.result.rows.every((r) => r.cells[none.assignment.id]!.status === "in-progress")).toBe(true);
    const plain = await runAs(none.teacher, () => getGradebook(none.klass.id));
    expect(plain.expiredOpen).toBe(0);
    await oneMinutePastTheLimit(none.attempts);
    expect((await runAs(none.teacher, () => getGradebook(none.klass.id))).expiredOpen).toBe(2);
  });

  test("an attempt still within its time, or another teacher's, is left alone", async () => {
    const mine = await classMidQuiz(1);
    const theirs = await classMidQuiz(1);
    await oneMinutePastTheLimit(theirs.attempts);
    expect(await runAs(mine.teacher, () => submitExpiredAttemptsInClass(mine.klass.id))).toBe(0);
    expect(await runAs(mine.teacher, () => submitExpiredAttemptsInClass(theirs.klass.id))).toBe(0);
    expect(await runAs(mine.teacher, () => submitExpiredAttemptsOfAssignment(theirs.assignment.id))).toBe(0);
    expect(await db.attempt.count({ where: { id: { in: [...mine.attempts, ...theirs.attempts] }, submittedAt: null } })).toBe(2);
  });

  test("the student's own late submit, the teacher's view and the student's next page, all at once, grade it once", async () => {
    const { teacher, klass, students, attempts, autoMax } = await classMidQuiz(1);
    await oneMinutePastTheLimit(attempts);
    const student = students[0]!;
    const results = await Promise.all([
      runAs(student, () => submitAttempt({ attemptId: attempts[0]! })),
      runAs(teacher, () => submitExpiredAttemptsInClass(klass.id)),
      runAs(student, () => submitMyExpiredAttempts()),
      runAs(teacher, () => submitExpiredAttemptsInClass(klass.id)),
    ]);
    expect(results[0]).toMatchObject({ score: autoMax, awaitingGrading: true });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attempts[0]! }, include: { answers: true } });
    expect(attempt).toMatchObject({ score: autoMax, awaitingGrading: true });
    expect(attempt.submittedAt).toEqual(attempt.expiresAt);
    expect(attempt.answers.filter((a) => a.response !== null)).toHaveLength(attempt.answers.length);
  });
});
