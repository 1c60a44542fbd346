import "server-only";
import type { Question } from "@/lib/content/schemas";
import { readQuestion } from "@/server/content/stored-documents";
import { db } from "@/server/db";

// A question version never changes once written (an edit makes a new version), so its definition can be
// cached for the life of the process: autosave validates payloads without a database round trip.
export type VersionDefinition = { id: string; questionId: string; maxPoints: number; definition: Question };

const cache = new Map<string, VersionDefinition>();
const MAX_CACHED = 5_000;

export async function getQuestionVersions(ids: string[]): Promise<Map<string, VersionDefinition>> {
  const missing = ids.filter((id) => !cache.has(id));
  if (missing.length > 0) {
    const rows = await db.questionVersion.findMany({ where: { id: { in: missing } }, select: { id: true, questionId: true, maxPoints: true, definition: true } });
    if (cache.size + rows.length > MAX_CACHED) cache.clear();
    for (const row of rows) cache.set(row.id, { ...row, definition: readQuestion(row) });
  }
  const found = new Map<string, VersionDefinition>();
  for (const id of ids) {
    const version = cache.get(id);
    if (version) found.set(id, version);
  }
  return found;
}
