// A real Chromium, for what a person actually sees: an App Router error page is rendered by the client
// (app/error.tsx) from the server's error payload, so its words are not in the server's HTML.
import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error("No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
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
