import "server-only";
import type { Question } from "@/lib/content/schemas";
import { requireTeacher } from "@/server/authz";
import { getQuestionVersions } from "@/server/content/question-versions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { readSource } from "@/server/content/stored-documents";

export type ItemStats = {
  questionId: string;
  number: number;
  definition: Question;
  /** Students whose first attempt has a score for this question. */
  n: number;
  blank: number;
  /** Mean fraction of the points earned (0..1). */
  facility: number | null;
  /** Correlation of the item score with the rest of the test (corrected item-total). */
  discrimination: number | null;
  /** How often each choice / item / sentence was chosen. */
  options: Record<string, number>;
};

/**
 * Classical item analysis of one assignment over each student's FIRST submitted attempt, computed in SQL:
 * facility (mean score), discrimination (PostgreSQL corr() of item score with total minus item), and
 * counts per option for distractor analysis and the evidence heat map. Bounded queries, whatever the class size.
 */
export async function getItemAnalysis(assignmentId: string) {
  const teacher = await requireTeacher();
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, removedAt: null, class: { teacherId: teacher.id } },
    select: { id: true, classId: true, dueAt: true, class: { select: { name: true } }, lesson: { select: { id: true, title: true } }, extraQuestions: { select: { questionId: true, position: true, addedAt: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");

  const [rows, firsts] = await Promise.all([
    db.$queryRaw<{ questionId: string; versionId: string; n: number; blank: number; facility: number | null; discrimination: number | null; options: { option: string; count: number }[] }[]>`
      WITH first AS (
        SELECT DISTINCT ON ("studentId") id, score FROM "Attempt"
        WHERE "assignmentId" = ${assignmentId} AND "submittedAt" IS NOT NULL
        ORDER BY "studentId", number),
      items AS (
        SELECT an."questionId", an."questionVersionId", an.score, an."maxPoints", f.score AS total, an.response
        FROM "Answer" an JOIN first f ON f.id = an."attemptId"),
      stats AS (
        SELECT "questionId", max("questionVersionId") AS "versionId",
               count(score)::int AS n,
               count(*) FILTER (WHERE response = 'null'::jsonb)::int AS blank,
               avg(score / NULLIF("maxPoints", 0)) AS facility,
               corr(score, total - score) AS discrimination
        FROM items GROUP BY 1),
      options AS (
        SELECT i."questionId", o.opt, count(*)::int AS n
        FROM items i, LATERAL (
          SELECT i.response ->> 'choice' WHERE jsonb_typeof(i.response -> 'choice') = 'string'
          UNION ALL SELECT jsonb_array_elements_text(i.response -> 'choices') WHERE jsonb_typeof(i.response -> 'choices') = 'array'
          UNION ALL SELECT (i.response -> 'value')::text WHERE jsonb_typeof(i.response -> 'value') = 'boolean'
          UNION ALL SELECT jsonb_array_elements_text(i.response -> 'sentences') WHERE jsonb_typeof(i.response -> 'sentences') = 'array'
          UNION ALL SELECT p.key || '=' || p.value FROM jsonb_each_text(CASE WHEN jsonb_typeof(i.response -> 'pairs') = 'object' THEN i.response -> 'pairs' ELSE '{}'::jsonb END) p
        ) AS o(opt)
        GROUP BY 1, 2)
      SELECT s."questionId", s."versionId", s.n, s.blank, s.facility, s.discrimination,
             COALESCE(json_agg(json_build_object('option', o.opt, 'count', o.n)) FILTER (WHERE o.opt IS NOT NULL), '[]') AS options
      FROM stats s LEFT JOIN options o USING ("questionId")
      GROUP BY s."questionId", s."versionId", s.n, s.blank, s.facility, s.discrimination`,
    db.$queryRaw<{ fraction: number | null }[]>`
      SELECT DISTINCT ON ("studentId") score / NULLIF("maxScore", 0) AS fraction FROM "Attempt"
      WHERE "assignmentId" = ${assignmentId} AND "submittedAt" IS NOT NULL
      ORDER BY "studentId", number`,
  ]);

  const versions = await getQuestionVersions(rows.map((r) => r.versionId));
  const positions = withExtraQuestions(await questionPositions(assignment.lesson.id), assignment.extraQuestions);
  const items: ItemStats[] = rows
    .map((r) => ({
      questionId: r.questionId,
      number: (positions.get(r.questionId) ?? 0) + 1,
      definition: versions.get(r.versionId)!.definition,
      n: r.n,
      blank: r.blank,
      facility: r.facility,
      discrimination: r.discrimination,
      options: Object.fromEntries(r.options.map((o) => [o.option, o.count])),
    }))
    .sort((a, b) => a.number - b.number);

  const evidenceSources = [...new Set(items.flatMap((i) => (i.definition.type === "evidence" ? [i.definition.source] : [])))];
  const sources = evidenceSources.length ? await db.source.findMany({ where: { id: { in: evidenceSources } }, select: { id: true, contentHash: true, document: true } }) : [];

  return {
    assignment,
    students: firsts.length,
    scores: firsts.map((f) => f.fraction).filter((f): f is number => f !== null),
    items,
    sources: new Map(sources.map((s) => [s.id, readSource(s)])),
  };
}

/** The teacher's own questions on the assignment come after the lesson's, as attempts show them. */
function withExtraQuestions(lesson: Map<string, number>, extra: { questionId: string; position: number; addedAt: Date }[]) {
  if (extra.length === 0) return lesson;
  const after = Math.max(-1, ...lesson.values()) + 1;
  const ordered = [...extra].sort((a, b) => a.position - b.position || a.addedAt.getTime() - b.addedAt.getTime());
  return new Map([...lesson, ...ordered.map((q, i) => [q.questionId, after + i] as const)]);
}

// Positions come from the lesson's questions (cached per process: they change only on content import).
const positionCache = new Map<string, Map<string, number>>();
async function questionPositions(lessonId: string) {
  let cached = positionCache.get(lessonId);
  if (!cached) {
    const questions = await db.question.findMany({ where: { lessonId }, select: { id: true, position: true } });
    cached = new Map(questions.map((q) => [q.id, q.position]));
    positionCache.set(lessonId, cached);
  }
  return cached;
}
