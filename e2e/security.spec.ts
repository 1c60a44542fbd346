import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEFAULT_PASSWORD, uniq } from "../prisma/factories";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";

test("every page is sent with a nonce or hash CSP and the protective headers", async ({ request }) => {
  // The public pages are prerendered: their scripts are allowed by hash (e2e/static-pages.spec.ts), the rest by a fresh nonce.
  const prerendered = ["/", "/lessons/02-mikoyan-close-reading"];
  for (const path of [...prerendered, "/signup"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(prerendered.includes(path) ? /^[^]*'sha256-[A-Za-z0-9+/=]+'[^]*'strict-dynamic'/ : /'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    // A fresh nonce every time; a prerendered page's policy is its own, the same for every copy.
    const again = (await request.get(path)).headers()["content-security-policy"];
    if (prerendered.includes(path)) expect(again).toBe(csp);
    else expect(again).not.toBe(csp);
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

test("behind HTTPS the session cookie is also Secure, with the __Secure- prefix", async ({ baseURL }) => {
  // Production runs behind a TLS-terminating proxy that says so in X-Forwarded-Proto; Auth.js trusts it
  // (trustHost) and switches to Secure cookies, which a browser then never sends over plain HTTP.
  const { students } = await makeClassroom(1);
  const https = { "X-Forwarded-Proto": "https" };
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: https });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-authjs.csrf-token="))!;
  expect(csrfCookie, "the CSRF cookie is host-only and Secure").toMatch(/; Secure/i);

  const signIn = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...https, "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie.split(";")[0]! },
    body: new URLSearchParams({ identifier: students[0]!.username!, password: DEFAULT_PASSWORD, csrfToken, callbackUrl: "/" }),
  });
  expect(signIn.status).toBe(302);
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, "a __Secure- session cookie is set").toBeDefined();
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; SameSite=Lax/i);

  // And it signs the student in under that name, for pages and for autosave (which reads the token itself):
  // a save of an unknown question gets past sign-in to a 400 about the question, where a signed-out one is a 401.
  const cookie = session!.split(";")[0]!;
  expect((await fetch(`${baseURL}/dashboard`, { headers: { ...https, Cookie: cookie }, redirect: "manual" })).status).toBe(200);
  const save = (headers: Record<string, string>) =>
    fetch(`${baseURL}/api/attempts/no-such-attempt/answers`, { method: "PUT", headers: { ...https, ...headers, "Content-Type": "application/json" }, body: JSON.stringify({ questionId: "01-sourcing-mikoyan/q99", versionId: "v", response: null }) });
  const signedIn = await save({ Cookie: cookie });
  expect(signedIn.status).toBe(400);
  expect(await signedIn.json()).toEqual({ error: "That question is not part of this attempt.", code: "BAD_REQUEST" });
  expect((await save({})).status).toBe(401);
});

test("a server action posted from another origin is refused and changes nothing", async ({ browser, baseURL }) => {
  const { teacher } = await makeClassroom(0);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, teacher.email!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  await page.goto("/teacher");

  // A real submission of the "create class" form, recorded to replay it with another Origin.
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await page.getByLabel("New class name").fill("Recorded class");
  await page.getByRole("button", { name: "Create class" }).click();
  const recorded = await posted;
  await expect.poll(() => db.class.count({ where: { teacherId: teacher.id, name: "Recorded class" } })).toBe(1);
  const headers = await recorded.allHeaders();
  const replay = (origin: string, name: string) =>
    context.request.post(recorded.url(), {
      headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component", origin },
      data: Buffer.from(recorded.postDataBuffer()!.toString("utf8").replace("Recorded class", name)),
      maxRedirects: 0,
    });

  const forged = await replay("https://evil.example", "Forged class");
  expect(forged.ok(), "a cross-origin action is refused").toBe(false);
  expect(await db.class.count({ where: { teacherId: teacher.id, name: "Forged class" } })).toBe(0);

  // The same replay from the app's own origin works, so it was the Origin that was refused.
  const sameOrigin = await replay(new URL(baseURL!).origin, "Replayed class");
  expect(sameOrigin.ok()).toBe(true);
  expect(await db.class.count({ where: { teacherId: teacher.id, name: "Replayed class" } })).toBe(1);
  await context.close();
});

