// Accommodations end to end: the class's teacher sets ×2 and the adapted text for one student; that student is
// told about the extended time, gets the adapted text first, switches to the original by keyboard, answers an
// evidence question on the adapted text, and scores exactly what a classmate answering on the original scores.
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo } from "./fixtures/keyboard";

// Lesson 3's q02 (question 2: the file's order) is an evidence question on ¶2–¶4 of the telegram to Kuznetsov; p3.s2 earns the point.
const LESSON = "03-kuznetsov-close-reading";
const LIMIT = 15;

async function signedInPage(browser: Browser, baseURL: string, identifier: string): Promise<{ page: Page; api: APIRequestContext; close: () => Promise<unknown> }> {
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, identifier);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await shareSession(api, context);
  const page = await context.newPage();
  return { page, api, close: () => Promise.all([api.dispose(), context.close()]) };
}

/** Starts the quiz from the assignment page and moves to question 2 (the evidence question). */
async function startAndGoToEvidence(page: Page, assignmentId: string) {
  await page.goto(`/assignments/${assignmentId}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: /^Question 2 of/ })).toBeVisible();
  return page.url().split("/attempts/")[1]!;
}

async function submitted(api: APIRequestContext, attemptId: string) {
  // The choice is saved when the server has it; then turn the attempt in.
  await expect.poll(async () => (await db.answer.findMany({ where: { attemptId } })).length).toBeGreaterThan(0);
  expect((await api.post(`/api/attempts/${attemptId}/submit`)).status()).toBe(200);
  return db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: { where: { questionId: `${LESSON}/q02` } } } });
}

test("×2 and adapted text for one student: extended time, adapted first, original by keyboard, the same score as a classmate on the original", async ({ browser, baseURL }) => {
  test.setTimeout(150_000); // three people, six pages, four axe scans
  const classroom = await makeClassroom(2);
  const [accommodated, classmate] = classroom.students as [(typeof classroom.students)[0], (typeof classroom.students)[0]];
  const assignment = await db.assignment.create({
    data: { classId: classroom.klass.id, lessonId: LESSON, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), timeLimitMinutes: LIMIT },
  });

  // The teacher, from the roster.
  const teacher = await signedInPage(browser, baseURL!, classroom.teacher.email!);
  await teacher.page.goto(`/teacher/classes/${classroom.klass.id}`);
  await teacher.page.getByRole("link", { name: `Accommodations for ${accommodated.name}` }).click();
  await expect(teacher.page.getByRole("heading", { level: 1, name: `Accommodations: ${accommodated.name}` })).toBeVisible();
  await expect(teacher.page.getByText(/to an attempt the student already has open too/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  const everyAssignment = teacher.page.getByRole("form", { name: "Accommodations for every assignment" });
  await everyAssignment.getByLabel("Time").selectOption({ label: "Time ×2" });
  await everyAssignment.getByLabel("Adapted text first").check();
  await everyAssignment.getByRole("button", { name: "Save for every assignment" }).click();
  await expect(everyAssignment.getByText(/^Saved\./)).toBeVisible();

  // The accommodated student: told, timed by their own limit, the adapted text first.
  const student = await signedInPage(browser, baseURL!, accommodated.username!);
  await student.page.goto(`/assignments/${assignment.id}`);
  await expect(student.page.getByTestId("time-limit")).toHaveText("You have 30 minutes — extended.");
  const mine = await startAndGoToEvidence(student.page, assignment.id);
  await expect(student.page.getByTestId("time-note")).toHaveText("You have 30 minutes — extended.");
  const stored = await db.attempt.findUniqueOrThrow({ where: { id: mine } });
  expect(stored.expiresAt!.getTime() - stored.startedAt.getTime()).toBe(2 * LIMIT * 60_000);

  const adapted = student.page.getByRole("button", { name: /Adapted version$/ });
  const original = student.page.getByRole("button", { name: /Original document$/ });
  await expect(adapted).toHaveAttribute("aria-pressed", "true");
  const pane = student.page.getByRole("region", { name: "The document" });
  await expect(pane.getByRole("heading", { name: /^Adapted version of: Telegram from USSR Foreign Minister/ })).toBeVisible();
  await expect(student.page.getByText(/^From: Adapted version of:/)).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);

  // To the original by keyboard, and back.
  await tabTo(student.page, original);
  await student.page.keyboard.press("Enter");
  await expect(original).toHaveAttribute("aria-pressed", "true");
  await expect(pane.getByRole("heading", { name: /^Telegram from USSR Foreign Minister/ })).toBeVisible();
  await expect(student.page.getByRole("checkbox", { name: "The Cubans, and only the Cubans, can make decisions on questions of that sort." })).toBeVisible();
  await tabTo(student.page, adapted);
  await student.page.keyboard.press("Space");
  await expect(adapted).toHaveAttribute("aria-pressed", "true");

  // The evidence answer, chosen on the adapted text, is the original's sentence.
  await student.page.getByRole("checkbox", { name: "The Cubans, and only the Cubans, can decide questions like this." }).check();
  await original.click();
  await expect(student.page.getByRole("checkbox", { name: "The Cubans, and only the Cubans, can make decisions on questions of that sort." })).toBeChecked();
  const mineDone = await submitted(student.api, mine);

  // The classmate: no accommodation, the original first, nothing said about extra time.
  const other = await signedInPage(browser, baseURL!, classmate.username!);
  const theirs = await startAndGoToEvidence(other.page, assignment.id);
  await expect(other.page.getByTestId("time-note")).toHaveCount(0);
  await expect(other.page.getByRole("button", { name: /Original document$/ })).toHaveAttribute("aria-pressed", "true");
  await other.page.getByRole("checkbox", { name: "The Cubans, and only the Cubans, can make decisions on questions of that sort." }).check();
  const theirsDone = await submitted(other.api, theirs);

  expect(mineDone.answers.map((a) => a.response)).toEqual([{ sentences: ["p3.s2"] }]);
  expect(mineDone.answers.map((a) => a.response)).toEqual(theirsDone.answers.map((a) => a.response));
  expect(mineDone.score).toBeGreaterThan(0);
  expect(mineDone.score).toBe(theirsDone.score);

  // The teacher's gradebook marks the accommodated student discreetly; the classmate's row says nothing.
  await teacher.page.goto(`/teacher/classes/${classroom.klass.id}/gradebook`);
  const labels = teacher.page.getByTestId("accommodation-label");
  await expect(labels).toHaveCount(1);
  await expect(teacher.page.getByRole("row", { name: new RegExp(accommodated.name) })).toContainText("Accommodations: Time ×2 · Adapted text first");
  await expectNoSeriousA11yViolations(teacher.page);

  await Promise.all([teacher.close(), student.close(), other.close()]);
});

test("the reader shows the adapted version, labelled as modified, one click from the original", async ({ page }) => {
  await page.goto("/sources/gromyko-kuznetsov-1962-11-01");
  await page.getByRole("button", { name: /Adapted version$/ }).click();
  await expect(page).toHaveURL(/version=adapted/);
  await expect(page.getByText(/^Adapted version of: Telegram from USSR/)).toBeVisible();
  await expect(page.getByText("The Cubans, and only the Cubans, can decide questions like this.", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByRole("button", { name: /Adapted version$/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: /Original document$/ }).click();
  await expect(page.getByText("The Cubans, and only the Cubans, can make decisions on questions of that sort.", { exact: false })).toBeVisible();
  await expect(page.getByText(/^Adapted version of: Telegram from USSR/)).toBeHidden();
});
