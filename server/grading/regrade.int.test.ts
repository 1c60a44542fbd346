import { describe, expect, test, vi } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { correctResponse, wrongResponse } from "@/testing/responses";
import { runAs } from "@/testing/session";
import { takeQuiz } from "@/testing/take-quiz";
import { insertTeacherQuestion, sampleChoiceQuestion } from "@/testing/teacher-questions";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { db } = await import("@/server/db");
const { previewRegrade, applyRegrade } = await import("@/server/grading/regrade-question");
const { getResults } = await import("@/server/attempts/get-results");

const LESSON = "02-mikoyan-close-reading";

/**
 * A class of three who took the lesson 2 quiz: Ada answered everything right, Ben everything wrong, Cy left it
 * all blank; and a second assignment in the same class that a regrade of the first must not touch.
 */
async function classThatAnswered() {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const [ada, ben, cy] = [await createStudent(db, { classId: klass.id, name: "Ada" }), await createStudent(db, { classId: klass.id, name: "Ben" }), await createStudent(db, { classId: klass.id, name: "Cy" })];
  const assign = () => db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) } });
  const [assignment, other] = [await assign(), await assign()];
  const taken = {
    ada: await takeQuiz(ada, assignment.id, correctResponse),
    ben: await takeQuiz(ben, assignment.id, wrongResponse),
    cy: await takeQuiz(cy, assignment.id, () => undefined),
  };
  await takeQuiz(ada, other.id, correctResponse);
  const single = taken.ada.questions.find((q) => q.definition.type === "single-choice")!;
  const definition = single.definition as Extract<Question, { type: "single-choice" }>;
  return { teacher, klass, students: { ada, ben, cy }, assignment, other, taken, questionId: single.questionId, definition, wrongChoice: (wrongResponse(definition) as { choice: string }).choice };
}

/** Every row a regrade could touch, of both assignments: attempts, answers and audits. */
async function rowsOf(assignmentIds: string[]) {
  const where = { assignmentId: { in: assignmentIds } };
  const [attempts, answers, audits, adjustments] = await Promise.all([
    db.attempt.findMany({ where, orderBy: { id: "asc" } }),
    db.answer.findMany({ where: { attempt: where }, orderBy: [{ attemptId: "asc" }, { questionId: "asc" }] }),
    db.gradeAudit.findMany({ where: { answer: { attempt: where } }, orderBy: { id: "asc" } }),
    db.questionAdjustment.findMany({ where: { assignmentId: { in: assignmentIds } } }),
  ]);
  return { attempts, answers, audits, adjustments };
}

