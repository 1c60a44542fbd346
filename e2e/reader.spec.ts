// The public reader: lessons, sources, compare, timeline and glossary, read without signing in.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { paragraphAnchor, sentenceAnchor } from "../lib/content/anchors";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { tabTo } from "./fixtures/keyboard";

const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";
const lessonSlugs = fs.readdirSync(path.resolve("content/lessons")).filter((name) => !name.startsWith(".")).sort();
const sourceIds = fs
  .readdirSync(path.resolve("content/sources"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.replace(/\.md$/, ""))
  .sort();

const pages = ["/lessons", ...lessonSlugs.map((s) => `/lessons/${s}`), "/sources", ...sourceIds.map((id) => `/sources/${id}`), "/compare", "/timeline", "/glossary"];

test("the content has the lessons and sources these tests expect", () => {
  expect(lessonSlugs).toHaveLength(6);
  expect(sourceIds).toEqual([KUZNETSOV, MIKOYAN]);
});

test.describe("every reader page renders, signed out, and is accessible", () => {
  for (const url of pages) {
    test(url, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe("dark mode is accessible too", () => {
  test.use({ colorScheme: "dark" });
  for (const url of ["/lessons/04-corroboration", `/sources/${KUZNETSOV}`, "/compare", "/glossary"]) {
    test(url, async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test("every link in the header leads to a page", async ({ page, request }) => {
  await page.goto("/lessons");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toEqual(["/lessons", "/sources", "/compare", "/timeline", "/glossary"]);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test("a lesson shows its question, objectives, background, numbered excerpt, guiding questions and the way to the quiz", async ({ page }) => {
  await page.goto("/lessons/01-sourcing-mikoyan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who Wrote This, and Why? Sourcing the Telegram to Mikoyan");
  await expect(page.getByText("Before we read its message, what can we learn from who wrote the telegram")).toBeVisible();
  for (const name of ["What you will learn", "Background", "The document", "Guiding questions", "Words and names", "Quiz"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  // The excerpt is p1, p2, p3 and p9; the paragraphs in between are noted, not shown.
  await expect(page.locator(`#${paragraphAnchor(MIKOYAN, "p3")}`)).toContainText("We have specified here");
  await expect(page.locator(`#${paragraphAnchor(MIKOYAN, "p5")}`)).toHaveCount(0);
  await expect(page.getByText("¶4–8 are not part of this excerpt.")).toBeVisible();
  await expect(page.locator(`#${sentenceAnchor(MIKOYAN, "p3.s2")}`)).toHaveText(
    "This must be your point of departure in your talks with U Thant, McCloy, and our Cuban friends.",
  );
  // The margin number is a link to its own paragraph.
  await expect(page.getByRole("link", { name: "Paragraph 9", exact: true })).toHaveAttribute("href", `#${paragraphAnchor(MIKOYAN, "p9")}`);
  const quiz = page.getByRole("link", { name: "Take the quiz" });
  await expect(quiz).toHaveAttribute("href", "/dashboard");
  await expect(page.getByText("Your teacher assigns it to your class")).toBeVisible();
});

test("an inline glossary term opens and closes by keyboard, and its definition is announced", async ({ page }) => {
  await page.goto("/lessons/02-mikoyan-close-reading");
  const term = page.getByRole("button", { name: "so-called quarantine", exact: true });
  await tabTo(page, term, 120);
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await expect(term).toHaveAccessibleDescription("Glossary term: press to show or hide its definition.");
  const definition = page.locator(`#${await term.getAttribute("aria-controls")}`);
  await expect(definition).toHaveAttribute("aria-live", "polite");
  await expect(definition).toHaveText("");

  await page.keyboard.press("Enter");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(definition).toContainText("quarantine (term): The U.S. Navy's blockade of Cuba");
  await expect(definition.getByRole("link", { name: "More in the glossary about quarantine" })).toHaveAttribute("href", "/glossary#quarantine");
  await expect(term).toBeFocused();

  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press("Space");
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await expect(definition).toHaveText("");
  expect(await page.evaluate(() => window.scrollY), "Space toggles the term instead of scrolling").toBe(scrolled);

  await page.keyboard.press(" ");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousA11yViolations(page);
});

test("the cite button copies the Chicago citation shown on the page", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(`/sources/${MIKOYAN}`);
  const shown = (await page.locator("[data-citation]").innerText()).trim();
  expect(shown).toBe(
    '"Telegram from USSR Foreign Minister Gromyko to Soviet Mission in New York, for A.I. Mikoyan," November 1, 1962, Wilson Center ' +
      "Digital Archive, AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive, Washington, D.C.; " +
      "translation by John Henriksen, Harvard University. https://digitalarchive.wilsoncenter.org/document/112651.",
  );
  await tabTo(page, page.getByRole("button", { name: "Copy citation" }), 150);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await context.close();
});

test("a source page shows the archive's record of the document", async ({ page }) => {
  await page.goto(`/sources/${KUZNETSOV}`);
  const record = page.getByRole("region", { name: "About this document" });
  for (const text of [
    "1 November 1962",
    "Andrei A. Gromyko, USSR Minister of Foreign Affairs",
    "Vasily V. Kuznetsov",
    "Soviet Mission in New York",
    "Archive of Foreign Policy of the Russian Federation",
    "copy obtained by NHK, provided to CWIHP",
    "John Henriksen, Harvard University",
    "Russian",
  ]) {
    await expect(record).toContainText(text);
  }
  await expect(record.getByRole("link", { name: /View this document in the archive/ })).toHaveAttribute(
    "href",
    "https://digitalarchive.wilsoncenter.org/document/112650",
  );
  // The address our copy came from stays on record, and the notes say what the ¶ numbers and the translation are.
  await expect(record).toContainText("Taken from the record at https://wilson-center-digital-archive.dvincitest.com/document/112650");
  await expect(record).toContainText("The ¶ numbers are ours");
  await expect(record).toContainText("контроль");
  await expect(page.getByText("Translation - English")).toBeVisible();
  await expect(page.locator("[data-paragraph]")).toHaveCount(11);
  await expect(page.locator("[data-document]")).toContainText(
    "[Source: AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive, Washington, D.C.; translation by John Henriksen, Harvard University.]",
  );
});

test("a sentence link highlights that sentence, with CSS alone", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const anchor = sentenceAnchor(MIKOYAN, "p5.s4");
  await page.goto(`/sources/${MIKOYAN}#${anchor}`);
  const sentence = page.locator(`#${anchor}`);
  await expect(sentence).toHaveText("Among them are perishable cargoes.");
  await expect(sentence).toBeInViewport();
  expect(await sentence.evaluate((el) => el.matches(":target"))).toBe(true);
  const background = (el: Element) => getComputedStyle(el).backgroundColor;
  const highlighted = await sentence.evaluate(background);
  expect(highlighted).not.toBe("rgba(0, 0, 0, 0)");
  expect(await page.locator(`#${sentenceAnchor(MIKOYAN, "p5.s3")}`).evaluate(background)).toBe("rgba(0, 0, 0, 0)");
  // Not by colour alone: the highlighted sentence is also underlined.
  expect(await sentence.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
  await context.close();
});

test("compare: each shared point links to both telegrams, and the texts link back", async ({ page }) => {
  await page.goto("/compare");
  const points = page.getByRole("region", { name: "What they share" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(points).toHaveCount(5);
  const deadline = page.locator("#point-deadline");
  await expect(deadline.getByRole("heading")).toHaveAccessibleName("Shared point 1: The deadline: 7 or 8, at the latest 10 November");
  await expect(deadline.locator(`a[href="#${sentenceAnchor(MIKOYAN, "p3.s1")}"]`)).toContainText("by 7 or 8 or at the latest 10 November");
  await expect(deadline.locator(`a[href="#${sentenceAnchor(KUZNETSOV, "p5.s1")}"]`)).toContainText("until 7 or 8 or at the very latest 10 November");
  for (const name of ["Lifting the quarantine", "The ships, monitoring and observers", "Removing the dismantled installations"]) {
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Where the tone differs" })).toBeVisible();

  await deadline.locator(`a[href="#${sentenceAnchor(KUZNETSOV, "p5.s1")}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${sentenceAnchor(KUZNETSOV, "p5.s1")}$`));
  const target = page.locator(`#${sentenceAnchor(KUZNETSOV, "p5.s1")}`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);

  await page.getByRole("link", { name: "Shared point 1: The deadline: 7 or 8, at the latest 10 November" }).first().click();
  await expect(page).toHaveURL(/#point-deadline$/);
});

test("compare: two columns on a wide screen, one on a phone", async ({ browser }) => {
  for (const [width, columns] of [
    [1280, 2],
    [390, 1],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto("/compare");
    const left = await page.getByRole("region", { name: "Telegram to Mikoyan", exact: true }).boundingBox();
    const right = await page.getByRole("region", { name: "Telegram to Kuznetsov", exact: true }).boundingBox();
    expect(left && right).toBeTruthy();
    if (columns === 2) expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    else expect(right!.y).toBeGreaterThan(left!.y + left!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling").toBe(true);
    await context.close();
  }
});

test("timeline: an ordered list of dated events linking to the telegrams", async ({ page }) => {
  await page.goto("/timeline");
  const items = page.getByRole("main").getByRole("list").first().getByRole("listitem");
  await expect(items.first()).toContainText("14 October 1962");
  await expect(items.last()).toContainText("20 November 1962");
  await expect(page.locator("time[datetime='1962-10-14']")).toHaveText("14 October 1962");
  const telegrams = page.locator("#gromyko-telegrams");
  await expect(telegrams).toContainText("Day of the telegrams");
  await expect(telegrams.getByRole("link", { name: "Telegram to Mikoyan" })).toHaveAttribute("href", `/sources/${MIKOYAN}`);
  await expect(telegrams.getByRole("link", { name: "Telegram to Kuznetsov" })).toHaveAttribute("href", `/sources/${KUZNETSOV}`);
});

test("glossary: grouped by kind, alphabetical, with an anchor per term and its aliases", async ({ page }) => {
  await page.goto("/glossary#quarantine");
  for (const name of ["People", "Places", "Organizations", "Terms"]) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  const people = await page.locator("section[aria-labelledby='person-group'] dt").allInnerTexts();
  expect(people[0]).toBe("Fidel Castro");
  expect(people).toContain("U Thant");
  const quarantine = page.locator("#quarantine");
  await expect(quarantine).toBeInViewport();
  await expect(quarantine).toContainText("In the telegrams: “quarantine”, “so-called quarantine”");
  await expect(quarantine.getByRole("link", { name: "Telegram to Mikoyan, paragraph 5", exact: true })).toHaveAttribute("href", `/sources/${MIKOYAN}#${paragraphAnchor(MIKOYAN, "p5")}`);
});
