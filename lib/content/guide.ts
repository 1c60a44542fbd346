// A lesson's teacher guide (content/lessons/<slug>/guide.yaml): timing, misconceptions, a discussion plan and
// the standards the lesson serves. Objectives come from the lesson and the answer key from its quiz (key and
// explanation), so the guide never restates them and cannot drift from them; `keyNotes` adds the teacher-only
// reasoning for a question (why a distractor tempts, what partial credit to give).
import { z } from "zod";
import type { Lesson } from "./schemas";
import { STANDARD_CODES } from "./standards";

export const DISCUSSION_FORMATS = ["structured-academic-controversy", "role-play", "discussion"] as const;
export const DISCUSSION_FORMAT_LABELS: Record<(typeof DISCUSSION_FORMATS)[number], string> = {
  "structured-academic-controversy": "Structured academic controversy",
  "role-play": "Role-play",
  discussion: "Whole-class discussion",
};

const text = z.string().trim().min(1, "must not be empty");

export const Guide = z.strictObject({
  /** The class period the timing plan fills. */
  periodMinutes: z.number().int().positive(),
  timing: z.array(z.strictObject({ minutes: z.number().int().positive(), activity: text })).min(1),
  keyNotes: z.record(z.string().regex(/^q[0-9]+$/, 'must look like "q01"'), text).default({}),
  misconceptions: z.array(z.strictObject({ misconception: text, correction: text })).min(1),
  discussion: z.strictObject({
    format: z.enum(DISCUSSION_FORMATS),
    title: text,
    question: text,
    steps: z.array(text).min(2),
  }),
  standards: z.array(z.enum(STANDARD_CODES)).min(1),
});
export type Guide = z.infer<typeof Guide>;

/** Problems a schema cannot see: a timing plan that does not add up, notes on questions the quiz lacks. */
export function guideProblems(guide: Guide, lesson: Pick<Lesson, "questions">): string[] {
  const problems: string[] = [];
  const total = guide.timing.reduce((sum, step) => sum + step.minutes, 0);
  if (total !== guide.periodMinutes) problems.push(`timing: the steps add up to ${total} minutes, not the period's ${guide.periodMinutes}`);
  const ids = new Set(lesson.questions.map((q) => q.id));
  for (const id of Object.keys(guide.keyNotes)) if (!ids.has(id)) problems.push(`keyNotes: question ${id} is not in the lesson's quiz`);
  if (new Set(guide.standards).size !== guide.standards.length) problems.push("standards: a standard is listed twice");
  return problems;
}
