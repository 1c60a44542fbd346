import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { QuestionOf } from "@/lib/content/schemas";
import { requireTeacherOf } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import type { ArgumentWork } from "@/lib/argument/views";
import { argumentWork, classArgumentTasks, loadArgumentSources, type ArgumentTask } from "@/server/grading/argument-work";

// The open responses and arguments of a class waiting for its teacher, and the ones graded lately. Three queries
// whatever the class size (two here, one for question definitions, usually cached), after the class check; two
// more when an argument is among them (its documents, and the class's citations for the most-cited sentences).

export const QUEUE_LIMIT = 100;
export const RECENT_LIMIT = 20;

type Row = {
  attemptId: string;
  questionId: string;
  questionVersionId: string;
  text: string | null;
  maxPoints: number;
  score: number | null;
  feedback: string | null;
  gradedAt: Date | null;
  questionVersionIds: Record<string, string>;
  attemptNumber: number;
  submittedAt: Date;
  late: boolean;
  studentId: string;
  studentName: string;
  assignmentId: string;
  removedAt: Date | null;
  lessonTitle: string;
  total: bigint;
  response: unknown;
  rubricScores: unknown;
};

export type QueueAnswer = {
  key: string;
  attemptId: string;
  questionId: string;
  studentId: string;
  studentName: string;
  attemptNumber: number;
  submittedAt: Date;
  late: boolean;
  text: string;
  score: number | null;
  maxPoints: number;
  feedback: string | null;
  gradedAt: Date | null;
  /** An argument's parts, citations in context and criterion scores (absent for an open response). */
  argument?: ArgumentWork;
};

export type QueueQuestion = {
  assignmentId: string;
  lessonTitle: string;
  unassigned: boolean;
  questionId: string;
  /** Its place in the lesson's quiz (an attempt that shuffles its questions may have shown it elsewhere). */
  number: number;
  prompt: string;
  rubric: QuestionOf<"open-response">["rubric"];
  sampleAnswer: string;
  /** An argument task: its rubric per criterion and the class's most-cited sentences. */
  argumentTask?: ArgumentTask;
};

export type QueueGroup = QueueQuestion & { answers: QueueAnswer[] };
export type RecentAnswer = QueueQuestion & QueueAnswer;

const COLUMNS = Prisma.sql`
  an."attemptId", an."questionId", an."questionVersionId", an."response"->>'text' AS "text", an."maxPoints", an."score", an."feedback", an."gradedAt",
  at."questionVersionIds", at."number" AS "attemptNumber", at."submittedAt", at."late", at."studentId", u."name" AS "studentName",
  a.id AS "assignmentId", a."removedAt", l."title" AS "lessonTitle", an."response", an."rubricScores"`;

/** Answers in the class's assignments by its enrolled students (a removed student's work leaves the queue). */
const FROM_CLASS = Prisma.sql`
  FROM "Answer" an
  JOIN "Attempt" at ON at.id = an."attemptId"
  JOIN "Assignment" a ON a.id = at."assignmentId"
  JOIN "Enrollment" e ON e."classId" = a."classId" AND e."studentId" = at."studentId"
  JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"`;

/** Submitted, an open response, no score yet: what "awaiting grading" means. */
const PENDING = Prisma.sql`at."submittedAt" IS NOT NULL AND an."score" IS NULL AND qv."type" IN ('open-response', 'argument')`;

export async function listGradingQueue(classId: string) {
  const { klass } = await requireTeacherOf(classId);
  const [pending, recent] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT ${COLUMNS}, count(*) OVER () AS "total"
      ${FROM_CLASS} JOIN "User" u ON u.id = at."studentId" JOIN "Lesson" l ON l.id = a."lessonId"
      WHERE a."classId" = ${classId} AND ${PENDING}
      ORDER BY at."submittedAt" ASC, at.id ASC, an."questionId" ASC
      LIMIT ${QUEUE_LIMIT}`,
    db.$queryRaw<Row[]>`
      SELECT ${COLUMNS}, 0::bigint AS "total"
      ${FROM_CLASS} JOIN "User" u ON u.id = at."studentId" JOIN "Lesson" l ON l.id = a."lessonId"
      WHERE a."classId" = ${classId} AND an."gradedAt" IS NOT NULL AND qv."type" IN ('open-response', 'argument')
      ORDER BY an."gradedAt" DESC
      LIMIT ${RECENT_LIMIT}`,
  ]);

  const versions = await getQuestionVersions([...new Set([...pending, ...recent].map((r) => r.questionVersionId))]);
  const arguments_ = new Map([...versions.values()].flatMap((v) => (v.definition.type === "argument" ? [[v.questionId, v.definition] as const] : [])));
  const argumentSources = await loadArgumentSources([...arguments_.values()].flatMap((d) => d.sources));
  const tasks = await classArgumentTasks(classId, arguments_, argumentSources);
  const questionOf = (r: Row): QueueQuestion => {
    const definition = versions.get(r.questionVersionId)?.definition;
    const open = definition?.type === "open-response" ? definition : null;
    return {
      assignmentId: r.assignmentId,
      lessonTitle: r.lessonTitle,
      unassigned: r.removedAt !== null,
      questionId: r.questionId,
      number: Object.keys(r.questionVersionIds).indexOf(r.questionId) + 1,
      prompt: definition?.prompt ?? r.questionId,
      rubric: open?.rubric ?? [],
      sampleAnswer: open?.sampleAnswer ?? "",
      argumentTask: tasks.get(r.questionId),
    };
  };
  const answerOf = (r: Row): QueueAnswer => ({
    key: `${r.attemptId}:${r.questionId}`,
    attemptId: r.attemptId,
    questionId: r.questionId,
    studentId: r.studentId,
    studentName: r.studentName,
    attemptNumber: r.attemptNumber,
    submittedAt: r.submittedAt,
    late: r.late,
    text: r.text ?? "",
    score: r.score,
    maxPoints: r.maxPoints,
    feedback: r.feedback,
    gradedAt: r.gradedAt,
    argument: versions.get(r.questionVersionId)?.definition.type === "argument" ? argumentWork(r.response, r.rubricScores, argumentSources) : undefined,
  });

  // Grouped by assignment and question; a group sits where its oldest answer does, so oldest comes first.
  const groups = new Map<string, QueueGroup>();
  for (const r of pending) {
    const id = `${r.assignmentId}:${r.questionId}`;
    const group = groups.get(id) ?? { ...questionOf(r), answers: [] };
    group.answers.push(answerOf(r));
    groups.set(id, group);
  }

  return {
    klass: { id: klass.id, name: klass.name },
    pendingTotal: Number(pending[0]?.total ?? 0),
    shown: pending.length,
    groups: [...groups.values()],
    recent: recent.map((r): RecentAnswer => ({ ...questionOf(r), ...answerOf(r) })),
  };
}

/** How many open responses of the class await grading: one query, for links and badges. */
export async function countPendingAnswers(classId: string): Promise<number> {
  await requireTeacherOf(classId);
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${FROM_CLASS} WHERE a."classId" = ${classId} AND ${PENDING}`;
  return Number(row?.n ?? 0);
}
