import { expect, request as playwrightRequest, test } from "@playwright/test";
import Papa from "papaparse";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "01-sourcing-mikoyan";

test("a submission appears in the teacher's open gradebook within 5 seconds, and the CSV says the same", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const classroom = await makeClassroom(2);
  const [first, second] = classroom.students as [(typeof classroom.students)[0], (typeof classroom.students)[0]];
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt: a1, questions } = await startAttemptInDb(assignment.id, first.id, LESSON);

  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const context = await browser.newContext({ acceptDownloads: true });
  await shareSession(teacherApi, context);
  const page = await context.newPage();
  await page.goto(`/teacher/classes/${classroom.klass.id}/gradebook`);
  await expect(page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
  // A student's row: their name, their average, then one cell per assignment (here one).
  const cellOf = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) }).getByRole("cell").last();
  const cell = cellOf(first.name);
  await expect(cell).toHaveText("In progress");
  await expect(cellOf(second.name)).toHaveText("Not started");
  await expectNoSeriousA11yViolations(page);

  // The student submits while the teacher's page stays open: no reload.
  const studentApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(studentApi, first.username!);
  const result = await answerAllAndSubmit(studentApi, a1.id, questions);
  const percent = `${Math.round((result.score / result.maxScore) * 100)}%`;
  await expect(cell).toContainText(result.awaitingGrading ? "Awaiting grading" : "Submitted", { timeout: 5_000 });
  await expect(cell).toContainText(percent);

  // The CSV parses back to the same statuses and numbers.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const statusCol = header.findIndex((h) => h.endsWith("— status"));
  const scoreCol = header.findIndex((h) => h.endsWith("— score %"));
  const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
  expect(byName.get(first.name)?.[statusCol]).toBe(result.awaitingGrading ? "Awaiting grading" : "Submitted");
  expect(`${Math.round(Number(byName.get(first.name)?.[scoreCol]))}%`).toBe(percent);
  expect(byName.get(second.name)?.[statusCol]).toBe("Not started");

  // Item analysis and the charts page render and are accessible.
  await page.getByRole("link", { name: "Who Wrote This, and Why? Sourcing the Telegram to Mikoyan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Item analysis/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/teacher/classes/${classroom.klass.id}/insights`);
  await expect(page.getByRole("img", { name: /^Class mastery by skill/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
