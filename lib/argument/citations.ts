// An argument's citations as a reader sees them: the quoted sentence, where it is (¶ and sentence, linked to the
// reader page, which highlights it), and the paragraph around it for the teacher's "in context" view. Also the
// class's most-cited sentences. Pure: the caller passes the sources' paragraphs.
import { sourceHref } from "@/lib/content/anchors";
import { SENTENCE_ID } from "@/lib/content/ids";
import { sentenceLabel } from "@/lib/answer-text";

export type CitationRef = { source: string; sentence: string };
export type SourceParagraphs = {
  id: string;
  /** A short name a reader recognises, e.g. "Telegram to Mikoyan". */
  name: string;
  paragraphs: readonly { id: string; number: number; sentences: readonly { id: string; text: string }[] }[];
};

export type Citation = CitationRef & {
  sourceName: string;
  /** "¶3, sentence 2". */
  label: string;
  /** The sentence's words, exactly as in the source; null if the source no longer has the sentence. */
  text: string | null;
  href: string;
  /** The whole paragraph, for reading the sentence in context (the cited one is `sentence`). */
  context: { id: string; text: string }[];
};

/** "gromyko-mikoyan-1962-11-01" → "Telegram to Mikoyan": the name students use for each telegram. */
export function telegramName(sourceId: string, fallback = sourceId): string {
  if (sourceId.includes("mikoyan")) return "Telegram to Mikoyan";
  if (sourceId.includes("kuznetsov")) return "Telegram to Kuznetsov";
  return fallback;
}

export function citationsInContext(refs: readonly CitationRef[], sources: readonly SourceParagraphs[]): Citation[] {
  return refs.map((ref) => {
    const source = sources.find((s) => s.id === ref.source);
    const paragraphId = ref.sentence.split(".")[0];
    const paragraph = source?.paragraphs.find((p) => p.id === paragraphId);
    const text = paragraph?.sentences.find((s) => s.id === ref.sentence)?.text ?? null;
    return {
      ...ref,
      sourceName: source?.name ?? telegramName(ref.source),
      label: sentenceLabel(ref.sentence),
      text,
      href: SENTENCE_ID.test(ref.sentence) ? sourceHref(ref.source, ref.sentence) : sourceHref(ref.source),
      context: paragraph ? paragraph.sentences.map((s) => ({ id: s.id, text: s.text })) : [],
    };
  });
}

export type CitedCount = CitationRef & { count: number };

/**
 * How many arguments cite each sentence, most-cited first (ties in document order: source, then ¶, then
 * sentence), at most `limit`. A student who cites a sentence twice counts once.
 */
export function mostCited(arguments_: readonly (readonly CitationRef[])[], limit = 10): CitedCount[] {
  const counts = new Map<string, CitedCount>();
  for (const refs of arguments_) {
    for (const key of new Set(refs.map((r) => `${r.source} ${r.sentence}`))) {
      const [source, sentence] = key.split(" ") as [string, string];
      const found = counts.get(key) ?? { source, sentence, count: 0 };
      found.count += 1;
      counts.set(key, found);
    }
  }
  const position = (id: string) => (/^p(\d+)\.s(\d+)$/.exec(id) ?? []).slice(1).map(Number);
  return [...counts.values()]
    .sort((a, b) => {
      if (b.count !== a.count) return b.count - a.count;
      if (a.source !== b.source) return a.source < b.source ? -1 : 1;
      const [pa = 0, sa = 0] = position(a.sentence);
      const [pb = 0, sb = 0] = position(b.sentence);
      return pa - pb || sa - sb;
    })
    .slice(0, limit);
}
