"use client";

import { TEXT_VERSION_LABELS, type TextVersion } from "@/lib/quiz/text-version";

/**
 * "Original document | Adapted version": two toggle buttons (Tab, then Enter or Space), the pressed one named
 * to screen readers by aria-pressed and to everyone by its border and weight, never by colour alone.
 */
export function TextVersionSwitch({ version, onChange }: { version: TextVersion; onChange: (next: TextVersion) => void }) {
  return (
    <div role="group" aria-label="Which text to show" className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium">Text:</span>
      {(["original", "adapted"] as const).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={version === v}
          onClick={() => onChange(v)}
          className="min-h-9 rounded-md border border-neutral-400 bg-white px-3 py-1 text-sm hover:border-neutral-600 aria-pressed:border-2 aria-pressed:border-accent aria-pressed:font-semibold dark:border-neutral-600 dark:bg-neutral-900"
        >
          {version === v && <span aria-hidden="true">✓ </span>}
          {TEXT_VERSION_LABELS[v]}
        </button>
      ))}
    </div>
  );
}
