// Read-aloud (components/reading/read-aloud.tsx): what to read, one utterance per sentence, and where a
// sentence stands in its paragraph's text so that it can be highlighted while it is spoken.

/** A paragraph as read-aloud needs it: its number, the id of the element that shows it, and its sentences. */
export type ReadAloudParagraph = { number: number; elementId: string; sentences: readonly string[] };
/** One utterance: a sentence, with its place for the highlight and for "¶3, sentence 2 of 4". */
export type ReadAloudItem = { text: string; elementId: string; paragraph: number; sentence: number; of: number };

/** "all" for the whole excerpt, or a paragraph number. */
export type ReadAloudChoice = "all" | number;

export function readAloudQueue(paragraphs: readonly ReadAloudParagraph[], choice: ReadAloudChoice): ReadAloudItem[] {
  return paragraphs
    .filter((p) => choice === "all" || p.number === choice)
    .flatMap((p) => {
      const sentences = p.sentences.filter((s) => s.trim() !== "");
      return sentences.map((text, i) => ({ text, elementId: p.elementId, paragraph: p.number, sentence: i + 1, of: sentences.length }));
    });
}

export const READ_ALOUD_RATES = [
  { value: 0.75, label: "Slower (0.75×)" },
  { value: 1, label: "Normal (1×)" },
  { value: 1.25, label: "Faster (1.25×)" },
  { value: 1.5, label: "Fastest (1.5×)" },
] as const;

/**
 * Where `sentence` lies in the text of an element made of several text nodes (`pieces`, in document order):
 * the node index and offset at which it starts and ends, or null when it is not there in one piece (a
 * glossary definition opened in the middle of it, say) and the whole element should be marked instead.
 */
export function locateSentence(pieces: readonly string[], sentence: string): { start: [number, number]; end: [number, number] } | null {
  const whole = pieces.join("");
  const at = whole.indexOf(sentence);
  if (at < 0 || sentence === "") return null;
  const position = (offset: number, endOfRange: boolean): [number, number] => {
    let seen = 0;
    for (let i = 0; i < pieces.length; i++) {
      const length = pieces[i]!.length;
      // An end offset at a node's very end stays in that node; a start there moves to the next one.
      if (offset < seen + length || (endOfRange && offset === seen + length)) return [i, offset - seen];
      seen += length;
    }
    return [pieces.length - 1, pieces.at(-1)!.length];
  };
  return { start: position(at, false), end: position(at + sentence.length, true) };
}

/** An excerpt's paragraphs for read-aloud, given how the page names each paragraph's element. */
export function readAloudParagraphs(paragraphs: readonly { id: string; number: number; sentences: readonly { text: string }[] }[], elementId: (paragraphId: string) => string): ReadAloudParagraph[] {
  return paragraphs.map((p) => ({ number: p.number, elementId: elementId(p.id), sentences: p.sentences.map((s) => s.text) }));
}
