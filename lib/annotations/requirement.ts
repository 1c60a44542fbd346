// "Highlight 3 sentences that show sourcing": an assignment's annotation requirement and whether a student
// has met it. Sentences are counted once however many highlights cover them (lib/annotations/runs.ts).
import { annotationSkillLabel, type AnnotationSkill } from "./skills";
import { highlightedSentences } from "./runs";

export type AnnotationRequirement = { count: number; skill: AnnotationSkill | null };

export const MAX_REQUIRED_ANNOTATIONS = 30;

export function requirementOf(assignment: { annotationsRequired: number | null; annotationSkill: string | null }): AnnotationRequirement | null {
  if (!assignment.annotationsRequired || assignment.annotationsRequired < 1) return null;
  return { count: assignment.annotationsRequired, skill: (assignment.annotationSkill as AnnotationSkill | null) ?? null };
}

export type RequirementProgress = { done: number; count: number; met: boolean };

export function requirementProgress(requirement: AnnotationRequirement, annotations: readonly { sourceId?: string; sentenceIds: readonly string[]; skill: string }[]): RequirementProgress {
  const done = highlightedSentences(annotations, requirement.skill).size;
  return { done: Math.min(done, requirement.count), count: requirement.count, met: done >= requirement.count };
}

/** "Highlight 3 sentences that show sourcing" / "Highlight 1 sentence". */
export function describeRequirement(requirement: AnnotationRequirement): string {
  const noun = requirement.count === 1 ? "sentence" : "sentences";
  const skill = requirement.skill ? ` that show${requirement.count === 1 ? "s" : ""} ${annotationSkillLabel(requirement.skill).toLowerCase()}` : "";
  return `Highlight ${requirement.count} ${noun}${skill}`;
}
