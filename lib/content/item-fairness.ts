// Rules that catch items a student can answer without reading: the key always in the same position, the
// key always the longest option, multiple-select keys that are simply the first options, matching pairs
// lined up on the diagonal, the same date or number keyed in two items of one quiz, and questions that cite
// paragraphs the lesson does not show. Each finding names the file and the item(s), like every other
// message of `npm run content:check`, e.g.
//   content/lessons/02-mikoyan-close-reading/quiz.yaml: question q03: the correct choices are the first 4 (a, b, c, d): ...
// The rules look only at well-formed items (a key that is not among the choices is reported elsewhere).
import type { LessonMeta, Question, QuestionOf } from "./schemas";
import { MONTHS } from "./labels";
import type { SourceIndex } from "./validate-quiz";

/** A quiz needs this many single-choice items before "every key in one position" is a pattern, not chance. */
export const MIN_ITEMS_FOR_POSITION_RULE = 3;
/** ... and this many before "the key is the longest option in more than half of them" is checked. */
export const MIN_ITEMS_FOR_LENGTH_RULE = 2;

export function fairnessProblems(path: string, questions: readonly Question[]): string[] {
  return [
    ...keyPositionProblems(path, questions),
    ...longestKeyProblems(path, questions),
    ...questions.flatMap((q) => prefixKeyProblems(path, q)),
    ...questions.flatMap((q) => diagonalProblems(path, q)),
    ...repeatedFactProblems(path, questions),
  ];
}

const label = (ids: readonly string[]) => (ids.length === 1 ? `question ${ids[0]}` : `questions ${ids.join(", ")}`);

function singleChoices(questions: readonly Question[]): { question: QuestionOf<"single-choice">; key: number }[] {
  return questions
    .filter((q): q is QuestionOf<"single-choice"> => q.type === "single-choice")
    .map((question) => ({ question, key: question.choices.findIndex((c) => c.id === question.answer) }))
    .filter(({ key }) => key >= 0);
}

/** Every single-choice key at the same position (all "b", say): a student who always picks it wins. */
export function keyPositionProblems(path: string, questions: readonly Question[]): string[] {
  const items = singleChoices(questions);
  if (items.length < MIN_ITEMS_FOR_POSITION_RULE) return [];
  const positions = new Set(items.map((i) => i.key));
  if (positions.size > 1) return [];
  const position = items[0]!.key;
  return [
    `${path}: ${label(items.map((i) => i.question.id))}: every single-choice key is option ${position + 1} of its list; ` +
      "put some keys elsewhere (the last position included)",
  ];
}

/** True when the key is strictly longer (in characters) than every other option. */
export function keyIsLongest(question: QuestionOf<"single-choice">): boolean {
  const key = question.choices.find((c) => c.id === question.answer);
  if (!key) return false;
  return question.choices.every((c) => c.id === key.id || c.text.trim().length < key.text.trim().length);
}

/** The key the longest option in more than half of a quiz's single-choice items: "pick the longest" beats reading. */
export function longestKeyProblems(path: string, questions: readonly Question[]): string[] {
  const items = singleChoices(questions);
  if (items.length < MIN_ITEMS_FOR_LENGTH_RULE) return [];
  const longest = items.filter((i) => keyIsLongest(i.question)).map((i) => i.question.id);
  if (longest.length * 2 <= items.length) return [];
  return [
    `${path}: ${label(longest)}: the key is the longest option in ${longest.length} of ${items.length} single-choice items ` +
      "(more than half); balance the lengths of keys and distractors",
  ];
}

/** Multiple-select keys that are the first k choices: "tick from the top" scores without reading. */
export function prefixKeyProblems(path: string, question: Question): string[] {
  if (question.type !== "multiple-select") return [];
  const ids = question.choices.map((c) => c.id);
  const key = new Set(question.answer);
  if ([...key].some((id) => !ids.includes(id))) return [];
  const isPrefix = ids.every((id, i) => key.has(id) === i < key.size);
  if (!isPrefix) return [];
  return [
    `${path}: question ${question.id}: the correct choices are the first ${key.size} (${ids.slice(0, key.size).join(", ")}); ` +
      "mix them among the distractors",
  ];
}

/** Matching items whose left item i goes with right item i for at least half the pairs: the answer is the layout. */
export function diagonalProblems(path: string, question: Question): string[] {
  if (question.type !== "matching") return [];
  const rightIds = question.right.map((r) => r.id);
  const diagonal = question.left.filter((left, i) => question.answer[left.id] !== undefined && question.answer[left.id] === rightIds[i]);
  if (diagonal.length < 2 || diagonal.length * 2 < question.left.length) return [];
  return [
    `${path}: question ${question.id}: ${diagonal.length} of ${question.left.length} pairs sit on the diagonal ` +
      `(left item i matches right item i: ${diagonal.map((l) => l.id).join(", ")}); reorder the right column`,
  ];
}

// ---------------------------------------------------------------- facts keyed twice

