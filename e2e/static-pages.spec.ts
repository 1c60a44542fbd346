import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { PUBLIC_PAGES } from "../testing/public-pages";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";

// The public pages are prerendered once at build time, so their CSP cannot carry a per-request nonce: it lists
// the SHA-256 of each script the build found in them (scripts/csp-hashes.mjs, proxy.ts).

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The page's cumulative layout shift so far (shifts right after input excluded, as CLS does). */
async function recordLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { cls: number }).cls);
}

test("every public page is prerendered under a hash policy, cacheable, and runs its scripts with no CSP violation", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await recordViolations(page);
  for (const path of PUBLIC_PAGES) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const scriptSrc = headers["content-security-policy"]?.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    expect(scriptSrc, path).not.toContain("'nonce-");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(headers["cache-control"], path).toMatch(/^public, .*s-maxage=\d+/);
    expect(headers["set-cookie"], `${path}: a cacheable page sets no cookie`).toBeUndefined();
    // The account links come from a script: they appear only if the page's own scripts ran.
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" }), path).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
});

test("a script injected into a prerendered page's HTML is refused, and the page's own scripts still run", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.route("/lessons/02-mikoyan-close-reading", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>document.documentElement.dataset.injected = 'ran'</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/lessons/02-mikoyan-close-reading");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await page.locator("html").getAttribute("data-injected"), "the injected script ran").toBeNull();
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
});

test("a page load gets the build's compressed copy with an ETag, a revalidation is a 304, and the router still gets its payload", async ({ baseURL }) => {
  const path = "/lessons/04-corroboration";
  const load = (headers: Record<string, string>) => fetch(`${baseURL}${path}`, { headers: { accept: "text/html,application/xhtml+xml", ...headers } });
  // Node's fetch decodes what it is sent, so the bytes on the wire are read from content-length.
  const plain = await load({ "accept-encoding": "identity" });
  const html = await plain.text();
  expect(plain.headers.get("content-encoding")).toBeNull();
  expect(Number(plain.headers.get("content-length"))).toBe(Buffer.byteLength(html));
  expect(html).toContain("Same Author, Same Day, Two Audiences");
  for (const [encoding, asked] of [["br", "gzip, deflate, br, zstd"], ["gzip", "gzip, deflate"]] as const) {
    const response = await load({ "accept-encoding": asked });
    expect(response.headers.get("content-encoding"), asked).toBe(encoding);
    expect(Number(response.headers.get("content-length")), `${encoding}: under a quarter of the HTML`).toBeLessThan(Buffer.byteLength(html) / 4);
    expect(await response.text(), `${encoding}: the same page`).toBe(html);
  }
  for (const response of [plain, await load({ "accept-encoding": "gzip" })]) {
    expect(response.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^;]+'strict-dynamic'/);
    expect(response.headers.get("cache-control")).toMatch(/^public, /);
    expect(response.headers.get("x-frame-options"), "the protective headers too").toBe("DENY");
    expect(response.headers.get("etag")).toBe(plain.headers.get("etag"));
  }
  const etag = plain.headers.get("etag")!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await load({ "if-none-match": etag });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe("");
  expect((await load({ "if-none-match": '"another-build"' })).status).toBe(200);
  // A client-side navigation's request: Next.js answers it with the RSC payload, not the HTML.
  const rsc = await fetch(`${baseURL}${path}?_rsc=x`, { headers: { rsc: "1" } });
  expect(rsc.headers.get("content-type")).toContain("text/x-component");
  expect(rsc.headers.get("cache-control")).toMatch(/^public, /);
  expect(rsc.headers.get("content-security-policy")).toContain("'strict-dynamic'");
});

test("private and per-request pages keep a fresh nonce and are never cached", async ({ request }) => {
  for (const path of ["/signup", "/join", "/privacy"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers()["cache-control"], path).toMatch(/private.*no-store|no-store.*private/);
    expect((await request.get(path)).headers()["content-security-policy"], `${path}: a fresh nonce`).not.toBe(csp);
  }
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the account links fill their reserved place without moving the page, signed out and signed in", async ({ browser, baseURL }) => {
    const { students } = await makeClassroom(1);
    const api = await playwrightRequest.newContext({ baseURL });
    await signInByApi(api, students[0]!.username!);
    const signedIn = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await shareSession(api, signedIn);
    const signedOut = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const [context, link] of [[signedOut, "Sign in"], [signedIn, "My work"]] as const) {
      const page = await context.newPage();
      const shift = await recordLayoutShift(page);
      for (const path of ["/", "/lessons/02-mikoyan-close-reading"]) {
        await page.goto(path);
        await expect(page.getByRole("banner").getByRole("link", { name: link })).toBeVisible();
        // Two frames after the links arrived: any shift they caused has been reported.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await shift(), `${link} on ${path}`).toBeLessThan(0.01);
      }
      await page.close();
    }
    await Promise.all([signedIn.close(), signedOut.close(), api.dispose()]);
  });

  test("signed in, the header's account link is wide enough to tap, and signing out is on the account page", async ({ browser, baseURL }) => {
    const { students } = await makeClassroom(1);
    const api = await playwrightRequest.newContext({ baseURL });
    await signInByApi(api, students[0]!.username!);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await shareSession(api, context);
    const page = await context.newPage();
    await page.goto("/lessons");
    const banner = page.getByRole("banner");
    const account = banner.getByRole("link", { name: "Student 1" });
    await expect(account).toBeVisible();
    // WCAG 2.5.8: at least 24 × 24 px to tap; and nothing of the header runs off the screen.
    const box = (await account.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(banner.getByRole("button", { name: "Sign out" })).toBeHidden();
    await account.click();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
    await Promise.all([context.close(), api.dispose()]);
  });

  test("the home page shows the collection and the two ways in, and is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "The two documents" })).toBeVisible();
    await expect(page.getByRole("region", { name: "The two documents" }).getByRole("heading", { level: 3 })).toHaveCount(2);
    await expect(page.getByRole("list", { name: "Lessons in order" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("link", { name: "I’m a teacher — create a class" })).toHaveAttribute("href", "/signup");
    await page.getByRole("link", { name: "I have a join code" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join a class");
    await page.goBack();
    await expectNoSeriousA11yViolations(page);
  });
});
