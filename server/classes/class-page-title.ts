import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { AppError } from "@/server/errors";

/**
 * A teacher page's title with its class's name ("Gradebook · Period 2"), so tabs and history say which class.
 * When the page will answer 404 or 403 instead, the title says that: a page's metadata wins over the
 * not-found and forbidden pages' own.
 */
export async function classPageTitle(classId: string, page?: string): Promise<string> {
  try {
    const { klass } = await requireTeacherOf(classId);
    return page ? `${page} · ${klass.name}` : klass.name;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "Page not found";
    if (error instanceof AppError && error.code === "FORBIDDEN") return "No access";
    return page ?? "Class";
  }
}
