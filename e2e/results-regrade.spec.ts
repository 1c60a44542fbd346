import { expect, request as playwrightRequest, test, type Browser, type BrowserContext } from "@playwright/test";
import type { Question } from "../lib/content/schemas";
import type { RevealPolicy } from "../lib/enums";
import { correctResponse, wrongResponse } from "../testing/responses";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

// Lesson 2's first question: "According to ¶3, by when at the very latest…" — key "10 November".
const LESSON = "02-mikoyan-close-reading";
const FIRST_WRONG = (q: Question) => (q.type === "single-choice" && q.id === "q01" ? wrongResponse(q) : correctResponse(q));

async function signedInContext(browser: Browser, baseURL: string | undefined, identifier: string): Promise<BrowserContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, identifier);
  const context = await browser.newContext();
  await shareSession(api, context);
  return context;
}

/** A student's submitted attempt of lesson 2 under `revealPolicy`, wrong on question 1 and right on the rest. */
async function submitted(classroom: Awaited<ReturnType<typeof makeClassroom>>, baseURL: string | undefined, revealPolicy: RevealPolicy) {
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON, { revealPolicy });
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const result = await answerAllAndSubmit(api, attempt.id, questions, FIRST_WRONG);
  return { assignment, attempt, questions, result, url: `/assignments/${assignment.id}/attempts/${attempt.id}/results` };
}

