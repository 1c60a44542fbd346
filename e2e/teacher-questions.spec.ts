// Issue 18, item 4: a teacher writes an evidence question on sentences of the Kuznetsov telegram and a
// matching question, assigns them, a student answers, the gradebook and item analysis include them; editing
// the key afterwards makes a new version and leaves the submitted result unchanged.
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { Question } from "../lib/content/schemas";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo } from "./fixtures/keyboard";
import { answerAllAndSubmit, createAssignment } from "./fixtures/quiz";
import { insertTeacherQuestion, sampleChoiceQuestion } from "../testing/teacher-questions";

const LESSON = "03-kuznetsov-close-reading";
const EVIDENCE_PROMPT = "Which sentences show who, in Moscow's account, decides about observers in Cuba?";
const MATCHING_PROMPT = "Match each name in the telegram to its part in it.";
// ¶3 of the Kuznetsov telegram, quoted exactly.
const P3_S1 = "The question of whether to allow observers onto Cuban territory is, of course, an issue that must be decided by Cuba, in its capacity as a sovereign state.";
const P3_S2 = "The Cubans, and only the Cubans, can make decisions on questions of that sort.";
const P2_S1 = "It is necessary that you meet with [U.S. negotiator John J.] McCloy.";
const PAIRS = [
  ["McCloy", "The American Kuznetsov is to meet"],
  ["The International Red Cross", "Would take part in monitoring Soviet ships"],
  ["Cuba", "Decides whether observers may come"],
] as const;

async function writeEvidenceQuestion(page: Page) {
  const form = page.getByRole("region", { name: "Write a question" });
  await form.getByLabel("Kind of question").selectOption({ label: "Evidence (choose sentences)" });
  // Submitting too early says what is missing, beside the field, and focuses it.
  await form.getByRole("button", { name: "Add the question to this assignment" }).click();
  await expect(form.getByRole("alert")).toContainText("Not saved");
  await expect(form.getByLabel("The question students read")).toBeFocused();
  await expect(form.getByLabel("The question students read")).toHaveAccessibleDescription(/must not be empty/);

  await form.getByLabel("The question students read").fill(EVIDENCE_PROMPT);
  await form.getByLabel("The claim students find evidence for").fill("Moscow's account leaves the question of observers to Cuba.");
  await expect(form.getByLabel("Document")).toHaveValue("gromyko-kuznetsov-1962-11-01");
  // The key is picked with the student's own sentence checkboxes, by keyboard.
  for (const sentence of [P3_S1, P3_S2]) {
    const box = form.getByRole("checkbox", { name: sentence, exact: true });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await form.getByLabel("Explanation").fill("¶3 leaves the decision to Cuba, “in its capacity as a sovereign state”.");
  await form.getByRole("button", { name: "Add the question to this assignment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added" })).toBeVisible();
}

async function writeMatchingQuestion(page: Page) {
  const form = page.getByRole("region", { name: "Write a question" });
  await form.getByLabel("Kind of question").selectOption({ label: "Matching" });
  await form.getByLabel("The question students read").fill(MATCHING_PROMPT);
  await form.getByRole("button", { name: "Add a pair" }).click();
  for (const [i, [left, right]] of PAIRS.entries()) {
    await form.getByLabel(`Left ${i + 1}`, { exact: true }).fill(left);
    await form.locator(`#q-right-${i}`).fill(right);
  }
  await form.getByRole("checkbox", { name: P2_S1, exact: true }).check();
  await form.getByLabel("Explanation").fill("¶2 names McCloy and the Red Cross; ¶3 leaves observers to Cuba.");
  await form.getByRole("button", { name: "Add the question to this assignment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added" })).toBeVisible();
}

