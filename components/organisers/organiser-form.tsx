"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { browserFetch, useLeaveGuards } from "@/components/quiz/use-save-queue";
import { cellId, ORGANISER_CELL_MAX, ORGANISER_KIND_LABELS, type Organiser } from "@/lib/content/organiser";
import type { KeyValueStorage } from "@/lib/delivery";
import { createSaveQueue, type SaveStatus } from "@/lib/quiz/save-queue";

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: "All changes saved",
  saving: "Saving…",
  retrying: "Not saved — retrying (kept on this device)",
  rejected: "Not saved",
};

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const organiserUrl = (assignmentId: string) => `/api/assignments/${encodeURIComponent(assignmentId)}/organiser`;

type Props = {
  assignmentId: string;
  lessonId: string;
  organiser: Organiser;
  cells: Record<string, { text: string; seq: number }>;
};

/**
 * The lesson's organiser, filled in on the assignment page. Every cell goes through the quiz's save queue:
 * kept in localStorage until the server acknowledges that exact change, retried with backoff, numbered so
 * a late retry cannot overwrite newer text. A reload shows what this device had not yet saved.
 */
export function OrganiserForm({ assignmentId, lessonId, organiser, cells }: Props) {
  const [queue] = useState(() =>
    createSaveQueue({
      attemptId: `organiser:${assignmentId}`,
      url: organiserUrl(assignmentId),
      questions: organiser.rows.flatMap((row) => organiser.columns.map((column) => ({ questionId: cellId(row.id, column.id), versionId: lessonId }))),
      initial: Object.fromEntries(Object.entries(cells).map(([id, cell]) => [id, { response: cell.text, flagged: false, seq: cell.seq }])),
      fetch: browserFetch,
      storage: typeof window === "undefined" ? null : browserStorage(),
    }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getInitialState);

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);
  useLeaveGuards(queue);

  const columns = organiser.columns.length;
  const grid = columns >= 3 ? "lg:grid-cols-3" : columns === 2 ? "md:grid-cols-2" : "";
  return (
    <section aria-labelledby="organiser-heading" className="space-y-4 rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="organiser-heading" className="text-xl font-semibold">
          {organiser.title}
          <span className="ml-2 text-sm font-normal text-neutral-700 dark:text-neutral-300">({ORGANISER_KIND_LABELS[organiser.kind]})</span>
        </h2>
        <p className="text-sm font-medium" data-testid="organiser-status">
          <span aria-hidden="true">{state.status === "saved" ? "✓ " : state.status === "saving" ? "… " : "! "}</span>
          <span role="status" aria-live="polite" aria-atomic="true">
            {STATUS_TEXT[state.status]}
          </span>
        </p>
      </div>
      <p className="max-w-[70ch] text-sm">{organiser.instructions} Your teacher can see what you write here.</p>
      {state.error && (
        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
          {state.error.message}
        </p>
      )}
      {organiser.rows.map((row) => (
        <fieldset key={row.id} className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="font-semibold">{row.label}</legend>
          {row.prompt && <p className="text-sm text-neutral-700 dark:text-neutral-300">{row.prompt}</p>}
          <div className={`grid gap-3 ${grid}`}>
            {organiser.columns.map((column) => {
              const id = cellId(row.id, column.id);
              const domId = `cell-${row.id}-${column.id}`;
              const value = state.answers[id]?.response;
              return (
                <div key={column.id}>
                  <label htmlFor={domId} className="block text-sm font-medium">
                    {column.label}
                    <span className="sr-only"> — {row.label}</span>
                  </label>
                  {column.hint && (
                    <p id={`${domId}-hint`} className="text-xs text-neutral-700 dark:text-neutral-300">
                      {column.hint}
                    </p>
                  )}
                  <textarea
                    id={domId}
                    rows={3}
                    maxLength={ORGANISER_CELL_MAX}
                    aria-describedby={column.hint ? `${domId}-hint` : undefined}
                    value={typeof value === "string" ? value : ""}
                    onChange={(event) => queue.set(id, { response: event.target.value }, { debounce: true })}
                    className="mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
