// Class strings shared by the quiz components, so every target is at least 44 px and states look alike.

/** A selectable row (radio or checkbox with its label): the whole row is the target. */
export const optionRow =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-neutral-300 bg-white px-4 py-3 text-base leading-snug " +
  "hover:border-neutral-500 has-checked:border-accent has-checked:bg-accent/10 has-checked:ring-1 has-checked:ring-accent " +
  "has-disabled:cursor-default has-disabled:hover:border-neutral-300 " +
  "dark:border-neutral-700 dark:bg-neutral-900 dark:hover:border-neutral-500 dark:has-disabled:hover:border-neutral-700";

/** The native control inside an option row: large, in the accent colour, aligned with the first line of text. */
export const optionControl = "mt-0.5 size-5 shrink-0 accent-accent";

export const legendClass = "mb-3 w-full text-lg font-medium leading-snug";

export const fieldClass =
  "block w-full rounded-lg border border-neutral-400 bg-white px-3 py-2.5 text-base text-neutral-900 " +
  "disabled:bg-neutral-100 disabled:text-neutral-700 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:disabled:bg-neutral-800 dark:disabled:text-neutral-300";

const buttonBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

export const primaryButton = `${buttonBase} bg-accent text-white hover:bg-accent-strong dark:text-neutral-950`;
export const secondaryButton = `${buttonBase} border border-neutral-400 bg-white text-neutral-900 hover:border-neutral-600 hover:bg-neutral-50 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800`;
export const quietText = "text-sm text-neutral-600 dark:text-neutral-400";
