import type { FormState } from "@/lib/form-state";
import { StatusNote } from "./status-note";

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
    return <StatusNote>{state.message}</StatusNote>;
  }
  return <div role="status" aria-live="polite" />;
}
