import { describe, expect, it } from "vitest";
import { CHART_MARGIN, describeScores, layoutScoreChart, tickIndices, type ScorePoint } from "./score-chart";

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));
const point = (percent: number, d: number, extra: Partial<ScorePoint> = {}): ScorePoint => ({
  id: `a${d}`,
  submittedAt: day(d),
  percent,
  late: false,
  provisional: false,
  lessonTitle: "Lesson",
  ...extra,
});
const size = { width: 400, height: 200, maxXTicks: 4 };
const fmt = (d: Date) => `${d.getUTCDate()} Nov`;

describe("layoutScoreChart", () => {
  it("puts 0% on the bottom of the plot and 100% on the top, clamping anything outside", () => {
    const { dots, plot } = layoutScoreChart([point(0, 1), point(100, 2), point(150, 3), point(-5, 4)], size);
    expect(plot).toEqual({ left: CHART_MARGIN.left, right: 400 - CHART_MARGIN.right, top: CHART_MARGIN.top, bottom: 200 - CHART_MARGIN.bottom });
    expect(dots.map((d) => d.y)).toEqual([plot.bottom, plot.top, plot.top, plot.bottom]);
  });

  it("spaces points evenly in order, inside the plot, and draws a line only through two or more", () => {
    const three = layoutScoreChart([point(10, 1), point(20, 2), point(30, 3)], size);
    const xs = three.dots.map((d) => d.x);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 0);
    expect(xs[0]).toBeGreaterThan(three.plot.left);
    expect(xs[2]).toBeLessThan(three.plot.right);
    expect(three.line.startsWith(`M${xs[0]} `)).toBe(true);
    expect(three.line.match(/L/g)).toHaveLength(2);

    const one = layoutScoreChart([point(50, 1)], size);
    expect(one.line).toBe("");
    expect(one.dots[0]!.x).toBeCloseTo((one.plot.left + one.plot.right) / 2, 0);
  });

  it("labels the y axis in quarters", () => {
    expect(layoutScoreChart([], size).yTicks.map((t) => t.label)).toEqual(["0%", "25%", "50%", "75%", "100%"]);
  });
});

describe("tickIndices", () => {
  it("labels every point when few, else first, last and evenly between", () => {
    expect(tickIndices(0, 4)).toEqual([]);
    expect(tickIndices(3, 4)).toEqual([0, 1, 2]);
    expect(tickIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(tickIndices(5, 2)).toEqual([0, 4]);
  });
});

describe("describeScores", () => {
  it("says there is nothing yet", () => {
    expect(describeScores([], fmt)).toBe("No submitted quizzes yet.");
  });

  it("summarises one attempt", () => {
    expect(describeScores([point(80, 3)], fmt)).toBe("Chart of your quiz scores: 1 submitted attempt, 3 Nov, scoring 80%.");
  });

  it("gives the range, first, latest, extremes, late count and provisional scores", () => {
    const text = describeScores([point(40, 2), point(90, 5, { late: true }), point(70, 9, { provisional: true })], fmt);
    expect(text).toBe(
      "Chart of your quiz scores: 3 submitted attempts from 2 Nov to 9 Nov. First 40%, latest 70%, highest 90%, lowest 40%. " +
        "1 turned in late. Some scores may rise when your teacher grades open answers.",
    );
  });
});
