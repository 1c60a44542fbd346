import { describe, expect, test, vi } from "vitest";
import { Question } from "@/lib/content/schemas";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { callAction } from "@/testing/action-matrix";
import { countQueries } from "@/testing/count-queries";
import { correctResponse } from "@/testing/responses";
import { runAs, signInAs } from "@/testing/session";
import { insertTeacherQuestion, sampleChoiceQuestion, sampleEvidenceQuestion } from "@/testing/teacher-questions";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { db } = await import("@/server/db");
const { createTeacherQuestion } = await import("@/server/questions/create-teacher-question");
const { updateTeacherQuestion } = await import("@/server/questions/update-teacher-question");
const { addQuestionToAssignment } = await import("@/server/questions/add-question-to-assignment");
const { removeQuestionFromAssignment } = await import("@/server/questions/remove-question-from-assignment");
const { getTeacherQuestion } = await import("@/server/questions/get-teacher-question");
const { listAssignmentQuestions } = await import("@/server/questions/list-assignment-questions");
const { listTeacherQuestions } = await import("@/server/questions/list-teacher-questions");
const { setTeacherQuestionRetired } = await import("@/server/questions/retire-teacher-question");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getItemAnalysis } = await import("@/server/analytics/get-item-analysis");
const { getGradebook } = await import("@/server/analytics/get-gradebook");
const { getStudentProgress } = await import("@/server/progress/get-student-progress");
const { createTeacherQuestionAction, setTeacherQuestionRetiredAction, updateTeacherQuestionAction } = await import("@/server/actions/questions");

const LESSON = "03-kuznetsov-close-reading";

async function classWithAssignment() {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const student = await createStudent(db, { classId: klass.id, name: "Student 1" });
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 2 } });
  return { teacher, klass, student, assignment };
}

type Student = Awaited<ReturnType<typeof createStudent>>;

/** Start, answer every question correctly, submit; returns the attempt with its pinned versions. */
async function takeCorrectly(student: Student, assignmentId: string) {
  return runAs(student, async () => {
    const { attemptId } = await startAttempt({ assignmentId });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const ids = attempt.questionVersionIds as Record<string, string>;
    const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(ids) } } });
    let seq = 1;
    for (const [questionId, versionId] of Object.entries(ids)) {
      const definition = Question.parse(versions.find((v) => v.id === versionId)!.definition);
      await saveAnswer({ attemptId, questionId, versionId, response: correctResponse(definition), flagged: false, seq: seq++ });
    }
    await submitAttempt({ attemptId });
    return db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: true } });
  });
}

