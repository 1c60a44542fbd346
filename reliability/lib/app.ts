// The app under test: the production build served by `next start` on loopback, in its own process group
// so a test can always stop it (and whatever it spawned), kill it outright, or start it again.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/lib/embedded-db";
import { PollAbort, pollUntil } from "./wait";

// What `npm start` runs after its start-up steps: `next start` through a server that tells the app the socket's address.
const SERVE = path.resolve("scripts/serve.mjs");
const TSX_BIN = path.resolve("node_modules/.bin/tsx");

export type AppOptions = {
  databaseUrl: string;
  authSecret: string;
  port?: number;
  /**
   * "next": scripts/serve.mjs (`next start` with socket addresses) alone (the database is prepared by the test).
   * "npm-start": what `npm start` runs — scripts/run-with-db.ts prod (migrations + content import), then scripts/serve.mjs.
   */
  via?: "next" | "npm-start";
  label?: string;
  /** How long to wait for /api/health to answer 200. */
  readyTimeoutMs?: number;
};

export type RunningApp = {
  label: string;
  baseUrl: string;
  port: number;
  /** The process group leader: `next start` itself, or run-with-db.ts when via "npm-start". */
  pid: number;
  log: () => string;
  /** Waits for /api/health to answer 200 (start() already did once). */
  waitHealthy: (timeoutMs?: number) => Promise<void>;
  /** Sends a signal to the whole process group and waits for the leader to exit. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers; safe to call twice. */
  stop: () => Promise<void>;
  exited: () => boolean;
};

/** Only what the app needs: a clean environment, not the test runner's (NODE_ENV=test, VITEST…). */
function appEnv(opts: AppOptions, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: opts.databaseUrl,
    AUTH_SECRET: opts.authSecret,
    PORT: String(port),
  };
}

// A safety net should the test worker exit without its afterAll: no orphaned `next start` process groups.
const liveGroups = new Set<number>();
process.once("exit", () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

export async function startApp(opts: AppOptions): Promise<RunningApp> {
  const port = opts.port ?? (await freePort());
  const label = opts.label ?? `app:${port}`;
  const serveArgs = [SERVE, "-p", String(port), "-H", "127.0.0.1"];
  const [file, args] = opts.via === "npm-start" ? [TSX_BIN, ["scripts/run-with-db.ts", "prod", "--", process.execPath, ...serveArgs]] : [process.execPath, serveArgs];
  const child: ChildProcess = spawn(file, args, { env: appEnv(opts, port), stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-40_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const pid = child.pid!;
  liveGroups.add(pid);
  const baseUrl = `http://127.0.0.1:${port}`;

  // The whole group, even once the leader has gone (run-with-db.ts's child could outlive it).
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  const kill = async (signal: NodeJS.Signals) => {
    if (!signalGroup(signal)) return;
    await Promise.race([exit, new Promise((r) => setTimeout(r, 10_000).unref())]);
  };
  const stop = async () => {
    await kill("SIGTERM");
    signalGroup("SIGKILL");
    liveGroups.delete(pid);
  };
  const waitHealthy = async (timeoutMs = opts.readyTimeoutMs ?? 90_000) => {
    await pollUntil(
      `${label} /api/health to answer 200`,
      async () => {
        if (exited) throw new PollAbort(`${label} exited early`);
        const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
        return response?.status === 200;
      },
      { timeoutMs, intervalMs: 200 },
    ).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : error}\n--- ${label} log ---\n${output.slice(-4_000)}`);
    });
  };

  const app: RunningApp = { label, baseUrl, port, pid, log: () => output, waitHealthy, kill, stop, exited: () => exited };
  try {
    await waitHealthy();
  } catch (error) {
    await stop();
    throw error;
  }
  return app;
}

/** The process that owns the socket listening on `port` (from /proc), to tell a restart from a recovery. */
export function listeningPid(port: number): number | undefined {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ip:port in hex; state 0A is LISTEN; column 10 is the socket's inode.
      if (cols[1]?.endsWith(hexPort) && cols[3] === "0A" && cols[9]) inodes.add(cols[9]);
    }
  }
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const inode = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return undefined;
}