const MONTH_NAMES = MONTHS.join("|");
const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const MONTH = `(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+\\d{4})?";
// "10 November", "10th November 1962", "30–31 October"; "November 10", "Nov 10th, 1962".
const DAY_FIRST = new RegExp(`\\b${DAY}(?:\\s*(?:–|-|to|and|or)\\s*${DAY})?\\s+${MONTH}${YEAR}(?![\\p{L}\\p{N}])`, "giu");
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, "giu");
// Not facts: paragraph and sentence references, and numbers inside names such as U-2 or Il-28.
const NOT_FACTS = [/¶\s*\d+(?:\s*[–-]\s*¶?\s*\d+)?/g, /\bp\d+(?:\.s\d+)?\b/g, /\b\p{L}+-\d+\b/gu];
const NUMBER = /(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?(?![\p{L}\p{N}])/gu;

function fullMonth(name: string): string {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.find((m) => m.toLowerCase().startsWith(lower.slice(0, 3))) ?? name;
}

/** The dates ("10 November") and numbers ("42") a piece of text states, normalised so variants compare equal. */
export function factsIn(text: string): string[] {
  const facts: string[] = [];
  let rest = text;
  rest = rest.replace(DAY_FIRST, (_m, day: string, other: string | undefined, month: string) => {
    facts.push(`${Number(day)} ${fullMonth(month)}`);
    if (other) facts.push(`${Number(other)} ${fullMonth(month)}`);
    return " ";
  });
  rest = rest.replace(MONTH_FIRST, (_m, month: string, day: string) => {
    facts.push(`${Number(day)} ${fullMonth(month)}`);
    return " ";
  });
  for (const pattern of NOT_FACTS) rest = rest.replace(pattern, " ");
  for (const match of rest.matchAll(NUMBER)) facts.push(match[0].replace(/,/g, ""));
  return [...new Set(facts)];
}

/** What an item's key states: the texts a student must choose, write or affirm to score. */
export function keyedTexts(question: Question): string[] {
  switch (question.type) {
    case "single-choice":
      return question.choices.filter((c) => c.id === question.answer).map((c) => c.text);
    case "multiple-select":
      return question.choices.filter((c) => question.answer.includes(c.id)).map((c) => c.text);
    case "true-false":
      return question.answer ? [question.prompt] : [];
    case "short-answer":
      return question.accepted;
    case "matching": {
      const used = new Set(Object.values(question.answer));
      return question.right.filter((r) => used.has(r.id)).map((r) => r.text);
    }
    case "ordering":
    case "evidence":
    case "open-response":
    case "argument":
      return [];
  }
}

/** The same date or number in the keys of two or more items of one quiz: one fact earns several points. */
export function repeatedFactProblems(path: string, questions: readonly Question[]): string[] {
  const byFact = new Map<string, string[]>();
  for (const question of questions) {
    const facts = new Set(keyedTexts(question).flatMap(factsIn));
    for (const fact of facts) byFact.set(fact, [...(byFact.get(fact) ?? []), question.id]);
  }
  return [...byFact]
    .filter(([, ids]) => ids.length > 1)
    .map(([fact, ids]) => `${path}: ${label(ids)}: "${fact}" is keyed in ${ids.length} items of this quiz; ask each fact once`);
}

// ---------------------------------------------------------------- citations the lesson does not show

/**
 * A question that cites (in its evidence, or asks students to pick from) a paragraph the lesson's excerpts do
 * not show sends the student to text that is not on the page. Refs that do not exist are left to the
 * existence checks, so one wrong id is reported once.
 */
export function unshownCitationProblems(
  path: string,
  questions: readonly Question[],
  excerpts: LessonMeta["excerpts"],
  sources: SourceIndex,
): string[] {
  const shown = new Map<string, Set<string>>();
  for (const excerpt of excerpts) {
    const set = shown.get(excerpt.source) ?? new Set<string>();
    for (const p of excerpt.paragraphs) set.add(p);
    shown.set(excerpt.source, set);
  }
  const problems: string[] = [];
  for (const question of questions) {
    const refs = [
      ...question.evidence,
      ...(question.type === "evidence"
        ? [...(question.within ?? []), ...question.answer].map((ref) => ({ source: question.source, ref }))
        : []),
    ];
    const missing = new Map<string, Set<string>>();
    for (const { source, ref } of refs) {
      const paragraph = ref.split(".")[0] ?? ref;
      const ids = sources.get(source);
      if (!ids || !(ref.includes(".") ? ids.sentences.has(ref) : ids.paragraphs.has(ref))) continue;
      if (shown.get(source)?.has(paragraph)) continue;
      missing.set(source, (missing.get(source) ?? new Set()).add(paragraph));
    }
    for (const [source, paragraphs] of missing) {
      const list = [...paragraphs].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
      const has = shown.get(source);
      const excerpt = has ? `its excerpt of ${source} is ${[...has].join(", ")}` : `it shows no excerpt of ${source}`;
      problems.push(
        `${path}: question ${question.id}: cites ${list.join(", ")} of ${source}, which the lesson does not show (${excerpt}); ` +
          "add the paragraph to the lesson's excerpts or cite one it shows",
      );
    }
  }
  return problems;
}
