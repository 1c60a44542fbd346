// Load over loopback with autocannon. A scenario and its baseline run in alternating slices (B S B S …),
// each slice's latencies merged into one histogram per side: whatever else the machine does meanwhile
// slows both alike, so their ratio holds even when the absolute numbers move.
// Database statements per request are counted inside the app's process by bench/instrument.mjs, read from its probe.
import autocannon, { type RawResult, type RequestParams } from "autocannon";
import type { MemoryMb, ProbeStats } from "../instrument.mjs";
import { pacedLoad } from "./paced";

export type Target = { method: "GET" | "PUT" | "POST"; path: string; cookie?: string; body?: unknown };

export type Scenario = {
  key: string;
  label: string;
  /** The next request; called once per request, so rotating over users and ids happens here. */
  next: () => Target;
  /** Warm-up requests, when they must differ from the measured ones (fresh submits cannot be repeated). */
  warmup?: () => Target;
  /** A fixed number of requests instead of a duration (each fresh submit needs its own open attempt). */
  amount?: number;
  /** Requests per second arriving at random (open loop, bench/lib/paced.ts) instead of as fast as answers come. */
  rate?: number;
};

export type RunResult = {
  key: string;
  label: string;
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  statementsPerRequest: number | null;
  topStatements?: { text: string; count: number }[];
  /** The app's memory right after the run (MiB). */
  memoryMb?: MemoryMb;
  /** The first non-2xx response seen, to tell what went wrong. */
  firstFailure?: { status: number; body: string };
};

/** baseUrl: the app; probeUrl: the statement counter's own server in the app's process (bench/instrument.mjs). */
export type LoadOptions = { baseUrl: string; probeUrl: string; connections: number; duration: number; warmup: number; slices: number };


type Limit = { duration?: number; amount?: number };
type Slice = { raw: RawResult; seconds: number; firstFailure?: RunResult["firstFailure"] };

function toRequest(target: Target): RequestParams {
  // What a browser sends: it always takes compressed responses, so the bytes measured are the bytes sent.
  const headers: Record<string, string> = { accept: target.method === "GET" ? "text/html,application/json" : "application/json", "accept-encoding": "gzip, deflate, br, zstd" };
  if (target.cookie) headers.cookie = target.cookie;
  if (target.body !== undefined) headers["content-type"] = "application/json";
  return { method: target.method, path: target.path, headers, body: target.body === undefined ? "" : JSON.stringify(target.body) };
}

async function fire(baseUrl: string, connections: number, next: () => Target, limit: Limit): Promise<Slice> {
  let firstFailure: Slice["firstFailure"];
  const started = performance.now();
  const raw = await autocannon({
    url: baseUrl,
    connections,
    ...limit,
    timeout: 10,
    skipAggregateResult: true, // raw histograms, merged per side afterwards
    requests: [
      {
        // Keep autocannon's defaults (the Host header among them); override method, path, headers, body.
        setupRequest: (request) => {
          const own = toRequest(next());
          return { ...request, ...own, headers: { ...request.headers, ...own.headers } };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && !firstFailure) firstFailure = { status, body: String(body).slice(0, 300) };
        },
      },
    ],
  });
  return { raw, seconds: (performance.now() - started) / 1000, firstFailure };
}

/** The app's statement count since the last read (then reset), and its memory. */
export async function readStatements(probeUrl: string, opts: { gc?: boolean } = {}): Promise<ProbeStats> {
  const response = await fetch(`${probeUrl}/stats${opts.gc ? "?gc=1" : ""}`);
  if (!response.ok) throw new Error(`the statement counter's probe answered ${response.status}`);
  return (await response.json()) as ProbeStats;
}

/**
 * The counter patches the `pg` that Node loads from node_modules; it counts the app's statements only while
 * the server bundle loads that same module (next.config.js: `pg` external). Baseline B is one `SELECT 1`.
 */
export async function checkCounterReachesApp(baseUrl: string, probeUrl: string): Promise<void> {
  await readStatements(probeUrl);
  const response = await fetch(`${baseUrl}/bench/db`);
  if (!response.ok) throw new Error(`/bench/db answered ${response.status}`);
  const { statements } = await readStatements(probeUrl);
  if (statements < 1) throw new Error("/bench/db sent no statement the counter saw: is `pg` still external to the server bundle (next.config.js serverExternalPackages)?");
}

/**
 * Reads the counter until the server has sent no statement for a moment, summing: requests still in
 * flight when autocannon stopped (it does not wait for them) finish on the server, and must neither
 * compete with the next slice nor go missing from this one.
 */
async function collect(probeUrl: string): Promise<ProbeStats> {
  const deadline = Date.now() + 15_000;
  const top = new Map<string, number>();
  let total = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const stats = await readStatements(probeUrl);
    total += stats.statements;
    for (const { text, count } of stats.top) top.set(text, (top.get(text) ?? 0) + count);
    if (stats.statements === 0 || Date.now() > deadline) {
      return { ...stats, statements: total, top: [...top].sort((a, b) => b[1] - a[1]).map(([text, count]) => ({ text, count })) };
    }
  }
}

/**
 * Statements per request from a fixed number of requests, all of which finish (a timed run ends with
 * every connection's request cut off half-way), at a concurrency low enough that none times out.
 */
