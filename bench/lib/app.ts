// The app under test: a production build (`next build` when there is none), served by `next start` on
// loopback, in its own process group so the benchmark can always stop it, and whatever it spawned.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const BENCH_ROUTES = ["/bench/static/page", "/bench/db/route", "/bench/stats/route"];

/** Why a build is needed, or null: no build, a forced one, or a build made before the benchmark routes existed. */
export function buildReason(force: boolean): string | null {
  if (force) return "--rebuild";
  if (!fs.existsSync(".next/BUILD_ID")) return "no production build (.next/BUILD_ID)";
  try {
    const routes = Object.keys(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>);
    if (!BENCH_ROUTES.every((r) => routes.includes(r))) return "the build has no /bench routes";
  } catch {
    return "the build has no route manifest";
  }
  return null;
}

/** Source files changed since the build (a hint to pass --rebuild; the benchmark does not rebuild on its own). */
export function newerSources(): number {
  const built = fs.statSync(".next/BUILD_ID").mtimeMs;
  let newer = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css|md|ya?ml)$/.test(entry.name) && fs.statSync(full).mtimeMs > built) newer++;
    }
  };
  for (const dir of ["app", "components", "lib", "server", "content"]) if (fs.existsSync(dir)) walk(dir);
  for (const file of ["proxy.ts", "auth.ts", "auth.config.ts", "next.config.js"]) if (fs.existsSync(file) && fs.statSync(file).mtimeMs > built) newer++;
  return newer;
}

export function build(): void {
  const started = Date.now();
  // The build needs no database (server/env.ts): it runs before the benchmark's one starts.
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  console.log(`▸ next build (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

export type RunningApp = { baseUrl: string; port: number; child: ChildProcess; log: () => string; stop: () => Promise<void> };

export async function startApp(opts: { port: number; env: NodeJS.ProcessEnv; cpuProfDir?: string }): Promise<RunningApp> {
  const nodeFlags = opts.cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...nodeFlags, NEXT_BIN, "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    env: opts.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: Ctrl-C reaches us, and we stop the whole group
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const baseUrl = `http://127.0.0.1:${opts.port}`;

  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    // SIGTERM lets Next.js close its server (and write a CPU profile); SIGKILL the group if it lingers.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
    if ((await Promise.race([exit, timer])) === "timeout") {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await Promise.race([exit, new Promise((r) => setTimeout(r, 2_000).unref())]);
    }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /api/health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, port: opts.port, child, log: () => output, stop };
}

/**
 * The process that listens on the port (`next start` may hand the server to a child): the owner of the
 * listening socket's inode, looked for among the app's process group.
 */
export function listeningPid(app: RunningApp): number | undefined {
  const hexPort = app.port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ip:port in hex; state 0A is LISTEN; the inode is column 10.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A" && cols[9]) inodes.add(cols[9]);
    }
  }
  const group = app.child.pid;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== group) continue;
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // the process ended meanwhile, or is not ours to read
    }
  }
  return undefined;
}

/** Resident memory of a process in MB (VmRSS), and its command name. */
export function residentMemory(pid: number): { rssMb: number; name: string } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?";
    return Number.isFinite(kb) ? { rssMb: Math.round(kb / 102.4) / 10, name } : undefined;
  } catch {
    return undefined;
  }
}
