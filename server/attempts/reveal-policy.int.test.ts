// What a student receives, per reveal policy × surface, through the real use cases and route handlers:
// the results page, each question's score, the check-as-you-go endpoint, the review queue and the data
// export. One rule decides them all (lib/reveal-policy.ts); this checks that every surface obeys it.
import { describe, expect, test, vi } from "vitest";
import type { RevealPolicy } from "@/lib/enums";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { correctResponse, wrongResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";
import { takeQuiz } from "@/testing/take-quiz";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { getResults } = await import("@/server/attempts/get-results");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { getAttemptView } = await import("@/server/attempts/get-attempt-view");
const { getReviewSession } = await import("@/server/progress/get-review-session");
const { answerReview } = await import("@/server/progress/answer-review");
const { getStudentProgress } = await import("@/server/progress/get-student-progress");
const { updateAssignment, findOwnAssignment } = await import("@/server/assignments/manage-assignment");

const DAY = 86_400_000;
const LESSON = "02-mikoyan-close-reading";
type Student = Awaited<ReturnType<typeof createStudent>>;

/** The app's route handler for `file` under app/api, called as the browser would (same origin, JSON). */
async function route(file: string, method: "GET" | "POST", params: Record<string, string>, body?: unknown): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/app/api/${file}/route.ts`)) as Record<string, (r: Request, ctx: unknown) => Promise<Response>>;
  const url = `http://localhost/api/${file.replace(/\[(\w+)\]/g, (_, p: string) => params[p]!)}`;
  const headers: Record<string, string> = { Origin: "http://localhost", "Sec-Fetch-Site": "same-origin", ...(body === undefined ? {} : { "Content-Type": "application/json" }) };
  return mod[method]!(new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
}

/** A student who took the quiz under `revealPolicy`, got every question wrong, and may take it again. */
async function submittedUnder(revealPolicy: RevealPolicy, dueAt = new Date(Date.now() + 7 * DAY)) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const student = await createStudent(db, { classId: klass.id });
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - DAY), dueAt, revealPolicy, attemptsAllowed: 2 } });
  const quiz = await takeQuiz(student, assignment.id, wrongResponse);
  const submittedAt = (await db.attempt.findUniqueOrThrow({ where: { id: quiz.attemptId } })).submittedAt!;
  const missed = quiz.questions.filter((q) => q.definition.type !== "open-response").map((q) => q.questionId);
  // Settings as the edit form sends them back (the use case takes every field).
  const own = await runAs(teacher, () => findOwnAssignment(assignment.id));
  const edit = (changes: Partial<typeof own>) => {
    const { id: _id, classId: _c, _count, ...settings } = { ...own, ...changes };
    return runAs(teacher, () => updateAssignment({ ...settings, assignmentId: assignment.id }));
  };
  return {
    edit, teacher, student, assignment, quiz, missed, reviewDue: new Date(submittedAt.getTime() + DAY + 60_000) };
}

const quizTypes = new Map((await db.question.findMany({ where: { lessonId: LESSON }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } })).map((q) => [q.id, q.versions[0]!.type]));

