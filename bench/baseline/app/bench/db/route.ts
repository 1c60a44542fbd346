import { db } from "@/server/db";

// Baseline B of the benchmark (bench/README.md), added to the benchmark's own build only (bench/lib/
// instrumented-build.ts): a route handler doing one trivial query through the app's Prisma client and pool.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [row] = await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
  return Response.json({ one: row?.one ?? null }, { headers: { "Cache-Control": "no-store" } });
}
