// One rule decides what a student may see of their own quiz work, on every surface: the results page, each
// question's score, checking an answer during the quiz, review practice of missed questions, the data export.
// Every one of them asks revealFor() (or revealsFrom(), to store the moment), so the surfaces cannot disagree.
import type { RevealPolicy } from "@/lib/enums";

export type { RevealPolicy };
export type RevealRules = { revealPolicy: RevealPolicy; dueAt: Date };

/**
 * From when a submitted attempt's per-question results may be shown — each question's score and the
 * teacher's comment, whether it was right, the explanation and evidence, and review practice of the
 * questions missed. null = never: the student sees the total only.
 */
export function revealsFrom(rules: RevealRules, submittedAt: Date): Date | null {
  switch (rules.revealPolicy) {
    case "AFTER_EACH_QUESTION":
    case "AFTER_SUBMISSION":
      return submittedAt;
    case "AFTER_DUE":
      return submittedAt > rules.dueAt ? submittedAt : rules.dueAt;
    case "NEVER":
      return null;
  }
}

export type Reveal = {
  /** The per-question results above, for a submitted attempt. */
  perQuestion: boolean;
  /** While the attempt is open, may the student check one answer (which then locks it)? */
  checkWhileAnswering: boolean;
  /** For a submitted attempt, when the per-question results are (or will be) shown; null = never. */
  from: Date | null;
};

export function revealFor(rules: RevealRules, attempt: { submittedAt: Date | null }, now: Date): Reveal {
  if (!attempt.submittedAt) return { perQuestion: false, checkWhileAnswering: rules.revealPolicy === "AFTER_EACH_QUESTION", from: null };
  const from = revealsFrom(rules, attempt.submittedAt);
  return { perQuestion: from !== null && now.getTime() >= from.getTime(), checkWhileAnswering: false, from };
}

export const REVEAL_LABELS: Record<RevealPolicy, string> = {
  AFTER_EACH_QUESTION: "After each question",
  AFTER_SUBMISSION: "After the quiz is submitted",
  AFTER_DUE: "After the due date",
  NEVER: "Never (total score only)",
};

/** What students see under each policy, in the teacher's words (the assignment form). */
export const REVEAL_FOR_TEACHERS: Record<RevealPolicy, string> = {
  AFTER_EACH_QUESTION:
    "While answering, a student may check an answer: they see whether it is right, the explanation and the evidence, and that answer is then locked. After submitting they see each question's score, explanations, evidence and your comments, and missed questions come back for review.",
  AFTER_SUBMISSION:
    "Nothing while answering. Once they submit: each question's score, whether it was right, the explanations, evidence and your comments; missed questions come back for review.",
  AFTER_DUE:
    "Until the due date, only their total score. From the due date: each question's score, whether it was right, the explanations, evidence and your comments, and review of missed questions.",
  NEVER: "Only their total score, ever: no per-question scores, explanations, evidence or comments, and no review of these questions.",
};

/** The same, in the student's words (their assignment and results pages); `due` is the due date as text. */
export function revealForStudents(policy: RevealPolicy, due: string): string {
  switch (policy) {
    case "AFTER_EACH_QUESTION":
      return "You can check each answer as you go (a checked answer can no longer change). After you submit, you see how each question went, with explanations and evidence.";
    case "AFTER_SUBMISSION":
      return "After you submit, you see how each question went, with explanations and evidence.";
    case "AFTER_DUE":
      return `After you submit, you see your total score; how each question went, with explanations and evidence, from the due date (${due}).`;
    case "NEVER":
      return "You see your total score only: your teacher does not show how each question went.";
  }
}
