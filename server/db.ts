import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";

// Benchmarks only (SOURCEWORK_BENCH=1, see bench/README.md): count every statement this process sends, so
// the benchmark can report queries per request. /bench/stats reads and resets the count.
type StatementCounter = { statements: number; byText: Map<string, number> };
const globalForCounter = globalThis as unknown as { sourceworkStatements?: StatementCounter };

function installStatementCounter(): StatementCounter {
  if (globalForCounter.sourceworkStatements) return globalForCounter.sourceworkStatements;
  const counter: StatementCounter = { statements: 0, byText: new Map() };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    counter.statements++;
    const config = args[0] as string | { text?: string } | undefined;
    const text = (typeof config === "string" ? config : (config?.text ?? "")).replace(/\s+/g, " ").slice(0, 160);
    if (counter.byText.has(text) || counter.byText.size < 500) counter.byText.set(text, (counter.byText.get(text) ?? 0) + 1);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return (globalForCounter.sourceworkStatements = counter);
}

/** The statements counted since the last call (and the commonest texts), then zero; null unless SOURCEWORK_BENCH=1. */
export function takeStatementCount(): { statements: number; top: { text: string; count: number }[] } | null {
  const counter = globalForCounter.sourceworkStatements;
  if (!counter) return null;
  const top = [...counter.byText].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([text, count]) => ({ text, count }));
  const statements = counter.statements;
  counter.statements = 0;
  counter.byText.clear();
  return { statements, top };
}

if (process.env.SOURCEWORK_BENCH === "1") installStatementCounter();

// One pool and one PrismaClient per process, kept on globalThis: dev hot reloads would otherwise open new
// pools, and a production build evaluates this module once per server bundle (pages, route handlers…), which
// made a pool and a query compiler each (bench/README.md: 20 connections held with DB_POOL_SIZE=10).
function createClient() {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DB_POOL_SIZE,
    // Fail fast while the database is down, so pages and /api/health answer instead of hanging.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // A server restart kills idle connections; without a listener that error would crash the process.
  pool.on("error", (err) => console.warn(`[db] idle connection lost: ${err.message}`));
  const adapter = new PrismaPg(pool);
  const client = new PrismaClient({
    adapter,
    log: env.NODE_ENV === "development" ? ["warn", "error"] : ["error"],
    // Password hashes never leave the database unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
  return { client, pool };
}

const globalForDb = globalThis as unknown as { sourceworkDb?: ReturnType<typeof createClient> };
const created = (globalForDb.sourceworkDb ??= createClient());

export const db = created.client;
/** The same pool, for the one library that speaks pg directly (rate-limiter-flexible in server/auth/throttle.ts). */
export const dbPool = created.pool;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
