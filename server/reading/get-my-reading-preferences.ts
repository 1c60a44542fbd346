import "server-only";
import { readingPreferencesFrom, type ReadingPreferences } from "@/lib/reading/preferences";
import { getCurrentUser } from "@/server/authz";
import { db } from "@/server/db";

export type MyReadingPreferences = { signedIn: boolean; saved: ReadingPreferences | null };

/**
 * The signed-in reader's saved preferences, for the root layout to render on <html> (no flash on any device).
 * Signed out, or never saved: `saved` is null and the browser's copy applies (lib/reading/head-script.ts).
 * Costs nothing for a visitor who is not signed in, and one primary-key read otherwise.
 */
export async function getMyReadingPreferences(): Promise<MyReadingPreferences> {
  const user = await getCurrentUser();
  if (!user) return { signedIn: false, saved: null };
  const row = await db.readingPreference.findUnique({ where: { userId: user.id }, select: { textSize: true, lineSpacing: true, font: true, theme: true } });
  return { signedIn: true, saved: row ? readingPreferencesFrom(row) : null };
}
