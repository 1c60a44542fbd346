// Which paragraphs of the lesson's excerpts a question's prompt points at ("According to ¶3…", "Mikoyan ¶3,
// Kuznetsov ¶5"), so the quiz can show exactly those beside the question. Read from the prompt the student
// already sees, never from the question's evidence (that would hand the key to the browser).
import type { AdaptedParagraph } from "@/lib/content/schemas";

export type ExcerptParagraph = { id: string; number: number; sentences: { id: string; text: string }[] };
/** One document as a quiz shows it: the paragraphs the lesson's excerpt includes. */
export type ReadingExcerpt = {
  sourceId: string;
  title: string;
  recipient: string;
  paragraphs: ExcerptParagraph[];
  /** The adapted version of the same paragraphs (lib/content/adapted.ts), when the source has one. */
  adapted?: AdaptedParagraph[];
};
export type CitedParagraph = { sourceId: string; paragraphId: string; number: number };

const REF = /¶\s*(\d+)(?:\s*[–-]\s*¶?\s*(\d+))?/g;

/**
 * The cited paragraphs in order of mention, each placed in the document whose recipient is named nearest to
 * it in the prompt (the only document when there is one); references to paragraphs the lesson does not show
 * are left out.
 */
export function citedParagraphs(prompt: string, excerpts: readonly ReadingExcerpt[]): CitedParagraph[] {
  if (excerpts.length === 0) return [];
  const mentions = excerpts.flatMap((e) => [...prompt.matchAll(new RegExp(`\\b${escapeRegExp(e.recipient)}\\b`, "g"))].map((m) => ({ excerpt: e, start: m.index, end: m.index + m[0].length })));
  const found: CitedParagraph[] = [];
  for (const match of prompt.matchAll(REF)) {
    // The gap between the name and the reference, whichever comes first; a name just before wins a tie.
    const gap = (m: (typeof mentions)[number]) => (m.end <= match.index ? match.index - m.end : m.start - (match.index + match[0].length) + 0.5);
    const nearest = mentions.length ? mentions.reduce((a, b) => (gap(b) < gap(a) ? b : a)).excerpt : excerpts[0]!;
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    for (let n = from; n <= Math.min(to, from + 20); n++) {
      const paragraph = nearest.paragraphs.find((p) => p.number === n);
      if (paragraph && !found.some((f) => f.paragraphId === paragraph.id && f.sourceId === nearest.sourceId)) found.push({ sourceId: nearest.sourceId, paragraphId: paragraph.id, number: n });
    }
  }
  return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
