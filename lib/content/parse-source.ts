// Parses content/sources/<id>.md: YAML front matter (the citation block) and a body of blocks.
//
//   {.label}            the archive's label line ("Translation - English")
//   Translation - English
//
//   {#p3}               a numbered paragraph; one sentence per line, ids p3.s1, p3.s2, …
//   1. We have specified here that …
//   This must be your point of departure …
//
//   {.note}             the archive's closing "[Source: …]" line
//
// Paragraph numbers must run 1, 2, 3, … so that ids stay stable: questions, answers and reports point at them.
import { Source, SourceMeta, type Paragraph, type SourceBlock } from "./schemas";
import { formatZodIssues, parseYaml, splitFrontMatter, type Parsed } from "./yaml-files";

const PARAGRAPH_MARKER = /^\{#p([0-9]+)\}$/;
const CLASS_MARKER = /^\{\.(label|note)\}$/;
const ANY_MARKER = /^\{[#.][^}]*\}$/;

export function parseSource(path: string, text: string): Parsed<Source> {
  const split = splitFrontMatter(path, text);
  if (split.errors.length > 0 || !split.value) return { value: undefined, errors: split.errors };
  const { frontMatter, frontMatterLine, bodyLines, bodyLine } = split.value;

  const errors: string[] = [];
  const yaml = parseYaml(path, frontMatter, frontMatterLine);
  errors.push(...yaml.errors);
  let meta: SourceMeta | undefined;
  if (yaml.errors.length === 0) {
    const parsed = SourceMeta.safeParse(yaml.value ?? {});
    if (parsed.success) meta = parsed.data;
    else errors.push(...formatZodIssues(`${path}: front matter`, parsed.error.issues));
  }

  const body = parseBody(path, bodyLines, bodyLine);
  errors.push(...body.errors);
  if (errors.length > 0 || !meta) return { value: undefined, errors };

  const source = Source.safeParse({ meta, blocks: body.blocks });
  if (!source.success) return { value: undefined, errors: formatZodIssues(path, source.error.issues) };
  return { value: source.data, errors: [] };
}

function parseBody(path: string, lines: string[], firstLine: number): { blocks: SourceBlock[]; errors: string[] } {
  const blocks: SourceBlock[] = [];
  const errors: string[] = [];
  const at = (index: number) => `${path}: line ${firstLine + index}`;
  let nextNumber = 1;
  let index = 0;

  while (index < lines.length) {
    if (isBlank(lines[index])) {
      index += 1;
      continue;
    }
    const markerIndex = index;
    const marker = (lines[index] ?? "").trim();
    const textLines: { line: string; index: number }[] = [];
    index += 1;
    while (index < lines.length && !isBlank(lines[index])) {
      const line = (lines[index] ?? "").trim();
      if (ANY_MARKER.test(line)) errors.push(`${at(index)}: block marker ${line} must be preceded by a blank line`);
      textLines.push({ line, index });
      index += 1;
    }
    const paragraph = PARAGRAPH_MARKER.exec(marker);
    const classed = CLASS_MARKER.exec(marker);
    if (!paragraph && !classed) {
      errors.push(`${at(markerIndex)}: expected a block marker ({#pN}, {.label} or {.note}), found "${marker}"`);
    } else if (textLines.length === 0) {
      errors.push(`${at(markerIndex)}: block ${marker} has no text`);
    } else if (paragraph) {
      const number = Number(paragraph[1]);
      if (number !== nextNumber) {
        errors.push(
          `${at(markerIndex)}: expected paragraph {#p${nextNumber}}, found ${marker} (paragraphs are numbered 1, 2, 3, … without gaps)`,
        );
      }
      nextNumber = number + 1;
      blocks.push({
        kind: "paragraph",
        id: `p${number}`,
        number,
        sentences: textLines.map(({ line }, position) => ({ id: `p${number}.s${position + 1}`, text: line })),
      });
    } else if (classed) {
      blocks.push({ kind: classed[1] === "label" ? "label" : "note", text: textLines.map((t) => t.line).join(" ") });
    }
  }
  if (blocks.length === 0 && errors.length === 0) errors.push(`${path}: the body has no blocks`);
  return { blocks, errors };
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === "";
}

// ---------------------------------------------------------------- reading a parsed source

export function paragraphsOf(source: Source): Paragraph[] {
  return source.blocks.filter((block): block is Paragraph => block.kind === "paragraph");
}

/** The text of a block as one string: a paragraph's sentences joined by single spaces. */
export function blockText(block: SourceBlock): string {
  return block.kind === "paragraph" ? block.sentences.map((s) => s.text).join(" ") : block.text;
}

/** The whole document text: blocks joined by newlines (what the archive shows under "Contents"). */
export function sourceText(source: Source): string {
  return source.blocks.map(blockText).join("\n");
}

/** Every addressable id in a source: paragraph ids ("p3") and sentence ids ("p3.s2"). */
export function sourceIds(source: Source): { paragraphs: Set<string>; sentences: Set<string> } {
  const paragraphs = new Set<string>();
  const sentences = new Set<string>();
  for (const paragraph of paragraphsOf(source)) {
    paragraphs.add(paragraph.id);
    for (const sentence of paragraph.sentences) sentences.add(sentence.id);
  }
  return { paragraphs, sentences };
}

/** Look up one sentence by id, e.g. sentenceById(source, "p3.s2"). */
export function sentenceById(source: Source, id: string): string | undefined {
  for (const paragraph of paragraphsOf(source)) {
    const sentence = paragraph.sentences.find((s) => s.id === id);
    if (sentence) return sentence.text;
  }
  return undefined;
}
