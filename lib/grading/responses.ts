// What the client sends on autosave, per question type, and parseResponse(), which checks both the
// shape (zod) and that every id refers to the question being answered. Graders assume parsed input.
//
// Choices made here, and why:
// - Ids are trimmed; duplicates are dropped (first one kept) rather than rejected, because a
//   double-click on a flaky connection should not lose an autosave.
// - Free text (short answer, open response) is NOT trimmed: autosave runs while the student types,
//   and trimming "word " to "word" would eat the space they are about to type after. The short-answer
//   grader normalises whitespace anyway.
// - Lengths are counted in characters (code points), as a student would count them, not UTF-16 units.
import { z } from "zod";
import { SENTENCE_ID } from "@/lib/content/schemas";
import type { Question, QuestionOf, QuestionType } from "./types";

export const SHORT_ANSWER_MAX_CHARS = 500;
export const OPEN_RESPONSE_MAX_CHARS = 10_000;
export const EVIDENCE_MAX_SENTENCES = 5;
/** Each of an argument's four written parts (claim, reasoning, counter-argument). */
export const ARGUMENT_PART_MAX_CHARS = 5_000;
export const ARGUMENT_MAX_CITATIONS = 10;
/** Sanity caps on ids so a hostile payload cannot make us compare megabytes of strings. */
const ID_MAX_CHARS = 100;
const LIST_MAX = 100;

const charCount = (s: string) => [...s].length;

const id = (what: string) =>
  z
    .string({ error: `${what} must be a string id` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(ID_MAX_CHARS, { error: `${what} is longer than ${ID_MAX_CHARS} characters` });

const idList = (what: string, item = id(what)) =>
  z
    .array(item, { error: `expected a list of ${what} ids` })
    .max(LIST_MAX, { error: `at most ${LIST_MAX} ${what}s can be given` });

const sentenceId = id("sentence").regex(SENTENCE_ID, {
  error: (issue) => `"${String(issue.input)}" is not a sentence id like "p3.s2"`,
});

const text = (max: number) =>
  z
    .string({ error: "text must be a string" })
    .refine((s) => charCount(s) <= max, {
      error: (issue) => `text is ${charCount(issue.input as string)} characters; the limit is ${max}`,
    });

export const responseSchemas = {
  "single-choice": z.object({ choice: id("choice") }),
  "multiple-select": z.object({ choices: idList("choice") }),
  "true-false": z.object({ value: z.boolean({ error: "value must be true or false" }) }),
  ordering: z.object({ order: idList("item") }),
  matching: z.object({
    // An empty right side means "not matched yet" (the student cleared a select); it is dropped.
    pairs: z.record(
      z.string().max(ID_MAX_CHARS),
      z.string({ error: "each pair must map a left id to a right id" }).trim().max(ID_MAX_CHARS),
      { error: "pairs must be an object of left id → right id" },
    ),
  }),
  "short-answer": z.object({ text: text(SHORT_ANSWER_MAX_CHARS) }),
  evidence: z.object({
    sentences: idList("sentence", sentenceId),
  }),
  "open-response": z.object({ text: text(OPEN_RESPONSE_MAX_CHARS) }),
  argument: z.object({
    claim: text(ARGUMENT_PART_MAX_CHARS).default(""),
    citations: z
      .array(z.object({ source: id("source"), sentence: sentenceId }), { error: "citations must be a list of { source, sentence }" })
      .max(LIST_MAX, { error: `at most ${LIST_MAX} citations can be given` })
      .default([]),
    reasoning: text(ARGUMENT_PART_MAX_CHARS).default(""),
    counter: text(ARGUMENT_PART_MAX_CHARS).default(""),
  }),
} satisfies Record<QuestionType, z.ZodType>;

export type ResponseOf<T extends QuestionType> = z.output<(typeof responseSchemas)[T]>;
export type SingleChoiceResponse = ResponseOf<"single-choice">;
export type MultipleSelectResponse = ResponseOf<"multiple-select">;
export type TrueFalseResponse = ResponseOf<"true-false">;
export type OrderingResponse = ResponseOf<"ordering">;
export type MatchingResponse = ResponseOf<"matching">;
export type ShortAnswerResponse = ResponseOf<"short-answer">;
export type EvidenceResponse = ResponseOf<"evidence">;
export type OpenResponseResponse = ResponseOf<"open-response">;
export type ArgumentResponse = ResponseOf<"argument">;
export type AnyResponse = ResponseOf<QuestionType>;

export type ParseResult<R> = { ok: true; response: R } | { ok: false; error: string };

export type ParseOptions = {
  /** Every sentence id of the question's source, when the caller has it: unknown ids are rejected. */
  sentenceIds?: ReadonlySet<string>;
  /** For an argument: every sentence id of each of its sources, by source id; a citation of any other is rejected. */
  sourceSentences?: ReadonlyMap<string, ReadonlySet<string>>;
};

const notOneOf = (what: string, value: string, allowed: readonly { id: string }[]) =>
  `${what} "${value}" is not one of ${allowed.map((o) => o.id).join(", ")}`;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid response";
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return path ? `${path.replace(/^\./, "")}: ${issue.message}` : issue.message;
}

/**
 * Validates a raw autosave payload against the question: shape first, then ids.
 * Never throws; errors are single sentences fit to show next to the question.
 */
export function parseResponse<Q extends Question>(
  question: Q,
  raw: unknown,
  options: ParseOptions = {},
): ParseResult<ResponseOf<Q["type"]>> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, error: `a ${question.type} response must be an object` };
  }
  const parsed = responseSchemas[question.type].safeParse(raw);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const check = idChecks[question.type] as IdCheck<QuestionType>;
  const checked = check(question, parsed.data, options);
  if (typeof checked === "string") return { ok: false, error: checked };
  return { ok: true, response: checked as ResponseOf<Q["type"]> };
}

