import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { suspectDatabaseDown } from "@/server/database-reachable";
import { db } from "@/server/db";

export type Health =
  | { ok: true; db: "ok"; migrations: "applied" }
  | { ok: false; db: "ok" | "unreachable"; migrations?: "pending" | "failed" | "unknown"; reason: string };

/** The migrations this build ships, or null when the folder cannot be read (then "applied" cannot be claimed). */
async function migrationNames(): Promise<string[] | null> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    console.error(`[health] cannot read ${dir}: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

export async function checkHealth(): Promise<Health> {
  let applied: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    applied = await db.$queryRaw`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/_prisma_migrations.*does not exist/i.test(message)) {
      return { ok: false, db: "ok", migrations: "pending", reason: "No migrations applied yet: run `npx prisma migrate deploy`" };
    }
    suspectDatabaseDown();
    return { ok: false, db: "unreachable", reason: `Cannot reach the database: ${driverMessage(message)}` };
  }
  const failed = applied.filter((m) => !m.finished_at && !m.rolled_back_at);
  if (failed.length > 0) {
    return { ok: false, db: "ok", migrations: "failed", reason: `Migration failed: ${failed.map((m) => m.migration_name).join(", ")}` };
  }
  const done = new Set(applied.filter((m) => m.finished_at).map((m) => m.migration_name));
  const shipped = await migrationNames();
  if (!shipped) return { ok: false, db: "ok", migrations: "unknown", reason: "Cannot read prisma/migrations to compare with the database" };
  const pending = shipped.filter((name) => !done.has(name));
  if (pending.length > 0) {
    return { ok: false, db: "ok", migrations: "pending", reason: `Pending migrations: ${pending.join(", ")}` };
  }
  return { ok: true, db: "ok", migrations: "applied" };
}

// Prisma puts the driver's own words last ("… Message: `Can't reach database server at …`"): keep those.
function driverMessage(message: string) {
  const quoted = /Message: `([^`]+)`/.exec(message)?.[1];
  const lastLine = message.split("\n").filter((l) => l.trim()).at(-1)?.trim();
  return (quoted ?? lastLine ?? "unknown error").slice(0, 200);
}
