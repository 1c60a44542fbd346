import "server-only";
import { cache } from "react";
import { sessionToken } from "@/server/auth/session-token";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Role } from "@/lib/enums";

// Who may do what. Every server page, action and route handler calls one of these; the proxy only redirects.
// Ownership is part of each query's `where`, so "not yours" and "does not exist" are the same 404.
// Someone signed in with a temporary password (mustChangePassword) gets PASSWORD_CHANGE_REQUIRED from every
// require…() here — pages send them to /account/password, actions and routes refuse — until they choose one
// there (requireUserChoosingPassword is the one way past).

export type CurrentUser = { id: string; name: string; role: Role; username: string | null; email: string | null; mustChangePassword: boolean };

export const CHOOSE_PASSWORD_PATH = "/account/password";
const choosePasswordFirst = () => new AppError("PASSWORD_CHANGE_REQUIRED", "Choose your own password first: your teacher's temporary one works only for that.");

/** The signed-in user, re-read from the database once per request: deleted users and reset passwords end sessions. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await sessionToken();
  if (!token?.sub) return null;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, name: true, role: true, username: true, email: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || user.sessionVersion !== token.sv) return null;
  const { sessionVersion: _sv, ...current } = user;
  return current;
});

/**
 * The session's claims without a database read, for hot paths (autosave) that check the session version
 * inside their one query instead. Anything that does not do so must use requireUser().
 */
export async function requireSessionClaims(): Promise<{ userId: string; role: Role; sessionVersion: number }> {
  const token = await sessionToken();
  if (!token?.sub) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  // The flag is in the token from sign-in; the session version the caller checks makes it current
  // (a reset that sets it also ends older sessions, and choosing a password ends this one).
  if (token.pwc) throw choosePasswordFirst();
  return { userId: token.sub, role: token.role, sessionVersion: token.sv };
}

/** The signed-in user, even one who must still choose a password: for that page and its action only. */
export async function requireUserChoosingPassword(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return user;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await requireUserChoosingPassword();
  if (user.mustChangePassword) throw choosePasswordFirst();
  return user;
}

export async function requireTeacher(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "TEACHER") throw new AppError("FORBIDDEN", "Only teachers can do that.");
  return user;
}

export async function requireStudent(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students can do that.");
  return user;
}

/** The class, if the caller teaches it; otherwise 404 (the same as a class that does not exist). */
/** The caller's own class; otherwise 404. Once per request and class, so a page's title and body share it. */
export const requireTeacherOf = cache(async (classId: string) => {
  const user = await requireTeacher();
  const klass = await db.class.findFirst({ where: { id: classId, teacherId: user.id } });
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  return { user, klass };
});
