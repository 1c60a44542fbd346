// Figures: percentiles, a table on stdout, and reliability/results/latest.json (one section per test file).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const RESULTS_FILE = path.resolve("reliability/results/latest.json");

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const ms = (v: number) => Math.round(v * 10) / 10;

export function latencySummary(values: number[]) {
  return { count: values.length, p50: ms(percentile(values, 50)), p99: ms(percentile(values, 99)), max: ms(values.length ? Math.max(...values) : NaN) };
}

/** Prints `title` and a two-column table of figures. */
export function printTable(title: string, rows: [string, string | number][]) {
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  console.log(`\n${title}\n${"─".repeat(title.length)}\n${lines.join("\n")}\n`);
}

/** Merges one test file's figures into latest.json (files run one after another, so no race). */
export function recordResults(section: string, figures: Record<string, unknown>) {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  let current: { build?: unknown; tests?: Record<string, unknown> } = {};
  try {
    current = JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")) as typeof current;
  } catch {
    // first section of the run
  }
  const result = {
    date: new Date().toISOString(),
    build: current.build,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    tests: { ...current.tests, [section]: { ...figures, recordedAt: new Date().toISOString() } },
  };
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
}
