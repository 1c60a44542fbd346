// Validates everything under content/ from already-read file texts (no I/O here, so tests can feed
// mutated copies in memory). Every problem is reported, not just the first, each naming the file, the item
// and what is wrong, e.g.
//   content/lessons/03-kuznetsov-close-reading/quiz.yaml: question q7: evidence "p9.s4" does not exist in source gromyko-kuznetsov-1962-11-01
import type { z } from "zod";
import { ADAPTED_PATH, checkAdapted } from "./adapted";
import { unshownCitationProblems } from "./item-fairness";
import { parseSource, sourceIds, sourceText } from "./parse-source";
import { misquotations, quotableText, stringsIn } from "./quotations";
import {
  GlossaryEntry,
  LessonMeta,
  TimelineEvent,
  type Content,
  type Lesson,
  type Question,
  type Source,
} from "./schemas";
import { checkQuiz, quotationNotFound, type SourceIndex } from "./validate-quiz";
import { formatZodIssues, itemLabel, parseYaml, splitFrontMatter } from "./yaml-files";

export type ContentFile = { path: string; text: string };
export type ValidationResult = { content: Content; errors: string[] };

/** The crisis the timeline covers: from the U-2 photographs to the lifting of the quarantine. */
export const TIMELINE_WINDOW = { from: "1962-10-14", to: "1962-11-20" } as const;

const GLOSSARY_PATH = "content/glossary.yaml";
const TIMELINE_PATH = "content/timeline.yaml";
const SOURCE_PATH = /^content\/sources\/([^/]+)\.md$/;
const LESSON_PATH = /^content\/lessons\/([^/]+)\/(lesson\.md|quiz\.yaml)$/;

