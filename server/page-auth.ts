import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { CHOOSE_PASSWORD_PATH } from "@/server/authz";
import { AppError } from "@/server/errors";

/**
 * Runs a page's authorised data loading and turns typed errors into what a browser expects:
 * sign in first (redirect), choose your password first (redirect), 403 page, or 404 page — never a stack
 * trace and never data.
 */
export async function loadForPage<T>(path: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") redirect(`/login?next=${encodeURIComponent(path)}`);
      if (error.code === "PASSWORD_CHANGE_REQUIRED") redirect(`${CHOOSE_PASSWORD_PATH}?next=${encodeURIComponent(path)}`);
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}
