import "server-only";
import { ZodError } from "zod";
import { findNulCharacter, NUL_MESSAGE } from "@/lib/nul-character";
import { RETRY_AFTER_SECONDS } from "@/lib/unavailable";
import { suspectDatabaseDown } from "@/server/database-reachable";
import { AppError, isDatabaseDown } from "@/server/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Route handlers return typed errors as JSON with their status; anything else is a 500 with no details.
 * Every state-changing request (any method but GET/HEAD/OPTIONS) must come from our own pages first:
 * SameSite=Lax cookies alone would let another site's form or a same-site subdomain post with the session.
 */
export function withErrors<A extends [Request, ...unknown[]]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      if (!SAFE_METHODS.has(args[0].method)) refuseCrossSite(args[0]);
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) {
        const headers = error.retryAfterSeconds ? { "Retry-After": String(Math.ceil(error.retryAfterSeconds)) } : retryAfter(error.status);
        return Response.json({ error: error.message, code: error.code }, { status: error.status, headers });
      }
      if (error instanceof ZodError) return Response.json({ error: error.issues[0]?.message ?? "Invalid request.", code: "BAD_REQUEST" }, { status: 400 });
      if (isDatabaseDown(error)) {
        suspectDatabaseDown();
        return Response.json({ error: "The service is temporarily unavailable. Please try again.", code: "UNAVAILABLE" }, { status: 503, headers: retryAfter(503) });
      }
      console.error(error);
      return Response.json({ error: "Something went wrong.", code: "INTERNAL" }, { status: 500 });
    }
  };
}

/** A 503 tells clients and load balancers when to ask again. */
export function retryAfter(status: number): HeadersInit | undefined {
  return status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined;
}

/**
 * Browsers say where a request comes from: Sec-Fetch-Site (every current browser), else Origin (sent with
 * every cross-origin POST/PUT). Only "same-origin" passes; a request with neither header is not a browser's
 * cross-site request (a script with a stolen cookie is not what this guards against) and passes too.
 */
export function refuseCrossSite(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const crossSite = site ? site !== "same-origin" : origin !== null && !isOwnOrigin(origin, request.headers);
  if (crossSite) throw new AppError("FORBIDDEN", "Requests from other sites are refused. Use Sourcework's own pages.");
}

function isOwnOrigin(origin: string, headers: Headers) {
  // Next.js fills X-Forwarded-Host from Host when no proxy set it; it is what the browser addressed.
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
}

/**
 * Reads a JSON body and validates it; malformed JSON or a wrong shape is a 400 with the reason. Only a body
 * declared as JSON is read: a cross-site form can send text/plain without asking first, never application/json.
 */
export async function parseJsonBody<S extends import("zod").ZodType>(request: Request, schema: S): Promise<import("zod").infer<S>> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  const MAX_BYTES = 64_000;
  const text = await request.text();
  if (text.length > MAX_BYTES) throw new AppError("BAD_REQUEST", `The request is too large (at most ${MAX_BYTES / 1000} KB).`);
  let json: unknown;
  try {
    json = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  const nulAt = findNulCharacter(json);
  if (nulAt !== null) throw new AppError("BAD_REQUEST", `${nulAt || "body"}: ${NUL_MESSAGE}`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("BAD_REQUEST", issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid request.");
  }
  return parsed.data;
}
