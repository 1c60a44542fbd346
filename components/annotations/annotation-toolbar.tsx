"use client";

import { useId, useState, type Ref } from "react";
import type { AnnotationSaveStatus } from "@/lib/annotations/annotation-queue";
import { NOTE_MAX, type AnnotationView } from "@/lib/annotations/change";
import { ANNOTATION_SKILLS, annotationSkillLabel, SKILL_PATTERNS, type AnnotationSkill } from "@/lib/annotations/skills";
import { fieldClass, primaryButton, secondaryButton } from "@/components/quiz/styles";

export type Draft = { skill: AnnotationSkill; note: string };

export const ANNOTATION_STATUS_TEXT: Record<AnnotationSaveStatus, string> = {
  saved: "All highlights saved",
  saving: "Saving…",
  retrying: "Not saved — retrying",
  rejected: "Not saved",
};

type Props = {
  ref?: Ref<HTMLDivElement>;
  /** What is selected, in words; null when nothing is. */
  selectionLabel: string | null;
  editing: AnnotationView | null;
  status: AnnotationSaveStatus;
  error: string | null;
  onExtend(direction: 1 | -1): void;
  onSave(draft: Draft): void;
  onCancel(): void;
  onRemove?: () => void;
};

/** The skill, the note and the buttons for the selected run; the save state is always shown. */
export function AnnotationToolbar({ ref, selectionLabel, editing, status, error, onExtend, onSave, onCancel, onRemove }: Props) {
  const [skill, setSkill] = useState<AnnotationSkill | null>(editing?.skill ?? null);
  const [note, setNote] = useState(editing?.note ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const tone = status === "saved" ? "text-green-800 dark:text-green-300" : status === "saving" ? "text-neutral-700 dark:text-neutral-300" : "text-red-800 dark:text-red-300";

  return (
    <div ref={ref} className="sticky bottom-0 z-10 space-y-2 rounded-t-xl border border-neutral-300 bg-[var(--color-paper)] p-3 shadow-lg dark:border-neutral-700">
      <p className={`text-sm font-medium ${tone}`}>
        <span role="status" aria-live="polite" aria-atomic="true" data-testid="annotation-save-status">
          {ANNOTATION_STATUS_TEXT[status]}
          {status === "rejected" && error ? `: ${error}` : ""}
        </span>
      </p>
      {selectionLabel ? (
        <form
          aria-label={editing ? "Change the highlight" : "Highlight the selection"}
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!skill) return setProblem("Choose a skill for this highlight.");
            onSave({ skill, note });
          }}
        >
          <p className="text-sm">
            <span className="font-semibold">Selected:</span> {selectionLabel}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`} onClick={() => onExtend(-1)}>Add the previous sentence</button>
            <button type="button" className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`} onClick={() => onExtend(1)}>Add the next sentence</button>
          </div>
          <fieldset aria-describedby={problem ? `${id}-problem` : undefined}>
            <legend className="mb-1 text-sm font-semibold">Skill</legend>
            <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
              {ANNOTATION_SKILLS.map((s) => (
                <label key={s} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-neutral-300 px-2 py-1 text-sm has-checked:border-[var(--color-accent)] has-checked:ring-2 has-checked:ring-[var(--color-accent)] dark:border-neutral-600">
                  <input type="radio" name={`${id}-skill`} value={s} checked={skill === s} onChange={() => (setSkill(s), setProblem(null))} className="size-4 accent-[var(--color-accent)]" />
                  <span data-annotation-skill={s} className="px-1 font-serif" aria-hidden="true">Aa</span>
                  <span>{annotationSkillLabel(s)}</span>
                  <span className="sr-only">({SKILL_PATTERNS[s]})</span>
                </label>
              ))}
            </div>
            {problem && <p id={`${id}-problem`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">{problem}</p>}
          </fieldset>
          <div>
            <label htmlFor={`${id}-note`} className="mb-1 block text-sm font-semibold">Note (optional)</label>
            <textarea id={`${id}-note`} value={note} maxLength={NOTE_MAX} rows={1} onChange={(e) => setNote(e.target.value)} className={fieldClass} />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primaryButton}>{editing ? "Save changes" : "Highlight"}</button>
            {onRemove && <button type="button" className={secondaryButton} onClick={onRemove}>Remove highlight</button>}
            <button type="button" className={secondaryButton} onClick={onCancel}>Cancel</button>
          </div>
        </form>
      ) : (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">Select a sentence in the text to highlight it.</p>
      )}
    </div>
  );
}
