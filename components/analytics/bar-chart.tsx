// A server-rendered SVG bar chart with its data as a table for screen readers and for anyone who would
// rather read numbers: the chart is an image with a summary; the table is the accessible alternative.

export type Bar = { label: string; value: number; note?: string };

export function BarChart({ title, bars, unit, summary }: { title: string; bars: Bar[]; unit: string; summary: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 560;
  const barHeight = 26;
  const labelWidth = 150;
  const height = bars.length * (barHeight + 8) + 8;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="w-full max-w-xl text-neutral-800 dark:text-neutral-200">
        {bars.map((b, i) => {
          const y = 8 + i * (barHeight + 8);
          const w = ((width - labelWidth - 60) * b.value) / max;
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + barHeight * 0.68} textAnchor="end" fontSize="13" fill="currentColor">{b.label}</text>
              <rect x={labelWidth} y={y} width={Math.max(w, b.value > 0 ? 2 : 0)} height={barHeight} rx="3" className="fill-[var(--color-accent)]" />
              <text x={labelWidth + w + 6} y={y + barHeight * 0.68} fontSize="13" fill="currentColor">{b.value}</text>
            </g>
          );
        })}
      </svg>
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
