import "server-only";
import type { ReadingPreferences } from "@/lib/reading/preferences";
import { requireUser } from "@/server/authz";
import { db } from "@/server/db";
import { putReadingCookie } from "@/server/reading/reading-cookie";

/**
 * Saves the caller's own reading preferences (the key is the caller's id: nobody can write another's). One
 * statement, and the cookie the head script reads, so every later page load starts with them.
 */
export async function saveMyReadingPreferences(preferences: ReadingPreferences): Promise<ReadingPreferences> {
  const user = await requireUser();
  await db.readingPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...preferences }, update: preferences });
  await putReadingCookie(preferences);
  return preferences;
}
