// Throwing out or regrading a question after students answered (Moodle's regrade, Canvas's "give everyone
// full marks"). One rule for the answers already submitted (server/grading/regrade-question.ts) and for the
// attempts of the same assignment submitted later (server/attempts/grade-attempt.ts), so both agree:
//   FULL_MARKS  every answer, blank or not, earns the question's points;
//   DROP        the question counts for nothing: 0 of 0 points, so the percentage is of the rest;
//   REKEY       auto-graded answers are graded again against a corrected key, by the type's own grader.
// The corrected key belongs to the assignment, not to the question: the content files stay the one source
// of a question's text and key (correcting the quiz file there makes a new QuestionVersion for every class).
import { z } from "zod";
import { SENTENCE_ID } from "@/lib/content/ids";
import type { AdjustmentKind } from "@/lib/enums";
import { grade, parseResponse } from "./index";
import type { Question } from "./types";

/**
 * The types whose key a teacher can correct by picking: the answer is one or more of the choices shown, or, for
 * evidence, the sentences that count (e.g. a defensible sentence the key left out).
 */
export const REKEYABLE_TYPES = ["single-choice", "multiple-select", "true-false", "evidence"] as const;
export type RekeyableType = (typeof REKEYABLE_TYPES)[number];

/** REKEY's key has the shape of the type's `answer`: a choice id, choice ids or sentence ids, or true/false. */
export type Adjustment = { kind: "FULL_MARKS" } | { kind: "DROP" } | { kind: "REKEY"; key: string | string[] | boolean };

/** A corrected key as a form sends it: one value per chosen option (a radio sends one, checkboxes several). */
export const correctedKeyField = z.union([z.string().trim().max(64), z.array(z.string().trim().max(64)).max(200)]);
export const asKeyValues = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const isRekeyable = (question: Question): question is Extract<Question, { type: RekeyableType }> => (REKEYABLE_TYPES as readonly string[]).includes(question.type);

/**
 * The corrected key as a form sends it (`key`: one value per chosen option), checked against the question:
 * choice ids it has, one for single choice, at least one for multiple select, "true"/"false" for true/false; for
 * evidence at least one of `sentences`, the ones the student could choose (in their order). Without
 * `sentences` (a stored key read back, checked when it was written) any sentence id is taken.
 */
export function parseCorrectedKey(question: Question, raw: readonly string[], sentences?: readonly string[]): { ok: true; adjustment: Adjustment } | { ok: false; message: string } {
  if (!isRekeyable(question)) return { ok: false, message: "Only single-choice, multiple-select, true/false and evidence questions can be regraded with a corrected key." };
  const values = [...new Set(raw.map((v) => v.trim()))];
  if (question.type === "evidence") {
    const fits = values.length > 0 && values.every((v) => (sentences ? sentences.includes(v) : SENTENCE_ID.test(v)));
    if (!fits) return { ok: false, message: "Choose at least one of the document's sentences as evidence." };
    return { ok: true, adjustment: { kind: "REKEY", key: sentences ? sentences.filter((id) => values.includes(id)) : values } };
  }
  if (question.type === "true-false") {
    const parsed = z.enum(["true", "false"]).safeParse(values.length === 1 ? values[0] : undefined);
    return parsed.success ? { ok: true, adjustment: { kind: "REKEY", key: parsed.data === "true" } } : { ok: false, message: "Choose True or False as the correct answer." };
  }
  const known = new Set(question.choices.map((c) => c.id));
  if (values.length === 0 || values.some((v) => !known.has(v))) return { ok: false, message: "Choose the correct answer among the question's choices." };
  if (question.type === "single-choice") {
    return values.length === 1 ? { ok: true, adjustment: { kind: "REKEY", key: values[0]! } } : { ok: false, message: "A single-choice question has one correct answer." };
  }
  return { ok: true, adjustment: { kind: "REKEY", key: question.choices.map((c) => c.id).filter((id) => values.includes(id)) } };
}

/** The key stored with a REKEY adjustment, read back (null when it no longer fits the question). */
export function storedAdjustment(question: Question, kind: AdjustmentKind, key: unknown): Adjustment | null {
  if (kind !== "REKEY") return { kind };
  const raw = typeof key === "boolean" ? [String(key)] : typeof key === "string" ? [key] : Array.isArray(key) ? key.filter((k): k is string => typeof k === "string") : [];
  const parsed = parseCorrectedKey(question, raw);
  return parsed.ok ? parsed.adjustment : null;
}

/** The question with the corrected key in place of its own (unchanged for the other kinds). */
export function withAdjustedKey(question: Question, adjustment: Adjustment | undefined): Question {
  if (adjustment?.kind !== "REKEY" || !isRekeyable(question)) return question;
  return { ...question, answer: adjustment.key } as Question;
}

/** What one answer is worth under an adjustment; `response` is the stored JSON (null = not answered). */
export function adjustedMarks(question: Question, response: unknown, adjustment: Adjustment): { score: number; maxPoints: number } {
  const maxPoints = grade(question, null as never).maxPoints;
  if (adjustment.kind === "FULL_MARKS") return { score: maxPoints, maxPoints };
  if (adjustment.kind === "DROP") return { score: 0, maxPoints: 0 };
  const rekeyed = withAdjustedKey(question, adjustment);
  const parsed = response === null || response === undefined ? null : parseResponse(rekeyed, response);
  const result = grade(rekeyed, (parsed?.ok ? parsed.response : null) as never);
  return result.status === "graded" ? { score: result.score, maxPoints: result.maxPoints } : { score: 0, maxPoints };
}

/** The note a student reads on their results, and the comment on each audit row. */
export function adjustmentNote(adjustment: { kind: AdjustmentKind }): string {
  switch (adjustment.kind) {
    case "FULL_MARKS":
      return "Your teacher gave everyone full marks for this question.";
    case "DROP":
      return "Your teacher dropped this question from the score: it no longer counts.";
    case "REKEY":
      return "Your teacher corrected this question's answer key and regraded it.";
  }
}

export const ADJUSTMENT_LABELS: Record<AdjustmentKind, string> = {
  FULL_MARKS: "Give everyone full marks",
  DROP: "Drop from the score",
  REKEY: "Regrade with a corrected key",
};
