"use client";

import type { DraftField, DraftErrors } from "@/lib/authoring/question-draft";

// The small pieces every part of the question form shares: a labelled field with its error beside it.

export const inputClass =
  "mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-invalid:border-red-700 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:aria-invalid:border-red-400";
export const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-neutral-400 px-3 py-1 text-sm font-medium hover:bg-neutral-50 disabled:opacity-50 dark:border-neutral-600 dark:hover:bg-neutral-800";

/** The id of a field's control (or of the group that holds it), so an error can focus it. */
export const fieldId = (field: DraftField) => `q-${field}`;
export const errorId = (field: DraftField) => `q-${field}-error`;

export function FieldError({ field, errors }: { field: DraftField; errors: DraftErrors }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <p id={errorId(field)} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** aria props for a control whose field may have an error (the message says what is wrong, not the colour). */
export const describedBy = (field: DraftField, errors: DraftErrors, hint?: string) => ({
  "aria-invalid": errors[field] ? true : undefined,
  "aria-describedby": [hint, errors[field] ? errorId(field) : undefined].filter(Boolean).join(" ") || undefined,
});

export function TextArea({ field, label, hint, value, onChange, errors, rows = 3 }: { field: DraftField; label: string; hint?: string; value: string; onChange: (v: string) => void; errors: DraftErrors; rows?: number }) {
  const hintId = hint ? `${fieldId(field)}-hint` : undefined;
  return (
    <div>
      <label htmlFor={fieldId(field)} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      )}
      <textarea id={fieldId(field)} rows={rows} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={inputClass} {...describedBy(field, errors, hintId)} />
      <FieldError field={field} errors={errors} />
    </div>
  );
}