async function countStatements(opts: LoadOptions, scenario: Scenario): Promise<{ perRequest: number; top: ProbeStats["top"] }> {
  const connections = Math.min(opts.connections, 10);
  const amount = connections * 3;
  await collect(opts.probeUrl);
  await fire(opts.baseUrl, connections, scenario.next, { amount });
  const stats = await collect(opts.probeUrl);
  return { perRequest: Math.round((stats.statements / amount) * 100) / 100, top: stats.top.slice(0, 8) };
}

function summarise(scenario: Scenario, slices: Slice[], opts: LoadOptions, statements: { perRequest: number; top: ProbeStats["top"] }, memoryMb?: MemoryMb): RunResult {
  const merged = autocannon.aggregateResult(
    slices.map((s) => s.raw),
    { url: opts.baseUrl, connections: opts.connections },
  );
  const requests = merged["2xx"] + merged.non2xx;
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  return {
    key: scenario.key,
    label: scenario.label,
    requests,
    seconds: Math.round(seconds * 100) / 100,
    rps: Math.round((requests / seconds) * 10) / 10,
    latencyMs: { p50: merged.latency.p50, p97_5: merged.latency.p97_5, p99: merged.latency.p99, max: merged.latency.max },
    errors: merged.errors,
    non2xx: merged.non2xx,
    statusCodes: Object.fromEntries(Object.entries(merged.statusCodeStats).map(([code, { count }]) => [code, count])),
    statementsPerRequest: statements.perRequest,
    topStatements: statements.top,
    memoryMb,
    firstFailure: slices.find((s) => s.firstFailure)?.firstFailure,
  };
}

/**
 * A warm-up of the given length, then the server left to go quiet. Returns the latency it suggests (ms):
 * by Little's law, connections ÷ throughput (a warm-up shorter than one answer gives no median to go by).
 */
export async function warmUp(opts: LoadOptions, scenario: Scenario, seconds = opts.warmup): Promise<number> {
  if (seconds <= 0) return 0;
  const slice = await fire(opts.baseUrl, opts.connections, scenario.warmup ?? scenario.next, { duration: seconds });
  await collect(opts.probeUrl);
  const result = autocannon.aggregateResult([slice.raw], { url: opts.baseUrl, connections: opts.connections });
  const answered = result["2xx"] + result.non2xx;
  return Math.max(result.latency.p50, (opts.connections * slice.seconds * 1000) / Math.max(answered, 1));
}

/**
 * The baseline and the scenario, up to `opts.slices` slices each, alternating. A scenario with a fixed `amount`
 * (fresh submits) spreads it over its slices and counts statements over all of them; the others are
 * counted apart (countStatements).
 */
export async function measurePair(opts: LoadOptions, baseline: Scenario, scenario: Scenario): Promise<[RunResult, RunResult, number]> {
  const latency = Math.max(await warmUp(opts, baseline), await warmUp(opts, scenario));
  const baseStatements = await countStatements(opts, baseline);
  const sceneStatements = scenario.amount ? undefined : await countStatements(opts, scenario);
  // Every slice starts with all connections waiting for their first answer, and ends by cutting off the
  // requests in flight: a slice must be long against the latency, or it measures mostly its own edges.
  const slices = Math.max(1, Math.min(opts.slices, Math.floor(opts.duration / Math.max(2, (4 * latency) / 1000))));
  const sliceSeconds = opts.duration / slices;
  const base: Slice[] = [];
  const scene: Slice[] = [];
  let freshStatements = 0;
  const freshTop = new Map<string, number>();
  let memory: ProbeStats | undefined;
  for (let i = 0; i < slices; i++) {
    base.push(await fire(opts.baseUrl, opts.connections, baseline.next, { duration: sliceSeconds }));
    await collect(opts.probeUrl);
    const amount = scenario.amount ? Math.floor(scenario.amount / slices) + (i < scenario.amount % slices ? 1 : 0) : 0;
    scene.push(await fire(opts.baseUrl, opts.connections, scenario.next, scenario.amount ? { amount } : { duration: sliceSeconds }));
    memory = await collect(opts.probeUrl);
    freshStatements += memory.statements;
    for (const { text, count } of memory.top) freshTop.set(text, (freshTop.get(text) ?? 0) + count);
  }
  const fresh = {
    perRequest: Math.round((freshStatements / Math.max(scenario.amount ?? 1, 1)) * 100) / 100,
    top: [...freshTop].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([text, count]) => ({ text, count })),
  };
  return [summarise(baseline, base, opts, baseStatements), summarise(scenario, scene, opts, sceneStatements ?? fresh, memory?.memoryMb), slices];
}

/** One scenario on its own, for `opts.duration`: paced (open loop) when it has a `rate`. */
export async function measureAlone(opts: LoadOptions, scenario: Scenario): Promise<RunResult> {
  await warmUp(opts, scenario);
  const statements = await countStatements(opts, scenario);
  if (scenario.rate) {
    const paced = await pacedLoad(opts.baseUrl, { rate: scenario.rate, seconds: opts.duration, connections: opts.connections }, scenario.next);
    const after = await collect(opts.probeUrl);
    return { key: scenario.key, label: scenario.label, ...paced, statusCodes: {}, statementsPerRequest: statements.perRequest, topStatements: statements.top, memoryMb: after.memoryMb };
  }
  const slice = await fire(opts.baseUrl, opts.connections, scenario.next, { duration: opts.duration });
  const after = await collect(opts.probeUrl);
  return summarise(scenario, [slice], opts, statements, after.memoryMb);
}
