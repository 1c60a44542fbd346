// Where the machine's CPU went during a measurement: the app, its PostgreSQL, this benchmark (autocannon),
// and everything else. On a shared machine "everything else" is the noise: a pair measured while other
// processes used a core is not comparable with one measured on a quiet machine (bench/README.md).
import fs from "node:fs";

export type CpuShare = { app: number; postgres: number; bench: number; others: number };
type Sample = { at: number; busy: number; app: number; postgres: number; bench: number };

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusyTicks(): number {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number) as number[];
  return user! + nice! + system! + irq! + softirq! + (steal ?? 0);
}

/** [ppid, utime + stime] of a process, in ticks; undefined once it is gone. */
function processTicks(pid: number): [number, number] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [Number(fields[1]), Number(fields[11]) + Number(fields[12])];
  } catch {
    return undefined;
  }
}

/** The postmaster (its pid is the first line of postmaster.pid) and its backends, summed. */
function postgresTicks(dataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  } catch {
    return 0;
  }
  let total = processTicks(postmaster)?.[1] ?? 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ticks = processTicks(Number(entry));
    if (ticks && ticks[0] === postmaster) total += ticks[1];
  }
  return total;
}

export function cpuMeter(appPid: number | undefined, pgDataDir: string) {
  const sample = (): Sample => {
    const own = process.cpuUsage();
    return {
      at: performance.now(),
      busy: machineBusyTicks(),
      app: appPid ? (processTicks(appPid)?.[1] ?? 0) : 0,
      postgres: postgresTicks(pgDataDir),
      bench: ((own.user + own.system) / 1e6) * TICKS_PER_SECOND,
    };
  };
  return {
    start: sample,
    /** Cores used on average since `from`, by each party. */
    since(from: Sample): CpuShare {
      const to = sample();
      const ticks = ((to.at - from.at) / 1000) * TICKS_PER_SECOND;
      const cores = (n: number) => Math.round((Math.max(0, n) / ticks) * 100) / 100;
      const app = to.app - from.app;
      const postgres = to.postgres - from.postgres;
      const bench = to.bench - from.bench;
      return { app: cores(app), postgres: cores(postgres), bench: cores(bench), others: cores(to.busy - from.busy - app - postgres - bench) };
    },
  };
}