/** Returns an error message, or the response with duplicates and empty pairs removed. */
type IdCheck<T extends QuestionType> = (
  question: QuestionOf<T>,
  response: ResponseOf<T>,
  options: ParseOptions,
) => string | ResponseOf<T>;

const keep = <T extends QuestionType>(_q: QuestionOf<T>, response: ResponseOf<T>) => response;

const idChecks: { [T in QuestionType]: IdCheck<T> } = {
  "single-choice": (question, { choice }) =>
    question.choices.some((c) => c.id === choice) ? { choice } : notOneOf("choice", choice, question.choices),

  "multiple-select": (question, response) => {
    const choices = [...new Set(response.choices)];
    if (choices.length > question.choices.length) {
      return `at most ${question.choices.length} choices can be selected (got ${choices.length})`;
    }
    const unknown = choices.find((c) => !question.choices.some((o) => o.id === c));
    return unknown === undefined ? { choices } : notOneOf("choice", unknown, question.choices);
  },

  "true-false": keep,

  ordering: (question, response) => {
    const order = [...new Set(response.order)];
    const unknown = order.find((i) => !question.items.some((o) => o.id === i));
    return unknown === undefined ? { order } : notOneOf("item", unknown, question.items);
  },

  matching: (question, response) => {
    const pairs: Record<string, string> = {};
    for (const [rawLeft, right] of Object.entries(response.pairs)) {
      const left = rawLeft.trim();
      if (!question.left.some((o) => o.id === left)) return notOneOf("left item", left, question.left);
      if (right === "") continue;
      if (!question.right.some((o) => o.id === right)) return notOneOf(`match for "${left}"`, right, question.right);
      pairs[left] = right;
    }
    return { pairs };
  },

  "short-answer": keep,

  evidence: (question, response, options) => {
    const sentences = [...new Set(response.sentences)];
    if (sentences.length > EVIDENCE_MAX_SENTENCES) {
      return `at most ${EVIDENCE_MAX_SENTENCES} sentences can be chosen (got ${sentences.length})`;
    }
    const within = question.within ?? [];
    for (const sentence of sentences) {
      const paragraph = sentence.split(".")[0] ?? ""; // "p3.s2" is in paragraph "p3"
      if (within.length > 0 && !within.includes(paragraph)) {
        return `sentence "${sentence}" is outside the paragraphs to search (${within.join(", ")})`;
      }
      if (options.sentenceIds && !options.sentenceIds.has(sentence)) {
        return `sentence "${sentence}" is not in ${question.source}`;
      }
    }
    return { sentences };
  },

  "open-response": keep,

  argument: (question, response, options) => {
    const seen = new Set<string>();
    const citations: { source: string; sentence: string }[] = [];
    for (const citation of response.citations) {
      const key = `${citation.source} ${citation.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!question.sources.includes(citation.source)) return `source "${citation.source}" is not one of ${question.sources.join(", ")}`;
      const known = options.sourceSentences?.get(citation.source);
      if (options.sourceSentences && !known?.has(citation.sentence)) return `sentence "${citation.sentence}" is not in ${citation.source}`;
      citations.push(citation);
    }
    if (citations.length > ARGUMENT_MAX_CITATIONS) return `at most ${ARGUMENT_MAX_CITATIONS} sentences can be cited (got ${citations.length})`;
    return { ...response, citations };
  },
};
