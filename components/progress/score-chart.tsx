import { describeScores, layoutScoreChart, type ChartSize, type ScorePoint } from "@/lib/progress/score-chart";

// Server-rendered SVG, no client JavaScript. Two drawings of the same data: a narrow one for phones
// and a wide one from `sm`, so the axis text stays at a readable size instead of being scaled down.
// Late and provisional scores differ by marker SHAPE and fill, not colour; colours come from the theme
// variables, so the chart follows light and dark mode with the same contrast as the text.

const PHONE: ChartSize = { width: 360, height: 220, maxXTicks: 3 };
const WIDE: ChartSize = { width: 720, height: 260, maxXTicks: 6 };

export function shortDate(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" });
  return (d: Date) => format.format(d);
}

export function ScoreChart({ points, timeZone }: { points: readonly ScorePoint[]; timeZone: string }) {
  const date = shortDate(timeZone);
  const summary = describeScores(points, date);
  const kinds = {
    late: points.some((p) => p.late),
    provisional: points.some((p) => p.provisional),
  };
  return (
    <figure className="space-y-2">
      <ChartSvg points={points} size={PHONE} label={summary} date={date} className="sm:hidden" />
      <ChartSvg points={points} size={WIDE} label={summary} date={date} className="hidden sm:block" />
      <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-neutral-700 dark:text-neutral-300">
        <LegendItem late={false} provisional={false}>On time</LegendItem>
        {kinds.late && (
          <LegendItem late provisional={false}>
            Late
          </LegendItem>
        )}
        {kinds.provisional && (
          <LegendItem late={false} provisional>
            Awaiting grading (may rise)
          </LegendItem>
        )}
      </figcaption>
    </figure>
  );
}

function ChartSvg({ points, size, label, date, className }: { points: readonly ScorePoint[]; size: ChartSize; label: string; date: (d: Date) => string; className: string }) {
  const { dots, line, yTicks, xTicks, plot } = layoutScoreChart(points, size);
  return (
    <svg viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={label} className={`h-auto w-full max-w-3xl overflow-visible ${className}`}>
      <g aria-hidden="true">
        {yTicks.map((t) => (
          <g key={t.label}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className={t.label === "0%" ? "stroke-neutral-500" : "stroke-neutral-300 dark:stroke-neutral-700"} strokeWidth={1} />
            <text x={plot.left - 8} y={t.y} dy="0.35em" textAnchor="end" fontSize={12} className="fill-neutral-700 dark:fill-neutral-300">
              {t.label}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t.index} x={t.x} y={plot.bottom + 22} textAnchor="middle" fontSize={12} className="fill-neutral-700 dark:fill-neutral-300">
            {date(dots[t.index]!.submittedAt)}
          </text>
        ))}
        {line && <path d={line} fill="none" strokeWidth={2} strokeLinejoin="round" className="stroke-accent" />}
        {dots.map((d) => (
          <g key={d.id}>
            <Marker x={d.x} y={d.y} late={d.late} provisional={d.provisional} />
            <title>{`${d.lessonTitle}, ${date(d.submittedAt)}: ${d.percent}%${d.late ? ", late" : ""}${d.provisional ? ", awaiting grading" : ""}`}</title>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** On time: a disc; late: a diamond; awaiting grading: the same shape, hollow. */
function Marker({ x, y, late, provisional }: { x: number; y: number; late: boolean; provisional: boolean }) {
  const paint = provisional ? "fill-paper stroke-accent" : "fill-accent stroke-accent";
  if (late) {
    const r = 7;
    return <path d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`} strokeWidth={2} className={paint} />;
  }
  return <circle cx={x} cy={y} r={5.5} strokeWidth={2} className={paint} />;
}

function LegendItem({ late, provisional, children }: { late: boolean; provisional: boolean; children: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
        <Marker x={10} y={10} late={late} provisional={provisional} />
      </svg>
      {children}
    </span>
  );
}