/** Everything the student receives about the submitted attempt, surface by surface. */
async function whatTheStudentGets(student: Student, attemptId: string, missed: string[], reviewNow: Date) {
  const results = await runAs(student, () => getResults({ attemptId }));
  const exported = await runAs(student, async () => (await route("me/export", "GET", {})).json());
  const attempt = (exported as { attempts: { number: number; score: number; answers: Record<string, unknown>[]; perQuestionResults?: string }[] }).attempts.find((a) => a.number === 1)!;
  const review = await runAs(student, () => getReviewSession({ now: reviewNow }));
  const practise = await runAs(student, async () => {
    const questionId = missed.find((id) => quizTypes.get(id) === "single-choice")!;
    const version = await db.question.findUniqueOrThrow({ where: { id: questionId }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
    return answerReview({ questionId, versionId: version.versions[0]!.id, response: { choice: "a" } }, { now: reviewNow }).then(
      (r) => ({ ok: true as const, explanation: r.feedback.explanation }),
      (e: { code: string }) => ({ ok: false as const, code: e.code }),
    );
  });
  return {
    total: results.attempt.score,
    resultsShowMarks: results.items.map((i) => i.marks !== undefined),
    resultScores: results.items.map((i) => i.marks?.score),
    explanations: results.items.filter((i) => i.marks?.feedback.explanation).length,
    exportTotal: attempt.score,
    exportScores: attempt.answers.map((a) => a.score),
    exportWithheld: attempt.perQuestionResults ?? null,
    exportReviewItems: (exported as { reviewQueue: unknown[] }).reviewQueue.length,
    reviewDue: review.dueNow,
    reviewCard: review.card !== null,
    practise,
  };
}

/** The check endpoint on a fresh open attempt of the same assignment, after saving one answer. */
async function checkOnNewAttempt(student: Student, assignmentId: string) {
  return runAs(student, async () => {
    const { attemptId } = await startAttempt({ assignmentId });
    const view = await getAttemptView({ attemptId });
    if ("submitted" in view) throw new Error("expected an open attempt");
    const q = view.questions.find((x) => x.type === "single-choice")!;
    const definition = (await db.questionVersion.findUniqueOrThrow({ where: { id: q.versionId } })).definition as never;
    await saveAnswer({ attemptId, questionId: q.questionId, versionId: q.versionId, response: correctResponse(definition), flagged: false, seq: 1 });
    const response = await route("attempts/[attemptId]/check", "POST", { attemptId }, { questionId: q.questionId });
    return { status: response.status, body: (await response.json()) as { explanation?: string }, checkEachAnswer: view.checkEachAnswer };
  });
}

describe("reveal policy × surface", () => {
  test("after each question: check as you go; after submitting, every per-question result, review and export", async () => {
    const { student, assignment, quiz, missed, reviewDue } = await submittedUnder("AFTER_EACH_QUESTION");
    const got = await whatTheStudentGets(student, quiz.attemptId, missed, reviewDue);
    expect(got.resultsShowMarks.every(Boolean)).toBe(true);
    expect(got.resultScores.every((s) => typeof s === "number")).toBe(true);
    expect(got.explanations).toBe(quiz.questions.length);
    expect(got.exportScores.every((s) => typeof s === "number")).toBe(true);
    expect(got.exportWithheld).toBeNull();
    expect(got).toMatchObject({ exportReviewItems: missed.length, reviewDue: missed.length, reviewCard: true, practise: { ok: true } });
    const check = await checkOnNewAttempt(student, assignment.id);
    expect(check.checkEachAnswer).toBe(true);
    expect(check.status).toBe(200);
    expect(check.body.explanation).toBeTruthy();
  });

  test("after submission: per-question results, review and export once submitted; no checking during the quiz", async () => {
    const { student, assignment, quiz, missed, reviewDue } = await submittedUnder("AFTER_SUBMISSION");
    const got = await whatTheStudentGets(student, quiz.attemptId, missed, reviewDue);
    expect(got.resultsShowMarks.every(Boolean)).toBe(true);
    expect(got.exportScores.every((s) => typeof s === "number")).toBe(true);
    expect(got).toMatchObject({ exportWithheld: null, exportReviewItems: missed.length, reviewDue: missed.length, reviewCard: true, practise: { ok: true } });
    const check = await checkOnNewAttempt(student, assignment.id);
    expect(check).toMatchObject({ status: 403, checkEachAnswer: false });
    expect(check.body.explanation).toBeUndefined();
  });

  test("after the due date, before it: the total only — no per-question score anywhere, review held, no checking", async () => {
    const dueAt = new Date(Date.now() + 7 * DAY);
    const { student, assignment, quiz, missed, reviewDue } = await submittedUnder("AFTER_DUE", dueAt);
    const got = await whatTheStudentGets(student, quiz.attemptId, missed, reviewDue);
    expect(got.total).toBe(0);
    expect(got.exportTotal).toBe(0);
    expect(got.resultsShowMarks.some(Boolean)).toBe(false);
    expect(got.explanations).toBe(0);
    expect(got.exportScores.every((s) => s === undefined)).toBe(true);
    expect(got.exportWithheld).toBe(`withheld by the reveal policy until ${dueAt.toISOString()}`);
    expect(got).toMatchObject({ exportReviewItems: 0, reviewDue: 0, reviewCard: false, practise: { ok: false, code: "NOT_FOUND" } });
    // Held, not lost: the items come due at the due date.
    const atDue = await runAs(student, () => getReviewSession({ now: new Date(dueAt.getTime() + 60_000) }));
    expect(atDue.dueNow).toBe(missed.length);
    expect((await checkOnNewAttempt(student, assignment.id)).status).toBe(403);
  });

  test("after the due date, once it has passed (the teacher moves it): everything per question, review released", async () => {
    const { edit, student, quiz, missed, reviewDue } = await submittedUnder("AFTER_DUE");
    await edit({ dueAt: new Date(Date.now() - 60_000) });
    const got = await whatTheStudentGets(student, quiz.attemptId, missed, reviewDue);
    expect(got.resultsShowMarks.every(Boolean)).toBe(true);
    expect(got.exportScores.every((s) => typeof s === "number")).toBe(true);
    expect(got).toMatchObject({ exportWithheld: null, exportReviewItems: missed.length, reviewDue: missed.length, practise: { ok: true } });
  });

  test("never: the total only, on every surface, ever; and no checking", async () => {
    const { student, assignment, quiz, missed } = await submittedUnder("NEVER");
    const muchLater = new Date(Date.now() + 365 * DAY);
    const got = await whatTheStudentGets(student, quiz.attemptId, missed, muchLater);
    expect(got.total).toBe(0);
    expect(got.resultsShowMarks.some(Boolean)).toBe(false);
    expect(got.exportScores.every((s) => s === undefined)).toBe(true);
    expect(got.exportWithheld).toBe("withheld: your teacher shows totals only");
    expect(got).toMatchObject({ exportReviewItems: 0, reviewDue: 0, reviewCard: false, practise: { ok: false, code: "NOT_FOUND" } });
    // Mastery by skill would tell how single questions went: answers under "never" do not count there either.
    const progress = await runAs(student, () => getStudentProgress({ now: muchLater }));
    expect(progress.skills.every((s) => s.answers === 0)).toBe(true);
    expect(progress.attempts).toHaveLength(1);
    expect((await checkOnNewAttempt(student, assignment.id)).status).toBe(403);
  });

  test("a teacher who later allows answers releases the held review; one who forbids them holds it again", async () => {
    const { edit, student, missed, reviewDue } = await submittedUnder("NEVER");
    await edit({ revealPolicy: "AFTER_SUBMISSION" });
    expect((await runAs(student, () => getReviewSession({ now: reviewDue }))).dueNow).toBe(missed.length);
    await edit({ revealPolicy: "NEVER" });
    expect((await runAs(student, () => getReviewSession({ now: reviewDue }))).dueNow).toBe(0);
  });

  test("a question missed again under 'after submission' is practised even if an earlier miss was held", async () => {
    const { teacher, student, missed, reviewDue } = await submittedUnder("NEVER");
    const klass = await createClass(db, teacher.id);
    await db.enrollment.create({ data: { classId: klass.id, studentId: student.id } });
    const open = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - DAY), dueAt: new Date(Date.now() + DAY) } });
    await takeQuiz(student, open.id, wrongResponse);
    expect((await runAs(student, () => getReviewSession({ now: reviewDue }))).dueNow).toBe(missed.length);
  });
});
