import "server-only";
import type { ReadingPreferences } from "@/lib/reading/preferences";
import { requireUser } from "@/server/authz";
import { db } from "@/server/db";

/** Saves the caller's own reading preferences (the key is the caller's id: nobody can write another's). One statement. */
export async function saveMyReadingPreferences(preferences: ReadingPreferences): Promise<ReadingPreferences> {
  const user = await requireUser();
  await db.readingPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...preferences }, update: preferences });
  return preferences;
}