test("after submission the results show each answer beside the correct one; a teacher's regrade, previewed first, reaches the student with a note", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const classroom = await makeClassroom(1);
  const { assignment, questions, result, url } = await submitted(classroom, baseURL, "AFTER_SUBMISSION");
  const first = questions[0]!;
  expect(first.definition.type).toBe("single-choice");

  const studentContext = await signedInContext(browser, baseURL, classroom.students[0]!.username!);
  const page = await studentContext.newPage();
  await page.goto(url);
  await expect(page).toHaveTitle("Results · Persuading Castro: A Close Reading of the Telegram to Mikoyan · Sourcework");
  await expect(page.getByTestId("score")).toContainText(`${result.score} / ${result.maxScore} points`);
  await expect(page.getByTestId("result-counts")).toContainText("1 wrong or blank");
  await expect(page.getByTestId("result-1")).toHaveText("Incorrect · 0 / 1 points");
  await expect(page.getByTestId("your-answer-1")).toContainText("7 November");
  await expect(page.getByTestId("correct-answer-1")).toContainText("10 November");
  // A right answer is not repeated as "the correct answer".
  await expect(page.getByTestId("result-2")).toHaveText(/^Correct · /);
  await expect(page.getByTestId("your-answer-2")).toBeVisible();
  await expect(page.getByTestId("correct-answer-2")).toHaveCount(0);
  // The explanation's "¶3" leads to that paragraph of the telegram.
  const link = page.getByRole("link", { name: /^¶3 \(.*paragraph 3, opens in a new tab\)$/ }).first();
  await expect(link).toHaveAttribute("href", /\/sources\/gromyko-mikoyan-1962-11-01#gromyko-mikoyan-1962-11-01-p3$/);
  await expectNoSeriousA11yViolations(page);

  // --- the teacher throws question 1 out with full marks for everyone, from the item analysis
  const teacherContext = await signedInContext(browser, baseURL, classroom.teacher.email!);
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/analysis`);
  await teacher.getByRole("link", { name: "Throw out or regrade question 1", exact: true }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Throw out or regrade a question" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByRole("radio", { name: /^Give everyone full marks/ }).check();
  await teacher.getByRole("button", { name: "Show whose scores change" }).click();
  await expect(teacher.getByTestId("dry-run-summary")).toContainText("1 attempt's score changes. 0 stay as they are. Nothing has been written yet.");
  await expect(teacher.getByTestId("dry-run-row")).toContainText(classroom.students[0]!.name);
  await expect(teacher.getByTestId("dry-run-row")).toContainText("+1 point");
  expect(await db.gradeAudit.count({ where: { answer: { attempt: { assignmentId: assignment.id } } } })).toBe(0);
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByRole("button", { name: "Give everyone full marks: change 1 score" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Applied. 1 score changed" })).toBeVisible();
  expect(await db.gradeAudit.count({ where: { answer: { attempt: { assignmentId: assignment.id } } } })).toBe(1);

  // --- the student sees the new score, and why
  await page.reload();
  await expect(page.getByTestId("score")).toContainText(`${result.score + 1} / ${result.maxScore} points`);
  await expect(page.getByTestId("result-1")).toHaveText("Correct · 1 / 1 points");
  await expect(page.getByTestId("regrade-note-1")).toHaveText("Regraded: Your teacher gave everyone full marks for this question.");
  await studentContext.close();
  await teacherContext.close();
});

test("under the other policies the results show only what each allows", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const classroom = await makeClassroom(1);
  const context = await signedInContext(browser, baseURL, classroom.students[0]!.username!);
  const page = await context.newPage();

  // Checked as you go: the same as after submission once submitted.
  const each = await submitted(classroom, baseURL, "AFTER_EACH_QUESTION");
  await page.goto(each.url);
  await expect(page.getByTestId("your-answer-1")).toContainText("7 November");
  await expect(page.getByTestId("correct-answer-1")).toContainText("10 November");

  // Before the due date, and never: the total only.
  for (const policy of ["AFTER_DUE", "NEVER"] as const) {
    const { url, result } = await submitted(classroom, baseURL, policy);
    await page.goto(url);
    await expect(page.getByTestId("score")).toContainText(`${result.score} / ${result.maxScore} points`);
    await expect(page.getByTestId("result-1")).toHaveText("Answered");
    await expect(page.getByTestId("result-counts")).toHaveCount(0);
    await expect(page.getByTestId("your-answer-1")).toHaveCount(0);
    await expect(page.getByTestId("correct-answer-1")).toHaveCount(0);
    await expect(page.getByText("10 November")).toHaveCount(0);
    await expect(page.getByText("7 November")).toHaveCount(0);
    await expect(page.getByText("Evidence:")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
  await context.close();
});

test("a teacher credits a defensible sentence the evidence key left out, by keyboard, and the student's answer becomes correct", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const isOnP3 = (q: Question) => q.type === "evidence" && q.within?.join() === "p3";
  const index = questions.findIndex((q) => isOnP3(q.definition));
  const number = index + 1;
  // Lesson 2 asks for evidence within ¶3 and keys ¶3.3; this student chose ¶3.2.
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  await answerAllAndSubmit(api, attempt.id, questions, (q) => (isOnP3(q) ? { sentences: ["p3.s2"] } : correctResponse(q)));

  const teacherContext = await signedInContext(browser, baseURL, classroom.teacher.email!);
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/analysis`);
  await teacher.getByRole("link", { name: `Throw out or regrade question ${number}`, exact: true }).click();
  const key = teacher.getByRole("group", { name: /^Corrected key/ });
  await expect(key.getByRole("checkbox", { name: /^¶3, sentence 3: .*\(the key now\)$/ })).toBeChecked();
  await teacher.getByRole("radio", { name: /^Regrade with a corrected key/ }).check();
  const added = key.getByRole("checkbox", { name: /^¶3, sentence 2: This must be your point of departure/ });
  await expect(added).not.toBeChecked();
  await added.focus();
  await teacher.keyboard.press("Space");
  await teacher.getByRole("button", { name: "Show whose scores change" }).click();
  await expect(teacher.getByTestId("dry-run-summary")).toContainText("1 attempt's score changes.");
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByRole("button", { name: /^Regrade with a corrected key: change 1 score/ }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Applied. 1 score changed" })).toBeVisible();

  const studentContext = await signedInContext(browser, baseURL, student.username!);
  const page = await studentContext.newPage();
  await page.goto(`/assignments/${assignment.id}/attempts/${attempt.id}/results`);
  await expect(page.getByTestId(`result-${number}`)).toHaveText(/^Correct · /);
  await expect(page.getByTestId(`regrade-note-${number}`)).toHaveText("Regraded: Your teacher corrected this question's answer key and regraded it.");
  await Promise.all([studentContext.close(), teacherContext.close(), api.dispose()]);
});
