import "server-only";
import { z } from "zod";
import { findNulCharacter, NUL_MESSAGE } from "@/lib/nul-character";
import { suspectDatabaseDown } from "@/server/database-reachable";
import { AppError, isDatabaseDown } from "@/server/errors";

import type { FormState } from "@/lib/form-state";

/**
 * Wraps a form action: parses FormData with the schema, runs the handler (which authorises the caller
 * through server/authz.ts), and maps typed errors to a message. Redirects and unknown errors propagate.
 */
export function formAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (_previous: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    const input = formDataToObject(formData);
    const nulAt = findNulCharacter(input);
    if (nulAt !== null) return { status: "error", code: "BAD_REQUEST", message: `${nulAt}: ${NUL_MESSAGE}`, fieldErrors: { [nulAt]: [NUL_MESSAGE] } };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
      const first = parsed.error.issues[0];
      return { status: "error", code: "BAD_REQUEST", message: first ? `${first.path.join(".") || "input"}: ${first.message}` : "Invalid input.", fieldErrors };
    }
    try {
      return { status: "ok", data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { status: "error", code: error.code, message: error.message };
      if (isDatabaseDown(error)) {
        suspectDatabaseDown(); // the next page or action request is answered 503 by proxy.ts
        return { status: "error", code: "UNAVAILABLE", message: "Sourcework is temporarily unavailable. Nothing was changed; please try again in a moment." };
      }
      throw error;
    }
  };
}

function formDataToObject(formData: FormData) {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const existing = object[key];
    object[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return object;
}
