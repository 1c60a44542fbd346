import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { tabTo } from "./fixtures/keyboard";
import { createAssignment, startAttemptInDb } from "./fixtures/quiz";

// Read-aloud, reading preferences and the framed document (issue 15, items 3, 4 and 6).
const LESSON = "02-mikoyan-close-reading";
const READER = `/lessons/${LESSON}`;

/**
 * A stand-in for the Web Speech API (headless Chromium has no voices): one English voice; speak() starts the
 * utterance at once and window.__speech.finish() ends it, as the engine would after the last word.
 */
function fakeSpeech() {
  type U = { text: string; rate: number; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
  const state = { spoken: [] as string[], current: null as U | null, paused: false, finish() {} };
  const synth = {
    getVoices: () => [{ name: "Test voice", lang: "en-GB", default: true, localService: true, voiceURI: "test" }],
    speak(u: U) {
      state.current = u;
      state.spoken.push(u.text);
      u.onstart?.();
    },
    pause: () => void (state.paused = true),
    resume: () => void (state.paused = false),
    cancel: () => void (state.current = null),
    addEventListener() {},
    removeEventListener() {},
  };
  state.finish = () => {
    const u = state.current;
    state.current = null;
    u?.onend?.();
  };
  class Utterance {
    text: string;
    rate = 1;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  (window as unknown as { __speech: typeof state }).__speech = state;
}

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get("read-aloud") ?? [])].map((r) => r.toString()).join(""));
const speech = (page: Page) => page.evaluate(() => { const s = (window as unknown as { __speech: { spoken: string[]; paused: boolean } }).__speech; return { spoken: [...s.spoken], paused: s.paused }; });

test("without voices, read-aloud explains itself instead of offering controls", async ({ page }) => {
  await page.goto(READER);
  await expect(page.getByTestId("read-aloud-unavailable").first()).toHaveText("Read-aloud is not available: this browser has no voices installed to read with.");
  await expect(page.getByRole("button", { name: /^Read aloud/ })).toHaveCount(0);
});

test("with a voice, read-aloud highlights the document sentence by sentence and pauses and resumes by keyboard", async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(READER);
  const sentences = await page.locator("[data-archival-document] [data-sentence]").allInnerTexts();
  const open = page.getByRole("button", { name: /^Read aloud/ });
  await tabTo(page, open, 120);
  await page.keyboard.press("Enter");
  const play = page.getByRole("button", { name: "Play" });
  await tabTo(page, play);
  await page.keyboard.press("Enter");

  const position = page.getByTestId("read-aloud-position");
  await expect(position).toContainText("Reading ¶");
  await expect(position).toContainText("sentence 1 of");
  await expect.poll(() => highlighted(page)).toBe(sentences[0]);
  await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
  await expect(position).toContainText("sentence 2 of");
  await expect.poll(() => highlighted(page)).toBe(sentences[1]);
  expect((await speech(page)).spoken).toEqual(sentences.slice(0, 2));

  // The same button pauses and resumes; focus stays on it.
  const pause = page.getByRole("button", { name: "Pause" });
  await expect(pause).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Resume" })).toBeFocused();
  await expect(position).toContainText("Paused at ¶");
  expect((await speech(page)).paused).toBe(true);
  await page.keyboard.press("Enter");
  await expect(pause).toBeFocused();
  expect((await speech(page)).paused).toBe(false);
  await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
  await expect.poll(() => highlighted(page)).toBe(sentences[2]);

  await tabTo(page, page.getByRole("button", { name: "Stop" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await expect.poll(() => highlighted(page)).toBe("");
  await expectNoSeriousA11yViolations(page);
});

async function openQuiz(browser: Browser, baseURL: string, init?: () => void, viewport = { width: 1366, height: 768 }) {
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext({ viewport });
  await shareSession(api, context);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`/assignments/${assignment.id}/attempts/${attempt.id}`);
  await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toBeVisible();
  return { page, close: () => Promise.all([api.dispose(), context.close()]) };
}

test("read-aloud in the quiz's document pane reads one paragraph, highlighted in the pane", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, fakeSpeech);
  const pane = page.getByRole("region", { name: "The document" });
  await pane.getByRole("button", { name: /^Read aloud/ }).click();
  await pane.getByLabel("What to read").selectOption({ label: "¶3" });
  await pane.getByRole("button", { name: "Play" }).click();
  await expect(pane.getByTestId("read-aloud-position")).toContainText("Reading ¶3, sentence 1 of");
  const first = (await speech(page)).spoken[0]!;
  expect(first.length).toBeGreaterThan(10);
  await expect(pane.locator("[data-read-aloud-paragraph]")).toContainText(first);
  await expect.poll(() => highlighted(page)).toBe(first);
  await close();
});

test("on a phone, read-aloud in the document sheet stops when the sheet is closed", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, fakeSpeech, { width: 390, height: 844 });
  await page.getByRole("button", { name: "Read the document" }).click();
  const sheet = page.getByRole("dialog", { name: "The document" });
  await sheet.getByRole("button", { name: /^Read aloud/ }).click();
  await sheet.getByRole("button", { name: "Play" }).click();
  await expect(sheet.getByTestId("read-aloud-position")).toContainText("Reading ¶");
  await expect.poll(() => highlighted(page)).not.toBe("");
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  // No voice goes on without its controls: the engine was told to stop and nothing is marked.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __speech: { current: unknown } }).__speech.current)).toBeNull();
  await expect.poll(() => highlighted(page)).toBe("");
  await close();
});

