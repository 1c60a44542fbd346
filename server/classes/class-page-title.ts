import "server-only";
import { requireTeacherOf } from "@/server/authz";

/**
 * A teacher page's title with its class's name ("Gradebook · Period 2"), so tabs and history say which class.
 * Someone who may not see the class gets the bare page name; the page itself then answers 403 or 404.
 */
export async function classPageTitle(classId: string, page?: string): Promise<string> {
  try {
    const { klass } = await requireTeacherOf(classId);
    return page ? `${page} · ${klass.name}` : klass.name;
  } catch {
    return page ?? "Class";
  }
}
