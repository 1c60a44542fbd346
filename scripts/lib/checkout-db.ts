// One embedded PostgreSQL per checkout and data set: `.data/dev` for `npm run dev`, `.data/prod` for `npm start`.
// A running server is reused only when it answers `SHOW data_directory` with this folder; any other server on
// the port (another checkout's, a system PostgreSQL) is left alone and this folder gets a free port of its own,
// remembered in `.data/<set>/port`. Nothing here ever writes to a server that does not serve this folder.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { databaseUrl, ensureDatabase, freePort, PASSWORD, startEmbeddedDb, USER, type EmbeddedDb } from "./embedded-db";

export type DataSet = "dev" | "prod";

/** The port each data set tries first; another is chosen (and remembered) when something else holds it. */
export const DEFAULT_PORTS: Record<DataSet, number> = { dev: 54320, prod: 54330 };

export type CheckoutDb = EmbeddedDb & {
  /** True when an already running server of this folder was reused (it is then not stopped on exit). */
  reused: boolean;
};

export type CheckoutDbOptions = {
  dataSet: DataSet;
  /** The checkout's folder (the one holding `.data/`); the current directory by default. */
  root?: string;
  /** An explicit port (SOURCEWORK_PG_PORT): used as is, or refused when another server holds it. */
  port?: number;
  /** For tests: the port tried first instead of DEFAULT_PORTS. */
  defaultPort?: number;
  database?: string;
  /** Where notes for the person go (port changes, a removed stale lock); console.log by default. */
  log?: (line: string) => void;
};

export function checkoutPaths(root: string, dataSet: DataSet) {
  const base = path.resolve(root, ".data", dataSet);
  return { base, dir: path.join(base, "postgres"), portFile: path.join(base, "port"), legacyDir: path.resolve(root, ".data", "postgres") };
}

export async function startCheckoutDb(opts: CheckoutDbOptions): Promise<CheckoutDb> {
  const root = opts.root ?? process.cwd();
  const log = opts.log ?? ((line: string) => console.log(`▸ ${line}`));
  const database = opts.database ?? "sourcework";
  if (opts.port !== undefined && !(Number.isInteger(opts.port) && opts.port > 0 && opts.port < 65536)) {
    throw new Error(`SOURCEWORK_PG_PORT must be a port number (1-65535), not "${opts.port}"`);
  }
  const { base, dir, portFile, legacyDir } = checkoutPaths(root, opts.dataSet);
  fs.mkdirSync(base, { recursive: true });
  if (opts.dataSet === "dev") moveLegacyFolder(legacyDir, dir, log);

  // 1. This folder's own server may be running already (another `npm run dev`, or one left behind).
  const running = await runningServerOf(dir, log);
  if (running !== null) {
    await ensureDatabase(running, database);
    const noop = async () => {};
    return { url: databaseUrl(running, database), port: running, dir, reused: true, stop: noop, start: noop, destroy: noop };
  }

  // 2. Otherwise start it, on a port nobody else is using.
  const port = await choosePort({ explicit: opts.port, remembered: readPort(portFile), preferred: opts.defaultPort ?? DEFAULT_PORTS[opts.dataSet], log });
  fs.writeFileSync(portFile, `${port}\n`);
  const db = await startEmbeddedDb({ persistent: true, dir, port, database });
  return { ...db, reused: false };
}

/** The port of a server that serves `dir` right now, or null when none does (a stale lock file is removed). */
async function runningServerOf(dir: string, log: (line: string) => void): Promise<number | null> {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isAlive(pid)) {
    fs.rmSync(pidFile);
    log(`removed a stale ${pidFile}: PID ${pid} is no longer running (a crash or a killed server left it)`);
    return null;
  }
  // A server that is starting up may not answer for a moment.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const served = Number.isInteger(port) && port > 0 ? await dataDirectoryAt(port) : undefined;
    if (served !== undefined && sameFolder(served, dir)) return port;
    if (Date.now() > deadline || !isAlive(pid)) {
      throw new Error(
        `${pidFile} says PostgreSQL PID ${pid} serves this folder on port ${port}, and PID ${pid} is running, but ` +
          (served === undefined ? `nothing answers there as PostgreSQL.` : `the server on port ${port} serves ${served}.`) +
          ` If PID ${pid} is not a PostgreSQL using ${dir} (a reused PID after a crash), delete ${pidFile} and start again.`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function choosePort(opts: { explicit?: number; remembered?: number; preferred: number; log: (line: string) => void }): Promise<number> {
  if (opts.explicit !== undefined) {
    const holder = await portHolder(opts.explicit);
    if (holder) throw new Error(`SOURCEWORK_PG_PORT=${opts.explicit} is taken by ${holder}; it is left alone. Choose another port, or unset SOURCEWORK_PG_PORT to get a free one.`);
    return opts.explicit;
  }
  const first = opts.remembered ?? opts.preferred;
  const holder = await portHolder(first);
  if (!holder) return first;
  const port = await freePort();
  opts.log(`port ${first} is taken by ${holder}, which is left alone; this folder's database uses port ${port} from now on`);
  return port;
}

/** Who listens on 127.0.0.1:port, in words, or null when nothing does. Read-only: one `SHOW`, nothing written. */
async function portHolder(port: number): Promise<string | null> {
  if (!(await listening(port))) return null;
  const served = await dataDirectoryAt(port);
  return served ? `another PostgreSQL (serving ${served})` : "another program";
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1_000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(true))); // something holds it, unresponsive
    socket.once("error", () => resolve(false));
  });
}

/** The data directory of the PostgreSQL on `port`, or undefined when it is not one we can ask. */
async function dataDirectoryAt(port: number): Promise<string | undefined> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres", connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return rows[0]?.data_directory;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

function sameFolder(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

function readPort(file: string): number | undefined {
  if (!fs.existsSync(file)) return undefined;
  const port = Number(fs.readFileSync(file, "utf8").trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

// Before dev and production data were kept apart, both used `.data/postgres`. That folder held the demo
// accounts `npm run dev` seeds, so it becomes the development data; README says how to make it production's.
function moveLegacyFolder(legacyDir: string, dir: string, log: (line: string) => void) {
  if (!fs.existsSync(path.join(legacyDir, "PG_VERSION")) || fs.existsSync(dir)) return;
  const pidFile = path.join(legacyDir, "postmaster.pid");
  if (fs.existsSync(pidFile) && isAlive(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]))) {
    throw new Error(`${legacyDir} (the old shared data folder) is still served by a running PostgreSQL: stop the \`npm run dev\` or \`npm start\` that uses it, then start again to move it to ${dir}.`);
  }
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
  fs.renameSync(legacyDir, dir);
  log(`moved the old ${legacyDir} to ${dir} (development data; see README "Where the data lives" to use it for production)`);
}
