// What a student answered, in words a teacher reads: choice texts, the order they gave, the pairs they
// made, the sentences they chose as evidence. Stored responses arrive as unknown JSON and may predate a
// question's edit, so every reader is tolerant: an unknown id shows as itself, never as a crash.
import type { Question } from "@/lib/content/schemas";

export type ReadableAnswer =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] };

/** Sentence texts of the sources that evidence questions point at, keyed by source id, then sentence id. */
export type SentenceIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

const field = (response: unknown, key: string): unknown =>
  typeof response === "object" && response !== null && !Array.isArray(response) ? (response as Record<string, unknown>)[key] : undefined;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

const textOf = (options: readonly { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text ?? `(unknown option “${id}”)`;

const NONE: ReadableAnswer = { kind: "none" };

/**
 * `sourceNames` (source id → a short name such as "Gromyko to Mikoyan") labels an argument's citations; without
 * it they are labelled by source id.
 */
export function readableAnswer(question: Question, response: unknown, sentences: SentenceIndex = new Map(), sourceNames: ReadonlyMap<string, string> = new Map()): ReadableAnswer {
  if (response === null || response === undefined) return NONE;
  switch (question.type) {
    case "single-choice": {
      const choice = field(response, "choice");
      return typeof choice === "string" && choice !== "" ? { kind: "text", text: textOf(question.choices, choice) } : NONE;
    }
    case "multiple-select": {
      const choices = strings(field(response, "choices"));
      return choices.length ? { kind: "list", ordered: false, items: choices.map((c) => textOf(question.choices, c)) } : NONE;
    }
    case "true-false": {
      const value = field(response, "value");
      return typeof value === "boolean" ? { kind: "text", text: value ? "True" : "False" } : NONE;
    }
    case "ordering": {
      const order = strings(field(response, "order"));
      return order.length ? { kind: "list", ordered: true, items: order.map((i) => textOf(question.items, i)) } : NONE;
    }
    case "matching": {
      const pairs = field(response, "pairs");
      if (typeof pairs !== "object" || pairs === null || Array.isArray(pairs)) return NONE;
      const entries = Object.entries(pairs as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
      // In the question's order of left items, so two students' answers read alike.
      const position = (left: string) => {
        const i = question.left.findIndex((l) => l.id === left);
        return i === -1 ? Number.MAX_SAFE_INTEGER : i;
      };
      entries.sort((a, b) => position(a[0]) - position(b[0]));
      return entries.length ? { kind: "list", ordered: false, items: entries.map(([l, r]) => `${textOf(question.left, l)} → ${textOf(question.right, r)}`) } : NONE;
    }
    case "short-answer":
    case "open-response": {
      const text = field(response, "text");
      return typeof text === "string" && text.trim() !== "" ? { kind: "text", text } : NONE;
    }
    case "evidence": {
      const chosen = strings(field(response, "sentences"));
      const source = sentences.get(question.source);
      return chosen.length ? { kind: "list", ordered: false, items: chosen.map((id) => `${sentenceLabel(id)}: “${source?.get(id) ?? "(sentence not found)"}”`) } : NONE;
    }
    case "argument": {
      // One line per part, in the order the student wrote them; each citation quoted with where it is from.
      const part = (key: string) => {
        const value = field(response, key);
        return typeof value === "string" ? value.trim() : "";
      };
      const citations = readCitations(field(response, "citations"));
      const items = [
        ...(part("claim") ? [`Claim: ${part("claim")}`] : []),
        ...citations.map((c) => `Evidence, ${sourceNames.get(c.source) ?? c.source} ${sentenceLabel(c.sentence)}: “${sentences.get(c.source)?.get(c.sentence) ?? "(sentence not found)"}”`),
        ...(part("reasoning") ? [`Reasoning: ${part("reasoning")}`] : []),
        ...(part("counter") ? [`Counter-argument: ${part("counter")}`] : []),
      ];
      return items.length ? { kind: "list", ordered: false, items } : NONE;
    }
  }
}

/** An argument's citations as stored ({ source, sentence } objects); anything else is skipped. */
export function readCitations(value: unknown): { source: string; sentence: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const source = field(c, "source");
    const sentence = field(c, "sentence");
    return typeof source === "string" && typeof sentence === "string" ? [{ source, sentence }] : [];
  });
}

/** "p3.s2" → "¶3, sentence 2". */
export function sentenceLabel(id: string): string {
  const match = /^p(\d+)\.s(\d+)$/.exec(id);
  return match ? `¶${match[1]}, sentence ${match[2]}` : id;
}

type StoredBlock = { kind: string; sentences?: { id: string; text: string }[] };

/** Builds the sentence index from stored Source.document JSON (blocks → paragraphs → sentences). */
export function sentenceIndex(sources: readonly { id: string; document: unknown }[]): SentenceIndex {
  const index = new Map<string, Map<string, string>>();
  for (const source of sources) {
    const blocks = field(source.document, "blocks");
    const sentences = new Map<string, string>();
    if (Array.isArray(blocks)) {
      for (const block of blocks as StoredBlock[]) {
        if (block?.kind !== "paragraph" || !Array.isArray(block.sentences)) continue;
        for (const s of block.sentences) if (typeof s?.id === "string" && typeof s.text === "string") sentences.set(s.id, s.text);
      }
    }
    index.set(source.id, sentences);
  }
  return index;
}

export const QUESTION_TYPE_LABELS: Record<Question["type"], string> = {
  "single-choice": "Single choice",
  "multiple-select": "Multiple select",
  "true-false": "True or false",
  ordering: "Ordering",
  matching: "Matching",
  "short-answer": "Short answer",
  evidence: "Evidence",
  "open-response": "Open response",
  argument: "Argument",
};
