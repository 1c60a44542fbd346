import "server-only";
import type { AnnotationView } from "@/lib/annotations/change";
import type { AnnotationSkill } from "@/lib/annotations/skills";
import { sentenceById } from "@/lib/content/parse-source";
import { getSource } from "@/server/content/catalog";
import { db } from "@/server/db";

export const annotationSelect = { id: true, sourceId: true, sentenceIds: true, skill: true, note: true, clientSeq: true, model: true, reply: true, repliedAt: true } as const;

type Row = { id: string; sourceId: string; sentenceIds: string[]; skill: string; note: string | null; clientSeq: bigint; model: boolean; reply: string | null; repliedAt: Date | null };

export const toAnnotationView = (row: Row): AnnotationView => ({
  id: row.id,
  sourceId: row.sourceId,
  sentenceIds: row.sentenceIds,
  skill: row.skill as AnnotationSkill,
  note: row.note ?? "",
  seq: Number(row.clientSeq),
  model: row.model,
  reply: row.reply,
  repliedAt: row.repliedAt?.toISOString() ?? null,
});

/**
 * A student's annotations on an assignment and the teacher's model ones, for the reader, the quiz pane and the
 * results. Callers have already found the assignment as the student's (find-student-assignment.ts); the where
 * clause scopes the rows to this student and this assignment anyway. One query.
 */
export async function annotationsForStudent(assignmentId: string, studentId: string): Promise<{ mine: AnnotationView[]; model: AnnotationView[] }> {
  const rows = await db.annotation.findMany({
    where: { assignmentId, deletedAt: null, OR: [{ authorId: studentId, model: false }, { model: true }] },
    orderBy: { createdAt: "asc" },
    select: annotationSelect,
  });
  const views = rows.map(toAnnotationView);
  return { mine: views.filter((a) => !a.model), model: views.filter((a) => a.model) };
}

/** The words each highlight covers, read from the source files (no query). */
export async function quotesOf(annotations: readonly AnnotationView[]): Promise<Record<string, string>> {
  const quotes: Record<string, string> = {};
  for (const a of annotations) {
    const source = await getSource(a.sourceId);
    quotes[a.id] = source ? a.sentenceIds.map((id) => sentenceById(source, id) ?? "").join(" ") : "";
  }
  return quotes;
}

/** The student's highlights with the words they cover, for the results page. */
export async function annotationsWithQuotes(assignmentId: string, studentId: string) {
  const { mine, model } = await annotationsForStudent(assignmentId, studentId);
  return { mine, model, quotes: await quotesOf([...mine, ...model]) };
}
