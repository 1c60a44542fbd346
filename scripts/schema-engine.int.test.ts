// The schema-engine bridge (scripts/schema-engine.mjs) driven the way everyone uses it: through the Prisma CLI.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
const databaseUrl = process.env.DATABASE_URL!;

/** Runs the Prisma CLI; resolves with its exit code instead of throwing on a non-zero one. */
async function prisma(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(prismaBin, args, {
      cwd: root,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== "number") throw error; // timed out, or could not start at all
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlForDatabase(name: string) {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("schema-engine bridge", () => {
  test("migrate diff --exit-code: 0 while the migrations match the schema, 2 once the schema changes", async () => {
    const migrations = path.join(root, "prisma", "migrations");
    const schema = path.join(root, "prisma", "schema.prisma");
    const diff = (to: string) =>
      prisma(["migrate", "diff", "--from-migrations", migrations, "--to-schema", to, "--exit-code"]);

    const clean = await diff(schema);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "schema-engine-drift-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      await fs.writeFile(changed, `${await fs.readFile(schema, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const drifted = await diff(changed);
      expect(drifted.code, drifted.stdout + drifted.stderr).toBe(2);
      expect(drifted.stdout).toContain("DriftProbe");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("migrate deploy builds a fresh database from the migrations", async () => {
    const name = `schema_engine_deploy_${randomUUID().replaceAll("-", "")}`;
    await withClient(databaseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    try {
      const deploy = await prisma(["migrate", "deploy"], { DATABASE_URL: urlForDatabase(name) });
      expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);

      const migrationDirs = (await fs.readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      await withClient(urlForDatabase(name), async (client) => {
        const tables = await client.query<{ users: string | null; migrations: string | null }>(
          `SELECT to_regclass('public."User"')::text AS users, to_regclass('public._prisma_migrations')::text AS migrations`,
        );
        expect(tables.rows[0]).toEqual({ users: '"User"', migrations: "_prisma_migrations" });
        const applied = await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        );
        expect(applied.rows.map((row) => row.migration_name)).toEqual(migrationDirs);
      });
    } finally {
      await withClient(databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  }, 120_000);
});
