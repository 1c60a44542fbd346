"use client";

import { useRef, useState } from "react";
import {
  DEFAULT_READING_PREFERENCES,
  READING_ATTRIBUTES,
  READING_LABELS,
  READING_STORAGE_KEY,
  readingAttributes,
  readingPreferencesFrom,
  type ReadingPreferences,
} from "@/lib/reading/preferences";
import { saveReadingPreferences } from "@/server/actions/reading";

type Key = keyof ReadingPreferences;
const KEYS = Object.keys(READING_LABELS) as Key[];

/** What <html> shows now: what the head script applied (an account's cookie or this browser's copy), or a change since. */
function currentPreferences(): ReadingPreferences {
  const html = document.documentElement;
  return readingPreferencesFrom(Object.fromEntries(KEYS.map((key) => [key, html.getAttribute(READING_ATTRIBUTES[key]) ?? DEFAULT_READING_PREFERENCES[key]])));
}

function apply(preferences: ReadingPreferences) {
  const html = document.documentElement;
  const attributes = readingAttributes(preferences);
  for (const name of Object.values(READING_ATTRIBUTES)) {
    const value = attributes[name];
    if (value) html.setAttribute(name, value);
    else html.removeAttribute(name);
  }
}

/**
 * The header's "Reading settings": text size, line spacing, font and colours, applied to the page at once and
 * kept in the account for a signed-in reader (one action) or in this browser otherwise. A native modal dialog,
 * so Escape closes it and focus returns to the button.
 */
export function ReadingPreferencesMenu() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [preferences, setPreferences] = useState<ReadingPreferences>(DEFAULT_READING_PREFERENCES);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  // The header is the same HTML for everyone (prerendered pages): whether to save to an account is asked when the panel opens.
  const signedIn = useRef<Promise<boolean>>(Promise.resolve(false));

  function open() {
    setPreferences(currentPreferences());
    setStatus(null);
    dialog.current?.showModal();
    signedIn.current = fetch("/api/me/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: unknown } | null) => !!s?.user)
      .catch(() => false);
  }

  function change(key: Key, value: string) {
    const next = readingPreferencesFrom({ ...preferences, [key]: value });
    setPreferences(next);
    apply(next);
    const form = new FormData();
    for (const k of KEYS) form.set(k, next[k]);
    // Shown at once, so "Saved" always speaks of the latest change. Saves go one after another, so a slow
    // earlier save cannot land after a later one and undo it.
    setStatus({ text: "Saving…" });
    saving.current = saving.current.then(async () => {
      if (!(await signedIn.current)) {
        try {
          localStorage.setItem(READING_STORAGE_KEY, JSON.stringify(next));
          setStatus({ text: "Saved in this browser. Sign in to keep your settings on every device." });
        } catch {
          setStatus({ text: "Applied to this page; this browser would not let us keep them.", error: true });
        }
        return;
      }
      try {
        const result = await saveReadingPreferences({ status: "idle" }, form);
        setStatus(result.status === "error" ? { text: `Not saved: ${result.message}`, error: true } : { text: "Saved to your account." });
      } catch {
        setStatus({ text: "Not saved: the connection failed. Change a setting again to retry.", error: true });
      }
    });
  }


  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog" className="inline-flex min-h-9 min-w-9 items-center justify-center gap-1.5 whitespace-nowrap underline-offset-4 hover:underline">
        <span aria-hidden="true" className="font-serif text-base font-semibold leading-none">
          Aa
        </span>
        {/* On a phone the header has room for the "Aa" only; the name stays "Reading settings". */}
        <span className="sr-only sm:not-sr-only">Reading settings</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="reading-settings-title"
        className="m-auto max-h-[calc(100dvh-2rem)] w-[min(34rem,calc(100vw-2rem))] overflow-y-auto rounded-xl border border-neutral-300 bg-[var(--color-paper)] p-0 text-[var(--color-ink)] backdrop:bg-black/40 dark:border-neutral-700"
      >
        <div className="space-y-5 p-5">
          <h2 id="reading-settings-title" className="font-serif text-xl font-semibold">
            Reading settings
          </h2>
          {KEYS.map((key) => (
            <fieldset key={key}>
              <legend className="mb-2 font-semibold">{READING_LABELS[key].legend}</legend>
              <div className="flex flex-wrap gap-2">
                {(Object.entries(READING_LABELS[key].options) as [string, string][]).map(([value, label]) => (
                  <label
                    key={value}
                    className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-neutral-400 px-3 py-2 text-sm has-checked:border-[var(--color-accent)] has-checked:font-semibold has-checked:ring-2 has-checked:ring-[var(--color-accent)] dark:border-neutral-600"
                  >
                    <input type="radio" name={`reading-${key}`} value={value} checked={preferences[key] === value} onChange={() => void change(key, value)} className="size-4 accent-[var(--color-accent)]" />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <p role="status" className={`min-h-5 text-sm ${status?.error ? "font-semibold text-red-800 dark:text-red-300" : "text-[var(--color-muted)]"}`}>
            {status?.text}
          </p>
          <form method="dialog" className="text-right">
            <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-neutral-400 px-4 py-2 font-medium dark:border-neutral-600">
              Close
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
