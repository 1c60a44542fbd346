import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { startDatabaseServer, type EmbeddedDb } from "@/testing/database-server";

// This file owns a PostgreSQL server of its own, so it can stop it without disturbing other tests.
let server: EmbeddedDb;
let checkHealth: typeof import("@/server/health").checkHealth;

beforeAll(async () => {
  server = await startDatabaseServer({ persistent: false });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: server.url }, stdio: "pipe" });
  vi.stubEnv("DATABASE_URL", server.url);
  vi.resetModules();
  ({ checkHealth } = await import("@/server/health"));
}, 120_000);

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await server?.destroy();
  vi.unstubAllEnvs();
});

test("reports ok while the database is up and every migration is applied", async () => {
  expect(await checkHealth()).toEqual({ ok: true, db: "ok", migrations: "applied" });
});

test("reports the database unreachable while it is stopped, and recovers without a restart", async () => {
  await server.stop();
  const down = await checkHealth();
  expect(down.ok).toBe(false);
  expect(down).toMatchObject({ db: "unreachable" });
  expect(down.ok ? "" : down.reason).toMatch(/^Cannot reach the database: Can't reach database server at 127\.0\.0\.1:\d+/);

  await server.start();
  await expect.poll(() => checkHealth(), { timeout: 15_000, interval: 200 }).toEqual({ ok: true, db: "ok", migrations: "applied" });
});
