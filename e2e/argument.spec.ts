import { expect, request as playwrightRequest, test, type Locator, type Page } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo, typeInto } from "./fixtures/keyboard";
import { createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "06-argument";
const MIKOYAN = "gromyko-mikoyan-1962-11-01";
const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";
const CITED = [
  { source: MIKOYAN, sentence: "p6.s1", telegram: "Telegram to Mikoyan", label: "¶6, sentence 1" },
  { source: MIKOYAN, sentence: "p8.s4", telegram: "Telegram to Mikoyan", label: "¶8, sentence 4" },
  { source: KUZNETSOV, sentence: "p4.s1", telegram: "Telegram to Kuznetsov", label: "¶4, sentence 1" },
];
const CLAIM = "Moscow put a quick deal with Washington ahead of Cuba's wishes.";

async function press(page: Page, target: Locator, key = "Enter", max = 80) {
  await tabTo(page, target, max);
  await page.keyboard.press(key);
}

test("a student writes an argument citing three sentences by keyboard; the teacher grades it with the rubric; the student sees the grade and the citations linked to the text", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
  const task = questions[0]!.definition;
  if (task.type !== "argument") throw new Error("lesson 06's task should be an argument");
  const sources = await db.source.findMany({ where: { id: { in: [MIKOYAN, KUZNETSOV] } } });
  const sentenceText = (sourceId: string, ref: string) => {
    const source = sources.find((s) => s.id === sourceId)!;
    for (const block of (source.document as { blocks: { sentences?: { id: string; text: string }[] }[] }).blocks) {
      const found = block.sentences?.find((x) => x.id === ref);
      if (found) return found.text;
    }
    throw new Error(`no sentence ${ref} in ${sourceId}`);
  };

  // --- the student, keyboard only
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const studentContext = await browser.newContext();
  await shareSession(api, studentContext);
  const page = await studentContext.newPage();
  await page.goto(`/assignments/${assignment.id}/attempts/${attempt.id}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("group", { name: /did Moscow stand by Cuba/ })).toBeVisible();
  // The rubric's exemplars are the teacher's: nothing the quiz page loads carries them.
  const html = await page.content();
  for (const level of task.rubric.flatMap((c) => c.levels)) expect(html).not.toContain(level.exemplar.slice(0, 60));
  await expectNoSeriousA11yViolations(page);

  // Sentence frames on request: the toggle says whether they are shown.
  const frames = main.getByRole("button", { name: "Show sentence frames" });
  await press(page, frames);
  await expect(main.getByRole("button", { name: "Hide sentence frames" })).toHaveAttribute("aria-expanded", "true");
  await expect(main.getByText("Someone might argue that … , pointing to …")).toBeVisible();

  await typeInto(page, main.getByRole("textbox", { name: "Claim" }), CLAIM);
  for (const telegram of ["Telegram to Mikoyan", "Telegram to Kuznetsov"]) {
    // Each telegram is a disclosure: Enter opens it, then each sentence is a checkbox that Space ticks.
    await press(page, main.locator("summary", { hasText: telegram }));
    for (const c of CITED.filter((x) => x.telegram === telegram)) {
      const box = main.getByRole("checkbox", { name: sentenceText(c.source, c.sentence), exact: true });
      await press(page, box, "Space");
      await expect(box).toBeChecked();
    }
  }
  const evidence = main.getByRole("list", { name: "Your evidence" });
  await expect(evidence.getByRole("listitem")).toHaveCount(3);
  for (const c of CITED) await expect(evidence.getByRole("link", { name: new RegExp(`^${c.telegram}, ${c.label}`) })).toHaveAttribute("href", `/sources/${c.source}#${c.source}-${c.sentence.replace(".", "-")}`);
  await typeInto(page, main.getByRole("textbox", { name: "Reasoning" }), "The telegram to Mikoyan is private advice for handling Castro, and it is about costs and coexisting with the USA.");
  await typeInto(page, main.getByRole("textbox", { name: "Counter-argument" }), "Kuznetsov ¶3 leaves observers to Cuba, but that telegram was written to be passed on to McCloy.");
  await expect(page.getByText("All answers saved")).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page);

  const saved = await db.answer.findFirstOrThrow({ where: { attemptId: attempt.id } });
  expect((saved.response as { citations: unknown[] }).citations).toEqual(CITED.map(({ source, sentence }) => ({ source, sentence })));

  await press(page, page.getByRole("button", { name: "Submit", exact: true }));
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await press(page, dialog.getByRole("button", { name: "Yes, submit" }));
  await expect(page.getByRole("heading", { level: 1, name: /^Results — attempt 1/ })).toBeVisible();
  await expect(page.getByTestId("result-1")).toHaveText("Awaiting grading · — / 12 points");

  // --- the teacher grades it in the queue, per criterion, seeing each citation in context
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const teacherContext = await browser.newContext();
  await shareSession(teacherApi, teacherContext);
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/teacher/classes/${classroom.klass.id}/grading`);
  await expect(teacher.getByTestId("pending-count")).toHaveText("1 answer to grade, oldest first.");
  await expect(teacher.getByTestId("most-cited").getByRole("listitem")).toHaveCount(3);
  const item = teacher.getByRole("article", { name: student.name });
  await expect(item.getByText(CLAIM)).toBeVisible();
  await item.getByText("In context", { exact: false }).first().click();
  await expect(item.locator("mark").first()).toContainText(sentenceText(MIKOYAN, "p6.s1"));
  await expectNoSeriousA11yViolations(teacher);

  const levels: [string, number][] = [["Claim", 3], ["Evidence from both documents", 3], ["Sourcing and context", 2], ["Counter-argument", 1]];
  for (const [criterion, points] of levels) {
    await item.getByRole("group", { name: new RegExp(`^${criterion}`) }).getByRole("radio", { name: new RegExp(`^${points} points? —`) }).check();
  }
  await expect(item.getByText("Total: 9 / 12")).toBeVisible();
  await item.getByRole("textbox", { name: /^Comment for the student/ }).fill("Answer the counter-argument with a sentence of your own.");
  await item.getByRole("button", { name: "Save grade" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: `Saved: ${student.name}, question 1` })).toContainText("9 of 12 points");
  await expect(teacher.getByRole("article", { name: student.name })).toHaveCount(0);
  const audit = await db.gradeAudit.findFirstOrThrow({ where: { attemptId: attempt.id } });
  expect(audit).toMatchObject({ oldScore: null, newScore: 9, rubricScores: { claim: 3, evidence: 3, sourcing: 2, counter: 1 } });

  // --- the student sees the grade per criterion and the citations, linked to the text
  await page.reload();
  await expect(page.getByTestId("score")).toContainText("9 / 12 points");
  await expect(page.getByTestId("result-1")).toHaveText("Partly correct · 9 / 12 points");
  const scores = page.getByRole("table", { name: "Your grade per criterion" });
  await expect(scores.getByRole("row", { name: /Sourcing and context/ })).toContainText("2 / 3");
  await expect(page.getByText("Answer the counter-argument with a sentence of your own.")).toBeVisible();
  const citations = page.getByTestId("citations");
  for (const c of CITED) {
    await expect(citations.getByText(`“${sentenceText(c.source, c.sentence)}”`)).toBeVisible();
    await expect(citations.getByRole("link", { name: `${c.telegram}, ${c.label}` })).toHaveAttribute("href", `/sources/${c.source}#${c.source}-${c.sentence.replace(".", "-")}`);
  }
  await expectNoSeriousA11yViolations(page);
  await press(page, citations.getByRole("link", { name: `${CITED[2]!.telegram}, ${CITED[2]!.label}` }));
  await expect(page).toHaveURL(new RegExp(`/sources/${KUZNETSOV}#${KUZNETSOV}-p4-s1$`));
  await expect(page.locator(`[id="${KUZNETSOV}-p4-s1"]`)).toHaveText(sentenceText(KUZNETSOV, "p4.s1"));

  await Promise.all([api.dispose(), teacherApi.dispose(), teacherContext.close(), studentContext.close()]);
});
