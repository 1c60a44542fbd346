import { expect, request as playwrightRequest, test } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "02-mikoyan-close-reading"; // its quiz ends in an open response, graded by the teacher

test("the teacher home says what needs doing; grading from the gradebook's cells empties it", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const classroom = await makeClassroom(2);
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  for (const student of classroom.students) {
    const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
    const api = await playwrightRequest.newContext({ baseURL });
    await signInByApi(api, student.username!);
    expect((await answerAllAndSubmit(api, attempt.id, questions)).awaitingGrading).toBe(true);
    await api.dispose();
  }

  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const context = await browser.newContext();
  await shareSession(teacherApi, context);
  const page = await context.newPage();
  await page.goto("/teacher");
  const desk = page.getByRole("region", { name: "Needs attention" });
  await expect(desk.getByRole("link", { name: "2 answers to grade" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // One click from the home page to the grading queue.
  await desk.getByRole("link", { name: "2 answers to grade" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Grading queue" })).toBeVisible();

  // Each gradebook cell opens that student's work, where the open answer is graded.
  for (const student of classroom.students) {
    await page.goto(`/teacher/classes/${classroom.klass.id}/gradebook`);
    await expect(page).toHaveTitle(`Gradebook · ${classroom.klass.name} · Sourcework`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: student.name, exact: true }) });
    await expect(row.getByRole("cell").nth(0)).toContainText("provisional");
    await row.getByRole("link", { name: /Awaiting grading/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
    const score = page.getByRole("spinbutton", { name: /^Score/ });
    await score.fill("3");
    await page.getByRole("button", { name: "Save grade" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved: 3 \// })).toBeVisible();
  }

  await page.goto("/teacher");
  await expect(desk).toContainText("Nothing waiting");
  // Another teacher's class is not found, and its page says so in the tab as well.
  const other = await makeClassroom(1);
  await page.goto(`/teacher/classes/${other.klass.id}/gradebook`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Sourcework");
  await page.goto("/teacher");
  await expectNoSeriousA11yViolations(page);
  await Promise.all([teacherApi.dispose(), context.close()]);
});
