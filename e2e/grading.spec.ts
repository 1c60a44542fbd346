import { expect, request as playwrightRequest, test } from "@playwright/test";
import { correctResponse } from "../testing/responses";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "02-mikoyan-close-reading";
const COMMENT = "You explain the “effect” well.\nNext time, quote ¶8 directly.";

test("a teacher grades an open response with a comment; the student sees the comment and the new score", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two people, three pages, four axe scans
  // --- a class, an assignment, and the student's submitted attempt (through the app's own JSON API)
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const submitted = await answerAllAndSubmit(api, attempt.id, questions);
  expect(submitted.awaitingGrading).toBe(true);
  const open = questions.find((q) => q.definition.type === "open-response")!;
  const openMax = open.maxPoints;

  // --- the teacher grades it in the queue
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const teacherContext = await browser.newContext();
  await shareSession(teacherApi, teacherContext);
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/teacher/classes/${classroom.klass.id}/grading`);
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading queue" })).toBeVisible();
  await expect(teacher.getByTestId("pending-count")).toHaveText("1 answer to grade, oldest first.");
  await expectNoSeriousA11yViolations(teacher);

  const item = teacher.getByRole("article", { name: student.name });
  await expect(item.getByText((correctResponse(open.definition) as { text: string }).text)).toBeVisible();
  // A rubric level fills in the score; typing a half point in between is allowed too.
  const level3 = item.getByRole("radio", { name: "3 points" });
  await level3.locator("xpath=ancestor::label").click(); // the visible pill; the radio itself is visually hidden
  await expect(level3).toBeChecked();
  const score = item.getByRole("spinbutton", { name: /^Score/ });
  await expect(score).toHaveValue("3");
  await score.fill("3.5");
  await expect(level3).not.toBeChecked();
  await item.getByRole("textbox", { name: /^Comment for the student/ }).fill(COMMENT);
  await item.getByRole("button", { name: "Save grade" }).click();

  await expect(teacher.getByRole("status").filter({ hasText: `Saved: ${student.name}, question` })).toContainText(`3.5 of ${openMax} points`);
  await expect(teacher.getByTestId("pending-count")).toHaveText("Nothing to grade: every submitted open response and argument has a score.");
  await expect(teacher.getByTestId("pending-count"), "focus moves on from the graded answer, not to the top of the page").toBeFocused();
  await expect(teacher.getByRole("article", { name: student.name })).toHaveCount(0);
  const recent = teacher.getByRole("region", { name: "Recently graded" });
  await expect(recent.getByRole("listitem").filter({ hasText: student.name })).toContainText(`3.5 / ${openMax}`);
  await expectNoSeriousA11yViolations(teacher);

  // --- the drill-down shows the answer, the grade and its history
  await recent.getByRole("link", { name: student.name }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
  await expect(teacher.getByTestId(`score-${open.id}`)).toHaveText(`3.5 / ${openMax}`);
  await expect(teacher.getByText(/ungraded → 3\.5/)).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

  // --- the student sees the comment and the new score on the results page
  const studentContext = await browser.newContext();
  await shareSession(api, studentContext);
  const page = await studentContext.newPage();
  await page.goto(submitted.resultsUrl);
  await expect(page.getByTestId("score")).toContainText(`${submitted.score + 3.5} / ${submitted.maxScore} points`);
  await expect(page.getByText("Some answers are awaiting grading")).toHaveCount(0);
  const comment = page.getByText("Teacher's comment:").locator("..");
  await expect(comment).toContainText("You explain the “effect” well.");
  await expect(comment).toContainText("Next time, quote ¶8 directly.");
  await expectNoSeriousA11yViolations(page);

  await Promise.all([api.dispose(), teacherApi.dispose(), teacherContext.close(), studentContext.close()]);
});
