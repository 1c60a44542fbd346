// Reading saved responses (which arrive as `unknown` JSON) into what each input shows, and deciding
// whether a question counts as answered. Tiny hand-written guards instead of zod: this runs in the
// student's browser, and a malformed saved value must show as "not answered", never crash the quiz.
import type { SourceForEvidence } from "@/lib/quiz/attempt-view";
import type { PublicQuestion } from "@/lib/quiz/public-question";

export type AnswerState = "answered" | "partial" | "unanswered";

const field = (response: unknown, key: string): unknown =>
  typeof response === "object" && response !== null && !Array.isArray(response) ? (response as Record<string, unknown>)[key] : undefined;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export function readChoice(response: unknown): string | null {
  const choice = field(response, "choice");
  return typeof choice === "string" && choice !== "" ? choice : null;
}

export function readChoices(response: unknown): string[] {
  return strings(field(response, "choices"));
}

export function readBoolean(response: unknown): boolean | null {
  const value = field(response, "value");
  return typeof value === "boolean" ? value : null;
}

/** The saved order, repaired against the question's items (unknown ids dropped, missing ones appended); null if none saved. */
export function readOrder(response: unknown, items: readonly { id: string }[]): string[] | null {
  const saved = field(response, "order");
  if (!Array.isArray(saved)) return null;
  const known = new Set(items.map((i) => i.id));
  const order = [...new Set(strings(saved).filter((id) => known.has(id)))];
  for (const item of items) if (!order.includes(item.id)) order.push(item.id);
  return order;
}

export function readPairs(response: unknown): Record<string, string> {
  const pairs = field(response, "pairs");
  if (typeof pairs !== "object" || pairs === null || Array.isArray(pairs)) return {};
  const out: Record<string, string> = {};
  for (const [left, right] of Object.entries(pairs)) if (typeof right === "string" && right !== "") out[left] = right;
  return out;
}

export function readText(response: unknown): string {
  const text = field(response, "text");
  return typeof text === "string" ? text : "";
}

export function readSentences(response: unknown): string[] {
  return strings(field(response, "sentences"));
}

export type ArgumentDraft = { claim: string; citations: { source: string; sentence: string }[]; reasoning: string; counter: string };

/** A saved argument, each part defaulting to empty (a part never typed is simply absent). */
export function readArgument(response: unknown): ArgumentDraft {
  const part = (key: string) => {
    const value = field(response, key);
    return typeof value === "string" ? value : "";
  };
  const citations = Array.isArray(field(response, "citations"))
    ? (field(response, "citations") as unknown[]).flatMap((c) => {
        const source = field(c, "source");
        const sentence = field(c, "sentence");
        return typeof source === "string" && typeof sentence === "string" ? [{ source, sentence }] : [];
      })
    : [];
  return { claim: part("claim"), citations, reasoning: part("reasoning"), counter: part("counter") };
}

/** Answered when every part has something in it; partial when some do. */
function argumentState(draft: ArgumentDraft): AnswerState {
  const parts = [draft.claim.trim() !== "", draft.citations.length > 0, draft.reasoning.trim() !== "", draft.counter.trim() !== ""];
  return parts.every(Boolean) ? "answered" : parts.some(Boolean) ? "partial" : "unanswered";
}

export function answerState(question: PublicQuestion, response: unknown): AnswerState {
  if (response === null || response === undefined) return "unanswered";
  switch (question.type) {
    case "single-choice":
      return readChoice(response) ? "answered" : "unanswered";
    case "multiple-select":
      return readChoices(response).length > 0 ? "answered" : "unanswered";
    case "true-false":
      return readBoolean(response) === null ? "unanswered" : "answered";
    case "ordering":
      return readOrder(response, question.items) ? "answered" : "unanswered";
    case "matching": {
      const pairs = readPairs(response);
      const matched = question.left.filter((l) => pairs[l.id]).length;
      return matched === 0 ? "unanswered" : matched === question.left.length ? "answered" : "partial";
    }
    case "short-answer":
    case "open-response":
      return readText(response).trim() ? "answered" : "unanswered";
    case "evidence":
      return readSentences(response).length > 0 ? "answered" : "unanswered";
    case "argument":
      return argumentState(readArgument(response));
  }
}

export type QuizSummary = {
  total: number;
  answered: number;
  /** Question numbers (1-based) not fully answered, with their state. */
  notAnswered: { number: number; questionId: string; state: AnswerState }[];
  flagged: { number: number; questionId: string }[];
};

export function summarize(questions: readonly PublicQuestion[], answers: Readonly<Record<string, { response: unknown; flagged: boolean } | undefined>>): QuizSummary {
  const summary: QuizSummary = { total: questions.length, answered: 0, notAnswered: [], flagged: [] };
  for (const question of questions) {
    const answer = answers[question.questionId];
    const state = answerState(question, answer?.response);
    if (state === "answered") summary.answered += 1;
    else summary.notAnswered.push({ number: question.number, questionId: question.questionId, state });
    if (answer?.flagged) summary.flagged.push({ number: question.number, questionId: question.questionId });
  }
  return summary;
}

/** A copy of `order` with the item at `from` moved to `to` (clamped); the same array if nothing moves. */
export function moveItem<T>(order: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(order.length - 1, to));
  if (from < 0 || from >= order.length || target === from) return order;
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** The paragraphs an evidence question lets the student choose from: its `within`, or all the view sent. */
export function evidenceParagraphs(source: SourceForEvidence | undefined, within: readonly string[] | undefined): SourceForEvidence["paragraphs"] {
  if (!source) return [];
  const paragraphs = within && within.length > 0 ? source.paragraphs.filter((p) => within.includes(p.id)) : source.paragraphs;
  return [...paragraphs].sort((a, b) => a.number - b.number);
}

/** Counted as the server counts (code points), so "12 / 500" agrees with the limit it enforces. */
export const charCount = (text: string) => [...text].length;

/** Trims text to `max` code points (a paste can exceed maxlength's UTF-16 count differently). */
export function clampText(text: string, max: number): string {
  return charCount(text) <= max ? text : [...text].slice(0, max).join("");
}

/** The server's limits (lib/grading/responses.ts), repeated so the browser bundle does not pull in zod; a test keeps them equal. */
export const SHORT_ANSWER_MAX = 500;
export const OPEN_RESPONSE_MAX = 10_000;
export const EVIDENCE_MAX = 5;
export const ARGUMENT_PART_MAX = 5_000;
export const ARGUMENT_MAX_CITATIONS = 10;
