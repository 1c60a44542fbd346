// The argument task end to end on real PostgreSQL: a student saves an argument citing both telegrams (each
// citation checked against the documents), submits it (pending), the teacher grades it per criterion in the
// queue, and the student sees the grade and citations. Unique classes per test.
import { describe, expect, test, vi } from "vitest";
import type { QuestionOf } from "@/lib/content/schemas";
import { idle } from "@/lib/form-state";
import { createClass, createStudent, createTeacher } from "@/prisma/factories";
import { runAs } from "@/testing/session";

vi.mock("@/server/auth/session-token", async () => (await import("@/testing/session")).sessionMock);
vi.mock("@/server/auth/next-auth", async () => (await import("@/testing/session")).nextAuthMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { db } = await import("@/server/db");
const { startAttempt } = await import("@/server/attempts/start-attempt");
const { saveAnswer } = await import("@/server/attempts/save-answer");
const { submitAttempt } = await import("@/server/attempts/submit-attempt");
const { getResults } = await import("@/server/attempts/get-results");
const { getAttemptView } = await import("@/server/attempts/get-attempt-view");
const { gradeArgument } = await import("@/server/grading/grade-argument");
const { gradeAnswer } = await import("@/server/grading/grade-answer");
const { listGradingQueue, countPendingAnswers } = await import("@/server/grading/list-grading-queue");
const { gradeArgumentAction } = await import("@/server/actions/grading");

const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";
const argumentOf = (claim: string, citations: { source: string; sentence: string }[]) => ({ claim, citations, reasoning: "The Mikoyan telegram is private advice.", counter: "Kuznetsov ¶3 defends Cuba, but it was for McCloy." });

async function classWithArgument(size: number) {
  const teacher = await createTeacher(db);
  const klass = await createClass(db, teacher.id);
  const students = [];
  for (let i = 0; i < size; i++) students.push(await createStudent(db, { classId: klass.id, name: `Arguer ${i + 1}` }));
  const assignment = await db.assignment.create({ data: { classId: klass.id, lessonId: "06-argument", opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) } });
  return { teacher, klass, students, assignment };
}

async function start(student: Awaited<ReturnType<typeof createStudent>>, assignmentId: string) {
  const { attemptId } = await runAs(student, () => startAttempt({ assignmentId }));
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const [[questionId, versionId]] = Object.entries(attempt.questionVersionIds as Record<string, string>) as [[string, string]];
  const version = await db.questionVersion.findUniqueOrThrow({ where: { id: versionId } });
  return { attemptId, questionId, versionId, definition: version.definition as unknown as QuestionOf<"argument"> };
}

