// A real Chromium, for what a person actually sees: an App Router error page is rendered by the client
// (app/error.tsx) from the server's error payload, so its words are not in the server's HTML.
import type { Browser } from "@playwright/test";
import { describeChromium, launchChromium } from "../../testing/chromium";

/** The browser of the e2e tier, chosen the same way (testing/chromium.ts); says which one ran. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  console.log(describeChromium(browser));
  return browser;
}

export type RenderedPage = { status: number | null; heading: string | null; text: string };

/**
 * Opens `path` with the given cookies and waits (bounded) until the page shows `expectHeading`; returns the
 * status of the document and the visible text, whether or not that heading came.
 */
export async function renderPage(browser: Browser, baseUrl: string, path: string, cookies: Map<string, string>, expectHeading: string): Promise<RenderedPage> {
  const context = await browser.newContext();
  try {
    await context.addCookies([...cookies].map(([name, value]) => ({ name, value, url: baseUrl })));
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "domcontentloaded", timeout: 15_000 });
    const heading = page.getByRole("heading", { level: 1 }).filter({ hasText: expectHeading });
    await heading.waitFor({ timeout: 10_000 }).catch(() => {});
    return {
      status: response?.status() ?? null,
      heading: (await page.locator("h1").first().textContent({ timeout: 1_000 }).catch(() => null))?.trim() ?? null,
      text: await page.locator("body").innerText({ timeout: 2_000 }).catch(() => ""),
    };
  } finally {
    await context.close();
  }
}
