import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";

test("home page introduces the collection and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read the telegrams. Answer from the text.");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lessons" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("health endpoint reports the database and migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ db: "ok", migrations: "applied" });
});

test("the privacy page states what is kept and for how long, and is accessible", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy");
  await expect(page.getByText("has not been used for 2 years is deleted")).toBeVisible();
  await expect(page.getByText("archived for 1 year is deleted")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
