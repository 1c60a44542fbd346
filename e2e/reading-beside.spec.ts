import { expect, request as playwrightRequest, test, type Browser } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { tabTo } from "./fixtures/keyboard";
import { createAssignment, startAttemptInDb } from "./fixtures/quiz";

// Lesson 2's first question asks "According to ¶3, …" about the telegram to Mikoyan.
const LESSON = "02-mikoyan-close-reading";

async function openQuiz(browser: Browser, baseURL: string, viewport: { width: number; height: number }) {
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext({ viewport });
  await shareSession(api, context);
  const page = await context.newPage();
  await page.goto(`/assignments/${assignment.id}/attempts/${attempt.id}`);
  await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toBeVisible();
  await expect(page.getByText(/According to ¶3/)).toBeVisible();
  return { page, close: () => Promise.all([api.dispose(), context.close()]) };
}

test("on a laptop the document is beside the question, with the cited paragraph marked and in view", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, { width: 1366, height: 768 });
  // The tab names the lesson (several tabs open, or the history, say which quiz).
  await expect(page).toHaveTitle("Quiz · Persuading Castro: A Close Reading of the Telegram to Mikoyan · Sourcework");
  const pane = page.getByRole("region", { name: "The document" });
  await expect(pane).toBeVisible();
  const cited = pane.locator("[data-cited]");
  await expect(cited).toHaveCount(1);
  await expect(cited).toContainText("¶3");
  await expect(cited).toBeInViewport();
  // The pane sits beside the question, not above or below it.
  const paneBox = (await pane.boundingBox())!;
  const questionBox = (await page.getByRole("region", { name: /^Question 1 of/ }).boundingBox())!;
  expect(paneBox.x + paneBox.width).toBeLessThanOrEqual(questionBox.x);
  expect(paneBox.y).toBeLessThan(questionBox.y + questionBox.height);
  await page.getByRole("button", { name: "Show ¶3" }).click();
  await expect(cited).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await close();
});

test("on a phone the cited paragraph opens in a sheet by keyboard, and closing it returns focus", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, { width: 390, height: 844 });
  await expect(page.getByRole("region", { name: "The document" })).toBeHidden();
  const show = page.getByRole("button", { name: "Show ¶3" });
  await tabTo(page, show);
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: /¶3$/ });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("our installations now being dismantled");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(show).toBeFocused();
  await close();
});

test("on a tablet held upright the whole document opens from the question, at the cited paragraph, and closes back to it", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, { width: 820, height: 1180 });
  await expect(page.getByRole("region", { name: "The document" })).toBeHidden();
  const read = page.getByRole("button", { name: "Read the document" });
  await tabTo(page, read);
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: "The document" });
  await expect(sheet).toBeVisible();
  // Every paragraph of the excerpt, with ¶ numbers, the cited one marked and scrolled into view.
  await expect(sheet.getByRole("heading", { name: /^Telegram from USSR Foreign Minister Gromyko/ })).toBeVisible();
  const cited = sheet.locator("[data-cited]");
  await expect(cited).toContainText("¶3");
  await expect(cited).toBeInViewport();
  expect(await sheet.locator("p[id^='sheet-']").count()).toBeGreaterThan(3);
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(read).toBeFocused();
  await close();
});

test("on a laptop there is no sheet to open: the document is already beside the question", async ({ browser, baseURL }) => {
  const { page, close } = await openQuiz(browser, baseURL!, { width: 1366, height: 768 });
  await expect(page.getByRole("button", { name: /^Read the document/ })).toBeHidden();
  await close();
});
