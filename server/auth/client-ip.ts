import "server-only";

/**
 * The client's address, for the per-IP limit — only behind a proxy that sets X-Forwarded-For itself
 * (TRUST_PROXY=1). Otherwise the header is whatever the client typed: trusting it would let anyone dodge
 * the limit, or lock out someone else's (a school's shared) address. Then only the per-account limit applies.
 */
export function clientIp(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
