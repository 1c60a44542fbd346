import { expect, request as playwrightRequest, test, type Browser } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { typeInto } from "./fixtures/keyboard";
import { createAssignment } from "./fixtures/quiz";

const LESSON = "03-kuznetsov-close-reading";
const CENTRAL = "On 1 November 1962, did Moscow stand by Cuba or trade it for a deal with Washington?";

async function signedInPage(browser: Browser, baseURL: string, identifier: string, viewport = { width: 1366, height: 768 }) {
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, identifier);
  const context = await browser.newContext({ viewport });
  await shareSession(api, context);
  const page = await context.newPage();
  return { page, close: () => Promise.all([api.dispose(), context.close()]) };
}

test("the unit page opens with the central question, then context, vocabulary and a head note per telegram", async ({ page }) => {
  await page.goto("/lessons");
  await expect(page.getByText(CENTRAL, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: /Start here/ }).click();
  await expect(page).toHaveURL(/\/unit$/);
  await expect(page.getByTestId("central-question")).toHaveText(CENTRAL);
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.slice(0, 4)).toEqual(["Central historical question", "Context first", "Words to know before reading", "The documents"]);
  await expect(page.locator("[data-head-note]")).toHaveCount(2);
  await expect(page.locator("[data-head-note]").first()).toContainText("Why it was secret");
  await expectNoSeriousA11yViolations(page);

  // The head note also stands above the telegram in the reader.
  await page.goto("/sources/gromyko-kuznetsov-1962-11-01");
  await expect(page.locator("[data-head-note]")).toContainText("How we have it");
});

test("a student fills in the organiser by keyboard, reloads and finds it there; the teacher sees it", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two people, three pages, two axe scans
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { page, close } = await signedInPage(browser, baseURL!, student.username!);
  await page.goto(`/assignments/${assignment.id}`);
  const organiser = page.getByRole("region", { name: /Offers, demands and refusals: the message for McCloy/ });
  await expect(organiser).toBeVisible();
  await expect(page.getByText("Questions on this excerpt")).toBeVisible();

  const status = organiser.getByRole("status");
  await typeInto(page, organiser.getByLabel("Offer, demand or refusal? — Observers on Cuban territory"), "A refusal: only Cuba decides.");
  await typeInto(page, organiser.getByLabel("The telegram's words — Observers on Cuban territory"), "“The Cubans, and only the Cubans” (¶3)");
  await expect(status).toHaveText("All changes saved");
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByLabel("Offer, demand or refusal? — Observers on Cuban territory")).toHaveValue("A refusal: only Cuba decides.");
  await expect(page.getByLabel("The telegram's words — Observers on Cuban territory")).toHaveValue("“The Cubans, and only the Cubans” (¶3)");
  await close();

  const teacher = await signedInPage(browser, baseURL!, classroom.teacher.email!);
  await teacher.page.goto(`/teacher/classes/${classroom.klass.id}/students/${student.id}`);
  const chart = teacher.page.getByTestId("organiser-answers");
  await expect(chart).toContainText("2 of 18 cells filled");
  const row = chart.getByRole("row", { name: /Observers on Cuban territory/ });
  await expect(row).toContainText("A refusal: only Cuba decides.");
  await expect(row).toContainText("“The Cubans, and only the Cubans” (¶3)");
  await expectNoSeriousA11yViolations(teacher.page);
  await teacher.close();
});

test("text typed while the server is unreachable is kept and delivered, nothing lost on reload", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { page, close } = await signedInPage(browser, baseURL!, student.username!, { width: 390, height: 844 });
  await page.goto(`/assignments/${assignment.id}`);
  await page.route("**/organiser", (route) => route.abort("internetdisconnected"));
  const cell = page.getByLabel("Whose interest does it serve, and how? — The quarantine");
  await cell.fill("Moscow's: its ships are waiting.");
  await expect(page.getByTestId("organiser-status").getByRole("status")).toHaveText(/Not saved — retrying/);
  await page.unroute("**/organiser");
  page.once("dialog", (dialog) => void dialog.accept()); // the "unsaved changes" prompt
  await page.reload();
  await expect(cell).toHaveValue("Moscow's: its ships are waiting.");
  await expect(page.getByTestId("organiser-status").getByRole("status")).toHaveText("All changes saved");
  await page.reload();
  await expect(cell).toHaveValue("Moscow's: its ships are waiting.");
  await close();
});

test("the teacher guide: teachers read it (standards also on the assign form); a student gets 404", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two people, four pages, an axe scan
  const classroom = await makeClassroom(1);
  const teacher = await signedInPage(browser, baseURL!, classroom.teacher.email!);
  await teacher.page.goto(`/teacher/classes/${classroom.klass.id}/assignments/new?lesson=04-corroboration`);
  const standards = teacher.page.getByTestId("lesson-standards");
  await expect(standards).toContainText("RH.9-10.6");
  await teacher.page.getByLabel("Lesson", { exact: true }).selectOption("02-mikoyan-close-reading");
  await expect(standards).toContainText("RH.9-10.2");
  await standards.getByRole("link", { name: "Teacher guide for this lesson" }).click();
  await expect(teacher.page).toHaveURL(/\/teacher\/lessons\/02-mikoyan-close-reading\/guide$/);
  await expect(teacher.page).toHaveTitle("Teacher guide · Persuading Castro: A Close Reading of the Telegram to Mikoyan · Sourcework");
  await expect(teacher.page.getByRole("heading", { name: "Discussion plan: Role-play" })).toBeVisible();
  await expect(teacher.page.getByRole("heading", { name: "Mikoyan prepares for Castro" })).toBeVisible();
  await expect(teacher.page.getByRole("heading", { name: "Answer key, with the reasoning" })).toBeVisible();
  await expect(teacher.page.getByText(/Misconception: The quarantine was a blockade/)).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  await teacher.close();

  const student = await signedInPage(browser, baseURL!, classroom.students[0]!.username!);
  const response = await student.page.goto("/teacher/lessons/02-mikoyan-close-reading/guide");
  expect(response?.status()).toBe(404);
  await expect(student.page).toHaveTitle("Page not found · Sourcework");
  await expect(student.page.getByText("Answer key, with the reasoning")).toHaveCount(0);
  await student.close();
});
