// A teacher's question form, as plain data, and its mapping to and from the content schema. The form never
// has a validator of its own: a draft becomes the object a quiz.yaml entry would be, and that is checked by
// the same `Question` schema and answer-key checks as the content files (lib/content), in the browser for
// errors beside the fields and again on the server before anything is stored.
import { Question, QUESTION_TYPES, SKILLS, type QuestionType, type Skill } from "@/lib/content/schemas";
import { answerKeyProblems, evidenceProblems, type SourceIndex } from "@/lib/content/validate-quiz";

/** The argument task (lesson 06) is not written with this form; these are the types it writes. */
export type AuthoredType = Exclude<QuestionType, "argument">;
export const AUTHORED_TYPES = QUESTION_TYPES.filter((type): type is AuthoredType => type !== "argument");

export const TYPE_LABELS: Record<QuestionType, string> = {
  "single-choice": "Single choice",
  "multiple-select": "Multiple select",
  "true-false": "True or false",
  ordering: "Ordering",
  matching: "Matching",
  "short-answer": "Short answer",
  evidence: "Evidence (choose sentences)",
  "open-response": "Open response (graded by you)",
  argument: "Argument (graded by you, with a rubric)",
};

export type DraftText = { text: string };
export type DraftLevel = { points: string; description: string };

export type QuestionDraft = {
  type: AuthoredType;
  skill: Skill;
  prompt: string;
  points: string;
  explanation: string;
  /** The document the evidence is in, and the sentences picked in it (for an evidence question: the key). */
  source: string;
  sentences: string[];
  claim: string;
  /** Single choice and multiple select: the choices, lettered a, b, c… in this order, and which are right. */
  choices: DraftText[];
  correct: number[];
  trueFalse: "" | "true" | "false";
  /** Ordering: the items in the correct order. */
  items: DraftText[];
  /** Matching: each left item with the right item it matches. */
  pairs: { left: string; right: string }[];
  /** Short answer: one accepted answer per line. */
  accepted: string;
  rubric: DraftLevel[];
  sampleAnswer: string;
};

/** The fields a problem can be shown beside (each has an element with id `q-<field>` in the form). */
export type DraftField = "type" | "skill" | "prompt" | "points" | "explanation" | "sentences" | "claim" | "choices" | "correct" | "trueFalse" | "items" | "pairs" | "accepted" | "rubric" | "sampleAnswer";
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft(type: AuthoredType = "single-choice", source = ""): QuestionDraft {
  return {
    type,
    skill: "close-reading",
    prompt: "",
    points: "1",
    explanation: "",
    source,
    sentences: [],
    claim: "",
    choices: [{ text: "" }, { text: "" }, { text: "" }],
    correct: [],
    trueFalse: "",
    items: [{ text: "" }, { text: "" }, { text: "" }],
    pairs: [
      { left: "", right: "" },
      { left: "", right: "" },
    ],
    accepted: "",
    rubric: [
      { points: "2", description: "" },
      { points: "1", description: "" },
      { points: "0", description: "" },
    ],
    sampleAnswer: "",
  };
}

const letter = (i: number) => String.fromCharCode(97 + i);
const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/**
 * Ids for ordering and matching items, made from their text: ids reach the student's browser, so numbering
 * them in the key's order ("item-1" is first) would give the answer away. Deterministic, so a re-save of the
 * same text makes the same question (and no new version).
 */
