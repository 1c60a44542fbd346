// Accommodations on real PostgreSQL: a student's own time limit in the autosave statement, submit and expiry;
// a personal due date in the gradebook and CSV; reduced choices; evidence chosen on the adapted text; and who
// may set or read them. Times are moved back on the database's own clock (no `now` is mocked), keeping the
// duration the server computed.
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { originalIdsOf } from "@/lib/content/adapted";
import type { Question } from "@/lib/content/schemas";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { correctResponse } from "@/testing/responses";
import { runAs, signInAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getAttemptView } = await import("@/server/attempts/get-attempt-view");
const { submitExpiredAttemptsInClass } = await import("@/server/attempts/expire-attempts");
const { getGradebook } = await import("@/server/analytics/get-gradebook");
const { setAssignmentAccommodation, setClassAccommodation } = await import("@/server/accommodations/set-accommodation");
const { getStudentAccommodations } = await import("@/server/accommodations/get-student-accommodations");

const LIMIT = 20;
const STANDARD = { extraTime: null, reducedChoices: false, adaptedFirst: false, readAloud: false, sentenceFrames: false } as const;

async function classWith(size: number, assignment: { lessonId?: string; timeLimitMinutes?: number | null; dueAt?: Date } = {}) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = await Promise.all(Array.from({ length: size }, (_, i) => createStudent(db, { classId: klass.id, name: `Student ${i}` })));
  const created = await db.assignment.create({
    data: {
      classId: klass.id,
      lessonId: assignment.lessonId ?? "02-mikoyan-close-reading",
      opensAt: new Date(Date.now() - 86_400_000),
      dueAt: assignment.dueAt ?? new Date(Date.now() + 86_400_000),
      timeLimitMinutes: assignment.timeLimitMinutes === undefined ? LIMIT : assignment.timeLimitMinutes,
    },
  });
  return { teacher, klass, students, assignment: created };
}

/** Moves an attempt `minutes` into the past, start and limit together: as if that much time had gone by. */
const minutesPass = (attemptId: string, minutes: number) =>
  db.$executeRaw`UPDATE "Attempt" SET "startedAt" = "startedAt" - make_interval(mins => ${minutes}), "expiresAt" = "expiresAt" - make_interval(mins => ${minutes}) WHERE id = ${attemptId}`;

async function firstQuestion(attemptId: string) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const [questionId, versionId] = Object.entries(attempt.questionVersionIds as Record<string, string>)[0]!;
  const version = await db.questionVersion.findUniqueOrThrow({ where: { id: versionId } });
  return { questionId, versionId, definition: version.definition as unknown as Question };
}

const save = (attemptId: string, q: Awaited<ReturnType<typeof firstQuestion>>, seq: number) =>
  saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: correctResponse(q.definition), flagged: false, seq });