test("malformed sign-in requests are refused without a session and without a server error", async ({ baseURL }) => {
  const { students } = await makeClassroom(1);
  const username = students[0]!.username!;
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().find((c) => /^(__Host-)?authjs\.csrf-token=/.test(c))!.split(";")[0]!;
  const bodies: [string, string, string][] = [
    ["no CSRF token", "application/x-www-form-urlencoded", new URLSearchParams({ identifier: username, password: DEFAULT_PASSWORD }).toString()],
    ["a wrong CSRF token", "application/x-www-form-urlencoded", new URLSearchParams({ identifier: username, password: DEFAULT_PASSWORD, csrfToken: "forged" }).toString()],
    ["a 1 MB identifier", "application/x-www-form-urlencoded", new URLSearchParams({ identifier: "x".repeat(1_000_000), password: "x", csrfToken }).toString()],
    ["a NUL in the identifier", "application/x-www-form-urlencoded", new URLSearchParams({ identifier: `${username}\u0000`, password: DEFAULT_PASSWORD, csrfToken }).toString()],
    ["SQL as the identifier", "application/x-www-form-urlencoded", new URLSearchParams({ identifier: `' OR '1'='1' --`, password: "x", csrfToken }).toString()],
    ["repeated fields", "application/x-www-form-urlencoded", `identifier=${username}&identifier=other&password=x&password=y&csrfToken=${csrfToken}`],
    ["a JSON body", "application/json", JSON.stringify({ identifier: { $ne: "" }, password: { $ne: "" }, csrfToken })],
    ["no body", "application/x-www-form-urlencoded", ""],
  ];
  for (const [name, contentType, body] of bodies) {
    const response = await fetch(`${baseURL}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "Content-Type": contentType, Cookie: cookie }, body });
    expect(response.status, name).toBeLessThan(500);
    // Auth.js hides a server error behind a redirect to ?error=Configuration. A request that carries the
    // CSRF token reaches our authorize(), which must refuse it as a failed sign-in.
    const location = response.headers.get("location") ?? "";
    expect(location, `${name}: no hidden server error`).not.toContain("error=Configuration");
    if (body.includes(csrfToken) && contentType !== "application/json") expect(location, `${name}: refused by authorize()`).toContain("error=CredentialsSignin");
    expect(response.headers.getSetCookie().some((c) => /authjs\.session-token=[^;]/.test(c)), `${name}: no session`).toBe(false);
  }
  const unknown = await fetch(`${baseURL}/api/auth/no-such-action`);
  expect(unknown.status).toBeLessThan(500);
});

test("the browser under test enforces the page's CSP and the same-origin policy", async ({ page, baseURL }) => {
  // The other tests here read headers; this one needs the browser to act on them, so that a browser launched
  // without web security (as the npm Chromium's own serverless flags would) fails here instead of passing quietly.
  // An inline script slipped into a real page, which keeps its own headers, must not run under that page's CSP.
  await page.route("/lessons", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>document.documentElement.dataset.injected = 'ran'</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/lessons");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("html").getAttribute("data-injected"), "an inline script without the nonce or a hash ran").toBeNull();

  // A page may not read another origin's response (the same server under another host name: no CORS headers).
  await page.goto("/api/health");
  const foreign = `${new URL(baseURL!).protocol}//localhost:${new URL(baseURL!).port}/api/health`;
  const read = await page.evaluate(async (url) => fetch(url).then((r) => r.text(), () => "refused"), foreign);
  expect(read, "a cross-origin read succeeded").toBe("refused");
});

test("signing out holds even when a prefetch sent before it answers after it", async ({ browser, baseURL }) => {
  // The router prefetches the header's private links (/account, /dashboard) alongside whatever the person does; a
  // reply to one sent with the old cookie must not bring the ended session back when it lands after sign-out.
  const { students } = await makeClassroom(1);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, students[0]!.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  let delivered = 0;
  await page.route(/\/(account|dashboard)\?_rsc=/, async (route) => {
    const response = await route.fetch();
    held++;
    await released;
    await route.fulfill({ response });
    delivered++;
  });
  await page.goto("/lessons");
  await expect.poll(() => held, { message: "the header's private links were prefetched" }).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const heldBeforeRelease = held;
  release();
  await expect.poll(() => delivered).toBeGreaterThanOrEqual(heldBeforeRelease);
  await page.unroute(/\/(account|dashboard)\?_rsc=/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  await context.close();
  await api.dispose();
});
