// Addresses of paragraphs and sentences in the rendered documents.
//
// Content ids are "p3" (paragraph) and "p3.s2" (sentence). In HTML they become
//   paragraph  id="<sourceId>-p3"      e.g. gromyko-mikoyan-1962-11-01-p3
//   sentence   id="<sourceId>-p3-s2"   e.g. gromyko-mikoyan-1962-11-01-p3-s2
// The source id prefix keeps ids unique on pages that show both telegrams (/compare, lesson 4), and
// the dot becomes a dash so an id is safe in a URL fragment and in a CSS selector without escaping.
// The elements also carry data-source, data-paragraph="p3" / data-sentence="p3.s2" with the content ids.
// A link to /sources/<id>#<anchor> highlights its target with CSS :target alone (no JavaScript).
import { PARAGRAPH_ID, SENTENCE_ID } from "./ids";

/** The HTML id of a paragraph: paragraphAnchor("gromyko-mikoyan-1962-11-01", "p3") → "gromyko-mikoyan-1962-11-01-p3". */
export function paragraphAnchor(sourceId: string, paragraphId: string): string {
  if (!PARAGRAPH_ID.test(paragraphId)) throw new Error(`not a paragraph id: "${paragraphId}"`);
  return `${sourceId}-${paragraphId}`;
}

/** The HTML id of a sentence: sentenceAnchor("gromyko-mikoyan-1962-11-01", "p3.s2") → "gromyko-mikoyan-1962-11-01-p3-s2". */
export function sentenceAnchor(sourceId: string, sentenceId: string): string {
  if (!SENTENCE_ID.test(sentenceId)) throw new Error(`not a sentence id: "${sentenceId}"`);
  return `${sourceId}-${sentenceId.replace(".", "-")}`;
}

/** The HTML id for an evidence ref, which is either a paragraph ("p3") or a sentence ("p3.s2"). */
export function refAnchor(sourceId: string, ref: string): string {
  return ref.includes(".") ? sentenceAnchor(sourceId, ref) : paragraphAnchor(sourceId, ref);
}

/** The paragraph a ref belongs to: "p3.s2" → "p3", "p3" → "p3". */
export function paragraphOf(ref: string): string {
  return ref.split(".")[0] ?? ref;
}

/** The reader page of a source, optionally scrolled to (and highlighting) a paragraph or sentence. */
export function sourceHref(sourceId: string, ref?: string): string {
  return ref ? `/sources/${sourceId}#${refAnchor(sourceId, ref)}` : `/sources/${sourceId}`;
}

/** "¶3" for "p3" and "¶3, sentence 2" for "p3.s2": how a ref is named to a reader. */
export function refLabel(ref: string): string {
  const sentence = SENTENCE_ID.exec(ref);
  if (sentence) return `¶${sentence[1]}, sentence ${sentence[2]}`;
  const paragraph = PARAGRAPH_ID.exec(ref);
  if (paragraph) return `¶${paragraph[1]}`;
  throw new Error(`not a paragraph or sentence id: "${ref}"`);
}
