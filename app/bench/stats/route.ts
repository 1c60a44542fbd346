import { runInNewContext } from "node:vm";
import v8 from "node:v8";
import { takeStatementCount } from "@/server/db";

// Benchmark instrument (bench/README.md): the database statements sent since the last call, then zero,
// and this process's memory (`?gc=1`: after a full garbage collection, to tell live data from garbage).
// Absent (404) unless SOURCEWORK_BENCH=1.
export const dynamic = "force-dynamic";

const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10; // MiB, as VmRSS in /proc

function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

export async function GET(request: Request): Promise<Response> {
  const stats = process.env.SOURCEWORK_BENCH === "1" ? takeStatementCount() : null;
  if (!stats) return new Response("Not found", { status: 404 });
  if (new URL(request.url).searchParams.get("gc") === "1") collectGarbage();
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const memoryMb = { rss: mb(rss), heapTotal: mb(heapTotal), heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers) };
  return Response.json({ ...stats, pid: process.pid, memoryMb }, { headers: { "Cache-Control": "no-store" } });
}
