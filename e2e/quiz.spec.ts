import { expect, request as playwrightRequest, test, type Locator, type Page } from "@playwright/test";
import { Question } from "../lib/content/schemas";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo, typeInto } from "./fixtures/keyboard";
import { createAssignment } from "./fixtures/quiz";

const LESSON = "01-sourcing-mikoyan";

async function press(page: Page, target: Locator, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** A native radio group takes one Tab stop; the arrow keys move the choice within it. */
async function chooseRadio(page: Page, scope: Locator, name: string) {
  const target = scope.getByRole("radio", { name, exact: true });
  await tabTo(page, scope.getByRole("radio").first());
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
}

/** Answers the question on screen with its key, by keyboard only. */
async function answerByKeyboard(page: Page, q: Question, sentenceText: (sourceId: string, ref: string) => string) {
  const main = page.getByRole("region", { name: /^Question \d+ of \d+$/ }).or(page.locator('section[aria-labelledby="quiz-question-heading"]')).first();
  switch (q.type) {
    case "single-choice":
      return chooseRadio(page, main, q.choices.find((c) => c.id === q.answer)!.text);
    case "true-false":
      return chooseRadio(page, main, q.answer ? "True" : "False");
    case "multiple-select":
      for (const id of q.answer) await press(page, main.getByRole("checkbox", { name: q.choices.find((c) => c.id === id)!.text, exact: true }), "Space");
      return;
    case "short-answer":
      return typeInto(page, main.getByRole("textbox"), q.accepted[0]!);
    case "open-response":
      return typeInto(page, main.getByRole("textbox"), "Gromyko wants Castro to accept the removal because the ships at sea cost money and prestige.");
    case "evidence":
      return press(page, main.getByRole("checkbox", { name: sentenceText(q.source, q.answer[0]!), exact: true }), "Space");
    case "matching":
      for (const [leftId, rightId] of Object.entries(q.answer)) {
        const select = main.getByRole("combobox", { name: q.left.find((l) => l.id === leftId)!.text, exact: true });
        await tabTo(page, select);
        const right = q.right.find((r) => r.id === rightId)!.text;
        // Arrow keys walk the options of a focused native select without opening it.
        for (let i = 0; i < q.right.length + 1 && (await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)) !== right; i++) await page.keyboard.press("ArrowDown");
        await expect(select).toHaveValue(rightId);
      }
      return;
    case "ordering": {
      const text = (id: string) => q.items.find((i) => i.id === id)!.text;
      let moved = false;
      for (const [target, id] of q.answer.entries()) {
        const order = await main.getByRole("button", { name: /^Move up: / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.slice("Move up: ".length)));
        for (let at = order.indexOf(text(id)); at > target; at--) {
          await press(page, main.getByRole("button", { name: `Move up: ${text(id)}`, exact: true }));
          moved = true;
        }
      }
      if (!moved) await press(page, main.getByRole("button", { name: "Use this order" }));
      return;
    }
  }
}

test("a student takes a whole quiz by keyboard, reloads halfway, rides out a failed network, submits, and sees results", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const questions = (
    await db.question.findMany({ where: { lessonId: LESSON, retiredAt: null }, orderBy: { position: "asc" }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } })
  ).map((q) => ({ id: q.id, definition: Question.parse(q.versions[0]!.definition) }));
  const sources = await db.source.findMany();
  const sentenceText = (sourceId: string, ref: string) => {
    const source = sources.find((s) => s.id === sourceId)!;
    for (const block of (source.document as { blocks: { kind: string; sentences?: { id: string; text: string }[] }[] }).blocks) {
      const found = block.sentences?.find((x) => x.id === ref);
      if (found) return found.text;
    }
    throw new Error(`no sentence ${ref} in ${sourceId}`);
  };

  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();

  await page.goto("/dashboard");
  await expectNoSeriousA11yViolations(page);
  await press(page, page.getByRole("link", { name: /^Start: / }));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await press(page, page.getByRole("button", { name: "Start the quiz" }));
  await expect(page.getByRole("heading", { name: `Question 1 of ${questions.length}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const saved = page.getByText("All answers saved");

  const half = Math.ceil(questions.length / 2);
  for (const [i, q] of questions.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1} of ${questions.length}` })).toBeVisible();
    if (i === half) {
      // A dropped connection: the page says so, keeps the answer, and saves it once the network is back.
      await page.route("**/api/attempts/*/answers", (route) => route.abort("connectionrefused"));
      await answerByKeyboard(page, q.definition, sentenceText);
      await expect(page.getByText("Not saved — retrying")).toBeVisible();
      await page.unroute("**/api/attempts/*/answers");
      await expect(saved).toBeVisible({ timeout: 40_000 });
    } else {
      await answerByKeyboard(page, q.definition, sentenceText);
    }
    if (i === half - 1) {
      // Reload halfway: every answer so far comes back.
      await expect(saved).toBeVisible();
      await page.reload();
      for (let n = 1; n <= half; n++) await expect(page.getByRole("button", { name: new RegExp(`^Question ${n}, answered`) })).toBeVisible();
      await press(page, page.getByRole("button", { name: new RegExp(`^Question ${half + 1},`) }));
      continue;
    }
    if (i < questions.length - 1) await press(page, page.getByRole("button", { name: "Next" }));
  }
  await expect(saved).toBeVisible();
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id, studentId: student.id }, include: { answers: true } });
  expect(attempt.answers.filter((a) => a.response !== null)).toHaveLength(questions.length);

  await press(page, page.getByRole("button", { name: "Submit", exact: true }));
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await press(page, dialog.getByRole("button", { name: "Yes, submit" }));
  await expect(page.getByRole("heading", { level: 1, name: /^Results — attempt 1/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Everything auto-graded is right; the open response awaits the teacher. Answers are revealed after submission.
  const auto = questions.filter((q) => q.definition.type !== "open-response").reduce((n, q) => n + q.definition.points, 0);
  const max = questions.reduce((n, q) => n + q.definition.points, 0);
  await expect(page.getByTestId("score")).toContainText(`${auto} / ${max} points`);
  await expect(page.getByText(questions[0]!.definition.explanation)).toBeVisible();
  const evidence = page.getByRole("link", { name: /^Telegram to (Mikoyan|Kuznetsov), ¶/ }).first();
  const href = await evidence.getAttribute("href");
  expect(href).toMatch(/^\/sources\/gromyko-[a-z]+-1962-11-01#gromyko-[a-z]+-1962-11-01-p\d+(-s\d+)?$/);
  await context.close();
});
