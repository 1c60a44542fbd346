import "server-only";
import { cookies } from "next/headers";
import { READING_COOKIE, readingCookieValue, readingPreferencesFrom, type ReadingPreferences } from "@/lib/reading/preferences";
import { db } from "@/server/db";

// The account's reading preferences, copied into a cookie the head script reads before the first paint
// (lib/reading/head-script.ts): the root layout reads nothing of the request, so the public pages can be
// prerendered, and still a signed-in reader sees their own settings from the first frame on any device.
const YEAR = 365 * 24 * 60 * 60;

export async function putReadingCookie(preferences: ReadingPreferences): Promise<void> {
  (await cookies()).set(READING_COOKIE, readingCookieValue(preferences), { path: "/", maxAge: YEAR, sameSite: "lax", secure: process.env.NODE_ENV === "production" && process.env.APP_URL?.startsWith("https:") === true });
}

/** At sign-in: the account's saved preferences into the cookie, or no cookie (this browser's copy applies). */
export async function putAccountReadingCookie(userId: string): Promise<void> {
  const row = await db.readingPreference.findUnique({ where: { userId }, select: { textSize: true, lineSpacing: true, font: true, theme: true } });
  if (row) await putReadingCookie(readingPreferencesFrom(row));
  else await clearReadingCookie();
}

/** At sign-out: the account's settings leave with it. */
export async function clearReadingCookie(): Promise<void> {
  (await cookies()).delete(READING_COOKIE);
}
