// Shapes of everything under content/: the sources (telegrams), lessons, quizzes, glossary and timeline.
// Objects are strict so that a misspelt field in a content file ("awnser:") is an error, not silently ignored.
import { z } from "zod";
import { ADAPTED_SENTENCE_ID, PARAGRAPH_ID, SENTENCE_ID } from "./ids";

export { ADAPTED_SENTENCE_ID, PARAGRAPH_ID, SENTENCE_ID };
import { isoDateProblem } from "./dates";

export const SKILLS = ["sourcing", "contextualization", "corroboration", "close-reading", "vocabulary"] as const;
export const QUESTION_TYPES = [
  "single-choice",
  "multiple-select",
  "true-false",
  "ordering",
  "matching",
  "short-answer",
  "evidence",
  "open-response",
  "argument",
] as const;
export const GLOSSARY_KINDS = ["person", "place", "organization", "term"] as const;

export const Skill = z.enum(SKILLS);
export const QuestionType = z.enum(QUESTION_TYPES);
export type Skill = z.infer<typeof Skill>;
export type QuestionType = z.infer<typeof QuestionType>;

const text = z.string().trim().min(1, "must not be empty");
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

/** A real calendar date written YYYY-MM-DD ("1962-11-31" and "1962-13-01" are refused). */
export const IsoDate = z.string().superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const ParagraphId = z.string().regex(PARAGRAPH_ID, 'must be a paragraph id like "p3"');
const SentenceId = z.string().regex(SENTENCE_ID, 'must be a sentence id like "p3.s2"');

// ---------------------------------------------------------------- sources

export const Sentence = z.strictObject({ id: SentenceId, text });
export const Paragraph = z.strictObject({
  kind: z.literal("paragraph"),
  id: ParagraphId,
  number: z.number().int().positive(),
  sentences: z.array(Sentence).min(1),
});
export const SourceBlock = z.discriminatedUnion("kind", [
  Paragraph,
  z.strictObject({ kind: z.enum(["label", "note"]), text }),
]);
export type Sentence = z.infer<typeof Sentence>;
export type Paragraph = z.infer<typeof Paragraph>;
export type SourceBlock = z.infer<typeof SourceBlock>;

