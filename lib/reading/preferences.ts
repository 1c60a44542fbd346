// A reader's preferences for how text is shown: kept on the server for signed-in users (ReadingPreference),
// in localStorage otherwise, and applied as data attributes on <html> before the first paint by
// lib/reading/head-script.ts (an account's from the READING_COOKIE, otherwise the browser's copy).
// app/reading.css turns each attribute into sizes, spacing, a font and a palette.

export const TEXT_SIZES = ["standard", "large", "larger", "largest"] as const;
export const LINE_SPACINGS = ["standard", "wide", "wider"] as const;
export const READING_FONTS = ["default", "dyslexic", "legible"] as const;
/** "system" follows the device's light or dark setting. */
export const READING_THEMES = ["system", "light", "dark", "contrast"] as const;

// No zod here: the header's settings panel imports this file on every page, and zod would add ~20 KB of
// JavaScript to each. The action's schema is in ./preferences-schema.ts.
export type ReadingPreferences = {
  textSize: (typeof TEXT_SIZES)[number];
  lineSpacing: (typeof LINE_SPACINGS)[number];
  font: (typeof READING_FONTS)[number];
  theme: (typeof READING_THEMES)[number];
};
const OPTIONS: { [K in keyof ReadingPreferences]: readonly ReadingPreferences[K][] } = { textSize: TEXT_SIZES, lineSpacing: LINE_SPACINGS, font: READING_FONTS, theme: READING_THEMES };

export const DEFAULT_READING_PREFERENCES: ReadingPreferences = { textSize: "standard", lineSpacing: "standard", font: "default", theme: "system" };

export const READING_LABELS = {
  textSize: { legend: "Text size", options: { standard: "Standard", large: "Large", larger: "Larger", largest: "Largest" } },
  lineSpacing: { legend: "Line spacing", options: { standard: "Standard", wide: "Wide", wider: "Wider" } },
  font: { legend: "Font", options: { default: "Default", dyslexic: "OpenDyslexic (dyslexia-friendly)", legible: "Atkinson Hyperlegible (high legibility)" } },
  theme: { legend: "Colours", options: { system: "As my device", light: "Light", dark: "Dark", contrast: "High contrast" } },
} as const satisfies { [K in keyof ReadingPreferences]: { legend: string; options: Record<ReadingPreferences[K], string> } };

/** The browser's copy, for visitors who are not signed in. The head script reads the same key. */
export const READING_STORAGE_KEY = "sourcework:reading";

/** The data attribute on <html> for each preference; a default is left off, so the page's own CSS applies. */
export const READING_ATTRIBUTES = { textSize: "data-reading-size", lineSpacing: "data-reading-spacing", font: "data-reading-font", theme: "data-reading-theme" } as const;
/**
 * An account's preferences travel to the browser in this cookie (set at sign-in and on save, removed at sign-out),
 * so the head script can apply them before the first paint on every page, prerendered ones included. The value is
 * the four option names joined by dots, in READING_KEYS order; it is no secret and is not HttpOnly.
 */
export const READING_COOKIE = "sourcework-reading";
export const READING_KEYS = ["textSize", "lineSpacing", "font", "theme"] as const satisfies readonly (keyof ReadingPreferences)[];

export function readingCookieValue(preferences: ReadingPreferences): string {
  return READING_KEYS.map((key) => preferences[key]).join(".");
}

/** The attributes to put on <html> for these preferences (defaults omitted). */
export function readingAttributes(preferences: ReadingPreferences): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(READING_ATTRIBUTES) as (keyof ReadingPreferences)[]) {
    if (preferences[key] !== DEFAULT_READING_PREFERENCES[key]) attributes[READING_ATTRIBUTES[key]] = preferences[key];
  }
  return attributes;
}

/** Stored preferences read back (database row or localStorage): anything unknown falls back to the default, one field at a time. */
export function readingPreferencesFrom(value: unknown): ReadingPreferences {
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const field = <K extends keyof ReadingPreferences>(key: K): ReadingPreferences[K] => {
    const value = record[key];
    return (OPTIONS[key] as readonly unknown[]).includes(value) ? (value as ReadingPreferences[K]) : DEFAULT_READING_PREFERENCES[key];
  };
  return { textSize: field("textSize"), lineSpacing: field("lineSpacing"), font: field("font"), theme: field("theme") };
}
