// Checks one quiz.yaml: each question's shape, then that its answer key and evidence point at things that exist.
// Messages read "<file>: question <id>: <what is wrong>" so an author can find and fix the line at once.
import { fairnessProblems } from "./item-fairness";
import { misquotations, stringsIn } from "./quotations";
import { Question, Quiz, SENTENCE_ID } from "./schemas";
import { argumentProblems } from "./validate-argument";
import { formatZodIssues, itemLabel } from "./yaml-files";

/** The ids each source makes addressable, by source id. */
export type SourceIndex = ReadonlyMap<string, { paragraphs: ReadonlySet<string>; sentences: ReadonlySet<string> }>;

export function checkQuiz(
  path: string,
  raw: unknown,
  sources: SourceIndex,
  quotable: string,
): { questions: Question[]; errors: string[] } {
  const quiz = Quiz.safeParse(raw);
  if (!quiz.success) return { questions: [], errors: formatZodIssues(path, quiz.error.issues) };

  const questions: Question[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  quiz.data.questions.forEach((rawQuestion, index) => {
    const prefix = `${path}: ${itemLabel("question", rawQuestion, index)}`;
    const parsed = Question.safeParse(rawQuestion);
    if (!parsed.success) {
      errors.push(...formatZodIssues(prefix, parsed.error.issues));
      return;
    }
    const question = parsed.data;
    if (seen.has(question.id)) errors.push(`${prefix}: duplicate question id "${question.id}"`);
    const previous = questions.at(-1);
    if (previous && idOrder(question.id, previous.id) < 0) {
      errors.push(
        `${prefix}: comes after ${previous.id} in the file but sorts before it; attempts list questions in the order of their ids, ` +
          "so list them in that order (a new question takes a new, higher id)",
      );
    }
    seen.add(question.id);
    const problems = [
      ...evidenceProblems(question, sources),
      ...answerKeyProblems(question, sources),
      ...stringsIn(rawQuestion).flatMap((text) => misquotations(text, quotable)).map(quotationNotFound),
    ];
    errors.push(...problems.map((problem) => `${prefix}: ${problem}`));
    questions.push(question);
  });
  // Quiz-wide patterns that let a student answer without reading (item-fairness.ts).
  errors.push(...fairnessProblems(path, questions));
  return { questions, errors };
}

/**
 * The order in which an attempt lists its questions: it stores them as a JSON object keyed by question id, and
 * PostgreSQL's jsonb keeps object keys sorted by length, then byte by byte ("q9" before "q10", "q10" before "q11").
 */
export function idOrder(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function quotationNotFound(quotation: string): string {
  return `quotation ${quotation} is not found in any source`;
}

export function evidenceProblems(question: Question, sources: SourceIndex): string[] {
  return question.evidence.flatMap(({ source, ref }) => {
    const ids = sources.get(source);
    if (!ids) return [`evidence source "${source}" does not exist`];
    const exists = SENTENCE_ID.test(ref) ? ids.sentences.has(ref) : ids.paragraphs.has(ref);
    return exists ? [] : [`evidence "${ref}" does not exist in source ${source}`];
  });
}

export function answerKeyProblems(question: Question, sources: SourceIndex): string[] {
  switch (question.type) {
    case "single-choice": {
      const ids = question.choices.map((c) => c.id);
      return [...duplicates("choice id", ids), ...unknown("answer", [question.answer], ids, "the choices")];
    }
    case "multiple-select": {
      const ids = question.choices.map((c) => c.id);
      return [
        ...duplicates("choice id", ids),
        ...duplicates("answer entry", question.answer),
        ...unknown("answer", question.answer, ids, "the choices"),
      ];
    }
    case "ordering": {
      const ids = question.items.map((item) => item.id);
      const missing = ids.filter((id) => !question.answer.includes(id));
      return [
        ...duplicates("item id", ids),
        ...duplicates("answer entry", question.answer),
        ...unknown("answer", question.answer, ids, "the items"),
        ...missing.map((id) => `answer must list every item exactly once: item "${id}" is missing`),
      ];
    }
    case "matching": {
      const left = question.left.map((item) => item.id);
      const right = question.right.map((item) => item.id);
      const keys = Object.keys(question.answer);
      return [
        ...duplicates("left item id", left),
        ...duplicates("right item id", right),
        ...unknown("answer key", keys, left, "the left items"),
        ...left.filter((id) => !keys.includes(id)).map((id) => `answer does not match left item "${id}"`),
        ...Object.entries(question.answer)
          .filter(([, target]) => !right.includes(target))
          .map(([key, target]) => `answer for "${key}" is "${target}", which is not one of the right items (${right.join(", ")})`),
      ];
    }
    case "evidence": {
      const ids = sources.get(question.source);
      if (!ids) return [`source "${question.source}" does not exist`];
      const within = question.within;
      return [
        ...(within ?? [])
          .filter((id) => !ids.paragraphs.has(id))
          .map((id) => `within "${id}" does not exist in source ${question.source}`),
        ...question.answer
          .filter((id) => !ids.sentences.has(id))
          .map((id) => `answer "${id}" does not exist in source ${question.source}`),
        ...question.answer
          .filter((id) => within && !within.includes(id.split(".")[0] ?? ""))
          .map((id) => `answer "${id}" is not inside the paragraphs listed in within (${(within ?? []).join(", ")})`),
      ];
    }
    case "open-response": {
      const points = question.rubric.map((level) => level.points);
      const descending = points.every((p, i) => i === 0 || p < (points[i - 1] ?? Infinity));
      const top = Math.max(...points);
      return [
        ...(descending ? [] : [`rubric levels must be listed with points in descending order (got ${points.join(", ")})`]),
        ...(top === question.points ? [] : [`rubric top level is worth ${top} points but the question is worth ${question.points}`]),
      ];
    }
    case "argument":
      return argumentProblems(question, sources);
    case "true-false":
    case "short-answer":
      return [];
  }
}

function duplicates(what: string, ids: readonly string[]): string[] {
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  return [...new Set(repeated)].map((id) => `${what} "${id}" is used more than once`);
}

function unknown(what: string, given: readonly string[], known: readonly string[], among: string): string[] {
  return given
    .filter((id) => !known.includes(id))
    .map((id) => `${what} "${id}" is not one of ${among} (${known.join(", ")})`);
}
