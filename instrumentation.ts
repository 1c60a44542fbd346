// Next.js calls onRequestError for every error a page, route or action throws on the server. A database
// connection failure makes proxy.ts probe again before the next request (server/database-reachable.ts),
// so only the request that found the outage can fail; the ones after it are answered 503.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseDown } = await import("@/server/errors");
  if (!isDatabaseDown(error)) return;
  const { suspectDatabaseDown } = await import("@/server/database-reachable");
  suspectDatabaseDown();
};
