/** The top of a reader page: a small line of context, the one h1, and an optional lead paragraph. */
export function PageIntro({
  eyebrow,
  title,
  size = "short",
  children,
}: {
  eyebrow?: React.ReactNode;
  title: string;
  /** "long" for titles of several lines (an archive's document title), set a size smaller. */
  size?: "short" | "long";
  children?: React.ReactNode;
}) {
  const titleSize = size === "long" ? "text-2xl sm:text-3xl" : "text-3xl sm:text-4xl";
  return (
    <header className="max-w-[68ch] space-y-3">
      {eyebrow && <p className="text-sm font-medium uppercase tracking-wide text-[var(--color-accent)]">{eyebrow}</p>}
      <h1 className={`font-serif font-semibold leading-tight text-balance ${titleSize}`}>{title}</h1>
      {children && <div className="text-lg leading-relaxed text-[var(--color-muted)]">{children}</div>}
    </header>
  );
}
