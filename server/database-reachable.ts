import "server-only";
import pg from "pg";
import { env } from "@/server/env";

// Whether the database answers, as proxy.ts asks before every page and server action so that an outage is
// a 503 with Retry-After (lib/unavailable.ts) rather than a page that fails with a 500. The answer is a
// `SELECT 1` on a one-connection pool of its own (so a busy app pool is not mistaken for an outage), at most
// once a second and shared by the requests that arrive meanwhile; a connection failure seen anywhere in the
// process (route, action, page: suspectDatabaseDown) makes the next request probe at once.

/** How long an answer is trusted: the most an outage can go unnoticed if nothing else fails first. */
const TRUST_MS = 1_000;

type State = { ok: boolean; at: number; probing?: Promise<boolean>; pool?: pg.Pool };
// On globalThis: the proxy, pages, routes and instrumentation are separate bundles in one process.
declare global {
  var sourceworkReachability: State | undefined;
}
const state = (globalThis.sourceworkReachability ??= { ok: true, at: 0 });

/** A connection-level failure was seen (server/errors.ts isDatabaseDown): the next request probes again. */
export function suspectDatabaseDown() {
  state.at = 0;
}

export async function databaseReachable(): Promise<boolean> {
  if (Date.now() - state.at < TRUST_MS) return state.ok;
  state.probing ??= probe().finally(() => (state.probing = undefined));
  return state.probing;
}

async function probe(): Promise<boolean> {
  state.pool ??= createPool();
  const ok = await state.pool.query("SELECT 1").then(
    () => true,
    () => false,
  );
  state.ok = ok;
  state.at = Date.now();
  return ok;
}

function createPool() {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1, connectionTimeoutMillis: 1_500, query_timeout: 1_500, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {}); // an idle connection killed by a restart; the next probe reconnects
  return pool;
}
