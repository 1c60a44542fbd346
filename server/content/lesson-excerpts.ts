import "server-only";
import { paragraphsOf } from "@/lib/content/parse-source";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { readLesson, readSource } from "@/server/content/stored-documents";
import { db } from "@/server/db";

/** The paragraphs of each document a lesson's excerpts show, in the lesson's order: what a quiz puts beside its questions. */
export async function loadLessonExcerpts(lessonId: string): Promise<ReadingExcerpt[]> {
  const lesson = readLesson(await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { id: true, contentHash: true, document: true } }));
  const rows = await db.source.findMany({ where: { id: { in: lesson.excerpts.map((e) => e.source) } }, select: { id: true, contentHash: true, document: true } });
  const sources = new Map(rows.map((row) => [row.id, readSource(row)]));
  return lesson.excerpts.flatMap((excerpt) => {
    const source = sources.get(excerpt.source);
    if (!source) return [];
    const wanted = new Set(excerpt.paragraphs);
    const recipient = source.meta.recipients[0]!.name.split(" ").at(-1)!;
    const adapted = source.adapted?.filter((p) => wanted.has(p.id));
    return [{ sourceId: source.meta.id, title: source.meta.title, recipient, paragraphs: paragraphsOf(source).filter((p) => wanted.has(p.id)).map(({ id, number, sentences }) => ({ id, number, sentences })), ...(adapted ? { adapted } : {}) }];
  });
}
