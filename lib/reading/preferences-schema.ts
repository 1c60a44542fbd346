import { z } from "zod";
import { LINE_SPACINGS, READING_FONTS, READING_THEMES, TEXT_SIZES, type ReadingPreferences } from "./preferences";

/** The save action's input: exactly the four preferences, each one of its options. */
export const ReadingPreferencesSchema = z.strictObject({
  textSize: z.enum(TEXT_SIZES),
  lineSpacing: z.enum(LINE_SPACINGS),
  font: z.enum(READING_FONTS),
  theme: z.enum(READING_THEMES),
}) satisfies z.ZodType<ReadingPreferences>;
