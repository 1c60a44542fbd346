// Button looks, shared by server-rendered links and client buttons (so it must not live in a "use client" file).
export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  const base = "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60";
  if (variant === "secondary") return `${base} border border-neutral-400 bg-transparent dark:border-neutral-600`;
  if (variant === "danger") return `${base} bg-red-700 text-white`;
  return `${base} bg-[var(--color-accent)] text-white dark:text-black`;
}
