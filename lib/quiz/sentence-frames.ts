// Sentence frames for open responses: starters a student can put into their answer and finish in their own
// words (shown when the student asks, or by default when the teacher sets the accommodation). They name the
// moves the rubric rewards: a claim, evidence cited from the document, and what it shows.
export const SENTENCE_FRAMES = [
  "I think that … because …",
  "In ¶…, the telegram says “…”.",
  "This shows that …",
  "Gromyko wants … so he …",
  "On the other hand, …",
  "This document cannot tell us … because …",
] as const;

/** The answer with a frame added on a new line (or as the start of an empty answer). */
export const withFrame = (text: string, frame: string) => (text.trim() === "" ? frame : `${text.replace(/\s+$/, "")}\n${frame}`);