describe("the argument task", () => {
  test("saved with citations from both telegrams, submitted as pending, graded per criterion; the student sees each criterion and the linked citations", async () => {
    const { teacher, klass, students, assignment } = await classWithArgument(1);
    const student = students[0]!;
    const { attemptId, questionId, versionId, definition } = await start(student, assignment.id);
    expect(definition.rubric.map((c) => c.id)).toEqual(["claim", "evidence", "sourcing", "counter"]);

    // The quiz view carries both documents whole, so every sentence can be cited; never the rubric.
    const view = await runAs(student, () => getAttemptView({ attemptId }));
    if ("submitted" in view) throw new Error("the attempt should be open");
    expect(Object.keys(view.sources).sort()).toEqual([KUZNETSOV, MIKOYAN]);
    expect(view.sources[KUZNETSOV]!.paragraphs.map((p) => p.id)).toContain("p11");
    expect(JSON.stringify(view.questions)).not.toContain(definition.rubric[0]!.levels[0]!.exemplar);

    const citations = [{ source: MIKOYAN, sentence: "p6.s1" }, { source: KUZNETSOV, sentence: "p4.s1" }, { source: MIKOYAN, sentence: "p8.s4" }];
    await runAs(student, () => saveAnswer({ attemptId, questionId, versionId, response: argumentOf("Moscow put the deal first.", citations), flagged: false, seq: 1 }));
    const submitted = await runAs(student, () => submitAttempt({ attemptId }));
    expect(submitted).toMatchObject({ score: 0, maxScore: 12, awaitingGrading: true });
    expect(await runAs(teacher, () => countPendingAnswers(klass.id))).toBe(1);

    // The queue shows each citation in its paragraph and the class's most-cited sentences.
    const queue = await runAs(teacher, () => listGradingQueue(klass.id));
    const group = queue.groups.find((g) => g.questionId === questionId)!;
    expect(group.argumentTask!.rubric).toHaveLength(4);
    expect(group.argumentTask!.mostCited.map((c) => `${c.source} ${c.sentence} ${c.count}`)).toEqual([`${KUZNETSOV} p4.s1 1`, `${MIKOYAN} p6.s1 1`, `${MIKOYAN} p8.s4 1`]);
    const work = group.answers[0]!.argument!;
    expect(work.claim).toBe("Moscow put the deal first.");
    expect(work.citations.map((c) => [c.sourceName, c.label, c.text])).toEqual([
      ["Telegram to Mikoyan", "¶6, sentence 1", "If our Cuban friends are for some reason not willing to facilitate the resolution of this issue, we will be placed in a situation in which we will have to recall the ships."],
      ["Telegram to Kuznetsov", "¶4, sentence 1", "We would like, however, to reach an agreement with the Americans that will keep this whole affair under control."],
      ["Telegram to Mikoyan", "¶8, sentence 4", "But we are operating on the assumption that the socialist states should take the necessary steps to ensure their security, and to coexist with the USA."],
    ]);
    expect(work.citations[0]!.context.map((s) => s.id)).toEqual(["p6.s1", "p6.s2"]);

    const graded = await runAs(teacher, () => gradeArgument({ attemptId, questionId, scores: { claim: 3, evidence: 3, sourcing: 2, counter: 1 }, comment: " Answer the counter-argument with evidence. " }));
    expect(graded).toMatchObject({ oldScore: null, score: 9, maxPoints: 12, attempt: { score: 9, maxScore: 12, awaitingGrading: false } });
    const answer = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } }, include: { audits: true } });
    expect(answer).toMatchObject({ score: 9, rubricScores: { claim: 3, evidence: 3, sourcing: 2, counter: 1 }, feedback: "Answer the counter-argument with evidence.", gradedById: teacher.id });
    expect(answer.audits.map((a) => [a.oldScore, a.newScore, a.rubricScores])).toEqual([[null, 9, { claim: 3, evidence: 3, sourcing: 2, counter: 1 }]]);

    // A regrade: audited old → new, the attempt total follows.
    await runAs(teacher, () => gradeArgument({ attemptId, questionId, scores: { claim: 3, evidence: 3, sourcing: 3, counter: 3 }, comment: "" }));
    const audits = await db.gradeAudit.findMany({ where: { attemptId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.oldScore, a.newScore])).toEqual([[null, 9], [9, 12]]);
    expect(await runAs(teacher, () => countPendingAnswers(klass.id))).toBe(0);

    const results = await runAs(student, () => getResults({ attemptId }));
    expect(results.attempt).toMatchObject({ score: 12, maxScore: 12, awaitingGrading: false });
    const item = results.items[0]!;
    expect(item.argument!.criteria!.map((c) => [c.title, c.score, c.maxPoints])).toEqual([["Claim", 3, 3], ["Evidence from both documents", 3, 3], ["Sourcing and context", 3, 3], ["Counter-argument", 3, 3]]);
    expect(item.argument!.work.citations.map((c) => c.href)).toEqual([`/sources/${MIKOYAN}#${MIKOYAN}-p6-s1`, `/sources/${KUZNETSOV}#${KUZNETSOV}-p4-s1`, `/sources/${MIKOYAN}#${MIKOYAN}-p8-s4`]);
  });

  test("a citation of a sentence the telegrams do not have, or of another document, is refused (400) and nothing is saved", async () => {
    const { students, assignment } = await classWithArgument(1);
    const student = students[0]!;
    const { attemptId, questionId, versionId } = await start(student, assignment.id);
    const save = (citations: unknown[], seq: number) => runAs(student, () => saveAnswer({ attemptId, questionId, versionId, response: argumentOf("A claim", citations as never), flagged: false, seq }));

    await expect(save([{ source: KUZNETSOV, sentence: "p3.s9" }], 1)).rejects.toMatchObject({ code: "BAD_REQUEST", status: 400, message: `Answer not saved: sentence "p3.s9" is not in ${KUZNETSOV}` });
    await expect(save([{ source: "gromyko-castro-1962-11-01", sentence: "p1.s1" }], 2)).rejects.toMatchObject({ code: "BAD_REQUEST", status: 400 });
    await expect(save([{ source: MIKOYAN, sentence: "p3" }], 3)).rejects.toMatchObject({ code: "BAD_REQUEST", status: 400 });
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);

    await save([{ source: KUZNETSOV, sentence: "p3.s2" }], 4);
    expect((await db.answer.findFirstOrThrow({ where: { attemptId } })).response).toMatchObject({ citations: [{ source: KUZNETSOV, sentence: "p3.s2" }] });
  });

  test("grades that are not the rubric's are refused and change nothing; only the class's teacher may grade", async () => {
    const { teacher, students, assignment } = await classWithArgument(1);
    const student = students[0]!;
    const { attemptId, questionId, versionId } = await start(student, assignment.id);
    await runAs(student, () => saveAnswer({ attemptId, questionId, versionId, response: argumentOf("Both.", [{ source: MIKOYAN, sentence: "p5.s1" }]), flagged: false, seq: 1 }));
    await runAs(student, () => submitAttempt({ attemptId }));
    const grade = (scores: Record<string, number>) => runAs(teacher, () => gradeArgument({ attemptId, questionId, scores, comment: "" }));

    await expect(grade({ claim: 3, evidence: 3, sourcing: 3 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Choose a level for “Counter-argument”." });
    await expect(grade({ claim: 2.5, evidence: 3, sourcing: 3, counter: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(grade({ claim: 3, evidence: 3, sourcing: 3, counter: 0, tone: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // The open-response path does not grade an argument by a single score.
    await expect(runAs(teacher, () => gradeAnswer({ attemptId, questionId, score: 12, comment: "" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const other = await createTeacher(db);
    await expect(runAs(other, () => gradeArgument({ attemptId, questionId, scores: { claim: 3, evidence: 3, sourcing: 3, counter: 3 }, comment: "" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runAs(student, () => gradeArgument({ attemptId, questionId, scores: { claim: 3, evidence: 3, sourcing: 3, counter: 3 }, comment: "" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const answer = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId } } });
    expect(answer).toMatchObject({ score: null, rubricScores: null, gradedAt: null });
    expect(await db.gradeAudit.count({ where: { attemptId } })).toBe(0);
  });

  test("the form action reads one level per criterion from its radio groups", async () => {
    const { teacher, students, assignment } = await classWithArgument(1);
    const { attemptId, questionId, versionId } = await start(students[0]!, assignment.id);
    await runAs(students[0]!, () => saveAnswer({ attemptId, questionId, versionId, response: argumentOf("Deal.", []), flagged: false, seq: 1 }));
    await runAs(students[0]!, () => submitAttempt({ attemptId }));
    const form = new FormData();
    for (const [k, v] of Object.entries({ attemptId, questionId, "level:claim": "2", "level:evidence": "0", "level:sourcing": "1", "level:counter": "1", comment: "Cite both telegrams." })) form.set(k, v);
    const state = await runAs(teacher, () => gradeArgumentAction(idle, form));
    expect(state).toMatchObject({ status: "ok", data: { score: 4, scores: { claim: 2, evidence: 0, sourcing: 1, counter: 1 } } });
    form.set("level:claim", "two");
    expect(await runAs(teacher, () => gradeArgumentAction(idle, form))).toMatchObject({ status: "error", code: "BAD_REQUEST" });
  });
});
