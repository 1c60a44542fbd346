import { afterEach, describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { discrimination, facility } from "@/lib/item-stats";
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
const { getGradebook } = await import("@/server/analytics/get-gradebook");
const { getItemAnalysis } = await import("@/server/analytics/get-item-analysis");

const LESSON = "03-kuznetsov-close-reading";

/** A class whose students answer with varied skill (student i gets question q right when (i * 7 + q * 3) % 5 < i % 5 + 1). */
async function classWithWork(size: number) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = await Promise.all(Array.from({ length: size }, (_, i) => createStudent(db, { classId: klass.id, name: `Student ${String(i).padStart(2, "0")}` })));
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 2 } });
  await db.assignment.create({ data: { classId: klass.id, lessonId: "01-sourcing-mikoyan", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() - 1000) } });
  await Promise.all(
    students.map((s, i) =>
      runAs(s, async () => {
        const { attemptId } = await startAttempt({ assignmentId: assignment.id });
        const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
        const ids = attempt.questionVersionIds as Record<string, string>;
        const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(ids) } } });
        let q = 0;
        for (const [questionId, versionId] of Object.entries(ids)) {
          const def = versions.find((v) => v.id === versionId)!.definition as unknown as Question;
          if (def.type === "open-response") continue;
          const right = (i * 7 + q * 3) % 5 < (i % 5) + 1;
          await saveAnswer({ attemptId, questionId, versionId, response: right ? correctResponse(def) : wrongResponse(def), flagged: false, seq: ++q });
        }
        await submitAttempt({ attemptId });
      }),
    ),
  );
  return { teacher, klass, students, assignment };
}

afterEach(() => signInAs(null));

describe("gradebook", () => {
  test("takes at most 5 queries, the same for 5 students as for 30", async () => {
    const small = await classWithWork(5);
    const large = await classWithWork(30);
    signInAs(small.teacher);
    const a = await countQueries(() => getGradebook(small.klass.id));
    signInAs(large.teacher);
    const b = await countQueries(() => getGradebook(large.klass.id));
    expect(a.queries).toBeLessThanOrEqual(5);
    expect(b.queries).toBe(a.queries);
    expect(b.result.rows).toHaveLength(30);
    // The past-due reading of lesson 01 was never started: missing for everyone. The quiz is submitted.
    const [quiz, old] = [large.assignment.id, b.result.assignments.find((x) => x.id !== large.assignment.id)!.id];
    expect(new Set(b.result.rows.map((r) => r.cells[old]!.status))).toEqual(new Set(["missing"]));
    expect(b.result.rows.every((r) => ["submitted", "awaiting-grading"].includes(r.cells[quiz]!.status))).toBe(true);
  });

  test("another teacher gets not found, not data", async () => {
    const { klass } = await classWithWork(1);
    signInAs(await createTeacher(db));
    await expect(getGradebook(klass.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("item analysis", () => {
  test("matches the reference statistics, over first attempts only, in a bounded number of queries", async () => {
    const { teacher, assignment, students } = await classWithWork(12);
    // A second attempt by one student must not change the analysis.
    await runAs(students[0]!, async () => {
      const { attemptId } = await startAttempt({ assignmentId: assignment.id });
      await submitAttempt({ attemptId });
    });
    signInAs(teacher);
    await getItemAnalysis(assignment.id); // warm the question cache
    const { result, queries } = await countQueries(() => getItemAnalysis(assignment.id));
    expect(queries).toBeLessThanOrEqual(5);
    expect(result.students).toBe(12);

    const firsts = await db.attempt.findMany({ where: { assignmentId: assignment.id, number: 1 }, include: { answers: true } });
    for (const item of result.items.filter((i) => i.definition.type !== "open-response")) {
      const pairs = firsts.map((f) => ({ item: f.answers.find((a) => a.questionId === item.questionId)!, total: f.score! }));
      expect(item.facility).toBeCloseTo(facility(pairs.map((p) => p.item.score! / p.item.maxPoints))!, 10);
      const reference = discrimination(pairs.map((p) => p.item.score!), pairs.map((p) => p.total));
      if (reference === null) expect(item.discrimination).toBeNull();
      else expect(item.discrimination).toBeCloseTo(reference, 10);
    }
    const single = result.items.find((i) => i.definition.type === "single-choice")!;
    expect(Object.values(single.options).reduce((a, b) => a + b, 0)).toBe(12);
  });
});
