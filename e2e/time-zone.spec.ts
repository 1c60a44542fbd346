// Times are stored in UTC and shown in the viewer's time zone, which the browser reports in a cookie.
import { expect, test, request as playwrightRequest } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";
import { createAssignment } from "./fixtures/quiz";

test("on the very first visit, due times are shown in the browser's time zone", async ({ browser, baseURL }) => {
  const { klass, students } = await makeClassroom(1);
  const assignment = await createAssignment(klass.id, "01-sourcing-mikoyan");
  await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date("2030-01-15T08:00:00Z") } });
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, students[0]!.username!);
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  await shareSession(api, context);
  const page = await context.newPage();

  await page.goto("/dashboard");
  // 08:00 UTC is 17:00 in Tokyo (UTC+9, no daylight saving time).
  await expect(page.locator(`time[datetime="2030-01-15T08:00:00.000Z"]`)).toHaveText("Tue 15 Jan 2030, 17:00");
  expect((await context.cookies()).find((c) => c.name === "tz")?.value).toBe(encodeURIComponent("Asia/Tokyo"));
  await context.close();
  await api.dispose();
});

test("a page without times of day is not rendered a second time for the time zone", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  const refreshes: string[] = [];
  // A refresh asks for the page's RSC payload; link prefetches say they are prefetches.
  page.on("request", (r) => {
    const headers = r.headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"] && new URL(r.url()).pathname === "/compare") refreshes.push(r.url());
  });
  await page.goto("/compare");
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === "tz")).toBe(true);
  await page.waitForLoadState("networkidle");
  expect(refreshes).toEqual([]);
  await context.close();
});
