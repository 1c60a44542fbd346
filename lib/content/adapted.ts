// content/adapted/<source id>.yaml: a modified version of a telegram for readers at about grade 6–7, aligned
// sentence by sentence. Each adapted sentence names the original sentence(s) it renders (`from`, all in its own
// paragraph), and together they cover every sentence of every paragraph a lesson shows, so nothing a lesson
// reads is missing from the adapted version and an answer chosen on it maps to the original exactly.
import { z } from "zod";
import { paragraphsOf } from "./parse-source";
import type { AdaptedParagraph, LessonMeta, Source } from "./schemas";
import { formatZodIssues, parseYaml } from "./yaml-files";

export const ADAPTED_PATH = /^content\/adapted\/([^/]+)\.yaml$/;
export const adaptedPath = (sourceId: string) => `content/adapted/${sourceId}.yaml`;

const text = z.string().trim().min(1, "must not be empty");
const AdaptedFile = z.strictObject({
  source: z.string(),
  paragraphs: z
    .array(
      z.strictObject({
        paragraph: z.string().regex(/^p[1-9][0-9]*$/, 'must be a paragraph id like "p3"'),
        sentences: z.array(z.strictObject({ text, from: z.array(z.string().regex(/^p[1-9][0-9]*\.s[1-9][0-9]*$/, 'must be a sentence id like "p3.s2"')).min(1) })).min(1),
      }),
    )
    .min(1),
});

/**
 * Checks each adapted file against its source and the lessons' excerpts; returns the adapted paragraphs by
 * source id (sentence ids p3.a1, p3.a2, … in file order). Every problem is listed, each naming its file.
 */
export function checkAdapted(
  files: readonly { path: string; text: string }[],
  sources: readonly Source[],
  lessons: readonly Pick<LessonMeta, "id" | "excerpts">[],
  errors: string[],
): Map<string, AdaptedParagraph[]> {
  const out = new Map<string, AdaptedParagraph[]>();
  const byId = new Map(sources.map((s) => [s.meta.id, s]));
  for (const file of files) {
    const fileId = ADAPTED_PATH.exec(file.path)?.[1];
    const yaml = parseYaml(file.path, file.text);
    errors.push(...yaml.errors);
    if (yaml.errors.length > 0) continue;
    const parsed = AdaptedFile.safeParse(yaml.value ?? {});
    if (!parsed.success) {
      errors.push(...formatZodIssues(file.path, parsed.error.issues));
      continue;
    }
    const { source: sourceId, paragraphs } = parsed.data;
    if (sourceId !== fileId) errors.push(`${file.path}: source "${sourceId}" does not match the file name "${fileId}.yaml"`);
    const source = byId.get(sourceId);
    if (!source) {
      errors.push(`${file.path}: source "${sourceId}" does not exist`);
      continue;
    }
    const originals = new Map(paragraphsOf(source).map((p) => [p.id, new Set(p.sentences.map((s) => s.id))]));
    const seen = new Set<string>();
    const adapted: AdaptedParagraph[] = [];
    for (const p of paragraphs) {
      const sentenceIds = originals.get(p.paragraph);
      if (!sentenceIds) errors.push(`${file.path}: paragraph "${p.paragraph}" does not exist in source ${sourceId}`);
      if (seen.has(p.paragraph)) errors.push(`${file.path}: paragraph "${p.paragraph}" is adapted twice`);
      seen.add(p.paragraph);
      p.sentences.forEach((s, i) => {
        for (const id of s.from) {
          const paragraphOfId = id.split(".")[0]!;
          if (!originals.get(paragraphOfId)?.has(id)) errors.push(`${file.path}: ${p.paragraph} sentence ${i + 1} maps to "${id}", which does not exist in source ${sourceId}`);
          else if (paragraphOfId !== p.paragraph) errors.push(`${file.path}: ${p.paragraph} sentence ${i + 1} maps to "${id}", outside its paragraph`);
        }
      });
      adapted.push({ id: p.paragraph, sentences: p.sentences.map((s, i) => ({ id: `${p.paragraph}.a${i + 1}`, text: s.text, from: s.from })) });
    }
    out.set(sourceId, adapted);
  }

  // Coverage: every sentence of every paragraph a lesson shows has an adapted rendering.
  for (const lesson of lessons) {
    for (const excerpt of lesson.excerpts) {
      const source = byId.get(excerpt.source);
      if (!source) continue;
      const adapted = out.get(excerpt.source);
      if (!adapted) {
        if (!files.some((f) => ADAPTED_PATH.exec(f.path)?.[1] === excerpt.source)) {
          errors.push(`${adaptedPath(excerpt.source)}: file is missing (lesson ${lesson.id} shows an excerpt of ${excerpt.source}, so it needs an adapted version)`);
        }
        continue;
      }
      const covered = new Set(adapted.flatMap((p) => p.sentences.flatMap((s) => s.from)));
      for (const paragraph of paragraphsOf(source).filter((p) => excerpt.paragraphs.includes(p.id))) {
        for (const sentence of paragraph.sentences) {
          const problem = `${adaptedPath(excerpt.source)}: original sentence ${sentence.id} is left out (lesson ${lesson.id} shows ${paragraph.id})`;
          if (!covered.has(sentence.id) && !errors.includes(problem)) errors.push(problem);
        }
      }
    }
  }
  return out;
}

/** The original sentence ids an answer chosen on adapted sentences stands for, in the original's order. */
export function originalIdsOf(adapted: readonly AdaptedParagraph[], adaptedIds: readonly string[], originalOrder: readonly string[]): string[] {
  const wanted = new Set(adaptedIds);
  const ids = new Set(adapted.flatMap((p) => p.sentences.filter((s) => wanted.has(s.id)).flatMap((s) => s.from)));
  return originalOrder.filter((id) => ids.has(id));
}

// Kept in lib/quiz/text-version.ts (no zod, no YAML), where the quiz's evidence input reads it.
export { adaptedChosen } from "@/lib/quiz/text-version";
