import "server-only";
import { headers } from "next/headers";
import { clientAddress, type AddressSource } from "@/lib/client-address";
import { env } from "@/server/env";

// See lib/client-address.ts for why the address is read this way.
let warned = false;

function source(): AddressSource {
  const result = { trustProxy: env.TRUST_PROXY === "1", fromSocket: process.env.SOURCEWORK_SOCKET_ADDRESS === "1" };
  if (!result.trustProxy && !result.fromSocket && env.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn("[throttle] client addresses are unknown: start the app with `npm start` (scripts/serve.mjs), or set TRUST_PROXY=1 behind a proxy. Every client shares one address's limits.");
  }
  return result;
}

/** The client's address from a request's headers (Auth.js's authorize() has the Request, not next/headers). */
export function addressOf(requestHeaders: Headers): string {
  return clientAddress(requestHeaders.get("x-forwarded-for"), source());
}

/** The address of the request being handled: pages, server actions and route handlers. */
export async function requestAddress(): Promise<string> {
  return addressOf(await headers());
}
