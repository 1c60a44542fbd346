import "server-only";
import { paragraphsOf } from "@/lib/content/parse-source";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";

type MaybeEvidence = { type: string; source?: string; within?: string[]; sources?: string[] };

/**
 * The paragraphs each evidence question lets the student choose from (its `within`, else the whole source),
 * grouped by source, in one query. Shared by the quiz, the teacher's preview and review practice.
 */
export async function loadEvidenceSources(questions: readonly MaybeEvidence[]): Promise<Record<string, SourceForEvidence>> {
  // An argument cites from its documents whole: each counts here as an evidence question on all of one source.
  const evidence = questions.flatMap((q): (MaybeEvidence & { source: string })[] =>
    q.type === "evidence" && typeof q.source === "string" ? [q as MaybeEvidence & { source: string }] : q.type === "argument" ? (q.sources ?? []).map((source) => ({ type: "evidence", source })) : [],
  );
  if (evidence.length === 0) return {};
  const rows = await db.source.findMany({ where: { id: { in: [...new Set(evidence.map((q) => q.source))] } }, select: { id: true, contentHash: true, document: true } });
  const sources: Record<string, SourceForEvidence> = {};
  for (const row of rows) {
    const doc = readSource(row);
    const paragraphs = paragraphsOf(doc);
    const wanted = new Set(evidence.filter((q) => q.source === row.id).flatMap((q) => q.within ?? paragraphs.map((p) => p.id)));
    const adapted = doc.adapted?.filter((p) => wanted.has(p.id));
    sources[row.id] = { id: row.id, title: doc.meta.title, paragraphs: paragraphs.filter((p) => wanted.has(p.id)).map(({ id, number, sentences }) => ({ id, number, sentences })), ...(adapted ? { adapted } : {}) };
  }
  return sources;
}
