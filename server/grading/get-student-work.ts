import "server-only";
import { annotationSelect, quotesOf, toAnnotationView } from "@/server/annotations/annotation-view";
import { readableAnswer, sentenceIndex, type ReadableAnswer } from "@/lib/answer-text";
import type { Question } from "@/lib/content/schemas";
import { isTeacherGraded } from "@/lib/grading";
import { telegramName } from "@/lib/argument/citations";
import { requireTeacherOf } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { readLesson } from "@/server/content/stored-documents";
import { getUnit } from "@/server/content/catalog";

export type WorkAnswer = {
  questionId: string;
  number: number;
  type: Question["type"];
  prompt: string;
  answer: ReadableAnswer;
  score: number | null;
  maxPoints: number;
  /** An open response with text and no score yet. */
  pending: boolean;
  feedback: string | null;
  gradedAt: Date | null;
  /** Open responses of a submitted attempt can be (re)graded. */
  gradable: boolean;
  rubric: { points: number; description: string }[];
  history: { id: string; at: Date; grader: string; oldScore: number | null; newScore: number; comment: string | null }[];
};

export type WorkAttempt = {
  id: string;
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  awaitingGrading: boolean;
  answers: WorkAnswer[];
};

/**
 * Everything one student did in one class: each assignment with their reading and every attempt, every
 * answer in readable form, its score, the teacher's comment and its grade history. A fixed number of
 * queries whatever the number of attempts: the class check, the student, then one per kind of row.
 */
