import "server-only";
import { requireTeacherOf } from "@/server/authz";
import { pageTitle } from "@/server/page-title";

/** A teacher page's title with its class's name ("Gradebook · Period 2"). */
export async function classPageTitle(classId: string, page?: string): Promise<string> {
  return pageTitle(page ?? "Class", async () => {
    const { klass } = await requireTeacherOf(classId);
    return page ? `${page} · ${klass.name}` : klass.name;
  });
}
