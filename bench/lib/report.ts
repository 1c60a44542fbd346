// The results: one row per run with its ratio to the baseline run just before it, the targets checked,
// as JSON (bench/results/latest.json) and as Markdown tables for the terminal and the README.
import type { CpuShare } from "./cpu";
import type { FirstLoad } from "./first-load-js";
import type { RunResult } from "./load";

/** A run; a scenario's row also names its baseline, their ratio of req/s and how many alternating slices. */
export type Row = RunResult & { baseline?: string; ratio?: number; slices?: number; cpu?: CpuShare };
export type Check = { target: string; actual: string; ok: boolean };

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? "—" : n.toFixed(digits));

export function checkTargets(rows: Row[], firstLoad: FirstLoad[], rssMb: number | undefined): Check[] {
  const get = (key: string) => rows.find((r) => r.key === key);
  const checks: Check[] = [];
  for (const key of ["lesson", "home", "lessons", "sources", "source", "compare"]) {
    const row = get(key);
    if (row?.ratio !== undefined) checks.push({ target: `${row.label} ≥ 0.8 × baseline S (prerendered bare page) req/s`, actual: `${fmt(row.ratio, 2)} ×`, ok: row.ratio >= 0.8 });
  }
  const save = get("autosave");
  if (save) {
    checks.push({ target: "autosave ≥ 0.6 × baseline B req/s", actual: `${fmt(save.ratio, 2)} ×`, ok: (save.ratio ?? 0) >= 0.6 });
    checks.push({ target: "autosave p99 < 100 ms", actual: `${save.latencyMs.p99} ms`, ok: save.latencyMs.p99 < 100 });
    checks.push({ target: "autosave: zero errors", actual: `${save.errors} errors, ${save.non2xx} non-2xx`, ok: save.errors === 0 && save.non2xx === 0 });
    checks.push({ target: "autosave ~1 statement per request", actual: fmt(save.statementsPerRequest, 2), ok: (save.statementsPerRequest ?? 99) <= 1.05 });
  }
  const annotate = get("annotate");
  if (annotate) {
    checks.push({ target: "annotation save: zero errors", actual: `${annotate.errors} errors, ${annotate.non2xx} non-2xx`, ok: annotate.errors === 0 && annotate.non2xx === 0 });
    checks.push({ target: "annotation save ~1 statement per change", actual: fmt(annotate.statementsPerRequest, 2), ok: (annotate.statementsPerRequest ?? 99) <= 1.05 });
  }
  for (const key of ["dashboard", "gradebook"]) {
    const row = get(key);
    if (row) checks.push({ target: `${key} ≤ 5 queries per request`, actual: fmt(row.statementsPerRequest, 2), ok: (row.statementsPerRequest ?? 99) <= 5 });
  }
  const blank = firstLoad.find((f) => f.path === "/bench/static");
  const withinBlank = (name: string, match: (f: FirstLoad) => boolean, budgetKb: number) => {
    const page = firstLoad.find(match);
    if (!blank || !page) return;
    const extra = page.jsGzipKb - blank.jsGzipKb;
    checks.push({ target: `${name} first-load JS ≤ blank + ${budgetKb} KB gz`, actual: `+${fmt(extra, 1)} KB (${fmt(page.jsGzipKb, 1)} vs ${fmt(blank.jsGzipKb, 1)})`, ok: extra <= budgetKb });
  };
  withinBlank("lesson reader", (f) => f.path.startsWith("/lessons/"), 30);
  // Prerendering must not cost JavaScript: the bare page prerendered against the same page rendered per request.
  const dynamicBlank = firstLoad.find((f) => f.path === "/bench/dynamic");
  if (blank && dynamicBlank) {
    checks.push({ target: "prerendered page's first-load JS ≤ the per-request page's", actual: `${fmt(blank.jsGzipKb, 1)} vs ${fmt(dynamicBlank.jsGzipKb, 1)} KB`, ok: blank.jsGzipKb <= dynamicBlank.jsGzipKb });
  }
  withinBlank("quiz page", (f) => f.path.includes("/attempts/"), 80);
  if (rssMb !== undefined) checks.push({ target: "app RSS after the benchmark < 400 MB", actual: `${fmt(rssMb)} MB`, ok: rssMb < 400 });
  return checks;
}

export function markdown(rows: Row[], firstLoad: FirstLoad[], checks: Check[], memory: string, single: Row[] = []): string {
  const lines = [
    "| Scenario | req/s | p50 ms | p97.5 ms | p99 ms | errors / non-2xx | vs baseline | statements/req | other processes' CPU |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.label}${r.key.startsWith("submit-fresh") ? ` (${r.requests} req in ${fmt(r.seconds, 1)} s)` : ""} | ${fmt(r.rps)} | ${r.latencyMs.p50} | ${r.latencyMs.p97_5} | ${r.latencyMs.p99} | ${r.errors} / ${r.non2xx} | ${r.ratio === undefined ? "" : `${fmt(r.ratio, 2)} × ${r.baseline}`} | ${fmt(r.statementsPerRequest, 2)} | ${r.cpu ? `${fmt(r.cpu.others, 2)} cores` : ""} |`,
    ),
    "",
    "| Page | scripts | first-load JS (gzip) | vs blank page | inline RSC payload |",
    "|---|---:|---:|---:|---:|",
    ...firstLoad.map((f) => {
      const blank = firstLoad.find((b) => b.path === "/bench/static");
      return `| ${f.path}${f.status === 200 ? "" : ` (HTTP ${f.status})`} | ${f.scripts} | ${fmt(f.jsGzipKb, 1)} KB | ${blank ? `+${fmt(f.jsGzipKb - blank.jsGzipKb, 1)} KB` : ""} | ${fmt(f.inlineScriptKb, 1)} KB |`;
    }),
    "",
    "| One connection (one request at a time) | p50 ms | p99 ms | req/s |",
    "|---|---:|---:|---:|",
    ...single.map((r) => `| ${r.label} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${fmt(r.rps)} |`),
    "",
    memory,
    "",
    "| Target | Actual | |",
    "|---|---|---|",
    ...checks.map((c) => `| ${c.target} | ${c.actual} | ${c.ok ? "✅" : "❌"} |`),
  ];
  return lines.join("\n");
}