const THEMES = ["light", "dark", "contrast"] as const;
const FONTS = ["default", "dyslexic", "legible"] as const;

async function withPreferences(page: Page, theme: string, font: string) {
  await page.evaluate(
    async ([t, f]) => {
      const html = document.documentElement;
      html.setAttribute("data-reading-theme", t!);
      if (f === "default") html.removeAttribute("data-reading-font");
      else html.setAttribute("data-reading-font", f!);
      await document.fonts.ready;
    },
    [theme, font],
  );
}

test("axe finds nothing serious on the reader with each font and theme", async ({ page }) => {
  test.setTimeout(240_000); // nine full axe runs
  await page.goto(READER);
  for (const theme of THEMES) {
    for (const font of FONTS) {
      await withPreferences(page, theme, font);
      await test.step(`${theme}, ${font}`, () => expectNoSeriousA11yViolations(page));
    }
  }
});

test("axe finds nothing serious on the quiz page with each font and theme", async ({ browser, baseURL }) => {
  test.setTimeout(240_000); // nine full axe runs
  const { page, close } = await openQuiz(browser, baseURL!);
  for (const theme of THEMES) {
    for (const font of FONTS) {
      await withPreferences(page, theme, font);
      await test.step(`${theme}, ${font}`, () => expectNoSeriousA11yViolations(page));
    }
  }
  await close();
});

test("a visitor's settings stay in this browser and are on the page before it paints", async ({ page }) => {
  await page.goto(READER);
  await page.getByRole("button", { name: "Reading settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Reading settings" });
  await dialog.getByRole("radio", { name: "Dark" }).check();
  await dialog.getByRole("radio", { name: "Larger" }).check();
  await expect(dialog.getByRole("status")).toHaveText(/Saved in this browser/);
  await expect(page.locator("html")).toHaveAttribute("data-reading-theme", "dark");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Reading settings" })).toBeFocused();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-reading-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-reading-size", "larger");
  // No flash: the script that applies them is in <head>, before anything of the body.
  const html = await (await page.request.get(READER)).text();
  expect(html.indexOf("sourcework:reading")).toBeGreaterThan(-1);
  expect(html.indexOf("sourcework:reading")).toBeLessThan(html.indexOf("<body"));
});

test("a student's settings are kept in the account: they survive sign-out and come back, before the first paint, on sign-in elsewhere", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // three browser contexts and two sign-ins
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  await page.goto(READER);
  const settings = page.getByRole("button", { name: "Reading settings" });
  await tabTo(page, settings);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Reading settings" });
  await dialog.getByRole("radio", { name: "High contrast" }).check();
  await expect(dialog.getByRole("status")).toHaveText("Saved to your account.");
  await dialog.getByRole("radio", { name: /OpenDyslexic/ }).check();
  await expect(dialog.getByRole("status")).toHaveText("Saved to your account.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(READER);
  await expect(page.locator("html")).not.toHaveAttribute("data-reading-theme", "contrast");
  await context.close();
  await api.dispose();

  // Another browser: nothing in its storage; signing in brings the account's settings (a cookie the head
  // script reads), and the page is in them before its body exists, so before anything can paint.
  const again = await playwrightRequest.newContext({ baseURL });
  await signInByApi(again, student.username!);
  const cookies = (await again.storageState()).cookies;
  expect(cookies.find((c) => c.name === "sourcework-reading")?.value).toBe("standard.standard.dyslexic.contrast");
  const fresh = await browser.newContext();
  await shareSession(again, fresh);
  const second = await fresh.newPage();
  await second.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { atBody: string | null }).atBody = document.documentElement.getAttribute("data-reading-theme");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await second.goto(READER);
  expect(await second.evaluate(() => (window as unknown as { atBody: string | null }).atBody)).toBe("contrast");
  await expect(second.locator("html")).toHaveAttribute("data-reading-theme", "contrast");
  expect(await second.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("OpenDyslexic");
  await fresh.close();
  await again.dispose();
});

test("the lesson's document is framed with its archival header, and the glossary is folded", async ({ page }) => {
  test.setTimeout(90_000); // tabs through the whole document, then a full axe run
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(READER);
  const frame = page.locator("[data-archival-document]");
  await expect(frame).toHaveCount(1);
  for (const [label, value] of [
    ["From", "Andrei A. Gromyko, USSR Minister of Foreign Affairs"],
    ["To", "Anastas I. Mikoyan"],
    ["Via", "Soviet Mission in New York"],
    ["Date", "1 November 1962"],
    ["Archive", "Archive of Foreign Policy of the Russian Federation (AVP RF)"],
  ] as const) {
    await expect(frame.locator("dt", { hasText: label }).locator("+ dd")).toHaveText(new RegExp(value.replace(/[()]/g, "\\$&")));
  }
  // Folded: the definitions are not between the reader and the quiz until asked for.
  const words = page.locator("details", { has: page.getByRole("heading", { name: /Words and names/ }) });
  await expect(words.locator("dd").first()).toBeHidden();
  await tabTo(page, words.locator("summary"), 150);
  await page.keyboard.press("Enter");
  await expect(words.locator("dd").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
