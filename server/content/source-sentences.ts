import "server-only";
import { sourceIds } from "@/lib/content/parse-source";
import { readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";

// Every sentence id of each source, for checking an argument's citations on save. The ids only change when a
// source's content does, so they are kept per content hash: a save asks for the (tiny) hashes, not the documents.
const known = new Map<string, ReadonlySet<string>>();

export async function sentenceIdsOf(sourceIdsWanted: readonly string[]): Promise<Map<string, ReadonlySet<string>>> {
  const rows = await db.source.findMany({ where: { id: { in: [...sourceIdsWanted] } }, select: { id: true, contentHash: true } });
  const missing = rows.filter((r) => !known.has(`${r.id}@${r.contentHash}`));
  if (missing.length > 0) {
    const docs = await db.source.findMany({ where: { id: { in: missing.map((r) => r.id) } }, select: { id: true, contentHash: true, document: true } });
    for (const doc of docs) known.set(`${doc.id}@${doc.contentHash}`, sourceIds(readSource(doc)).sentences);
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const row of rows) {
    const ids = known.get(`${row.id}@${row.contentHash}`);
    if (ids) out.set(row.id, ids);
  }
  return out;
}