describe("extra time, in the server", () => {
  test("a ×2 student's autosave is accepted at 1.5× the limit and refused after 2×; a classmate's is refused after 1×", async () => {
    const { teacher, klass, students, assignment } = await classWith(2);
    const [doubled, standard] = students as [(typeof students)[0], (typeof students)[0]];
    await runAs(teacher, () => setClassAccommodation({ classId: klass.id, studentId: doubled.id, settings: { ...STANDARD, extraTime: "DOUBLE" } }));

    const mine = await runAs(doubled, () => startAttempt({ assignmentId: assignment.id }));
    const theirs = await runAs(standard, () => startAttempt({ assignmentId: assignment.id }));
    const q = await firstQuestion(mine.attemptId);

    await minutesPass(mine.attemptId, LIMIT * 1.5);
    await minutesPass(theirs.attemptId, LIMIT * 1.5);
    await expect(runAs(doubled, () => save(mine.attemptId, q, 1))).resolves.toHaveProperty("savedAt");
    await expect(runAs(standard, () => save(theirs.attemptId, q, 1))).rejects.toMatchObject({ code: "CONFLICT" });

    await minutesPass(mine.attemptId, LIMIT * 0.5 + 1); // 2× the limit and a minute
    await expect(runAs(doubled, () => save(mine.attemptId, q, 2))).rejects.toMatchObject({ code: "CONFLICT" });
    // Refused, and turned in as of its own limit with what was saved at 1.5×.
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: mine.attemptId }, include: { answers: true } });
    expect(stored.submittedAt).toEqual(stored.expiresAt);
    expect(stored.expiresAt!.getTime() - stored.startedAt.getTime()).toBe(2 * LIMIT * 60_000);
    expect(stored.answers.find((a) => a.questionId === q.questionId)!.score).toBe(q.definition.points);
  });

  test("a no-limit student is never expired, and can still save and submit hours later", async () => {
    const { teacher, klass, students, assignment } = await classWith(1);
    const student = students[0]!;
    await runAs(teacher, () => setClassAccommodation({ classId: klass.id, studentId: student.id, settings: { ...STANDARD, extraTime: "NO_LIMIT" } }));
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    await db.$executeRaw`UPDATE "Attempt" SET "startedAt" = now() - interval '10 hours' WHERE id = ${attemptId}`;

    expect(await runAs(teacher, () => submitExpiredAttemptsInClass(klass.id))).toBe(0);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ expiresAt: null, submittedAt: null });
    const q = await firstQuestion(attemptId);
    await expect(runAs(student, () => save(attemptId, q, 1))).resolves.toHaveProperty("savedAt");
    const view = (await runAs(student, () => getAttemptView({ attemptId }))) as AttemptView;
    expect(view.expiresAt).toBeNull();
    expect(view.accommodation?.timeNote).toBe("You have no time limit — extended for you.");
    await expect(runAs(student, () => submitAttempt({ attemptId }))).resolves.toMatchObject({ attemptId });
  });

  test("changing the accommodation during an open attempt applies to it, and the student is told", async () => {
    const { teacher, klass, students, assignment } = await classWith(1);
    const student = students[0]!;
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const before = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(before.expiresAt!.getTime() - before.startedAt.getTime()).toBe(LIMIT * 60_000);

    await runAs(teacher, () => setAssignmentAccommodation({ classId: klass.id, studentId: student.id, assignmentId: assignment.id, settings: { ...STANDARD, extraTime: "TIME_AND_A_HALF" }, dueAt: null }));
    const after = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.expiresAt!.getTime() - after.startedAt.getTime()).toBe(30 * 60_000);
    const view = (await runAs(student, () => getAttemptView({ attemptId }))) as AttemptView;
    expect(view.accommodation?.timeNote).toBe("You have 30 minutes — extended.");
  });
});

describe("a personal due date", () => {
  test("moves late and missing in the gradebook and the CSV", async () => {
    const { teacher, klass, students, assignment } = await classWith(3, { dueAt: new Date(Date.now() - 3_600_000), timeLimitMinutes: null, lessonId: "01-sourcing-mikoyan" });
    const [later, laterAndDone, nothing] = students as [(typeof students)[0], (typeof students)[0], (typeof students)[0]];
    const personal = new Date(Date.now() + 2 * 86_400_000);
    for (const s of [later, laterAndDone]) {
      await runAs(teacher, () => setAssignmentAccommodation({ classId: klass.id, studentId: s.id, assignmentId: assignment.id, settings: STANDARD, dueAt: personal }));
    }
    // Turned in after the class's due date but before their own: not late.
    const { attemptId } = await runAs(laterAndDone, () => startAttempt({ assignmentId: assignment.id }));
    await runAs(laterAndDone, () => submitAttempt({ attemptId }));
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ late: false });

    const gradebook = await runAs(teacher, () => getGradebook(klass.id));
    const status = (id: string) => gradebook.rows.find((r) => r.student.id === id)!.cells[assignment.id]!;
    expect(status(later.id)).toMatchObject({ status: "not-started", accommodated: ["Own due date"] });
    expect(status(laterAndDone.id).status).toMatch(/^(submitted|awaiting-grading)$/);
    expect(status(nothing.id)).toMatchObject({ status: "missing", accommodated: [] });

    signInAs(teacher);
    const route = (await import(/* @vite-ignore */ path.resolve("app/api/classes/[classId]/export/gradebook/route.ts"))) as { GET: (r: Request, c: unknown) => Promise<Response> };
    const csv = await (await route.GET(new Request(`http://localhost/api/classes/${klass.id}/export/gradebook`), { params: Promise.resolve({ classId: klass.id }) })).text();
    const line = (name: string) => csv.split("\r\n").find((l) => l.startsWith(`${name},`))!;
    expect(line("Student 0")).toContain(",Not started,");
    expect(line("Student 0")).toContain("Own due date");
    expect(line("Student 2")).toContain(",Missing,");
    expect(line("Student 2")).not.toContain("Own due date");
  });
});