test("a teacher writes an evidence and a matching question, a student answers them, reports include them, and editing the key leaves the result alone", async ({ browser, baseURL }) => {
  test.setTimeout(240_000); // two people, seven pages, axe on each new one (slow on a shared 2-core machine)
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);

  // --- the teacher writes two questions on the assignment
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const teacherContext = await browser.newContext();
  await shareSession(teacherApi, teacherContext);
  const page = await teacherContext.newPage();
  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}`);
  await page.getByRole("link", { name: "Add your own questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your questions:/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await writeEvidenceQuestion(page);
  await writeMatchingQuestion(page);
  const onIt = page.getByRole("region", { name: "On this assignment" }).getByRole("listitem");
  await expect(onIt).toHaveCount(2);
  await expect(onIt.nth(0)).toContainText(EVIDENCE_PROMPT);
  await expect(onIt.nth(1)).toContainText(MATCHING_PROMPT);
  await expectNoSeriousA11yViolations(page);

  const authored = await db.question.findMany({ where: { authorId: classroom.teacher.id }, include: { versions: true } });
  expect(authored.map((q) => q.versions[0]!.type).sort()).toEqual(["evidence", "matching"]);
  const evidence = authored.find((q) => q.versions[0]!.type === "evidence")!;
  const matching = authored.find((q) => q.versions[0]!.type === "matching")!;
  expect(evidence.versions[0]!.definition).toMatchObject({ source: "gromyko-kuznetsov-1962-11-01", answer: ["p3.s1", "p3.s2"] });

  // --- the student starts the assignment in the browser and answers everything (the key, via the app's API)
  const studentApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(studentApi, student.username!);
  const studentContext = await browser.newContext();
  await shareSession(studentApi, studentContext);
  const quiz = await studentContext.newPage();
  await quiz.goto(`/assignments/${assignment.id}`);
  await quiz.getByRole("button", { name: "Start the quiz" }).click();
  await expect(quiz).toHaveURL(/\/attempts\//);
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id, studentId: student.id } });
  const pinned = attempt.questionVersionIds as Record<string, string>;
  expect(Object.keys(pinned)).toEqual(expect.arrayContaining([evidence.id, matching.id]));
  const versions = await db.questionVersion.findMany({ where: { id: { in: Object.values(pinned) } } });
  const questions = Object.entries(pinned).map(([id, versionId]) => {
    const v = versions.find((x) => x.id === versionId)!;
    return { id, versionId, maxPoints: v.maxPoints, definition: Question.parse(v.definition) };
  });
  // Through the browser context's own client: studentApi's kept-alive socket may have been closed by the server meanwhile.
  const submitted = await answerAllAndSubmit(studentContext.request, attempt.id, questions);
  const answers = await db.answer.findMany({ where: { attemptId: attempt.id, questionId: { in: [evidence.id, matching.id] } } });
  expect(answers.map((a) => a.score)).toEqual([1, 1]);

  // --- the gradebook and the item analysis count them
  await page.goto(`/teacher/classes/${classroom.klass.id}/gradebook`);
  const cell = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: student.name, exact: true }) }).getByRole("cell").last();
  const percent = `${Math.round((submitted.score / submitted.maxScore) * 100)}%`;
  await expect(cell).toContainText(percent);
  const lessonMax = (await db.questionVersion.findMany({ where: { id: { in: Object.values(pinned) }, question: { lessonId: LESSON } } })).reduce((s, v) => s + v.maxPoints, 0);
  expect(submitted.maxScore).toBe(lessonMax + 2);

  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/analysis`);
  await expect(page.getByRole("heading", { level: 1, name: /^Item analysis/ })).toBeVisible();
  await expect(page.getByRole("link", { name: EVIDENCE_PROMPT })).toBeVisible();
  await expect(page.getByRole("link", { name: MATCHING_PROMPT })).toBeVisible();
  // Their own questions can be thrown out or regraded like the lesson's (the page opens; the rule is int-tested).
  await page.getByRole("row").filter({ hasText: MATCHING_PROMPT }).getByRole("link", { name: /^Throw out or regrade/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Throw out or regrade a question" })).toBeVisible();
  await expect(page.getByText(MATCHING_PROMPT).first()).toBeVisible();

  // --- the teacher corrects the matching key: a new version; the submitted result stays as it was
  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/questions`);
  await page.getByRole("link", { name: MATCHING_PROMPT }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your question" })).toBeVisible();
  await expect(page.getByText("version 1 · answered 1 time.")).toBeVisible();
  const preview = page.getByRole("region", { name: "Preview as a student" });
  await expect(preview.getByText(MATCHING_PROMPT)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const edit = page.getByRole("region", { name: "Edit" });
  await edit.locator("#q-right-0").fill(PAIRS[1][1]);
  await edit.locator("#q-right-1").fill(PAIRS[0][1]);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();

  const after = await db.question.findUniqueOrThrow({ where: { id: matching.id }, include: { versions: { orderBy: { version: "asc" } } } });
  expect(after.currentVersion).toBe(2);
  expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
  const attemptAfter = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { answers: { where: { questionId: matching.id } } } });
  expect(attemptAfter.score).toBe(submitted.score);
  expect(attemptAfter.answers[0]).toMatchObject({ score: 1, questionVersionId: after.versions[0]!.id });
  await page.goto(`/teacher/classes/${classroom.klass.id}/gradebook`);
  await expect(cell).toContainText(percent);

  await Promise.all([teacherContext.close(), studentContext.close(), teacherApi.dispose(), studentApi.dispose()]);
});

/** A teacher with one of their own questions on an assignment of lesson 3, signed in on a page. */
async function teacherWithQuestion(browser: Browser, baseURL: string, viewport?: { width: number; height: number }) {
  const classroom = await makeClassroom(0);
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { questionId } = await insertTeacherQuestion(db, classroom.teacher.id, { assignmentId: assignment.id });
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const context = await browser.newContext(viewport ? { viewport } : {});
  await shareSession(teacherApi, context);
  const page = await context.newPage();
  return { classroom, assignment, questionId, prompt: sampleChoiceQuestion.prompt, page, close: () => Promise.all([context.close(), teacherApi.dispose()]) };
}

test("a teacher takes a question off an assignment by keyboard, after confirming; it goes back to their questions", async ({ browser, baseURL }) => {
  const { classroom, assignment, questionId, prompt, page, close } = await teacherWithQuestion(browser, baseURL!);
  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/questions`);
  const onIt = page.getByRole("region", { name: "On this assignment" });
  const listed = onIt.getByText(prompt, { exact: true });
  await expect(listed).toBeVisible();
  // Its name says which question (WCAG 2.5.3: the visible words first).
  const remove = onIt.getByRole("button", { name: /^Remove from this assignment\W+Whom is Kuznetsov told to meet\?$/ });

  // Dismissing the confirmation changes nothing; accepting it removes the question.
  page.once("dialog", (d) => void d.dismiss());
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(listed).toBeVisible();
  expect(await db.assignmentQuestion.count({ where: { assignmentId: assignment.id, questionId } })).toBe(1);
  page.once("dialog", (d) => void d.accept());
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Question removed from this assignment" })).toBeVisible();
  await expect(onIt.getByText("None yet: write one below.")).toBeVisible();
  expect(await db.assignmentQuestion.count({ where: { assignmentId: assignment.id, questionId } })).toBe(0);
  await expect(page.getByLabel("One of your questions").locator("option")).toHaveText([`Single choice: ${prompt.slice(0, 90)}`]);
  await expectNoSeriousA11yViolations(page);
  await close();
});

