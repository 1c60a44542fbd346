"use client";

import { useState } from "react";

/**
 * A <details> whose first state comes from the server but is the user's from then on: a re-render after
 * saving (an answer no longer pending) must not snap it shut under the keyboard focus.
 */
export function Disclosure({ summary, initiallyOpen, className, children }: { summary: React.ReactNode; initiallyOpen: boolean; className?: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className={className}>
      <summary className="cursor-pointer text-sm font-medium">{summary}</summary>
      {children}
    </details>
  );
}
