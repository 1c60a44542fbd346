import { expect, request as playwrightRequest, test } from "@playwright/test";
import type { Question } from "../lib/content/schemas";
import { REVEAL_FOR_TEACHERS } from "../lib/reveal-policy";
import { correctResponse } from "../testing/responses";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo } from "./fixtures/keyboard";

const LESSON = "02-mikoyan-close-reading";

test("a teacher assigns a quiz whose answers are never shown, with shuffled questions; the student then sees the total only", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;

  // --- the teacher, by keyboard: each policy says what students will see
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const teacherContext = await browser.newContext();
  await shareSession(teacherApi, teacherContext);
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/teacher/classes/${classroom.klass.id}/assignments/new?lesson=${LESSON}`);
  await expect(teacher.getByRole("textbox", { name: "Due" })).toBeVisible(); // the date fields render in the browser
  for (const text of Object.values(REVEAL_FOR_TEACHERS)) await expect(teacher.getByText(text)).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

  const never = teacher.getByRole("radio", { name: "Never (total score only)" });
  await tabTo(teacher, teacher.getByRole("radio", { name: "After the quiz is submitted" }));
  for (let i = 0; i < 4 && !(await never.isChecked()); i++) await teacher.keyboard.press("ArrowDown");
  await expect(never).toBeChecked();
  await expect(never).toHaveAccessibleDescription(REVEAL_FOR_TEACHERS.NEVER);
  await expect(teacher.getByRole("checkbox", { name: "Shuffle the options for each student" })).toBeChecked();
  await tabTo(teacher, teacher.getByRole("checkbox", { name: "Shuffle the order of the questions for each student" }));
  await teacher.keyboard.press("Space");
  await tabTo(teacher, teacher.getByRole("button", { name: "Assign" }));
  await teacher.keyboard.press("Enter");
  await expect(teacher).toHaveURL(/\?assigned=1$/);
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classroom.klass.id } });
  expect(assignment).toMatchObject({ lessonId: LESSON, revealPolicy: "NEVER", shuffleOptions: true, shuffleQuestions: true });
  await teacherContext.close();

  // --- the student starts in the browser, answers everything right through the JSON API, submits
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  await page.goto(`/assignments/${assignment.id}`);
  await expect(page.getByTestId("reveal-policy")).toHaveText("Answers shown: never (total score only). You see your total score only: your teacher does not show how each question went.");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id } });
  const pinned = Object.entries(attempt.questionVersionIds as Record<string, string>);
  const versions = await db.questionVersion.findMany({ where: { id: { in: pinned.map(([, v]) => v) } } });
  for (const [n, [questionId, versionId]] of pinned.entries()) {
    const definition = versions.find((v) => v.id === versionId)!.definition as unknown as Question;
    const saved = await api.put(`/api/attempts/${attempt.id}/answers`, { data: { questionId, versionId, response: correctResponse(definition), flagged: false, seq: n + 1 } });
    expect(saved.status()).toBe(200);
  }
  expect((await api.post(`/api/attempts/${attempt.id}/submit`)).status()).toBe(200);

  await page.goto(`/assignments/${assignment.id}/attempts/${attempt.id}/results`);
  await expect(page.getByTestId("score")).toContainText(" points (");
  await expect(page.getByTestId("reveal-policy")).toContainText("You see your total score only");
  await expect(page.getByTestId("result-1")).toHaveText("Answered");
  await expect(page.getByText(/^(Correct|Incorrect|Partly correct) · /)).toHaveCount(0);
  await expect(page.getByText("Evidence:")).toHaveCount(0);
  for (const v of versions) await expect(page.getByText((v.definition as unknown as Question).explanation)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
