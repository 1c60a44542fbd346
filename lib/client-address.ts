// Which address a request comes from, for the throttles (server/auth/throttle.ts). Next.js 15 removed
// `request.ip`, and Next's own server fills X-Forwarded-For from the socket only when the client sent none
// (next/dist/server/base-server.js: `??=`), so the header alone cannot tell a socket address from one the
// client typed. scripts/serve.mjs, the server `npm start` runs, therefore overwrites X-Forwarded-For with
// the socket's address before Next.js sees the request — unless TRUST_PROXY=1, when a proxy in front has
// appended the client's address to it, and that last entry is the one to believe.

export type AddressSource = {
  /** TRUST_PROXY=1: a proxy we run appends the address it saw to X-Forwarded-For. */
  trustProxy: boolean;
  /** scripts/serve.mjs wrote X-Forwarded-For from the socket (it says so in SOURCEWORK_SOCKET_ADDRESS=1). */
  fromSocket: boolean;
};

/** Every request whose address cannot be known shares this one, so limits still hold (for all of them at once). */
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddress(forwardedFor: string | null, source: AddressSource): string {
  if (!source.trustProxy && !source.fromSocket) return UNKNOWN_ADDRESS;
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const address = source.trustProxy ? hops.at(-1) : hops[0];
  return address ? normalize(address) : UNKNOWN_ADDRESS;
}

// "::ffff:203.0.113.5" is how a dual-stack socket reports an IPv4 client: the same client as "203.0.113.5".
function normalize(address: string) {
  const lower = address.toLowerCase().slice(0, 64);
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}
