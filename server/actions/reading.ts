"use server";

import { ReadingPreferencesSchema } from "@/lib/reading/preferences-schema";
import { saveMyReadingPreferences } from "@/server/reading/save-my-reading-preferences";
import { formAction } from "@/server/safe-action";

/** The preferences panel (components/reading/reading-preferences-menu.tsx) saves all four at once. */
export const saveReadingPreferences = formAction(ReadingPreferencesSchema, (input) => saveMyReadingPreferences(input));
