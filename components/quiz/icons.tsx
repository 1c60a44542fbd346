/** A flag drawn as SVG (flag glyphs render inconsistently, sometimes as emoji, across phones). */
export function FlagIcon({ filled, className = "size-5" }: { filled: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={className}>
      <path d="M5 18V3" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" fill="none" />
      <path d="M5 3.5h10l-2.5 3.75L15 11H5z" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" fill={filled ? "currentColor" : "none"} />
    </svg>
  );
}

export function ClockIcon({ className = "size-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={className}>
      <circle cx="10" cy="11" r="7" stroke="currentColor" strokeWidth="1.8" fill="none" />
      <path d="M10 7.5V11l2.5 2M8 2.5h4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" fill="none" />
    </svg>
  );
}
