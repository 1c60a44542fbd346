import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";

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

declare global {
  var sourceworkDb: ReturnType<typeof createClient> | undefined;
}
const created = (globalThis.sourceworkDb ??= createClient());

export const db = created.client;
/** The same pool, for the one library that speaks pg directly (rate-limiter-flexible in server/auth/throttle.ts). */
export const dbPool = created.pool;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
