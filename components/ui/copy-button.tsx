"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so in a live region; the text stays visible for manual copying. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded-md border border-neutral-400 px-3 py-1 text-sm dark:border-neutral-600">
        {label}
      </button>
      <span role="status" className="text-sm text-neutral-700 dark:text-neutral-300">
        {copied === "done" ? "Copied." : copied === "failed" ? "Could not copy: select the text and copy it." : ""}
      </span>
    </span>
  );
}
