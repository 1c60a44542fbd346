// Types of bench/instrument.mjs (plain JavaScript: Node preloads it into the benchmark's app, see there).
import type { Server } from "node:http";

export type StatementCount = { statements: number; top: { text: string; count: number }[] };
export type MemoryMb = { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };

export function countQueries(proto: { query: (...args: unknown[]) => unknown }): { take: () => StatementCount };
export function memoryMb(gc?: boolean): MemoryMb;
export function serveProbe(port: number, take: () => StatementCount): Server;
/** What GET /stats on the probe answers. */
export type ProbeStats = StatementCount & { pid: number; memoryMb: MemoryMb };
