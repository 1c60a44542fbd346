// The four historical-thinking skills a student can tag a highlight with. Names come from the content's own
// skill list (lib/content/labels.ts); each has a pattern as well as a colour, so no one needs colour to tell
// them apart (WCAG 1.4.1), and the label is always written next to the highlight.
// No zod here: the quiz's document pane imports this file, and zod would add ~30 KB gzipped to the quiz page
// (the schema is in ./change.ts and the assignment form's action).
import { SKILL_LABELS } from "@/lib/content/labels";

export const ANNOTATION_SKILLS = ["sourcing", "contextualization", "corroboration", "close-reading"] as const;
export type AnnotationSkill = (typeof ANNOTATION_SKILLS)[number];

export const annotationSkillLabel = (skill: AnnotationSkill): string => SKILL_LABELS[skill];

/** How each skill's highlight is drawn besides its colour (the CSS is in app/globals.css, [data-annotation-skill]). */
export const SKILL_PATTERNS: Record<AnnotationSkill, string> = {
  sourcing: "solid underline",
  contextualization: "dotted underline",
  corroboration: "double underline",
  "close-reading": "wavy underline",
};

/** Short marks shown before the label in counts and lists, distinct without colour. */
export const SKILL_MARKS: Record<AnnotationSkill, string> = {
  sourcing: "S",
  contextualization: "C",
  corroboration: "Co",
  "close-reading": "CR",
};
