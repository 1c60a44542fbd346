// Checks the unit's framing files — content/unit.yaml and each lesson's organiser.yaml and guide.yaml —
// against the content validate.ts has already read (sources, glossary, lessons and their quizzes). Like
// validate.ts it works on file texts and lists every problem, each naming the file and the item.
import type { z } from "zod";
import { Guide, guideProblems } from "./guide";
import { Organiser, organiserProblems } from "./organiser";
import { misquotations, quotableText, stringsIn } from "./quotations";
import type { Content } from "./schemas";
import { Unit } from "./unit";
import { formatZodIssues, parseYaml } from "./yaml-files";

export const UNIT_PATH = "content/unit.yaml";
const LESSON_FILE = /^content\/lessons\/([^/]+)\/(organiser|guide)\.yaml$/;

/** The files this module checks; validate.ts leaves them alone. */
export function isUnitFile(path: string): boolean {
  return path === UNIT_PATH || LESSON_FILE.test(path);
}

export type UnitContent = {
  unit: Unit;
  /** By lesson id. */
  organisers: Record<string, Organiser>;
  guides: Record<string, Guide>;
};

type File = { path: string; text: string };

export function validateUnitFiles(files: readonly File[], content: Content): { value: UnitContent | undefined; errors: string[] } {
  const errors: string[] = [];
  const quotable = quotableText(content.sources);
  const checkQuotes = (prefix: string, value: unknown) => {
    for (const wrong of stringsIn(value).flatMap((t) => misquotations(t, quotable))) errors.push(`${prefix}: the quotation ${wrong} is not in any source`);
  };
  const parse = <T>(file: File, schema: z.ZodType<T>): T | undefined => {
    const yaml = parseYaml(file.path, file.text);
    if (yaml.errors.length > 0) return void errors.push(...yaml.errors);
    const parsed = schema.safeParse(yaml.value ?? {});
    if (!parsed.success) return void errors.push(...formatZodIssues(file.path, parsed.error.issues));
    checkQuotes(file.path, parsed.data);
    return parsed.data;
  };

  const unitFile = files.find((f) => f.path === UNIT_PATH);
  let unit: Unit | undefined;
  if (!unitFile) errors.push(`${UNIT_PATH}: file is missing`);
  else unit = parse(unitFile, Unit);
  if (unit) {
    const glossary = new Set(content.glossary.map((g) => g.id));
    for (const id of unit.vocabulary) if (!glossary.has(id)) errors.push(`${UNIT_PATH}: vocabulary: "${id}" is not a glossary term`);
    const noted = new Set<string>();
    for (const note of unit.headNotes) {
      if (!content.sources.some((s) => s.meta.id === note.source)) errors.push(`${UNIT_PATH}: head note: source "${note.source}" does not exist`);
      if (noted.has(note.source)) errors.push(`${UNIT_PATH}: head note: source "${note.source}" has two head notes`);
      noted.add(note.source);
    }
    for (const source of content.sources) if (!noted.has(source.meta.id)) errors.push(`${UNIT_PATH}: head notes: source "${source.meta.id}" has none`);
  }

  const organisers: Record<string, Organiser> = {};
  const guides: Record<string, Guide> = {};
  for (const file of files) {
    const match = LESSON_FILE.exec(file.path);
    if (!match) continue;
    const [, slug = "", kind] = match;
    const lesson = content.lessons.find((l) => l.id === slug);
    if (!lesson) {
      errors.push(`${file.path}: lesson "${slug}" does not exist`);
      continue;
    }
    if (kind === "organiser") {
      const organiser = parse(file, Organiser);
      if (!organiser) continue;
      const problems = organiserProblems(organiser, lesson);
      errors.push(...problems.map((p) => `${file.path}: ${p}`));
      if (problems.length === 0) organisers[slug] = organiser;
    } else {
      const guide = parse(file, Guide);
      if (!guide) continue;
      const problems = guideProblems(guide, lesson);
      errors.push(...problems.map((p) => `${file.path}: ${p}`));
      if (problems.length === 0) guides[slug] = guide;
    }
  }
  return errors.length > 0 || !unit ? { value: undefined, errors } : { value: { unit, organisers, guides }, errors: [] };
}
