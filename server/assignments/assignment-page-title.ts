import "server-only";
import { requireStudent } from "@/server/authz";
import { findStudentAssignment } from "@/server/assignments/find-student-assignment";
import { pageTitle } from "@/server/page-title";

/** A student page's title with the assignment's lesson ("Results · Who Wrote This, and Why?…"). */
export async function assignmentPageTitle(assignmentId: string, page?: string): Promise<string> {
  return pageTitle(page ?? "Assignment", async () => {
    const student = await requireStudent();
    const { lesson } = await findStudentAssignment(assignmentId, student.id);
    return page ? `${page} · ${lesson.title}` : lesson.title;
  });
}
