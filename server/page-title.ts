import "server-only";
import { getCurrentUser } from "@/server/authz";
import { getLesson } from "@/server/content/catalog";
import { AppError } from "@/server/errors";

/**
 * A page's title from what it shows (a class, a lesson), so tabs and history say which. When the page will
 * answer 404 or 403 instead, the title says that: a page's metadata wins over the not-found and forbidden
 * pages' own. Any other failure (signed out, the database down) falls back to the page's plain name.
 */
export async function pageTitle(fallback: string, find: () => Promise<string>): Promise<string> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "Page not found";
    if (error instanceof AppError && error.code === "FORBIDDEN") return "No access";
    return fallback;
  }
}

/**
 * A teacher's page about a lesson (its guide, its quiz preview): "Teacher guide · <the lesson>". Anyone else is
 * told what the page will answer them: the guide does not exist for them, the preview is not theirs to see.
 */
export async function teacherLessonPageTitle(slug: string, page: string, toOthers: "Page not found" | "No access"): Promise<string> {
  return pageTitle(page, async () => {
    const [user, lesson] = await Promise.all([getCurrentUser(), getLesson(slug)]);
    if (!lesson) return "Page not found";
    if (user?.role !== "TEACHER") return toOthers;
    return `${page} · ${lesson.title}`;
  });
}
