"use server";

import { ReadingPreferences } from "@/lib/reading/preferences";
import { saveMyReadingPreferences } from "@/server/reading/save-my-reading-preferences";
import { formAction } from "@/server/safe-action";

/** The preferences panel (components/reading/reading-preferences-menu.tsx) saves all four at once. */
export const saveReadingPreferences = formAction(ReadingPreferences, (input) => saveMyReadingPreferences(input));
