import "server-only";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { LessonMeta, Question, Source } from "@/lib/content/schemas";

// The documents the content import stored in JSON columns, read back through the same zod schemas that
// validate content/ — so a signed-in page works on exactly the types a public page reads from the files,
// and a column that does not hold what we think fails loudly here rather than deep in a page.
// Parsed once per stored version and process: a source's or lesson's contentHash changes whenever its JSON
// does, and a question version is never rewritten.

/** A lesson as stored: its front matter and background; the questions are rows of their own. */
export const StoredLesson = LessonMeta.extend({ background: z.string() });
export type StoredLesson = z.infer<typeof StoredLesson>;

const parsed = new LRUCache<string, object>({ max: 2_000 });

function parseOnce<T extends object>(schema: z.ZodType<T>, key: string, json: Prisma.JsonValue): T {
  const known = parsed.get(key);
  if (known) return known as T;
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`Stored ${key} does not match its schema: ${z.prettifyError(result.error)}`);
  parsed.set(key, result.data);
  return result.data;
}

export const readSource = (row: { id: string; contentHash: string; document: Prisma.JsonValue }): Source => parseOnce(Source, `source ${row.id}@${row.contentHash}`, row.document);

export const readLesson = (row: { id: string; contentHash: string; document: Prisma.JsonValue }): StoredLesson =>
  parseOnce(StoredLesson, `lesson ${row.id}@${row.contentHash}`, row.document);

export const readQuestion = (row: { id: string; definition: Prisma.JsonValue }): Question => parseOnce(Question, `question version ${row.id}`, row.definition);
