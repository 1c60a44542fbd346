// Finds glossary terms in document text so the reader can mark them inline.
//
// Rules, in order:
//  - Only a term's aliases are looked for (glossary.yaml lists them exactly as they occur in the telegrams).
//  - Whole words only: "Cuba" is found in "Cuba," and "Cuba's", not inside "Cubans".
//  - Case: an alias with a lower-case letter matches in any case ("the President" finds "The President");
//    an all-capitals alias ("AG", "USSR", "A. GROMYKO") is an abbreviation or a signature and matches exactly.
//  - Longest alias first, and no mark overlaps another: "so-called quarantine" is one mark, the "quarantine"
//    inside it is not marked again; "dismantled installations" wins over "dismantled".
//  - With firstOnly, each term is marked at its first occurrence only, counted across all the texts given
//    (pass a document's sentences in reading order).

export type GlossaryMatcher = { id: string; aliases: readonly string[] };

export type Segment = { text: string; termId?: undefined } | { text: string; termId: string };

type Mark = { start: number; end: number; termId: string };

/** Split each text into plain and marked segments; joining a text's segments gives the text back unchanged. */
export function markGlossaryTerms(
  texts: readonly string[],
  terms: readonly GlossaryMatcher[],
  options: { firstOnly?: boolean } = {},
): Segment[][] {
  const patterns = aliasPatterns(terms);
  const seen = new Set<string>();
  return texts.map((text) => {
    let marks = findMarks(text, patterns);
    if (options.firstOnly) {
      marks = marks.filter((mark) => {
        if (seen.has(mark.termId)) return false;
        seen.add(mark.termId);
        return true;
      });
    }
    return toSegments(text, marks);
  });
}

/** One text on its own. */
export function markGlossaryText(text: string, terms: readonly GlossaryMatcher[], options: { firstOnly?: boolean } = {}): Segment[] {
  return markGlossaryTerms([text], terms, options)[0] ?? [];
}

type AliasPattern = { termId: string; alias: string; pattern: RegExp };

function aliasPatterns(terms: readonly GlossaryMatcher[]): AliasPattern[] {
  const patterns: AliasPattern[] = [];
  const taken = new Set<string>();
  for (const term of terms) {
    for (const raw of term.aliases) {
      const alias = raw.trim();
      if (!alias || taken.has(alias)) continue; // the first term to claim an alias keeps it
      taken.add(alias);
      const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
      const flags = isAbbreviation(alias) ? "gu" : "giu";
      patterns.push({ termId: term.id, alias, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags) });
    }
  }
  // Longest first; ties in a fixed order so the result never depends on the order of the glossary file.
  return patterns.sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
}

function isAbbreviation(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

function findMarks(text: string, patterns: readonly AliasPattern[]): Mark[] {
  const marks: Mark[] = [];
  for (const { termId, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (marks.some((m) => start < m.end && m.start < end)) continue;
      marks.push({ start, end, termId });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

function toSegments(text: string, marks: readonly Mark[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    segments.push({ text: text.slice(mark.start, mark.end), termId: mark.termId });
    at = mark.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
