import { describe, expect, it } from "vitest";
import { READING_HEAD_SCRIPT } from "./head-script";
import { DEFAULT_READING_PREFERENCES, READING_COOKIE, READING_STORAGE_KEY, readingAttributes, readingCookieValue, readingPreferencesFrom } from "./preferences";

/** Runs the head script against a stand-in <html> element and localStorage; returns the attributes it set. */
function runHeadScript(stored: string | null, cookie = "") {
  const attributes = new Map<string, string>();
  const documentElement = { hasAttribute: (name: string) => attributes.has(name), setAttribute: (name: string, value: string) => void attributes.set(name, value) };
  const localStorage = { getItem: (key: string) => (key === READING_STORAGE_KEY ? stored : null) };
  new Function("document", "localStorage", READING_HEAD_SCRIPT)({ documentElement, cookie }, localStorage);
  return Object.fromEntries(attributes);
}

describe("reading preferences", () => {
  it("puts only the preferences that differ from the default on <html>", () => {
    expect(readingAttributes(DEFAULT_READING_PREFERENCES)).toEqual({});
    expect(readingAttributes({ ...DEFAULT_READING_PREFERENCES, font: "dyslexic", theme: "contrast" })).toEqual({ "data-reading-font": "dyslexic", "data-reading-theme": "contrast" });
  });

  it("reads a stored copy field by field, falling back to the default for anything unknown", () => {
    expect(readingPreferencesFrom({ textSize: "larger", lineSpacing: "huge", font: 3, theme: "dark" })).toEqual({ textSize: "larger", lineSpacing: "standard", font: "default", theme: "dark" });
    expect(readingPreferencesFrom(null)).toEqual(DEFAULT_READING_PREFERENCES);
  });
});

describe("the head script", () => {
  it("applies the browser's saved preferences before the page paints", () => {
    const stored = JSON.stringify({ textSize: "largest", lineSpacing: "wide", font: "legible", theme: "dark" });
    expect(runHeadScript(stored)).toEqual({ "data-reading-size": "largest", "data-reading-spacing": "wide", "data-reading-font": "legible", "data-reading-theme": "dark" });
  });

  it("ignores values it does not know (a stored copy could be anything) and defaults", () => {
    const stored = JSON.stringify({ textSize: "standard", font: "<script>", theme: "contrast" });
    expect(runHeadScript(stored)).toEqual({ "data-reading-theme": "contrast" });
    expect(runHeadScript("not json")).toEqual({});
    expect(runHeadScript(null)).toEqual({});
  });

  it("prefers an account's preferences from the cookie to this browser's copy", () => {
    const cookie = `tz=Europe%2FLondon; ${READING_COOKIE}=${readingCookieValue({ ...DEFAULT_READING_PREFERENCES, font: "dyslexic", theme: "light" })}; other=1`;
    expect(runHeadScript(JSON.stringify({ theme: "dark", textSize: "largest" }), cookie)).toEqual({ "data-reading-font": "dyslexic", "data-reading-theme": "light" });
    expect(runHeadScript(null, `${READING_COOKIE}=largest.wide.bogus.contrast`)).toEqual({ "data-reading-size": "largest", "data-reading-spacing": "wide", "data-reading-theme": "contrast" });
  });

  it("is one constant string (a hash-based CSP can allow it)", () => {
    expect(READING_HEAD_SCRIPT).not.toMatch(/\n/);
    expect(READING_HEAD_SCRIPT.length).toBeLessThan(1000);
  });
});