export function textIds(texts: readonly string[], prefix: string): string[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const slug = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 24).replace(/-+$/, "");
    const base = `${prefix}-${slug || hash(text)}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

function hash(text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return h.toString(36);
}

/** The draft as a quiz-file question (not yet validated). Blank rows of a list are dropped, as a teacher expects. */
export function draftToQuestion(draft: QuestionDraft): Record<string, unknown> {
  const base = {
    id: "q1",
    type: draft.type,
    skill: draft.skill,
    prompt: draft.prompt,
    points: toNumber(draft.points),
    evidence: draft.sentences.map((ref) => ({ source: draft.source, ref })),
    explanation: draft.explanation,
  };
  switch (draft.type) {
    case "single-choice":
    case "multiple-select": {
      const kept = draft.choices.map((c, i) => ({ ...c, i })).filter((c) => c.text.trim() !== "");
      const choices = kept.map((c, n) => ({ id: letter(n), text: c.text }));
      const right = kept.flatMap((c, n) => (draft.correct.includes(c.i) ? [letter(n)] : []));
      return { ...base, choices, answer: draft.type === "single-choice" ? (right.length === 1 ? right[0] : right.length === 0 ? "" : right) : right };
    }
    case "true-false":
      return { ...base, answer: draft.trueFalse === "" ? undefined : draft.trueFalse === "true" };
    case "ordering": {
      const texts = draft.items.map((i) => i.text).filter((t) => t.trim() !== "");
      const ids = textIds(texts, "item");
      return { ...base, items: texts.map((text, i) => ({ id: ids[i], text })), answer: ids };
    }
    case "matching": {
      const pairs = draft.pairs.filter((p) => p.left.trim() !== "" || p.right.trim() !== "");
      const left = textIds(pairs.map((p) => p.left), "left");
      const right = textIds(pairs.map((p) => p.right), "right");
      return {
        ...base,
        left: pairs.map((p, i) => ({ id: left[i], text: p.left })),
        right: pairs.map((p, i) => ({ id: right[i], text: p.right })),
        answer: Object.fromEntries(left.map((id, i) => [id, right[i]])),
      };
    }
    case "short-answer":
      return { ...base, accepted: draft.accepted.split("\n").map((a) => a.trim()).filter(Boolean) };
    case "evidence":
      return { ...base, claim: draft.claim, source: draft.source, answer: draft.sentences };
    case "open-response": {
      const rubric = draft.rubric.filter((l) => l.description.trim() !== "" || l.points.trim() !== "").map((l) => ({ points: toNumber(l.points), description: l.description }));
      // The question is worth its rubric's top level (content:check demands they agree), so the form asks once.
      return { ...base, points: rubric.length ? Math.max(...rubric.map((l) => l.points)) : Number.NaN, rubric, sampleAnswer: draft.sampleAnswer };
    }
  }
}

/** A stored question back into the form, for editing (a teacher's question is never an argument task). */
export function questionToDraft(question: Question): QuestionDraft {
  if (question.type === "argument") throw new Error("The argument task is not written with the question form.");
  const draft = emptyDraft(question.type, question.type === "evidence" ? question.source : (question.evidence[0]?.source ?? ""));
  Object.assign(draft, {
    skill: question.skill,
    prompt: question.prompt,
    points: String(question.points),
    explanation: question.explanation,
    sentences: question.evidence.map((e) => e.ref),
  });
  switch (question.type) {
    case "single-choice":
    case "multiple-select": {
      const right = question.type === "single-choice" ? [question.answer] : question.answer;
      draft.choices = question.choices.map((c) => ({ text: c.text }));
      draft.correct = question.choices.flatMap((c, i) => (right.includes(c.id) ? [i] : []));
      break;
    }
    case "true-false":
      draft.trueFalse = question.answer ? "true" : "false";
      break;
    case "ordering":
      draft.items = question.answer.map((id) => ({ text: question.items.find((i) => i.id === id)?.text ?? "" }));
      break;
    case "matching":
      draft.pairs = question.left.map((l) => ({ left: l.text, right: question.right.find((r) => r.id === question.answer[l.id])?.text ?? "" }));
      break;
    case "short-answer":
      draft.accepted = question.accepted.join("\n");
      break;
    case "evidence":
      draft.claim = question.claim;
      draft.sentences = question.answer;
      break;
    case "open-response":
      draft.rubric = question.rubric.map((l) => ({ points: String(l.points), description: l.description }));
      draft.sampleAnswer = question.sampleAnswer;
      break;
  }
  return draft;
}

// Where a schema path (its first segment) is shown in the form, by type.
function fieldFor(type: AuthoredType, key: string): DraftField {
  switch (key) {
    case "evidence":
      return "sentences";
    case "answer":
      return ({ "single-choice": "correct", "multiple-select": "correct", "true-false": "trueFalse", ordering: "items", matching: "pairs", evidence: "sentences" } as const)[type as "evidence"] ?? "type";
    case "left":
    case "right":
      return "pairs";
    case "source":
      return "sentences";
    case "choices":
    case "items":
    case "accepted":
    case "rubric":
    case "claim":
    case "sampleAnswer":
    case "prompt":
    case "points":
    case "skill":
    case "explanation":
      return key;
    default:
      return "type";
  }
}

const ANSWER_FIELD: Record<AuthoredType, DraftField> = {
  "single-choice": "correct",
  "multiple-select": "correct",
  "true-false": "trueFalse",
  ordering: "items",
  matching: "pairs",
  "short-answer": "accepted",
  evidence: "sentences",
  "open-response": "rubric",
};

export type CheckedQuestion = { ok: true; question: Question } | { ok: false; errors: DraftErrors };

/**
 * Checks a candidate question exactly as `npm run content:check` checks a quiz file's: its shape by the
 * `Question` schema, then that its key and evidence point at what exists in the real documents.
 */
export function checkAuthoredQuestion(candidate: unknown, sources: SourceIndex): CheckedQuestion {
  const parsed = Question.safeParse(candidate);
  const type = (AUTHORED_TYPES as readonly string[]).includes((candidate as { type?: string })?.type ?? "") ? ((candidate as { type: AuthoredType }).type) : "single-choice";
  if (!parsed.success) {
    const errors: DraftErrors = {};
    for (const issue of parsed.error.issues) {
      const field = fieldFor(type, String(issue.path[0] ?? ""));
      const where = issue.path.length > 1 && typeof issue.path[1] === "number" ? `Row ${issue.path[1] + 1}: ` : "";
      errors[field] ??= `${where}${friendly(field, issue.message)}`;
    }
    return { ok: false, errors };
  }
  const question = parsed.data;
  if (question.type === "argument") return { ok: false, errors: { type: "The argument task is not written with this form." } };
  const problems: DraftErrors = {};
  for (const p of evidenceProblems(question, sources)) problems.sentences ??= p;
  for (const p of answerKeyProblems(question, sources)) problems[ANSWER_FIELD[question.type]] ??= p;
  if (question.type === "single-choice" && !question.choices.some((c) => c.id === question.answer)) problems.correct ??= "Mark the one right choice.";
  return Object.keys(problems).length ? { ok: false, errors: problems } : { ok: true, question };
}

// The schema's messages are written for quiz-file authors; a few read better in the form's words.
function friendly(field: DraftField, message: string): string {
  if (field === "sentences" && /at least one evidence ref|too small|>=1/i.test(message)) return "Pick at least one sentence of the document.";
  if (field === "correct") return "Mark the right choice (for single choice, exactly one).";
  if (field === "trueFalse") return "Choose whether the statement is true or false.";
  if (field === "points") return "Points must be a number above 0.";
  if (/Too small|>=2/i.test(message) && (field === "choices" || field === "items" || field === "pairs" || field === "rubric")) return "Fill in at least two rows.";
  return message;
}

export function checkDraft(draft: QuestionDraft, sources: SourceIndex): CheckedQuestion {
  return checkAuthoredQuestion(draftToQuestion(draft), sources);
}

export const isSkill = (value: string): value is Skill => (SKILLS as readonly string[]).includes(value);