describe("the dry run", () => {
  test("a corrected key lists exactly the attempts whose score changes, by how much, and writes nothing", async () => {
    const c = await classThatAnswered();
    const before = await rowsOf([c.assignment.id, c.other.id]);
    const plan = await runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: [c.wrongChoice] }));

    const points = c.definition.points;
    // Ada was right and now is wrong; Ben chose the corrected key; Cy's blank stays 0.
    expect(plan.changes.map((ch) => [ch.studentName, ch.attempt.newScore - ch.attempt.oldScore])).toEqual([
      ["Ada", -points],
      ["Ben", points],
    ]);
    expect(plan.changes.map((ch) => ch.attemptId).sort()).toEqual([c.taken.ada.attemptId, c.taken.ben.attemptId].sort());
    expect(plan.changes[0]!.attempt).toMatchObject({ oldScore: c.taken.ada.result.score, oldMax: c.taken.ada.result.maxScore, newMax: c.taken.ada.result.maxScore });
    expect(plan.unchanged).toBe(1);
    expect(await rowsOf([c.assignment.id, c.other.id])).toEqual(before);
  });

  test("full marks changes everyone who did not already have them; drop changes everyone's maximum", async () => {
    const c = await classThatAnswered();
    const full = await runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "FULL_MARKS" }));
    expect(full.changes.map((ch) => ch.studentName)).toEqual(["Ben", "Cy"]);
    const drop = await runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "DROP" }));
    expect(drop.changes.map((ch) => [ch.studentName, ch.attempt.oldMax - ch.attempt.newMax])).toEqual([
      ["Ada", c.definition.points],
      ["Ben", c.definition.points],
      ["Cy", c.definition.points],
    ]);
  });

  test("a key that does not fit the question is refused", async () => {
    const c = await classThatAnswered();
    await expect(runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: ["zz"] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const open = c.taken.ada.questions.find((q) => q.definition.type === "open-response")!;
    await expect(runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: open.questionId, kind: "REKEY", key: ["a"] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("applying a regrade", () => {
  test("writes one audit row per changed answer, the changed answers and totals, and nothing else", async () => {
    const c = await classThatAnswered();
    const before = await rowsOf([c.assignment.id, c.other.id]);
    const plan = await runAs(c.teacher, () => previewRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: [c.wrongChoice] }));
    const applied = await runAs(c.teacher, () => applyRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: [c.wrongChoice] }));
    expect(applied.changed).toBe(2);
    const after = await rowsOf([c.assignment.id, c.other.id]);

    const changed = new Set(plan.changes.map((ch) => ch.attemptId));
    expect(after.audits.map((a) => [a.attemptId, a.questionId, a.graderId, a.oldScore, a.newScore])).toEqual(
      expect.arrayContaining(plan.changes.map((ch) => [ch.attemptId, c.questionId, c.teacher.id, ch.answer.oldScore, ch.answer.newScore])),
    );
    expect(after.audits).toHaveLength(before.audits.length + 2);
    expect(after.audits.every((a) => a.comment === "Your teacher corrected this question's answer key and regraded it.")).toBe(true);
    // Answers: only the regraded question of the changed attempts differs, and only in its score.
    const key = (a: { attemptId: string; questionId: string }) => `${a.attemptId} ${a.questionId}`;
    const beforeAnswers = new Map(before.answers.map((a) => [key(a), a]));
    for (const answer of after.answers) {
      const was = beforeAnswers.get(key(answer))!;
      if (changed.has(answer.attemptId) && answer.questionId === c.questionId) expect({ ...answer, score: was.score }).toEqual(was);
      else expect(answer).toEqual(was);
    }
    // Attempts: only the changed ones, and only their totals, as the dry run said.
    for (const attempt of after.attempts) {
      const was = before.attempts.find((a) => a.id === attempt.id)!;
      const change = plan.changes.find((ch) => ch.attemptId === attempt.id);
      if (change) expect(attempt).toEqual({ ...was, score: change.attempt.newScore, maxScore: change.attempt.newMax });
      else expect(attempt).toEqual(was);
    }
    expect(after.adjustments).toEqual([expect.objectContaining({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: c.wrongChoice, createdById: c.teacher.id })]);

    // Applying it again changes nothing more.
    expect((await runAs(c.teacher, () => applyRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "REKEY", key: [c.wrongChoice] }))).changed).toBe(0);
    expect((await rowsOf([c.assignment.id])).audits).toHaveLength(after.audits.length);
  });

  test("dropping a question takes it out of every total and maximum; attempts submitted later are graded without it", async () => {
    const c = await classThatAnswered();
    await runAs(c.teacher, () => applyRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "DROP" }));
    const ada = await db.attempt.findUniqueOrThrow({ where: { id: c.taken.ada.attemptId } });
    expect(ada).toMatchObject({ score: c.taken.ada.result.score! - c.definition.points, maxScore: c.taken.ada.result.maxScore - c.definition.points });

    const late = await createStudent(db, { classId: c.klass.id, name: "Dee" });
    const { result } = await takeQuiz(late, c.assignment.id, correctResponse);
    expect(result).toMatchObject({ score: ada.score, maxScore: ada.maxScore });
  });

  test("full marks completes a blank attempt's answer and the student reads why on their results", async () => {
    const c = await classThatAnswered();
    await runAs(c.teacher, () => applyRegrade({ assignmentId: c.assignment.id, questionId: c.questionId, kind: "FULL_MARKS" }));
    const cy = await db.attempt.findUniqueOrThrow({ where: { id: c.taken.cy.attemptId } });
    expect(cy.score).toBe(c.definition.points);
    const results = await runAs(c.students.cy, () => getResults({ attemptId: c.taken.cy.attemptId }));
    const item = results.items.find((i) => i.questionId === c.questionId)!;
    expect(item.adjustmentNote).toBe("Your teacher gave everyone full marks for this question.");
    expect(results.items.filter((i) => i.adjustmentNote)).toHaveLength(1);
  });
});

