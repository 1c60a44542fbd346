import type { FormState } from "@/lib/form-state";

/** The form's outcome, in a live region so screen readers hear it. */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="whitespace-pre-line rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {state.message}
      </p>
    );
  }
  if (state.status === "ok" && state.message) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
        {state.message}
      </p>
    );
  }
  return <div role="status" aria-live="polite" />;
}
