// Backup and restore: a seeded database is backed up, wiped and restored, and every table's rows are the same.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tableHashes } from "@/testing/table-hashes";
import { backupDatabase, restoreDatabase } from "./backup";

const run = promisify(execFile);
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

async function sql(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

describe("db:backup and db:restore", () => {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `sw_backup_${crypto.randomBytes(4).toString("hex")}`;
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourcework-backup-"));
  const file = path.join(dir, "backup.jsonl.gz");
  let seeded: Record<string, string>;

  beforeAll(async () => {
    await sql(base.toString(), `CREATE DATABASE "${name}"`);
    // The database as `npm run dev` makes it: migrations, content, demo data.
    const env = { ...process.env, DATABASE_URL: url };
    await run(bin("prisma"), ["migrate", "deploy"], { env });
    await run(bin("tsx"), ["--conditions=react-server", "scripts/content-import.ts"], { env });
    await run(bin("tsx"), ["prisma/seed.ts"], { env });
    // Values that a careless format would bend: bigint ids, a 17-digit float, quotes, newlines, NUL-free Unicode.
    await sql(url, `INSERT INTO "DeletionLog" (kind, "subjectId", reason, "rowCounts", "deletedBy", "deletedAt") VALUES ('STUDENT_ACCOUNT', 'o''brien "x"\n', 'ünïcødé 🙂', '{"User": 1}', 'test', '2026-01-02 03:04:05.678'), ('ARCHIVED_CLASS', 'c1', 'r', '{}', 'test', now())`);
    await sql(url, `INSERT INTO "RateLimit" (key, points, expire) VALUES ('signInAccount:user:x', 3, 9007199254740993)`);
    await sql(url, `UPDATE "Attempt" SET score = 0.1 + 0.2 WHERE id = (SELECT id FROM "Attempt" ORDER BY id LIMIT 1)`);
    seeded = await tableHashes(url);
  }, 180_000);

  afterAll(async () => {
    await sql(base.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("back up a seeded database, wipe it, restore it: every table's hash matches, and ids continue", async () => {
    expect(Object.keys(seeded).length).toBeGreaterThanOrEqual(14);
    expect(Number(seeded["User"]!.split(" ")[0])).toBeGreaterThan(0);
    const backedUp = await backupDatabase({ url, file, migrationsDir: path.resolve("prisma/migrations") });
    expect(Object.keys(backedUp).sort()).toEqual(Object.keys(seeded).sort());
    expect((fs.statSync(file).mode & 0o777).toString(8), "only the owner may read a backup").toBe("600");

    await sql(url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    expect(await tableHashes(url)).toEqual({});

    const restored = await restoreDatabase({ url, file });
    expect(restored).toEqual(backedUp);
    expect(await tableHashes(url)).toEqual(seeded);

    // Sequences continue after the restored rows, and Prisma sees every migration applied.
    const [{ max }] = (await sql(url, `SELECT max(id)::text AS max FROM "DeletionLog"`)) as [{ max: string }];
    const [{ id }] = (await sql(url, `INSERT INTO "DeletionLog" (kind, "subjectId", reason, "rowCounts", "deletedBy") VALUES ('STUDENT_ACCOUNT', 'after', 'r', '{}', 'test') RETURNING id::text`)) as [{ id: string }];
    expect(BigInt(id)).toBeGreaterThan(BigInt(max));
    const status = await run(bin("prisma"), ["migrate", "status"], { env: { ...process.env, DATABASE_URL: url } });
    expect(status.stdout).toMatch(/Database schema is up to date/);
  }, 120_000);

  test("a restore into a database with tables is refused and changes nothing", async () => {
    const before = await tableHashes(url);
    await expect(restoreDatabase({ url, file })).rejects.toThrow(/restore needs an empty database, and this one has \d+ table/);
    expect(await tableHashes(url)).toEqual(before);
  });

  test("a truncated backup is refused before anything is written", async () => {
    const truncated = path.join(dir, "truncated.jsonl.gz");
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
    fs.writeFileSync(truncated, zlib.gzipSync(text.slice(0, Math.floor(text.length * 0.6))));
    const empty = `${name}_empty`;
    await sql(base.toString(), `CREATE DATABASE "${empty}"`);
    const emptyUrl = Object.assign(new URL(base), { pathname: `/${empty}` }).toString();
    try {
      await expect(restoreDatabase({ url: emptyUrl, file: truncated })).rejects.toThrow(/is incomplete \(no end marker\)/);
      expect(await tableHashes(emptyUrl)).toEqual({});
    } finally {
      await sql(base.toString(), `DROP DATABASE IF EXISTS "${empty}" WITH (FORCE)`);
    }
  });
});