test("from their list a teacher gives a question to another assignment, retires it by keyboard after confirming, and restores it", async ({ browser, baseURL }) => {
  const { classroom, assignment, questionId, prompt, page, close } = await teacherWithQuestion(browser, baseURL!, { width: 390, height: 844 });
  await page.goto("/teacher");
  await page.getByRole("link", { name: "The questions you have written" }).click();
  await expect(page).toHaveTitle(/^The questions you have written/);
  const inUse = page.getByRole("region", { name: /^In use/ });
  const card = inUse.getByRole("listitem").filter({ hasText: prompt });
  await expect(card).toContainText("Single choice · Close reading · 1 point · version 1 · answered 0 times");
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: LESSON }, select: { title: true } });
  await expect(card.getByRole("link", { name: `${lesson.title} (${classroom.klass.name})` })).toHaveAttribute("href", `/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/questions`);
  await expectNoSeriousA11yViolations(page);

  // Given to another of the class's assignments from here, by keyboard: only the assignments it is not on are offered.
  const other = await createAssignment(classroom.klass.id, "02-mikoyan-close-reading");
  const otherTitle = (await db.lesson.findUniqueOrThrow({ where: { id: "02-mikoyan-close-reading" }, select: { title: true } })).title;
  await page.reload();
  const pick = card.getByLabel(/^Add to another assignment/);
  await expect(pick.locator("option")).toHaveText([`${otherTitle} (${classroom.klass.name})`]);
  await tabTo(page, card.getByRole("button", { name: /^Add\W+to that assignment/ }));
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status").filter({ hasText: "Added." })).toBeVisible();
  await expect(card.getByRole("link", { name: `${otherTitle} (${classroom.klass.name})` })).toBeVisible();
  expect(await db.assignmentQuestion.count({ where: { assignmentId: other.id, questionId } })).toBe(1);
  await expect(card.getByText("It is on every assignment of your classes.")).toBeVisible();

  // Its name says which question (WCAG 2.5.3: the visible word first). Dismissed, nothing changes.
  const retire = card.getByRole("button", { name: /^Retire\W+Whom is Kuznetsov told to meet\?$/ });
  page.once("dialog", (d) => void d.dismiss());
  await retire.focus();
  await page.keyboard.press("Enter");
  await expect(retire).toBeVisible();
  expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).retiredAt).toBeNull();
  page.once("dialog", (d) => void d.accept());
  await retire.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Question retired." })).toBeVisible();
  await expect(inUse).toContainText("None yet.");
  const retired = page.getByRole("region", { name: /^Retired/ });
  await expect(retired.getByText(prompt, { exact: true })).toBeVisible();
  expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).retiredAt).not.toBeNull();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);

  // The assignment's page names it as retired, with the way back.
  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/questions`);
  await expect(page.getByTestId("retired-on-assignment")).toContainText(`Retired, so given to no new attempt (1)`);
  await expect(page.getByTestId("retired-on-assignment")).toContainText(prompt);
  await expectNoSeriousA11yViolations(page);

  // Its own page says so; restoring needs no confirmation and puts it back.
  await page.goto(`/teacher/questions/${questionId}`);
  const note = page.getByText("Retired: no new attempt gets this question.");
  await expect(note).toBeVisible();
  await note.getByRole("link", { name: "the questions you have written" }).click();
  const restore = retired.getByRole("button", { name: /^Restore\W+Whom is Kuznetsov told to meet\?$/ });
  await restore.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Question restored" })).toBeVisible();
  await expect(inUse.getByText(prompt, { exact: true })).toBeVisible();
  await expect(retired).toHaveCount(0);
  expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).retiredAt).toBeNull();
  await close();
});
