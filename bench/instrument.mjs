// @ts-check
// The benchmark's instrument, preloaded into its own `next start` and nowhere else (bench/lib/app.ts puts
// `--import bench/instrument.mjs` in that process's NODE_OPTIONS; production never loads this file).
// It counts every statement the process sends to PostgreSQL and serves the count and the process's memory
// on a port of its own on 127.0.0.1 (SOURCEWORK_BENCH_PROBE_PORT), apart from the app's routes.
//
// Plain JavaScript because Node loads it before anything else, without a TypeScript loader (one would sit
// in front of every module the app loads, and be measured with it); its types are in instrument.d.mts.
// It patches pg.Client.prototype.query: next.config.js keeps `pg` external to the server bundle, so the
// app's pool require()s this same module from node_modules, and every pooled connection is a pg.Client
// (BEGIN and COMMIT are counted too). run.ts checks that the count reaches the app: /bench/db is one statement.
import http from "node:http";
import { createRequire } from "node:module";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

const TOP = 15; // commonest statement texts reported per read
const MAX_TEXTS = 500; // distinct texts kept between reads, so a stream of unique SQL cannot grow memory

/**
 * Counts the calls of `proto.query` from now on. `take()` returns the count since the last take (and
 * the commonest statement texts, whitespace folded, cut at 160 characters), then starts again from zero.
 * @param {{ query: (...args: any[]) => any }} proto
 */
export function countQueries(proto) {
  let statements = 0;
  /** @type {Map<string, number>} */
  const byText = new Map();
  const query = proto.query;
  proto.query = function countedQuery(/** @type {any[]} */ ...args) {
    statements++;
    const config = args[0];
    const text = String(typeof config === "string" ? config : (config?.text ?? "")).replace(/\s+/g, " ").slice(0, 160);
    if (byText.has(text) || byText.size < MAX_TEXTS) byText.set(text, (byText.get(text) ?? 0) + 1);
    return query.apply(this, args);
  };
  return {
    take() {
      const top = [...byText].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([text, count]) => ({ text, count }));
      const taken = { statements, top };
      statements = 0;
      byText.clear();
      return taken;
    },
  };
}

const mb = (/** @type {number} */ bytes) => Math.round(bytes / 104_857.6) / 10; // MiB, as VmRSS in /proc

/** This process's memory (MiB); after a full garbage collection when `gc`, to tell live data from garbage. */
export function memoryMb(gc = false) {
  if (gc) {
    v8.setFlagsFromString("--expose-gc");
    /** @type {() => void} */ (runInNewContext("gc"))();
  }
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss: mb(rss), heapTotal: mb(heapTotal), heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers) };
}

/**
 * GET /stats[?gc=1] on 127.0.0.1:port: `{ statements, top, pid, memoryMb }`, the count read and reset.
 * @param {number} port
 * @param {() => { statements: number; top: { text: string; count: number }[] }} take
 */
export function serveProbe(port, take) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method !== "GET" || url.pathname !== "/stats") {
      response.writeHead(404).end();
      return;
    }
    const memory = memoryMb(url.searchParams.get("gc") === "1");
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify({ ...take(), pid: process.pid, memoryMb: memory }));
  });
  // A probe that cannot listen must stop the run, not leave it reading nothing.
  server.on("error", (error) => {
    console.error(`[bench instrument] probe port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1");
  server.unref(); // the app's own server decides when the process ends
  return server;
}

const probePort = Number(process.env.SOURCEWORK_BENCH_PROBE_PORT);
if (Number.isInteger(probePort) && probePort > 0) {
  // require(), not import: the CommonJS module the server bundle's require("pg") gets, not pg's ESM wrapper.
  const pg = createRequire(import.meta.url)("pg");
  serveProbe(probePort, countQueries(pg.Client.prototype).take);
}
