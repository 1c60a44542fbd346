// Per-attempt order, through the real engine: drawn when the attempt starts, stored on it, the same on every
// reload (or another device), different between students, and irrelevant to grading, which goes by id.
import { describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { readLayout } from "@/lib/quiz/layout";
import type { PublicQuestion } from "@/lib/quiz/public-question";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { correctResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getAttemptView } = await import("@/server/attempts/get-attempt-view");
const { getResults } = await import("@/server/attempts/get-results");

const LESSON = "03-kuznetsov-close-reading";

async function classWith(size: number, settings: { shuffleOptions?: boolean; shuffleQuestions?: boolean } = {}) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = await Promise.all(Array.from({ length: size }, () => createStudent(db, { classId: klass.id })));
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), ...settings } });
  return { teacher, students, assignment };
}

async function openView(student: Awaited<ReturnType<typeof createStudent>>, assignmentId: string) {
  return runAs(student, async () => {
    const { attemptId } = await startAttempt({ assignmentId });
    const view = await getAttemptView({ attemptId });
    if ("submitted" in view) throw new Error("expected an open attempt");
    return view;
  });
}

/** What a student sees of each question's options, in order. */
const shownOrder = (view: AttemptView) =>
  view.questions.map((q: PublicQuestion) =>
    q.type === "single-choice" || q.type === "multiple-select" ? q.choices.map((c) => c.id) : q.type === "matching" ? q.right.map((r) => r.id) : q.type === "ordering" ? q.items.map((i) => i.id) : [],
  );

const fileOrder = (d: Question) =>
  d.type === "single-choice" || d.type === "multiple-select" ? d.choices.map((c) => c.id) : d.type === "matching" ? d.right.map((r) => r.id) : d.type === "ordering" ? d.items.map((i) => i.id) : [];

async function definitionsOf(view: AttemptView) {
  const rows = await db.questionVersion.findMany({ where: { id: { in: view.questions.map((q) => q.versionId) } } });
  return new Map(rows.map((r) => [r.questionId, r.definition as unknown as Question]));
}

describe("per-attempt order", () => {
  test("is stored when the attempt starts and the same after a reload; students differ; the key order is not what is sent", async () => {
    const { students, assignment } = await classWith(6);
    const views = await Promise.all(students.map((s) => openView(s, assignment.id)));
    const reloaded = await runAs(students[0]!, () => getAttemptView({ attemptId: views[0]!.attemptId }));
    expect(shownOrder(reloaded as AttemptView)).toEqual(shownOrder(views[0]!));
    expect(reloaded).toEqual(views[0]);

    const stored = readLayout((await db.attempt.findUniqueOrThrow({ where: { id: views[0]!.attemptId } })).layout);
    expect(stored).not.toBeNull();
    for (const q of views[0]!.questions) if (stored!.options[q.questionId]) expect(shownOrder({ ...views[0]!, questions: [q] })[0]).toEqual(stored!.options[q.questionId]);

    expect(new Set(views.map((v) => JSON.stringify(shownOrder(v)))).size).toBeGreaterThan(1);
    // Somewhere in six attempts of this quiz, an option list is not in the file's order.
    const definitions = await definitionsOf(views[0]!);
    const moved = views.some((v) => v.questions.some((q, i) => JSON.stringify(shownOrder(v)[i]) !== JSON.stringify(fileOrder(definitions.get(q.questionId)!))));
    expect(moved).toBe(true);
    // The questions keep the quiz's order unless the assignment shuffles them.
    expect(views[0]!.questions.map((q) => q.questionId)).toEqual([...definitions.keys()].sort());
  });

  test("grading goes by id: answering the key in a shuffled attempt scores full marks", async () => {
    const { students, assignment } = await classWith(1, { shuffleQuestions: true });
    const view = await openView(students[0]!, assignment.id);
    const definitions = await definitionsOf(view);
    await runAs(students[0]!, async () => {
      for (const [n, q] of view.questions.entries()) {
        await saveAnswer({ attemptId: view.attemptId, questionId: q.questionId, versionId: q.versionId, response: correctResponse(definitions.get(q.questionId)!), flagged: false, seq: n + 1 });
      }
    });
    const result = await runAs(students[0]!, () => submitAttempt({ attemptId: view.attemptId }));
    const openMax = [...definitions.values()].filter((d) => d.type === "open-response").reduce((n, d) => n + d.points, 0);
    expect(result.score).toBe(result.maxScore - openMax);
    // The results list the questions in the order the student saw them.
    const results = await runAs(students[0]!, () => getResults({ attemptId: view.attemptId }));
    expect(results.items.map((i) => i.questionId)).toEqual(view.questions.map((q) => q.questionId));
    expect(results.items.map((i) => i.number)).toEqual(view.questions.map((q) => q.number));
  });

  test("shuffled question order when the assignment asks, numbered as shown", async () => {
    const { students, assignment } = await classWith(6, { shuffleQuestions: true });
    const views = await Promise.all(students.map((s) => openView(s, assignment.id)));
    expect(new Set(views.map((v) => v.questions.map((q) => q.questionId).join())).size).toBeGreaterThan(1);
    for (const v of views) expect(v.questions.map((q) => q.number)).toEqual(v.questions.map((_, i) => i + 1));
  });

  test("an assignment with shuffling off shows the file's order (an ordering question still never starts solved)", async () => {
    const { students, assignment } = await classWith(1, { shuffleOptions: false });
    const view = await openView(students[0]!, assignment.id);
    const definitions = await definitionsOf(view);
    for (const q of view.questions) {
      const definition = definitions.get(q.questionId)!;
      const shown = shownOrder({ ...view, questions: [q] })[0];
      if (definition.type === "ordering") expect(shown).not.toEqual(definition.answer);
      else expect(shown).toEqual(fileOrder(definition));
    }
    // Turning shuffling on later leaves a started attempt as it was.
    await db.assignment.update({ where: { id: assignment.id }, data: { shuffleOptions: true } });
    expect(shownOrder((await runAs(students[0]!, () => getAttemptView({ attemptId: view.attemptId }))) as AttemptView)).toEqual(shownOrder(view));
  });

  test("an attempt without a stored layout (made before layouts existed) shows the file's order", async () => {
    const { students, assignment } = await classWith(1);
    const view = await openView(students[0]!, assignment.id);
    await db.$executeRaw`UPDATE "Attempt" SET layout = NULL WHERE id = ${view.attemptId}`;
    const legacy = (await runAs(students[0]!, () => getAttemptView({ attemptId: view.attemptId }))) as AttemptView;
    const definitions = await definitionsOf(legacy);
    for (const q of legacy.questions) {
      const definition = definitions.get(q.questionId)!;
      if (definition.type !== "ordering") expect(shownOrder({ ...legacy, questions: [q] })[0]).toEqual(fileOrder(definition));
    }
  });
});
