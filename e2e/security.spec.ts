import { expect, request as playwrightRequest, test } from "@playwright/test";
import { uniq } from "../prisma/factories";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";

test("every page is sent with a nonce CSP and the protective headers", async ({ request }) => {
  for (const path of ["/", "/lessons/02-mikoyan-close-reading", "/login"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    // A fresh nonce every time.
    const again = (await request.get(path)).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ baseURL }) => {
  const { students } = await makeClassroom(1);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, students[0]!.username!);
  const session = (await api.storageState()).cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await api.dispose();
});

test("names typed by people stay text everywhere they are shown", async ({ browser, baseURL }) => {
  const hostile = `<img src=x onerror="document.title='pwned'">`;
  const { teacher, klass } = await makeClassroom(0);
  await db.user.create({ data: { role: "STUDENT", name: hostile, username: uniq("xss"), passwordHash: "x", enrollments: { create: { classId: klass.id } } } });
  await db.class.update({ where: { id: klass.id }, data: { name: `Class ${hostile}` } });
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, teacher.email!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const path of [`/teacher/classes/${klass.id}`, `/teacher/classes/${klass.id}/gradebook`, "/teacher"]) {
    await page.goto(path);
    await expect(page.getByText(hostile).first()).toBeVisible();
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
  }
  expect(dialogs).toBe(0);
  await context.close();
});

test("no page loads anything from another origin", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // ten pages, each until the network is idle
  const { students } = await makeClassroom(1);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, students[0]!.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  for (const path of ["/", "/lessons", "/lessons/01-sourcing-mikoyan", "/sources/gromyko-mikoyan-1962-11-01", "/compare", "/glossary", "/timeline", "/dashboard", "/progress", "/account"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
  await context.close();
});
