import "server-only";
import { paragraphsOf, sourceIds } from "@/lib/content/parse-source";
import type { SourceIndex } from "@/lib/content/validate-quiz";
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import { readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";

/**
 * The real documents a teacher's question may point at, read once per request: every paragraph with its
 * sentences (for picking evidence) and the ids each makes addressable (for checking a key, as content:check does).
 */
export async function loadAuthoringDocuments(): Promise<{ documents: SourceForEvidence[]; index: SourceIndex }> {
  const rows = await db.source.findMany({ orderBy: { id: "asc" }, select: { id: true, contentHash: true, document: true } });
  const sources = rows.map(readSource);
  return {
    documents: sources.map((s) => ({ id: s.meta.id, title: s.meta.title, paragraphs: paragraphsOf(s).map(({ id, number, sentences }) => ({ id, number, sentences })) })),
    index: new Map(sources.map((s) => [s.meta.id, sourceIds(s)])),
  };
}
