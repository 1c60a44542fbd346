// One database per checkout: two checkouts (and a checkout's dev and prod) run their embedded servers at
// once, each sees only its own rows, and a foreign server on the default port is never written to.
// Uses servers of its own (not DATABASE_URL) and temporary "checkouts"; the real default ports are not used.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkoutPaths, startCheckoutDb, type CheckoutDb, type CheckoutDbOptions } from "./checkout-db";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** What a write would change on the foreign server: its databases, and the tables and rows in them. */
async function fingerprint(db: EmbeddedDb) {
  const base = new URL(db.url);
  const adminUrl = Object.assign(new URL(base), { pathname: "/postgres" }).toString();
  const databases = (await query<{ datname: string }>(adminUrl, "SELECT datname FROM pg_database ORDER BY datname")).map((r) => r.datname);
  const tables: Record<string, string[]> = {};
  for (const name of databases.filter((d) => !d.startsWith("template"))) {
    const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
    tables[name] = (await query<{ t: string }>(url, "SELECT schemaname || '.' || relname || ':' || n_tup_ins AS t FROM pg_stat_user_tables ORDER BY 1")).map((r) => r.t);
  }
  return { databases, tables };
}

describe("one embedded database per checkout", () => {
  const roots: string[] = [];
  const started: CheckoutDb[] = [];
  let foreign: EmbeddedDb;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const notes: string[] = [];

  const checkout = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "sourcework-checkout-"));
    fs.chmodSync(root, 0o755); // the embedded server runs as the `postgres` user when we are root
    roots.push(root);
    return root;
  };
  const start = async (opts: Omit<CheckoutDbOptions, "defaultPort" | "log">) => {
    const db = await startCheckoutDb({ ...opts, defaultPort: foreign.port, log: (line) => notes.push(line) });
    started.push(db);
    return db;
  };

  beforeAll(async () => {
    // Stands for another checkout's server (or a system PostgreSQL) already on the default port.
    foreign = await startEmbeddedDb({ persistent: false, database: "theirs" });
    await query(foreign.url, "CREATE TABLE note (text text); INSERT INTO note VALUES ('foreign')");
    before = await fingerprint(foreign);
  });

  afterAll(async () => {
    for (const db of started.reverse()) await db.destroy().catch(() => {});
    await foreign?.destroy();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  test("two checkouts and a dev and a prod at once: each its own folder and port, each sees only its own rows", async () => {
    const rootA = checkout();
    const rootB = checkout();
    const [a, b, aProd] = await Promise.all([start({ root: rootA, dataSet: "dev" }), start({ root: rootB, dataSet: "dev" }), start({ root: rootA, dataSet: "prod" })]);

    const ports = [a.port, b.port, aProd.port];
    expect(new Set(ports).size, `distinct ports ${ports}`).toBe(3);
    expect(ports).not.toContain(foreign.port);
    expect(a.dir).toBe(checkoutPaths(rootA, "dev").dir);
    expect(aProd.dir).toBe(checkoutPaths(rootA, "prod").dir);
    expect(fs.readFileSync(checkoutPaths(rootA, "dev").portFile, "utf8").trim()).toBe(String(a.port));
    expect(notes.filter((n) => n.includes(`port ${foreign.port} is taken by another PostgreSQL (serving ${foreign.dir})`))).toHaveLength(3);

    for (const [db, label] of [[a, "A dev"], [b, "B dev"], [aProd, "A prod"]] as const) {
      await query(db.url, "CREATE TABLE note (text text)");
      await query(db.url, "INSERT INTO note VALUES ($1)", [label]);
    }
    for (const [db, label] of [[a, "A dev"], [b, "B dev"], [aProd, "A prod"]] as const) {
      expect(await query(db.url, "SELECT text FROM note")).toEqual([{ text: label }]);
      expect((await query<{ d: string }>(db.url, "SHOW data_directory")).map((r) => Object.values(r)[0])).toEqual([db.dir]);
    }

    // Starting A again while it runs reuses A's own server, on A's port.
    const again = await start({ root: rootA, dataSet: "dev" });
    expect(again).toMatchObject({ reused: true, port: a.port });
    expect(await query(again.url, "SELECT text FROM note")).toEqual([{ text: "A dev" }]);

    // Stopped and started again, A comes back on its remembered port with its data.
    await a.stop();
    const restarted = await start({ root: rootA, dataSet: "dev" });
    expect(restarted).toMatchObject({ reused: false, port: a.port });
    expect(await query(restarted.url, "SELECT text FROM note")).toEqual([{ text: "A dev" }]);

    expect(await fingerprint(foreign), "the foreign server gained no database, table or row").toEqual(before);
    expect(await query(foreign.url, "SELECT text FROM note")).toEqual([{ text: "foreign" }]);
  });

  test("an explicit port held by another server is refused, not shared", async () => {
    await expect(start({ root: checkout(), dataSet: "dev", port: foreign.port })).rejects.toThrow(`SOURCEWORK_PG_PORT=${foreign.port} is taken by another PostgreSQL (serving ${foreign.dir}); it is left alone`);
    expect(await fingerprint(foreign)).toEqual(before);
  });

  test("a stale postmaster.pid is removed with a note; a live PID that is not this folder's server is explained", async () => {
    const root = checkout();
    const db = await start({ root, dataSet: "dev" });
    await db.stop();
    const pidFile = path.join(db.dir, "postmaster.pid");

    // Left by a crash: its PID no longer runs.
    fs.writeFileSync(pidFile, `2147483646\n${db.dir}\n0\n${db.port}\n`);
    const back = await start({ root, dataSet: "dev" });
    expect(notes.some((n) => n.startsWith(`removed a stale ${pidFile}: PID 2147483646 is no longer running`))).toBe(true);
    await back.stop();

    // Its PID was reused by another process (here: this test runner), and another folder's server has its port.
    fs.writeFileSync(pidFile, `${process.pid}\n${db.dir}\n0\n${foreign.port}\n`);
    await expect(start({ root, dataSet: "dev" })).rejects.toThrow(
      new RegExp(`says PostgreSQL PID ${process.pid} serves this folder.*the server on port ${foreign.port} serves ${foreign.dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*delete ${pidFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect(fs.existsSync(pidFile), "a lock file whose PID runs is never removed").toBe(true);
    expect(await fingerprint(foreign)).toEqual(before);
  }, 90_000);

  test("an old shared .data/postgres becomes the development data", async () => {
    const root = checkout();
    const legacy = await startEmbeddedDb({ persistent: true, dir: checkoutPaths(root, "dev").legacyDir, port: await freePort() });
    await query(legacy.url, "CREATE TABLE note (text text); INSERT INTO note VALUES ('old')");
    await legacy.stop();
    const db = await start({ root, dataSet: "dev" });
    expect(fs.existsSync(checkoutPaths(root, "dev").legacyDir)).toBe(false);
    expect(await query(db.url, "SELECT text FROM note")).toEqual([{ text: "old" }]);
    expect(notes.some((n) => n.startsWith(`moved the old ${checkoutPaths(root, "dev").legacyDir}`))).toBe(true);
  }, 90_000);
});
