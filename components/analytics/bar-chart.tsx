// A server-rendered bar chart with its data as a table for screen readers and for anyone who would
// rather read numbers: the chart is an image with a summary; the table is the accessible alternative.

export type Bar = { label: string; value: number; note?: string };

export function BarChart({ title, bars, unit, summary }: { title: string; bars: Bar[]; unit: string; summary: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      {/* HTML rather than SVG: an SVG scaled down to a phone's width shrinks its text below 12 px. */}
      <div role="img" aria-label={`${title}. ${summary}`} className="grid w-full max-w-xl grid-cols-[minmax(0,9rem)_1fr] items-center gap-x-2 gap-y-2 text-sm text-neutral-800 dark:text-neutral-200">
        {bars.map((b) => (
          <div key={b.label} className="contents">
            <span className="text-right tabular-nums">{b.label}</span>
            <span className="flex min-w-0 items-center gap-1.5">
              <span className="h-6 rounded-sm bg-[var(--color-accent)]" style={{ width: `${(b.value / max) * 85}%`, minWidth: b.value > 0 ? 2 : 0 }} />
              <span className="tabular-nums">{b.value}</span>
            </span>
          </div>
        ))}
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline">Show the data as a table</summary>
        <table className="mt-2 text-sm">
          <thead><tr><th scope="col" className="pr-4 text-left">{title.split(" by ")[1] ?? "Group"}</th><th scope="col" className="text-right">{unit}</th></tr></thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}><th scope="row" className="pr-4 text-left font-normal">{b.label}</th><td className="text-right tabular-nums">{b.value}{b.note ? ` (${b.note})` : ""}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Ten 10-point buckets of score percentages: 0–9 %, …, 90–100 %. */
export function scoreBuckets(fractions: number[]): Bar[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const f of fractions) counts[Math.min(9, Math.floor(Math.max(0, f) * 10))]!++;
  return counts.map((value, i) => ({ label: i === 9 ? "90–100 %" : `${i * 10}–${i * 10 + 9} %`, value }));
}