/** The citation block of a source, from the front matter of content/sources/<id>.md. */
export const SourceMeta = z.strictObject({
  id: kebabId,
  title: text,
  date: IsoDate,
  author: text,
  authorShort: text,
  recipients: z.array(z.strictObject({ name: text, role: text })).min(1),
  via: text,
  originalLanguage: text,
  translator: text,
  archive: z.strictObject({ abbreviation: text, name: text }),
  copyChain: text,
  collection: text,
  /** The address our copy of the record was taken from (the seed file's), kept as provenance. */
  archiveUrl: z.url(),
  /** The document's public page in the archive; links and the citation use it when it is given. */
  publicUrl: z.url().optional(),
  citation: text,
  summary: text,
  /** Where the Russian matters for reading the English: a phrase of the translation and what to know about it. */
  translationNotes: z.array(z.strictObject({ phrase: text, note: text })).optional(),
  /** What the ¶ numbers are (ours, not the document's). */
  paragraphNote: text.optional(),
  /** The security marking exactly as the archive's copy gives it ("Top Secret"); absent when it gives none. */
  classification: text.optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/**
 * A modified version of a source for younger readers (content/adapted/<id>.yaml, checked by adapted.ts): each
 * sentence renders the original sentence ids in `from`, so an answer chosen on it is stored as those ids.
 */
export const AdaptedSentence = z.strictObject({ id: z.string().regex(ADAPTED_SENTENCE_ID), text, from: z.array(SentenceId).min(1) });
export const AdaptedParagraph = z.strictObject({ id: ParagraphId, sentences: z.array(AdaptedSentence).min(1) });
export type AdaptedSentence = z.infer<typeof AdaptedSentence>;
export type AdaptedParagraph = z.infer<typeof AdaptedParagraph>;

export const Source = z.strictObject({ meta: SourceMeta, blocks: z.array(SourceBlock).min(1), adapted: z.array(AdaptedParagraph).optional() });
export type Source = z.infer<typeof Source>;

// ---------------------------------------------------------------- glossary and timeline

export const GlossaryEntry = z.strictObject({
  id: kebabId,
  term: text,
  kind: z.enum(GLOSSARY_KINDS),
  definition: text,
  aliases: z.array(text).default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const TimelineEvent = z.strictObject({
  id: kebabId,
  date: IsoDate,
  title: text,
  description: text,
  sources: z.array(kebabId).optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

// ---------------------------------------------------------------- lessons

export const LessonMeta = z.strictObject({
  id: z.string().regex(/^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like "01-sourcing-mikoyan"'),
  position: z.number().int().positive(),
  title: text,
  centralQuestion: text,
  summary: text.refine((s) => !s.includes("\n"), "must be a single line"),
  objectives: z.array(text).min(1),
  excerpts: z
    .array(
      z.strictObject({
        source: kebabId,
        paragraphs: z.array(ParagraphId).min(1),
        /** Guiding questions for this excerpt, shown with it (the lesson's own guidingQuestions frame the whole). */
        questions: z.array(text).optional(),
      }),
    )
    .min(1),
  guidingQuestions: z.array(text).min(1),
  glossary: z.array(kebabId).default([]),
  estimatedMinutes: z.number().int().positive(),
});
export type LessonMeta = z.infer<typeof LessonMeta>;

// ---------------------------------------------------------------- questions

/** Where a question's evidence is: a whole paragraph ("p3") or one sentence ("p3.s2"). */
export const EvidenceRef = z.strictObject({
  source: kebabId,
  ref: z.string().regex(/^p[1-9][0-9]*(\.s[1-9][0-9]*)?$/, 'must be "pN" or "pN.sM"'),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

const QuestionBase = z.strictObject({
  id: z.string().regex(/^q[0-9]+$/, 'must look like "q01"'),
  skill: Skill,
  prompt: text,
  points: z.number().positive().default(1),
  evidence: z.array(EvidenceRef).min(1, "needs at least one evidence ref"),
  explanation: text,
});

/**
 * `shuffle: false` keeps the file's order for every student: options that only make sense in that order
 * ("All of the above", dates in sequence, a scale). Otherwise each attempt draws its own order (lib/quiz/layout.ts).
 */
const shuffle = z.boolean().optional();

const Choice = z.strictObject({ id: z.string().regex(/^[a-z]$/, "must be one letter a-z"), text });
const Item = z.strictObject({ id: kebabId, text });

const SingleChoice = QuestionBase.extend({
  type: z.literal("single-choice"),
  choices: z.array(Choice).min(2),
  shuffle,
  answer: z.string(),
});
const MultipleSelect = QuestionBase.extend({
  type: z.literal("multiple-select"),
  choices: z.array(Choice).min(2),
  shuffle,
  answer: z.array(z.string()).min(1, "must list at least one correct choice"),
});
const TrueFalse = QuestionBase.extend({ type: z.literal("true-false"), answer: z.boolean() });
const Ordering = QuestionBase.extend({
  type: z.literal("ordering"),
  /** Also the start order when shuffling is off, so it should differ from the answer (if not, it is rotated). */
  items: z.array(Item).min(2),
  shuffle,
  answer: z.array(z.string()).min(2),
});
const Matching = QuestionBase.extend({
  type: z.literal("matching"),
  left: z.array(Item).min(2),
  /** Shuffled per attempt; the left side keeps the file's order. */
  right: z.array(Item).min(2),
  shuffle,
  answer: z.record(z.string(), z.string()),
});
const ShortAnswer = QuestionBase.extend({ type: z.literal("short-answer"), accepted: z.array(text).min(1) });
const EvidenceSelection = QuestionBase.extend({
  type: z.literal("evidence"),
  claim: text,
  source: kebabId,
  within: z.array(ParagraphId).min(1).optional(),
  answer: z.array(SentenceId).min(1),
});
const OpenResponse = QuestionBase.extend({
  type: z.literal("open-response"),
  rubric: z.array(z.strictObject({ points: z.number().nonnegative(), description: text })).min(2),
  sampleAnswer: text,
});
// The argument task (lib/argument/): claim, cited sentences of `sources`, reasoning, counter-argument; graded by a
// teacher per rubric criterion. The rubric (with its exemplars) is stripped before a student's browser sees it.
const Argument = QuestionBase.extend({
  type: z.literal("argument"),
  /** The documents a student may cite, whole: sentence ids are checked against them on every save. */
  sources: z.array(kebabId).min(2, "an argument draws on at least two documents"),
  rubric: z
    .array(
      z.strictObject({
        id: kebabId,
        title: text,
        /** Four levels, highest first; the top level's points are the criterion's maximum. */
        levels: z.array(z.strictObject({ points: z.number().nonnegative(), description: text, exemplar: text })).length(4, "needs exactly 4 levels"),
      }),
    )
    .min(1),
});

export const Question = z.discriminatedUnion(
  "type",
  [SingleChoice, MultipleSelect, TrueFalse, Ordering, Matching, ShortAnswer, EvidenceSelection, OpenResponse, Argument],
  { error: (issue) => (issue.code === "invalid_union" ? `must be one of ${QUESTION_TYPES.join(", ")}` : undefined) },
);
export type Question = z.infer<typeof Question>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const Quiz = z.strictObject({ questions: z.array(z.unknown()).min(1) });

export type Lesson = LessonMeta & { background: string; questions: Question[] };

export type Content = {
  sources: Source[];
  lessons: Lesson[];
  glossary: GlossaryEntry[];
  timeline: TimelineEvent[];
};

/** The id a question is stored under: "<lesson slug>/<question id>", e.g. "02-mikoyan-close-reading/q07". */
export function globalQuestionId(lessonId: string, questionId: string): string {
  return `${lessonId}/${questionId}`;
}