export async function getStudentWork({ classId, studentId }: { classId: string; studentId: string }) {
  const { klass } = await requireTeacherOf(classId);
  const student = await db.user.findFirst({
    where: { id: studentId, role: "STUDENT", enrollments: { some: { classId } } },
    select: { id: true, name: true, username: true, email: true, lastActiveAt: true },
  });
  if (!student) throw new AppError("NOT_FOUND", "Student not found.");

  const inClass = { studentId, assignment: { classId } };
  const [assignments, attempts, answers, audits, readings, cells, unit, annotationRows] = await Promise.all([
    // Unassigned work stays visible when the student has something in it.
    db.assignment.findMany({
      where: { classId, OR: [{ removedAt: null }, { attempts: { some: { studentId } } }, { readings: { some: { studentId } } }, { organiserCells: { some: { studentId } } }] },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { id: true, dueAt: true, removedAt: true, readingOnly: true, lesson: { select: { id: true, title: true, contentHash: true, document: true } } },
    }),
    db.attempt.findMany({
      where: inClass,
      orderBy: [{ assignmentId: "asc" }, { number: "asc" }],
      select: { id: true, assignmentId: true, number: true, startedAt: true, submittedAt: true, late: true, score: true, maxScore: true, awaitingGrading: true, questionVersionIds: true },
    }),
    db.answer.findMany({
      where: { attempt: inClass },
      select: { attemptId: true, questionId: true, questionVersionId: true, response: true, score: true, maxPoints: true, feedback: true, gradedAt: true },
    }),
    db.gradeAudit.findMany({
      where: { answer: { attempt: inClass } },
      orderBy: { createdAt: "asc" },
      select: { id: true, attemptId: true, questionId: true, oldScore: true, newScore: true, comment: true, createdAt: true, grader: { select: { name: true } } },
    }),
    db.readingProgress.findMany({ where: inClass, select: { assignmentId: true, paragraphsReached: true, secondsOnText: true, completedAt: true, updatedAt: true } }),
    db.organiserCell.findMany({ where: inClass, select: { assignmentId: true, cellId: true, text: true, updatedAt: true } }),
    getUnit(),
    db.annotation.findMany({ where: { authorId: studentId, model: false, deletedAt: null, assignment: { classId } }, orderBy: { createdAt: "asc" }, select: { ...annotationSelect, assignmentId: true } }),
  ]);
  const annotations = annotationRows.map((row) => ({ ...toAnnotationView(row), assignmentId: row.assignmentId }));
  const quotes = await quotesOf(annotations);

  const versionIds = [...new Set(attempts.flatMap((a) => Object.values(a.questionVersionIds as Record<string, string>)))];
  const versions = await getQuestionVersions(versionIds);
  const evidenceSources = [...new Set([...versions.values()].flatMap((v) => (v.definition.type === "evidence" ? [v.definition.source] : v.definition.type === "argument" ? v.definition.sources : [])))];
  const sources = evidenceSources.length ? await db.source.findMany({ where: { id: { in: evidenceSources } }, select: { id: true, document: true } }) : [];
  const sentences = sentenceIndex(sources);
  const sourceNames = new Map(evidenceSources.map((id) => [id, telegramName(id)]));

  const answersByKey = new Map(answers.map((a) => [`${a.attemptId}:${a.questionId}`, a]));
  const historyByKey = new Map<string, WorkAnswer["history"]>();
  for (const audit of audits) {
    const key = `${audit.attemptId}:${audit.questionId}`;
    const list = historyByKey.get(key) ?? [];
    list.push({ id: String(audit.id), at: audit.createdAt, grader: audit.grader.name, oldScore: audit.oldScore, newScore: audit.newScore, comment: audit.comment });
    historyByKey.set(key, list);
  }

  const toAttempt = (attempt: (typeof attempts)[number]): WorkAttempt => ({
    id: attempt.id,
    number: attempt.number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    late: attempt.late,
    score: attempt.score,
    maxScore: attempt.maxScore,
    awaitingGrading: attempt.awaitingGrading,
    answers: Object.entries(attempt.questionVersionIds as Record<string, string>).flatMap(([questionId, versionId], i): WorkAnswer[] => {
      const version = versions.get(versionId);
      if (!version) return [];
      const definition = version.definition;
      const key = `${attempt.id}:${questionId}`;
      const stored = answersByKey.get(key);
      const answer = readableAnswer(definition, stored?.response ?? null, sentences, sourceNames);
      const open = definition.type === "open-response";
      // An argument is graded per criterion in the grading queue, so here it is pending but has no grade form.
      const handGraded = isTeacherGraded(definition.type);
      return [
        {
          questionId,
          number: i + 1,
          type: definition.type,
          prompt: definition.prompt,
          answer,
          score: stored?.score ?? null,
          maxPoints: stored?.maxPoints ?? version.maxPoints,
          pending: handGraded && attempt.submittedAt !== null && stored !== undefined && stored.score === null && answer.kind !== "none",
          feedback: stored?.feedback ?? null,
          gradedAt: stored?.gradedAt ?? null,
          gradable: open && attempt.submittedAt !== null && stored !== undefined,
          rubric: open ? definition.rubric : [],
          history: historyByKey.get(key) ?? [],
        },
      ];
    }),
  });

  const readingBy = new Map(readings.map((r) => [r.assignmentId, r]));
  // The lesson's organiser as the student filled it in: null when the lesson has none.
  const organiserOf = (assignmentId: string, lessonId: string) => {
    const organiser = unit.organisers[lessonId];
    if (!organiser) return null;
    const mine = cells.filter((c) => c.assignmentId === assignmentId);
    const updatedAt = mine.reduce<Date | null>((latest, c) => (latest && latest > c.updatedAt ? latest : c.updatedAt), null);
    return { organiser, cells: Object.fromEntries(mine.map((c) => [c.cellId, c.text])), updatedAt };
  };
  return {
    klass: { id: klass.id, name: klass.name },
    student,
    assignments: assignments.map((a) => {
      const meta = readLesson(a.lesson);
      const reading = readingBy.get(a.id) ?? null;
      return {
        id: a.id,
        lessonId: a.lesson.id,
        lessonTitle: a.lesson.title,
        dueAt: a.dueAt,
        unassigned: a.removedAt !== null,
        readingOnly: a.readingOnly,
        paragraphCount: (meta.excerpts ?? []).reduce((n, e) => n + e.paragraphs.length, 0),
        reading: reading && { paragraphsReached: reading.paragraphsReached, secondsOnText: reading.secondsOnText, completedAt: reading.completedAt, updatedAt: reading.updatedAt },
        attempts: attempts.filter((t) => t.assignmentId === a.id).map(toAttempt),
        organiser: organiserOf(a.id, a.lesson.id),
        annotations: annotations.filter((n) => n.assignmentId === a.id).map((n) => ({ ...n, quote: quotes[n.id] ?? "" })),
      };
    }),
  };
}