describe("reduced choices", () => {
  test("removes one wrong option from each single-choice question, never the key, and the same after a reload", async () => {
    const { teacher, klass, students, assignment } = await classWith(1, { timeLimitMinutes: null, lessonId: "03-kuznetsov-close-reading" });
    const student = students[0]!;
    await runAs(teacher, () => setClassAccommodation({ classId: klass.id, studentId: student.id, settings: { ...STANDARD, reducedChoices: true } }));
    const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(attempt.questionVersionIds as Record<string, string>) } } });
    const singles = versions.map((v) => ({ questionId: v.questionId, q: v.definition as unknown as Question })).filter((v) => v.q.type === "single-choice" && v.q.choices.length >= 3);
    expect(singles.length).toBeGreaterThan(0);

    const first = (await runAs(student, () => getAttemptView({ attemptId }))) as AttemptView;
    const reloaded = (await runAs(student, () => getAttemptView({ attemptId }))) as AttemptView;
    for (const { questionId, q } of singles) {
      if (q.type !== "single-choice") continue;
      const shown = first.questions.find((x) => x.questionId === questionId)!;
      const ids = "choices" in shown ? shown.choices.map((c) => c.id) : [];
      expect(ids).toHaveLength(q.choices.length - 1);
      expect(ids).toContain(q.answer);
      const again = reloaded.questions.find((x) => x.questionId === questionId)!;
      expect("choices" in again ? again.choices.map((c) => c.id) : []).toEqual(ids);
    }
    expect(Object.keys((attempt.layout as { removed: Record<string, string> }).removed).sort()).toEqual(singles.map((s) => s.questionId).sort());
  });
});

describe("evidence chosen on the adapted text", () => {
  test("is stored as the original sentence ids and grades exactly like the same sentences chosen on the original", async () => {
    const { students, assignment } = await classWith(2, { timeLimitMinutes: null, lessonId: "03-kuznetsov-close-reading" });
    const [onAdapted, onOriginal] = students as [(typeof students)[0], (typeof students)[0]];
    const results: Record<string, { response: unknown; score: number | null }[]> = { adapted: [], original: [] };
    for (const [who, student] of [["adapted", onAdapted], ["original", onOriginal]] as const) {
      const { attemptId } = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
      const view = (await runAs(student, () => getAttemptView({ attemptId }))) as AttemptView;
      const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(attempt.questionVersionIds as Record<string, string>) } } });
      let seq = 0;
      for (const version of versions) {
        const q = version.definition as unknown as Question;
        if (q.type !== "evidence") continue;
        const source = view.sources[q.source]!;
        const order = source.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
        // The key's paragraphs: every adapted sentence rendering a sentence of the key, plus one rendering a wrong sentence.
        const searchable = source.adapted!.filter((p) => !q.within || q.within.includes(p.id)).flatMap((p) => p.sentences);
        const adaptedIds = searchable.filter((s) => s.from.some((id) => q.answer.includes(id))).map((s) => s.id);
        const wrong = searchable.find((s) => s.from.every((id) => !q.answer.includes(id)))!;
        const chosen = originalIdsOf(source.adapted!, [...adaptedIds, wrong.id], order);
        const sentences = who === "adapted" ? chosen : [...q.answer, ...wrong.from].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        await runAs(student, () => saveAnswer({ attemptId, questionId: version.questionId, versionId: version.id, response: { sentences }, flagged: false, seq: ++seq }));
      }
      await runAs(student, () => submitAttempt({ attemptId }));
      const answers = await db.answer.findMany({ where: { attemptId, questionVersion: { type: "evidence" } }, orderBy: { questionId: "asc" } });
      results[who] = answers.map((a) => ({ response: a.response, score: a.score }));
    }
    expect(results.adapted!.length).toBeGreaterThan(0);
    expect(results.adapted).toEqual(results.original);
  });
});

describe("who may set or read a student's accommodations", () => {
  test("only the class's teacher: another teacher and the student are refused", async () => {
    const { teacher, klass, students } = await classWith(1);
    const other = await createTeacher(db);
    const student = students[0]!;
    await runAs(teacher, () => setClassAccommodation({ classId: klass.id, studentId: student.id, settings: { ...STANDARD, extraTime: "DOUBLE" } }));
    await expect(runAs(teacher, () => getStudentAccommodations({ classId: klass.id, studentId: student.id }))).resolves.toMatchObject({ classSettings: { extraTime: "DOUBLE" } });
    await expect(runAs(other, () => getStudentAccommodations({ classId: klass.id, studentId: student.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(student, () => getStudentAccommodations({ classId: klass.id, studentId: student.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAs(other, () => setClassAccommodation({ classId: klass.id, studentId: student.id, settings: STANDARD }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A student not in the class is "not found", even for the class's teacher.
    const stranger = await createStudent(db);
    await expect(runAs(teacher, () => setClassAccommodation({ classId: klass.id, studentId: stranger.id, settings: STANDARD }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.studentAccommodation.findUniqueOrThrow({ where: { classId_studentId: { classId: klass.id, studentId: student.id } } })).toMatchObject({ extraTime: "DOUBLE" });
  });
});
