import "server-only";
import { ZodError } from "zod";
import { findNulCharacter, NUL_MESSAGE } from "@/lib/nul-character";
import { RETRY_AFTER_SECONDS } from "@/lib/unavailable";
import { suspectDatabaseDown } from "@/server/database-reachable";
import { AppError, isDatabaseDown } from "@/server/errors";

/** Route handlers return typed errors as JSON with their status; anything else is a 500 with no details. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) return Response.json({ error: error.message, code: error.code }, { status: error.status, headers: retryAfter(error.status) });
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

/** Reads a JSON body and validates it; malformed JSON or a wrong shape is a 400 with the reason. */
export async function parseJsonBody<S extends import("zod").ZodType>(request: Request, schema: S): Promise<import("zod").infer<S>> {
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
