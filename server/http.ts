import "server-only";
import { AppError, isDatabaseDown } from "@/server/errors";

/** Route handlers return typed errors as JSON with their status; anything else is a 500 with no details. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) return Response.json({ error: error.message, code: error.code }, { status: error.status });
      if (isDatabaseDown(error)) return Response.json({ error: "The service is temporarily unavailable. Please try again.", code: "UNAVAILABLE" }, { status: 503 });
      console.error(error);
      return Response.json({ error: "Something went wrong.", code: "INTERNAL" }, { status: 500 });
    }
  };
}
