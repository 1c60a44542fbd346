import "server-only";
import { citationsInContext, mostCited, telegramName, type Citation, type CitationRef, type SourceParagraphs } from "@/lib/argument/citations";
import { readCitations } from "@/lib/answer-text";
import type { ArgumentWork } from "@/lib/argument/views";
import { paragraphsOf } from "@/lib/content/parse-source";
import type { QuestionOf } from "@/lib/content/schemas";
import { readArgument } from "@/lib/quiz/answers";
import { readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";

// What the grading queue shows of an argument: each part, each citation in its paragraph, the scores given per
// criterion; and for the task, the class's most-cited sentences. Called by list-grading-queue.ts.

export type ArgumentTask = { rubric: QuestionOf<"argument">["rubric"]; mostCited: (Citation & { count: number })[]; answersCounted: number };

/** The argument documents' paragraphs, in one query. */
export async function loadArgumentSources(sourceIds: readonly string[]): Promise<SourceParagraphs[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db.source.findMany({ where: { id: { in: [...new Set(sourceIds)] } }, select: { id: true, contentHash: true, document: true } });
  return rows.map((row) => {
    const doc = readSource(row);
    return { id: row.id, name: telegramName(row.id, doc.meta.title), paragraphs: paragraphsOf(doc) };
  });
}

export function argumentWork(response: unknown, rubricScores: unknown, sources: readonly SourceParagraphs[]): ArgumentWork {
  const draft = readArgument(response);
  const scores = typeof rubricScores === "object" && rubricScores !== null && !Array.isArray(rubricScores) ? (rubricScores as Record<string, number>) : null;
  return { claim: draft.claim, reasoning: draft.reasoning, counter: draft.counter, citations: citationsInContext(draft.citations, sources), scores };
}

/**
 * The citations of every submitted argument to these questions in the class (by its enrolled students), by
 * question: one query. Each answer's citations are listed once, so mostCited() counts students, not clicks.
 */
export async function classArgumentTasks(classId: string, definitions: Map<string, QuestionOf<"argument">>, sources: readonly SourceParagraphs[]): Promise<Map<string, ArgumentTask>> {
  const tasks = new Map<string, ArgumentTask>();
  if (definitions.size === 0) return tasks;
  const rows = await db.$queryRaw<{ questionId: string; citations: unknown }[]>`
    SELECT an."questionId", an."response"->'citations' AS "citations"
    FROM "Answer" an
    JOIN "Attempt" at ON at.id = an."attemptId" AND at."submittedAt" IS NOT NULL
    JOIN "Assignment" a ON a.id = at."assignmentId"
    JOIN "Enrollment" e ON e."classId" = a."classId" AND e."studentId" = at."studentId"
    WHERE a."classId" = ${classId} AND an."questionId" = ANY(${[...definitions.keys()]}::text[])`;
  for (const [questionId, definition] of definitions) {
    const cited: CitationRef[][] = rows.filter((r) => r.questionId === questionId).map((r) => readCitations(r.citations));
    const counts = mostCited(cited, 8);
    const inContext = citationsInContext(counts, sources);
    tasks.set(questionId, { rubric: definition.rubric, mostCited: inContext.map((c, i) => ({ ...c, count: counts[i]!.count })), answersCounted: cited.length });
  }
  return tasks;
}