describe("a teacher's own questions", () => {
  test("are stored like imported ones, come after the lesson's in an attempt, and count in grading, item analysis, gradebook and mastery", async () => {
    const { teacher, klass, student, assignment } = await classWithAssignment();
    signInAs(teacher);
    const evidence = await createTeacherQuestion({ assignmentId: assignment.id, question: sampleEvidenceQuestion });
    const choice = await createTeacherQuestion({ assignmentId: assignment.id, question: sampleChoiceQuestion });

    const stored = await db.question.findUniqueOrThrow({ where: { id: evidence.questionId }, include: { versions: true } });
    expect(stored).toMatchObject({ authorId: teacher.id, lessonId: null, currentVersion: 1, retiredAt: null });
    expect(stored.versions).toEqual([expect.objectContaining({ version: 1, type: "evidence", skill: "close-reading", maxPoints: 1, definition: sampleEvidenceQuestion })]);

    const lessonCount = await db.question.count({ where: { lessonId: LESSON, retiredAt: null } });
    const attempt = await takeCorrectly(student, assignment.id);
    const layout = attempt.layout as { questions: string[] };
    expect(layout.questions).toHaveLength(lessonCount + 2);
    expect(layout.questions.slice(-2)).toEqual([evidence.questionId, choice.questionId]);
    const authored = attempt.answers.filter((a) => a.questionId.startsWith("teacher-"));
    expect(authored.map((a) => a.score)).toEqual([1, 1]);

    signInAs(teacher);
    const analysis = await getItemAnalysis(assignment.id);
    const items = analysis.items.filter((i) => i.questionId.startsWith("teacher-"));
    expect(items.map((i) => [i.questionId, i.number, i.facility])).toEqual([
      [evidence.questionId, lessonCount + 1, 1],
      [choice.questionId, lessonCount + 2, 1],
    ]);
    expect(items[0]!.options).toEqual({ "p3.s1": 1 }); // the evidence heat map counts the sentence chosen

    const gradebook = await getGradebook(klass.id);
    expect(gradebook.rows[0]!.cells[assignment.id]!.best).toBeCloseTo(attempt.score! / attempt.maxScore!, 10);
    expect(attempt.maxScore).toBeGreaterThanOrEqual(lessonCount + 2);

    const progress = await runAs(student, () => getStudentProgress());
    // Mastery counts the teacher's questions under their skill, like the lesson's.
    const graded = await db.answer.count({ where: { attemptId: attempt.id, score: { not: null }, questionVersion: { skill: "close-reading" } } });
    const gradedLessonOnly = await db.answer.count({ where: { attemptId: attempt.id, score: { not: null }, questionVersion: { skill: "close-reading" }, question: { authorId: null } } });
    expect(graded).toBe(gradedLessonOnly + 2);
    expect(progress.skills.find((s) => s.skill === "close-reading")!.answers).toBe(graded);
  });

  test("editing the key makes a new version; a submitted attempt keeps its version and score, a new attempt gets the new one", async () => {
    const { teacher, student, assignment } = await classWithAssignment();
    signInAs(teacher);
    const { questionId } = await createTeacherQuestion({ assignmentId: assignment.id, question: sampleChoiceQuestion });
    const before = await takeCorrectly(student, assignment.id);
    const answerBefore = before.answers.find((a) => a.questionId === questionId)!;

    signInAs(teacher);
    const changedKey = { ...sampleChoiceQuestion, answer: "b" };
    expect(await updateTeacherQuestion({ questionId, question: changedKey })).toEqual({ version: 2, changed: true });
    // Saving it again unchanged adds nothing.
    expect(await updateTeacherQuestion({ questionId, question: changedKey })).toEqual({ version: 2, changed: false });
    expect(await db.questionVersion.count({ where: { questionId } })).toBe(2);

    const after = await db.attempt.findUniqueOrThrow({ where: { id: before.id }, include: { answers: true } });
    expect(after.score).toBe(before.score);
    expect(after.answers.find((a) => a.questionId === questionId)).toMatchObject({ score: answerBefore.score, questionVersionId: answerBefore.questionVersionId });

    const second = await takeCorrectly(student, assignment.id);
    const v2 = await db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId, version: 2 } } });
    expect((second.questionVersionIds as Record<string, string>)[questionId]).toBe(v2.id);
  });

  test("only its author sees, edits or assigns it: another teacher gets not found", async () => {
    const { teacher, assignment } = await classWithAssignment();
    const { questionId } = await insertTeacherQuestion(db, teacher.id);
    const other = await classWithAssignment();
    signInAs(other.teacher);
    await expect(getTeacherQuestion(questionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTeacherQuestion({ questionId, question: sampleChoiceQuestion })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addQuestionToAssignment({ assignmentId: other.assignment.id, questionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createTeacherQuestion({ assignmentId: assignment.id, question: sampleChoiceQuestion })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAssignmentQuestions(assignment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listAssignmentQuestions(other.assignment.id)).bank.map((q) => q.questionId)).not.toContain(questionId);
    expect(await db.questionVersion.count({ where: { questionId } })).toBe(1);

    signInAs(teacher);
    expect((await listAssignmentQuestions(assignment.id)).bank.map((q) => q.questionId)).toContain(questionId);
    await addQuestionToAssignment({ assignmentId: assignment.id, questionId });
    await addQuestionToAssignment({ assignmentId: assignment.id, questionId }); // twice is once
    expect((await listAssignmentQuestions(assignment.id)).questions.map((q) => q.questionId)).toEqual([questionId]);
  });

  test("removed from an assignment: new attempts no longer get it, a started one keeps it, it goes back to the bank", async () => {
    const { teacher, student, assignment } = await classWithAssignment();
    signInAs(teacher);
    const { questionId } = await createTeacherQuestion({ assignmentId: assignment.id, question: sampleChoiceQuestion });
    const started = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));

    const other = await classWithAssignment();
    signInAs(other.teacher);
    await expect(removeQuestionFromAssignment({ assignmentId: assignment.id, questionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeQuestionFromAssignment({ assignmentId: other.assignment.id, questionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.assignmentQuestion.count({ where: { assignmentId: assignment.id } })).toBe(1);

    signInAs(teacher);
    expect(await removeQuestionFromAssignment({ assignmentId: assignment.id, questionId })).toMatchObject({ removed: true });
    expect(await removeQuestionFromAssignment({ assignmentId: assignment.id, questionId })).toMatchObject({ removed: false }); // twice is once
    const page = await listAssignmentQuestions(assignment.id);
    expect(page.questions).toEqual([]);
    expect(page.bank.map((q) => q.questionId)).toEqual([questionId]);
    expect(await db.question.count({ where: { id: questionId } })).toBe(1);

    const kept = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(Object.keys(kept.questionVersionIds as Record<string, string>)).toContain(questionId);
    await runAs(student, () => submitAttempt({ attemptId: started.attemptId }));
    const next = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const fresh = await db.attempt.findUniqueOrThrow({ where: { id: next.attemptId } });
    expect(Object.keys(fresh.questionVersionIds as Record<string, string>)).not.toContain(questionId);
  });

  test("retired: no new attempt gets it and it leaves the bank; started work keeps it; restored, it is back where it was", async () => {
    const { teacher, student, assignment } = await classWithAssignment();
    signInAs(teacher);
    const { questionId } = await createTeacherQuestion({ assignmentId: assignment.id, question: sampleChoiceQuestion });
    const spare = await createTeacherQuestion({ assignmentId: assignment.id, question: { ...sampleChoiceQuestion, prompt: "Whom is Kuznetsov not told to meet?", answer: "c" } });
    const started = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));

    const other = await classWithAssignment();
    signInAs(other.teacher);
    await expect(setTeacherQuestionRetired({ questionId, retired: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTeacherQuestions()).active).toEqual([]);
    expect(await db.question.count({ where: { id: questionId, retiredAt: null } })).toBe(1);

    signInAs(teacher);
    expect(await setTeacherQuestionRetired({ questionId, retired: true })).toEqual({ changed: true });
    expect(await setTeacherQuestionRetired({ questionId, retired: true })).toEqual({ changed: false }); // twice is once
    const list = await listTeacherQuestions();
    expect(list.active.map((q) => q.questionId)).toEqual([spare.questionId]);
    expect(list.retired).toMatchObject([{ questionId, version: 1, answers: 0, usedIn: [{ assignmentId: assignment.id, lessonTitle: expect.any(String) }] }]);
    const onPage = await listAssignmentQuestions(assignment.id);
    expect(onPage.bank).toEqual([]);
    // The assignment's page still names it, as retired, so it does not silently vanish.
    expect([onPage.questions.map((q) => q.questionId), onPage.retired.map((q) => q.questionId)]).toEqual([[spare.questionId], [questionId]]);
    await expect(addQuestionToAssignment({ assignmentId: other.assignment.id, questionId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The attempt started before keeps it and is graded on it; the next one does not get it.
    const kept = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(Object.keys(kept.questionVersionIds as Record<string, string>)).toContain(questionId);
    await runAs(student, () => submitAttempt({ attemptId: started.attemptId }));
    const next = await runAs(student, () => startAttempt({ assignmentId: assignment.id }));
    const fresh = Object.keys((await db.attempt.findUniqueOrThrow({ where: { id: next.attemptId } })).questionVersionIds as Record<string, string>);
    expect(fresh).not.toContain(questionId);
    expect(fresh).toContain(spare.questionId);

    expect(await setTeacherQuestionRetired({ questionId, retired: false })).toEqual({ changed: true });
    expect((await listTeacherQuestions()).retired).toEqual([]);
    const restored = await listAssignmentQuestions(assignment.id);
    expect([restored.questions.map((q) => q.questionId), restored.retired]).toEqual([[questionId, spare.questionId], []]);
  });

  test("the list of a teacher's questions is four statements, for one question as for five", async () => {
    const { teacher, assignment } = await classWithAssignment();
    signInAs(teacher);
    await insertTeacherQuestion(db, teacher.id, { assignmentId: assignment.id });
    const one = await countQueries(() => listTeacherQuestions());
    for (let i = 0; i < 4; i++) await insertTeacherQuestion(db, teacher.id, { assignmentId: assignment.id });
    const five = await countQueries(() => listTeacherQuestions());
    expect(five.result.active).toHaveLength(5);
    // The teacher, their questions with versions, counts and assignments (one joined query), their classes'
    // assignments to add one to, the definitions.
    expect([one.queries, five.queries]).toEqual([4, 4]);
    expect(five.result.assignments).toEqual([{ assignmentId: assignment.id, label: expect.stringMatching(/^A Message for McCloy.*\(.+\)$/) }]);
  });

  test("bad input is refused with a message (400) and writes nothing", async () => {
    const { teacher, assignment } = await classWithAssignment();
    signInAs(teacher);
    const cases = [
      ["not JSON", "{"],
      ["not the content schema", JSON.stringify({ ...sampleChoiceQuestion, choices: [{ id: "a", text: "" }] })],
      ["a key that is not a choice", JSON.stringify({ ...sampleChoiceQuestion, answer: "z" })],
      ["a sentence not in the telegram", JSON.stringify({ ...sampleEvidenceQuestion, answer: ["p30.s1"] })],
      ["an unknown document", JSON.stringify({ ...sampleEvidenceQuestion, source: "gromyko-castro-1962", evidence: [{ source: "gromyko-castro-1962", ref: "p1" }] })],
    ];
    for (const [name, question] of cases) {
      const outcome = await callAction(createTeacherQuestionAction as never, { assignmentId: assignment.id, question: question! });
      expect(outcome, name).toMatchObject({ kind: "error", code: "BAD_REQUEST", message: expect.stringMatching(/.{5,}/) });
    }
    const { questionId } = await insertTeacherQuestion(db, teacher.id);
    expect(await callAction(updateTeacherQuestionAction as never, { questionId, question: JSON.stringify({ ...sampleChoiceQuestion, points: -1 }) })).toMatchObject({ kind: "error", code: "BAD_REQUEST" });
    expect(await db.question.count({ where: { authorId: teacher.id } })).toBe(1);
    expect(await db.questionVersion.count({ where: { questionId } })).toBe(1);
    expect(await db.assignmentQuestion.count({ where: { assignmentId: assignment.id } })).toBe(0);
    for (const retired of ["yes", "", undefined]) {
      expect(await callAction(setTeacherQuestionRetiredAction as never, { questionId, ...(retired === undefined ? {} : { retired }) })).toMatchObject({ kind: "error", code: "BAD_REQUEST" });
    }
    expect(await db.question.count({ where: { id: questionId, retiredAt: null } })).toBe(1);
  });
});
