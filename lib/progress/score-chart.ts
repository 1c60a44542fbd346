// Geometry and words for the "scores over time" chart on the student's progress page. Pure, so the
// server component that draws the SVG stays a template and the arithmetic is unit-tested.
// Attempts are spaced evenly in the order they were turned in (not by date: three attempts on one
// evening would otherwise sit on top of each other); the dates are on the axis and in the table.

export type ScorePoint = {
  id: string;
  submittedAt: Date;
  /** 0..100, rounded. */
  percent: number;
  late: boolean;
  /** Open answers still await a teacher, so the score may rise. */
  provisional: boolean;
  lessonTitle: string;
};

export type ChartSize = { width: number; height: number; maxXTicks: number };

export const CHART_MARGIN = { top: 12, right: 16, bottom: 36, left: 48 } as const;
const Y_TICKS = [0, 25, 50, 75, 100] as const;

export type ChartLayout = {
  dots: (ScorePoint & { x: number; y: number })[];
  /** SVG path through the dots in order; empty with fewer than two. */
  line: string;
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; index: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which of n points get a date label: all when few, else first, last and evenly between (at most `max`). */
export function tickIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const slots = Math.max(2, max);
  return [...new Set(Array.from({ length: slots }, (_, i) => Math.round((i * (n - 1)) / (slots - 1))))];
}

export function layoutScoreChart(points: readonly ScorePoint[], size: ChartSize): ChartLayout {
  const plot = { left: CHART_MARGIN.left, right: size.width - CHART_MARGIN.right, top: CHART_MARGIN.top, bottom: size.height - CHART_MARGIN.bottom };
  // Half a step of padding at each end keeps the first and last dots (and their labels) off the axes.
  const step = (plot.right - plot.left) / Math.max(1, points.length);
  const xAt = (i: number) => round1(plot.left + step * (i + 0.5));
  const yAt = (percent: number) => round1(plot.bottom - (Math.min(100, Math.max(0, percent)) / 100) * (plot.bottom - plot.top));
  const dots = points.map((p, i) => ({ ...p, x: xAt(i), y: yAt(p.percent) }));
  return {
    dots,
    line: dots.length < 2 ? "" : dots.map((d, i) => `${i === 0 ? "M" : "L"}${d.x} ${d.y}`).join(" "),
    yTicks: Y_TICKS.map((t) => ({ y: yAt(t), label: `${t}%` })),
    xTicks: tickIndices(points.length, size.maxXTicks).map((index) => ({ x: xAt(index), index })),
    plot,
  };
}

/** The chart in one or two sentences, for its role="img" label: what a sighted reader takes from it at a glance. */
export function describeScores(points: readonly ScorePoint[], formatDate: (d: Date) => string): string {
  if (points.length === 0) return "No submitted quizzes yet.";
  const first = points[0]!;
  const last = points.at(-1)!;
  const n = points.length;
  const percents = points.map((p) => p.percent);
  const late = points.filter((p) => p.late).length;
  const parts = [
    n === 1
      ? `Chart of your quiz scores: 1 submitted attempt, ${formatDate(first.submittedAt)}, scoring ${first.percent}%.`
      : `Chart of your quiz scores: ${n} submitted attempts from ${formatDate(first.submittedAt)} to ${formatDate(last.submittedAt)}. ` +
        `First ${first.percent}%, latest ${last.percent}%, highest ${Math.max(...percents)}%, lowest ${Math.min(...percents)}%.`,
  ];
  if (late > 0) parts.push(`${late} turned in late.`);
  if (points.some((p) => p.provisional)) parts.push("Some scores may rise when your teacher grades open answers.");
  return parts.join(" ");
}
