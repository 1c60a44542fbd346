"use client";

import { createContext, useCallback, useContext, useEffect, useState } from "react";

type Announce = (message: string, focusId?: string) => void;
const AnnouncerContext = createContext<Announce | null>(null);

/** Lets a grade form that disappears on saving (its answer leaves the queue) still say so, and move focus on. */
export const useGradingAnnouncer = () => useContext(AnnouncerContext);

/**
 * Wraps the grading queue: a saved grade is announced in a live region that outlives the form, and focus
 * moves to the next answer so a keyboard user grades one after another without hunting for their place.
 */
export function GradingAnnouncer({ children }: { children: React.ReactNode }) {
  const [note, setNote] = useState<{ message: string; focusId?: string; at: number } | null>(null);
  const announce = useCallback<Announce>((message, focusId) => setNote({ message, focusId, at: Date.now() }), []);

  useEffect(() => {
    if (!note) return;
    if (note.focusId) document.getElementById(note.focusId)?.focus();
    const hide = setTimeout(() => setNote((current) => (current === note ? { ...current, focusId: undefined, message: "" } : current)), 10_000);
    return () => clearTimeout(hide);
  }, [note]);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <p
        role="status"
        className={
          note?.message
            ? "fixed inset-x-0 bottom-4 z-40 mx-auto w-fit max-w-[calc(100vw-2rem)] rounded-md border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900 shadow-md dark:border-green-800 dark:bg-green-950 dark:text-green-100"
            : "sr-only"
        }
      >
        {note?.message}
      </p>
    </AnnouncerContext.Provider>
  );
}
