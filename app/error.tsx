"use client";

import { UNAVAILABLE_TEXT, UNAVAILABLE_TITLE } from "@/lib/unavailable";

// Shown instead of a stack trace, e.g. when the database fails while a page renders (an outage already
// known is answered by proxy.ts with a 503 and the same words); "Try again" re-renders the page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-3">
      <h1 className="font-serif text-3xl font-semibold">{UNAVAILABLE_TITLE}</h1>
      <p>{UNAVAILABLE_TEXT}</p>
      <button type="button" onClick={reset} className="rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium">
        Try again
      </button>
    </div>
  );
}
