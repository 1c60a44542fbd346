import { db } from "@/server/db";

// Benchmark baseline (bench/README.md): a route handler doing one trivial query through the app's client.
// Absent (404) unless SOURCEWORK_BENCH=1.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  if (process.env.SOURCEWORK_BENCH !== "1") return new Response("Not found", { status: 404 });
  const [row] = await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
  return Response.json({ one: row?.one ?? null }, { headers: { "Cache-Control": "no-store" } });
}
