import { expect, request as playwrightRequest, test } from "@playwright/test";
import type { Question } from "../lib/content/schemas";
import { wrongResponse } from "../testing/responses";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo } from "./fixtures/keyboard";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "02-mikoyan-close-reading";

test("a student with a submitted quiz sees mastery and scores, then practises a missed question by keyboard", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // a whole quiz through the API, two pages, four axe scans
  // --- a submitted attempt, every answer wrong, through the app's own JSON API
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  await answerAllAndSubmit(api, attempt.id, questions, wrongResponse);

  // A day passes for one single-choice question; the rest stay in the future.
  const target = questions.find((q) => q.definition.type === "single-choice")!;
  const definition = target.definition as Extract<Question, { type: "single-choice" }>;
  await db.reviewItem.update({ where: { studentId_questionId: { studentId: student.id, questionId: target.id } }, data: { dueAt: new Date(Date.now() - 60_000) } });

  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();

  // --- progress: mastery in words, the rules, the score chart and its table
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("mastery-close-reading")).toHaveText(/Attempted/);
  await expect(page.getByTestId("mastery-sourcing")).toHaveText(/Not started/);
  await expect(page.getByText("At least 8 answers, averaging 85% or more", { exact: false })).toBeVisible();
  await expect(page.getByRole("img", { name: /Chart of your quiz scores: 1 submitted attempt/ })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Persuading Castro");
  await expect(page.getByTestId("review-due")).toContainText("1 question to review now.");
  await expectNoSeriousA11yViolations(page);

  // --- review, keyboard only
  await tabTo(page, page.getByRole("link", { name: "Practise now" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("group", { name: definition.prompt })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The card's options are shuffled, so the key is found by its text: Space picks the first, arrows walk on.
  const key = page.getByRole("radio", { name: definition.choices.find((c) => c.id === definition.answer)!.text, exact: true });
  await tabTo(page, page.getByRole("radio").first());
  await page.keyboard.press("Space");
  for (let i = 0; i < definition.choices.length && !(await key.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(key).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");

  const verdict = page.getByRole("heading", { name: /Correct/ });
  await expect(verdict).toBeFocused();
  await expect(page.getByTestId("review-outcome")).toContainText("comes back in 3 days");
  await expect(page.getByRole("link", { name: /Telegram to Mikoyan, ¶\d+/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await tabTo(page, page.getByRole("button", { name: "Finish" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^Nothing to review — come back / })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // The item moved up a box; the graded attempt did not change.
  const item = await db.reviewItem.findUniqueOrThrow({ where: { studentId_questionId: { studentId: student.id, questionId: target.id } } });
  expect(item.box).toBe(1);
  expect((await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: target.id } } })).score).toBe(0);

  await context.close();
  await api.dispose();
});
