// content/compare.yaml: the points the two telegrams share and where their tone differs, for /compare.
// Checked like the rest of content/: the shape with zod, then every quotation against the sentence or
// paragraph it names, so the page can never show words the telegram does not contain.
import { z } from "zod";
import { paragraphsOf, sentenceById } from "./parse-source";
import { collapseWhitespace, misquotations, quotableText } from "./quotations";
import type { Source } from "./schemas";
import { formatZodIssues, parseYaml, type Parsed } from "./yaml-files";

export const COMPARE_PATH = "content/compare.yaml";

const text = z.string().trim().min(1, "must not be empty");
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const Ref = z.string().regex(/^p[1-9][0-9]*(\.s[1-9][0-9]*)?$/, 'must be "pN" or "pN.sM"');

export const CompareQuote = z.strictObject({ source: kebabId, ref: Ref, quote: text });
export const ComparePoint = z.strictObject({
  id: kebabId,
  title: text,
  summary: text,
  quotes: z.array(CompareQuote).min(2, "needs a quotation from each telegram"),
});
export const ToneNote = z.strictObject({
  source: kebabId,
  audience: text,
  text,
  quotes: z.array(CompareQuote).min(1, "needs at least one quotation"),
});
export const Compare = z.strictObject({
  sources: z.tuple([kebabId, kebabId]),
  introduction: text,
  points: z.array(ComparePoint).min(1),
  tone: z.strictObject({ summary: text, notes: z.array(ToneNote).min(2) }),
});
export type CompareQuote = z.infer<typeof CompareQuote>;
export type ComparePoint = z.infer<typeof ComparePoint>;
export type ToneNote = z.infer<typeof ToneNote>;
export type Compare = z.infer<typeof Compare>;

/** Parse and check compare.yaml against the parsed sources; every problem is listed, as in validate.ts. */
export function parseCompare(text: string, sources: readonly Source[], path = COMPARE_PATH): Parsed<Compare> {
  const yaml = parseYaml(path, text);
  if (yaml.errors.length > 0) return { value: undefined, errors: yaml.errors };
  const parsed = Compare.safeParse(yaml.value ?? {});
  if (!parsed.success) return { value: undefined, errors: formatZodIssues(path, parsed.error.issues) };
  const compare = parsed.data;

  const errors: string[] = [];
  const byId = new Map(sources.map((source) => [source.meta.id, source]));
  const [left, right] = compare.sources;
  if (left === right) errors.push(`${path}: sources: the two columns must show two different sources`);
  for (const id of compare.sources) if (!byId.has(id)) errors.push(`${path}: sources: source "${id}" does not exist`);

  const quotable = quotableText(sources);
  const checkQuotes = (prefix: string, quotes: readonly CompareQuote[]) => {
    for (const quote of quotes) {
      const source = byId.get(quote.source);
      if (!source) {
        errors.push(`${prefix}: source "${quote.source}" does not exist`);
        continue;
      }
      if (!compare.sources.includes(quote.source)) errors.push(`${prefix}: source "${quote.source}" is not one of the two compared`);
      const where = refText(source, quote.ref);
      if (where === undefined) errors.push(`${prefix}: ${quote.ref} does not exist in source ${quote.source}`);
      else if (!collapseWhitespace(where).includes(collapseWhitespace(quote.quote))) {
        errors.push(`${prefix}: the quotation "${quote.quote}" is not in ${quote.source} ${quote.ref}`);
      }
    }
  };
  const checkProse = (prefix: string, ...texts: string[]) => {
    for (const wrong of texts.flatMap((t) => misquotations(t, quotable))) errors.push(`${prefix}: the quotation ${wrong} is not in any source`);
  };

  checkProse(`${path}: introduction`, compare.introduction);
  const seen = new Set<string>();
  for (const point of compare.points) {
    const prefix = `${path}: point ${point.id}`;
    if (seen.has(point.id)) errors.push(`${prefix}: duplicate point id "${point.id}"`);
    seen.add(point.id);
    checkQuotes(prefix, point.quotes);
    for (const id of compare.sources) {
      if (!point.quotes.some((q) => q.source === id)) errors.push(`${prefix}: needs a quotation from ${id}`);
    }
    checkProse(prefix, point.title, point.summary);
  }
  checkProse(`${path}: tone`, compare.tone.summary);
  compare.tone.notes.forEach((note, i) => {
    const prefix = `${path}: tone note ${i + 1}`;
    if (!compare.sources.includes(note.source)) errors.push(`${prefix}: source "${note.source}" is not one of the two compared`);
    checkQuotes(prefix, note.quotes);
    checkProse(prefix, note.audience, note.text);
  });
  return errors.length > 0 ? { value: undefined, errors } : { value: compare, errors: [] };
}

/** The text a ref points at: one sentence ("p3.s2") or a whole paragraph ("p3"). */
function refText(source: Source, ref: string): string | undefined {
  if (ref.includes(".")) return sentenceById(source, ref);
  const paragraph = paragraphsOf(source).find((p) => p.id === ref);
  return paragraph?.sentences.map((s) => s.text).join(" ");
}