export function validateContent(files: readonly ContentFile[]): ValidationResult {
  const errors: string[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(sorted.map((file) => [file.path, file.text]));

  const sourceFiles: ContentFile[] = [];
  const adaptedFiles: ContentFile[] = [];
  const lessonDirs = new Map<string, { lesson?: string; quiz?: string }>();
  for (const file of sorted) {
    const lessonMatch = LESSON_PATH.exec(file.path);
    if (SOURCE_PATH.test(file.path)) sourceFiles.push(file);
    else if (ADAPTED_PATH.test(file.path)) adaptedFiles.push(file);
    else if (lessonMatch) {
      const dir = lessonDirs.get(lessonMatch[1] ?? "") ?? {};
      if (lessonMatch[2] === "lesson.md") dir.lesson = file.text;
      else dir.quiz = file.text;
      lessonDirs.set(lessonMatch[1] ?? "", dir);
    } else if (file.path !== GLOSSARY_PATH && file.path !== TIMELINE_PATH) {
      errors.push(
        `${file.path}: unexpected file (content/ holds sources/<id>.md, lessons/<slug>/lesson.md and quiz.yaml, glossary.yaml, timeline.yaml)`,
      );
    }
  }

  const sources = checkSources(sourceFiles, errors);
  const index: SourceIndex = new Map(sources.map((source) => [source.meta.id, sourceIds(source)]));
  const quotable = quotableText(sources);
  // The notes a source's record carries (translation, paragraph numbers) quote the telegram like everything else.
  for (const source of sources) {
    const notes = stringsIn([source.meta.recipients, source.meta.translationNotes ?? [], source.meta.paragraphNote ?? ""]);
    for (const wrong of notes.flatMap((t) => misquotations(t, quotable))) {
      errors.push(`content/sources/${source.meta.id}.md: front matter: ${quotationNotFound(wrong)}`);
    }
  }
  const glossary = checkGlossary(byPath.get(GLOSSARY_PATH), sources, quotable, errors);
  const timeline = checkTimeline(byPath.get(TIMELINE_PATH), index, quotable, errors);

  const glossaryIds = new Set(glossary.map((entry) => entry.id));
  const lessons: Lesson[] = [];
  for (const [slug, dir] of lessonDirs) {
    const lesson = checkLesson(slug, dir, { index, quotable, glossaryIds }, errors);
    if (lesson) lessons.push(lesson);
  }
  const positions = new Map<number, string>();
  for (const lesson of lessons) {
    const other = positions.get(lesson.position);
    if (other) errors.push(`content/lessons/${lesson.id}/lesson.md: position ${lesson.position} is also used by lesson ${other}`);
    positions.set(lesson.position, lesson.id);
  }
  lessons.sort((a, b) => a.position - b.position);

  // The adapted versions (about grade 6–7) travel with their source, so every reader of a source has them.
  const adapted = checkAdapted(adaptedFiles, sources, lessons, errors);
  const withAdapted = sources.map((source) => (adapted.has(source.meta.id) ? { ...source, adapted: adapted.get(source.meta.id) } : source));

  return { content: { sources: withAdapted, lessons, glossary, timeline }, errors };
}

function checkSources(files: readonly ContentFile[], errors: string[]): Source[] {
  const sources: Source[] = [];
  for (const file of files) {
    const parsed = parseSource(file.path, file.text);
    errors.push(...parsed.errors);
    if (!parsed.value) continue;
    const fileId = SOURCE_PATH.exec(file.path)?.[1];
    const { id } = parsed.value.meta;
    if (id !== fileId) errors.push(`${file.path}: front matter: id "${id}" does not match the file name "${fileId}.md"`);
    if (sources.some((other) => other.meta.id === id)) errors.push(`${file.path}: duplicate source id "${id}"`);
    else sources.push(parsed.value);
  }
  return sources;
}

/** Parse a YAML file holding a list, checking each item on its own so one bad item does not hide the rest. */
function checkList<T extends { id: string }>(
  path: string,
  text: string | undefined,
  kind: string,
  schema: z.ZodType<T>,
  errors: string[],
): { item: T; prefix: string }[] {
  if (text === undefined) {
    errors.push(`${path}: file is missing`);
    return [];
  }
  const yaml = parseYaml(path, text);
  errors.push(...yaml.errors);
  if (yaml.errors.length > 0) return [];
  if (!Array.isArray(yaml.value)) {
    errors.push(`${path}: expected a list of ${kind} entries`);
    return [];
  }
  const items: { item: T; prefix: string }[] = [];
  const seen = new Set<string>();
  yaml.value.forEach((raw: unknown, i) => {
    const prefix = `${path}: ${itemLabel(kind, raw, i)}`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...formatZodIssues(prefix, parsed.error.issues));
      return;
    }
    if (seen.has(parsed.data.id)) errors.push(`${prefix}: duplicate ${kind} id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    items.push({ item: parsed.data, prefix });
  });
  return items;
}

function checkGlossary(text: string | undefined, sources: readonly Source[], quotable: string, errors: string[]) {
  const entries = checkList(GLOSSARY_PATH, text, "term", GlossaryEntry, errors);
  const documents = sources.map((s) => [s.meta.title, s.meta.citation, sourceText(s)].join("\n"));
  const aliasOwner = new Map<string, string>();
  for (const { item, prefix } of entries) {
    for (const alias of item.aliases) {
      // Aliases drive inline highlighting in the reader, so each must really occur in a telegram.
      if (!documents.some((doc) => containsWord(doc, alias))) {
        errors.push(`${prefix}: alias "${alias}" does not occur in any source`);
      }
      const owner = aliasOwner.get(alias);
      if (owner && owner !== item.id) errors.push(`${prefix}: alias "${alias}" is also an alias of term ${owner}`);
      aliasOwner.set(alias, item.id);
    }
    for (const wrong of misquotations(item.definition, quotable)) errors.push(`${prefix}: ${quotationNotFound(wrong)}`);
  }
  return entries.map((entry) => entry.item);
}

function checkTimeline(text: string | undefined, index: SourceIndex, quotable: string, errors: string[]) {
  const events = checkList(TIMELINE_PATH, text, "event", TimelineEvent, errors);
  let previous: { id: string; date: string } | undefined;
  for (const { item, prefix } of events) {
    if (item.date < TIMELINE_WINDOW.from || item.date > TIMELINE_WINDOW.to) {
      errors.push(`${prefix}: date ${item.date} is outside the crisis window ${TIMELINE_WINDOW.from}..${TIMELINE_WINDOW.to}`);
    }
    if (previous && item.date < previous.date) {
      errors.push(`${prefix}: date ${item.date} comes before the previous event ${previous.id} (${previous.date}); keep events sorted by date`);
    }
    previous = item;
    for (const source of item.sources ?? []) {
      if (!index.has(source)) errors.push(`${prefix}: source "${source}" does not exist`);
    }
    for (const wrong of misquotations(item.description, quotable)) errors.push(`${prefix}: ${quotationNotFound(wrong)}`);
  }
  return events.map((event) => event.item);
}

type LessonContext = { index: SourceIndex; quotable: string; glossaryIds: ReadonlySet<string> };

function checkLesson(
  slug: string,
  dir: { lesson?: string; quiz?: string },
  { index, quotable, glossaryIds }: LessonContext,
  errors: string[],
): Lesson | undefined {
  const lessonPath = `content/lessons/${slug}/lesson.md`;
  const quizPath = `content/lessons/${slug}/quiz.yaml`;
  if (dir.lesson === undefined) errors.push(`${lessonPath}: file is missing (${quizPath} has no lesson)`);
  if (dir.quiz === undefined) errors.push(`${quizPath}: file is missing (every lesson has a quiz)`);

  let questions: Question[] = [];
  if (dir.quiz !== undefined) {
    const yaml = parseYaml(quizPath, dir.quiz);
    errors.push(...yaml.errors);
    if (yaml.errors.length === 0) {
      const quiz = checkQuiz(quizPath, yaml.value, index, quotable);
      errors.push(...quiz.errors);
      questions = quiz.questions;
    }
  }
  if (dir.lesson === undefined) return undefined;

  const split = splitFrontMatter(lessonPath, dir.lesson);
  errors.push(...split.errors);
  if (!split.value) return undefined;
  const yaml = parseYaml(lessonPath, split.value.frontMatter, split.value.frontMatterLine);
  errors.push(...yaml.errors);
  if (yaml.errors.length > 0) return undefined;
  const parsed = LessonMeta.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    errors.push(...formatZodIssues(`${lessonPath}: front matter`, parsed.error.issues));
    return undefined;
  }
  const meta = parsed.data;
  const problems: string[] = [];
  if (meta.id !== slug) problems.push(`front matter: id "${meta.id}" does not match its folder name "${slug}"`);
  meta.excerpts.forEach((excerpt, i) => {
    const ids = index.get(excerpt.source);
    if (!ids) problems.push(`excerpt ${i + 1}: source "${excerpt.source}" does not exist`);
    for (const paragraph of ids ? excerpt.paragraphs : []) {
      if (!ids?.paragraphs.has(paragraph)) {
        problems.push(`excerpt ${i + 1}: paragraph "${paragraph}" does not exist in source ${excerpt.source}`);
      }
    }
  });
  for (const id of meta.glossary) {
    if (!glossaryIds.has(id)) problems.push(`glossary: "${id}" is not a term in ${GLOSSARY_PATH}`);
  }
  const background = split.value.bodyLines.join("\n").trim();
  if (!background) problems.push("background: the Markdown body after the front matter is empty");
  for (const wrong of [...stringsIn(meta), background].flatMap((t) => misquotations(t, quotable))) {
    problems.push(quotationNotFound(wrong));
  }
  errors.push(...problems.map((problem) => `${lessonPath}: ${problem}`));
  errors.push(...unshownCitationProblems(quizPath, questions, meta.excerpts, index));
  return { ...meta, background, questions };
}

/** Whole-word match, so the alias "Cuba" is found in "Cuba," but not only inside "Cubans". */
function containsWord(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(haystack);
}
