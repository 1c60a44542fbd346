"use client";

import { useFormStatus } from "react-dom";

/** Disabled while its form is pending, so a double click sends one request. */
export function SubmitButton({ children, pendingLabel, variant = "primary", ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)} {...rest}>
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}

export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  const base = "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60";
  if (variant === "secondary") return `${base} border border-neutral-400 bg-transparent dark:border-neutral-600`;
  if (variant === "danger") return `${base} bg-red-700 text-white`;
  return `${base} bg-[var(--color-accent)] text-white dark:text-black`;
}