describe("who may regrade", () => {
  test("another teacher's preview and apply are 404, a student's 403, and nothing is written", async () => {
    const c = await classThatAnswered();
    const stranger = await createTeacher(db);
    const request = { assignmentId: c.assignment.id, questionId: c.questionId, kind: "FULL_MARKS" as const };
    const before = await rowsOf([c.assignment.id]);
    await expect(runAs(stranger, () => previewRegrade(request))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(stranger, () => applyRegrade(request))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(c.students.ada, () => applyRegrade(request))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A question of another lesson is not this assignment's.
    await expect(runAs(c.teacher, () => applyRegrade({ ...request, questionId: "01-sourcing-mikoyan/q01" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowsOf([c.assignment.id])).toEqual(before);
  });

  test("an evidence key can take a defensible sentence it left out: who chose it gains the points; a sentence outside the choice is refused", async () => {
    const c = await classThatAnswered();
    // Lesson 2's evidence question on ¶3 keys ¶3.3; Eve chose ¶3.2.
    const evidenceQ = c.taken.ada.questions.find((q) => q.definition.type === "evidence" && q.definition.within?.join() === "p3")!;
    const definition = evidenceQ.definition as Extract<Question, { type: "evidence" }>;
    const eve = await createStudent(db, { classId: c.klass.id, name: "Eve" });
    const taken = await takeQuiz(eve, c.assignment.id, (q) => (q.prompt === definition.prompt ? { sentences: ["p3.s2"] } : undefined));
    const answerOf = () => db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: taken.attemptId, questionId: evidenceQ.questionId } } });
    expect((await answerOf()).score).toBe(0);

    const request = { assignmentId: c.assignment.id, questionId: evidenceQ.questionId, kind: "REKEY" as const };
    await expect(runAs(c.teacher, () => previewRegrade({ ...request, key: ["p3.s3", "p9.s1"] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const preview = await runAs(c.teacher, () => previewRegrade({ ...request, key: ["p3.s3", "p3.s2"] }));
    expect(preview.adjustment).toEqual({ kind: "REKEY", key: ["p3.s2", "p3.s3"] });
    expect(preview.changes.map((ch) => ch.studentName)).toEqual(["Eve"]); // Ada had it right already; Ben and Cy chose nothing
    await runAs(c.teacher, () => applyRegrade({ ...request, key: ["p3.s3", "p3.s2"] }));
    expect((await answerOf()).score).toBe(definition.points);
    // Her results say why, and count her answer as right.
    const results = await runAs(eve, () => getResults({ attemptId: taken.attemptId }));
    const item = results.items.find((i) => i.questionId === evidenceQ.questionId)!;
    expect(item.adjustmentNote).toBe("Your teacher corrected this question's answer key and regraded it.");
    expect(item.marks).toMatchObject({ score: definition.points, verdict: "correct" });
  });

  test("a teacher's own question with a wrong key is regraded like the lesson's; one never on the assignment is not found", async () => {
    const c = await classThatAnswered();
    // The teacher keyed "U Thant" by mistake; Dee answers "McCloy", the right answer (¶2).
    const wrongKey = { ...sampleChoiceQuestion, answer: "b" } satisfies Question;
    const own = await insertTeacherQuestion(db, c.teacher.id, { assignmentId: c.assignment.id, definition: wrongKey });
    const never = await insertTeacherQuestion(db, c.teacher.id, { definition: wrongKey });
    const dee = await createStudent(db, { classId: c.klass.id, name: "Dee" });
    const taken = await takeQuiz(dee, c.assignment.id, (q) => (q.prompt === wrongKey.prompt ? { choice: "a" } : undefined));
    const before = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: taken.attemptId, questionId: own.questionId } } });
    expect(before.score).toBe(0);

    const rekey = { assignmentId: c.assignment.id, questionId: own.questionId, kind: "REKEY" as const, key: ["a"] };
    const preview = await runAs(c.teacher, () => previewRegrade(rekey));
    expect(preview.changes).toMatchObject([{ studentName: "Dee", answer: { oldScore: 0, newScore: 1 } }]);
    expect(await runAs(c.teacher, () => applyRegrade(rekey))).toMatchObject({ changed: 1 });
    const after = await db.attempt.findUniqueOrThrow({ where: { id: taken.attemptId }, include: { answers: { where: { questionId: own.questionId } } } });
    expect(after.answers[0]!.score).toBe(1);
    expect(after.score).toBe((taken.result.score ?? 0) + 1);

    await expect(runAs(c.teacher, () => previewRegrade({ ...rekey, questionId: never.questionId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createTeacher(db);
    await expect(runAs(stranger, () => applyRegrade(rekey))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
