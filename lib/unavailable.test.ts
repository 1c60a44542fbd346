import { describe, expect, test } from "vitest";
import { unavailablePageHtml, UNAVAILABLE_TEXT, UNAVAILABLE_TITLE } from "./unavailable";

// The page proxy.ts answers with a 503 while the database is down: it must stand alone (no scripts, nothing
// loaded from anywhere) and still be a proper, labelled document.
describe("the 503 page", () => {
  const html = unavailablePageHtml();

  test("is a whole document with a language, a title, one h1 in a main landmark, and a way to try again", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`<title>${UNAVAILABLE_TITLE} · Sourcework</title>`);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toMatch(new RegExp(`<main id="main">\\s*<h1>${UNAVAILABLE_TITLE}</h1>\\s*<p>${UNAVAILABLE_TEXT.replace(/\./g, "\\.")}</p>\\s*<a href="">Try again</a>`));
  });

  test("runs no script and loads nothing", () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
  });
});
