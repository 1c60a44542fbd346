"use client";

import type { SaveStatus as Status } from "@/lib/quiz/save-queue";

/** The exact words tests and screen readers rely on. */
export const SAVE_STATUS_TEXT: Record<Status, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  retrying: "Not saved — retrying",
  rejected: "Not saved",
};

const ICONS: Record<Status, string> = { saved: "✓", saving: "…", retrying: "↻", rejected: "!" };

/**
 * The whole quiz's save state in a polite live region. Fixed height and a reserved width, so the text
 * changing never moves anything else on the page.
 */
export function SaveStatus({ status }: { status: Status }) {
  const tone =
    status === "saved"
      ? "text-green-800 dark:text-green-300"
      : status === "saving"
        ? "text-neutral-700 dark:text-neutral-300"
        : "text-red-800 dark:text-red-300";
  return (
    <p className={`flex h-7 min-w-[12.5rem] items-center gap-2 text-sm font-medium ${tone}`}>
      <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs leading-none">
        {ICONS[status]}
      </span>
      <span role="status" aria-live="polite" aria-atomic="true">
        {SAVE_STATUS_TEXT[status]}
      </span>
    </p>
  );
}
