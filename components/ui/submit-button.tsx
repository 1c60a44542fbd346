"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button-class";

/** Disabled while its form is pending, so a double click sends one request. */
export function SubmitButton({ children, pendingLabel, variant = "primary", ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)} {...rest}>
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}
