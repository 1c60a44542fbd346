/** A calm "done" message, announced to screen readers: after a form, or at the top of the page it led to. */
export function StatusNote({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
      {children}
    </p>
  );
}
