import { RETRY_AFTER_SECONDS } from "@/lib/unavailable";
import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  const { ok, ...body } = health;
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) } });
}
