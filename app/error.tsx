"use client";

// Shown instead of a stack trace, e.g. while the database is unreachable; "Try again" re-renders the page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Temporarily unavailable</h1>
      <p>Sourcework could not load this page just now. Nothing you saved is lost. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium">
        Try again
      </button>
    </div>
  );
}
