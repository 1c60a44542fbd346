// The content as the public reader pages use it: read from content/ once per process (the files ship with
// the app), validated, and looked up by id. Signed-in pages read the imported copy (stored-documents.ts).
// In development the files are re-read on each call, so an author sees an edit on reload.
import "server-only";
import type { Compare } from "@/lib/content/compare";
import type { UnitContent } from "@/lib/content/unit-files";
import { loadCompare, loadContent, loadUnitContent } from "@/server/content/load-content";
import type { Content, GlossaryEntry, Lesson, Source, TimelineEvent } from "@/lib/content/schemas";

type Catalog = Content & { compare: Compare; unit: UnitContent };

let cached: Promise<Catalog> | undefined;

function catalog(): Promise<Catalog> {
  if (!cached || process.env.NODE_ENV === "development") {
    cached = (async () => {
      const content = await loadContent();
      return { ...content, compare: await loadCompare(content.sources), unit: await loadUnitContent(content) };
    })();
    // A failed load is not kept: the next call tries again (and reports the problem again).
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

export async function getSources(): Promise<Source[]> {
  return (await catalog()).sources;
}

export async function getSource(id: string): Promise<Source | undefined> {
  return (await catalog()).sources.find((source) => source.meta.id === id);
}

/** Lessons in their position order. */
export async function getLessons(): Promise<Lesson[]> {
  return (await catalog()).lessons;
}

export async function getLesson(slug: string): Promise<Lesson | undefined> {
  return (await catalog()).lessons.find((lesson) => lesson.id === slug);
}

export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await catalog()).glossary;
}

/** Events sorted by date (the file keeps them so; validation checks it). */
export async function getTimeline(): Promise<TimelineEvent[]> {
  return (await catalog()).timeline;
}

export async function getCompare(): Promise<Compare> {
  return (await catalog()).compare;
}

/** The lessons built on a source, in position order. */
export async function lessonsUsing(sourceId: string): Promise<Lesson[]> {
  return (await getLessons()).filter((lesson) => lesson.excerpts.some((excerpt) => excerpt.source === sourceId));
}

/** The unit's central question, context, vocabulary, head notes; each lesson's organiser and teacher guide. */
export async function getUnit(): Promise<UnitContent> {
  return (await catalog()).unit;
}
