import "server-only";
import { headers } from "next/headers";
import { env } from "@/server/env";

/**
 * The origin people reach this site by, for links they share (a class's join link): APP_URL when configured;
 * otherwise the address this request came in on — the Host header, with the scheme a trusted proxy reports
 * (TRUST_PROXY=1) or plain http, which is what `next start` itself serves.
 */
export async function publicOrigin(): Promise<{ origin: string; configured: boolean }> {
  if (env.APP_URL) return { origin: env.APP_URL, configured: true };
  const h = await headers();
  const forwarded = process.env.TRUST_PROXY === "1" ? h.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const scheme = forwarded === "https" ? "https" : "http";
  return { origin: `${scheme}://${h.get("host") ?? "localhost:3000"}`, configured: false };
}
