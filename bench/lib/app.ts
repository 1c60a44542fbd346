// The app under test: the benchmark's build (lib/instrumented-build.ts), served as `npm start` serves it
// (scripts/serve.mjs: `next start` behind the precompressed public pages) on loopback
// with the statement counter preloaded (bench/instrument.mjs, its probe on a port of its own), in its own
// process group so the benchmark can always stop it, and whatever it spawned.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const INSTRUMENT = path.resolve("bench/instrument.mjs");

export type RunningApp = { baseUrl: string; probeUrl: string; port: number; child: ChildProcess; log: () => string; stop: () => Promise<void> };

/** scripts/serve.mjs of the build in `dir`, with `--import bench/instrument.mjs` added to the Node flags of `env`. */
export async function startApp(opts: { dir: string; port: number; probePort: number; env: NodeJS.ProcessEnv; cpuProfDir?: string }): Promise<RunningApp> {
  const nodeFlags = opts.cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfDir}`] : [];
  // The path quoted: NODE_OPTIONS splits on spaces.
  const nodeOptions = `${opts.env.NODE_OPTIONS ?? ""} --import ${JSON.stringify(pathToFileURL(INSTRUMENT).href)}`.trim();
  const child = spawn(process.execPath, [...nodeFlags, path.join(opts.dir, "scripts/serve.mjs"), "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: opts.dir,
    env: { ...opts.env, NODE_OPTIONS: nodeOptions, SOURCEWORK_BENCH_PROBE_PORT: String(opts.probePort) },
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
  const probeUrl = `http://127.0.0.1:${opts.probePort}`;

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
    if (exited) throw new Error(`the app exited early:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer /api/health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, probeUrl, port: opts.port, child, log: () => output, stop };
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
