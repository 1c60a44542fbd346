import { randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { tabTo } from "./fixtures/keyboard";
import { createAssignment } from "./fixtures/quiz";

// Lesson 1 reads the telegram to Mikoyan, ¶1–3 and ¶9: ¶2 has one sentence, ¶3 three.
const LESSON = "01-sourcing-mikoyan";
const SOURCE = "gromyko-mikoyan-1962-11-01";

/** Moves the focus along the sentences with the arrow keys until it is on `sentenceId`. */
async function arrowTo(page: Page, sentenceId: string) {
  for (let i = 0; i < 30; i++) {
    const at = await page.evaluate(() => document.activeElement?.getAttribute("data-sentence-option"));
    if (at === sentenceId) return;
    await page.keyboard.press("ArrowRight");
  }
  throw new Error(`sentence ${sentenceId} not reached with the arrow keys`);
}

/** Keyboard only: select the run from `from` to `to`, choose the skill, optionally write a note, press Highlight. */
async function highlight(page: Page, from: string, to: string, skill: string, note?: string) {
  await arrowTo(page, from);
  await page.keyboard.press("Space");
  while ((await page.evaluate(() => document.activeElement?.getAttribute("data-sentence-option"))) !== to) await page.keyboard.press("Shift+ArrowRight");
  const form = page.getByRole("form", { name: "Highlight the selection" });
  await expect(form).toBeVisible();
  const radio = form.getByRole("radio", { name: new RegExp(`^${skill}`) });
  await tabTo(page, form.getByRole("radio").first());
  while (!(await radio.isChecked())) await page.keyboard.press("ArrowRight");
  if (note) {
    await tabTo(page, form.getByLabel("Note (optional)"));
    await page.keyboard.type(note);
  }
  await tabTo(page, form.getByRole("button", { name: "Highlight", exact: true }));
  await page.keyboard.press("Enter");
  await expect(form).toBeHidden();
  // Focus is back in the text, on the last sentence of the run.
  await expect(page.locator(`[data-sentence-option="${to}"]`)).toBeFocused();
}

test("a student highlights by keyboard, keeps them through a reload and a dropped network; the teacher sees them and replies", async ({ browser, baseURL }) => {
  test.setTimeout(150_000); // three people, four pages, three axe scans, a wait for the network to come back
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  await db.assignment.update({ where: { id: assignment.id }, data: { annotationsRequired: 3, annotationSkill: "sourcing" } });

  const studentApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(studentApi, student.username!);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await shareSession(studentApi, context);
  const page = await context.newPage();
  await page.goto(`/assignments/${assignment.id}`);
  await expect(page.getByTestId("annotation-requirement")).toContainText("Highlight 3 sentences that show sourcing");
  await expect(page.getByTestId("annotation-requirement")).toContainText("Not yet: 0 of 3");

  // One tab stop into the text, then the arrow keys.
  await tabTo(page, page.getByRole("listbox", { name: /^Sentences of/ }).getByRole("option").first());
  await highlight(page, "p2.s1", "p2.s1", "Sourcing", "Gromyko passes on Khrushchev's words");
  await highlight(page, "p3.s1", "p3.s2", "Sourcing");
  await highlight(page, "p3.s3", "p3.s3", "Close reading");
  const status = page.getByTestId("annotation-save-status");
  await expect(status).toHaveText("All highlights saved");
  const list = page.getByRole("region", { name: "Your highlights" }).getByRole("listitem");
  await expect(list).toHaveCount(3);
  await expect(page.getByTestId("annotation-requirement")).toContainText("✓ Done: 3 of 3");
  // Marked in the text with the skill's name, not colour alone.
  await expect(page.locator('[data-sentence-option="p3.s3"]')).toHaveAttribute("data-annotation-skill", "close-reading");
  await expect(page.getByRole("option", { name: /shipped out of Cuba.*\(highlighted: Sourcing\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(list).toHaveCount(3);
  await expect(list.first()).toContainText("Gromyko passes on Khrushchev's words");
  // The note belongs to the first highlight only: the toolbar starts empty for the next one.
  await expect(list.filter({ hasText: "Note:" })).toHaveCount(1);

  // The network drops: the highlight is kept on the device and saved once it is back.
  await context.setOffline(true);
  await tabTo(page, page.getByRole("listbox", { name: /^Sentences of/ }).getByRole("option").first());
  await highlight(page, "p9.s1", "p9.s1", "Contextualization", "Written the same day as the other telegram");
  await expect(status).toHaveText("Not saved — retrying");
  await expect(list).toHaveCount(4);
  expect(await page.evaluate((key) => localStorage.getItem(key), `sourcework:annotations:${assignment.id}:${student.id}`)).toContain("Written the same day");
  await context.setOffline(false);
  await expect(status).toHaveText("All highlights saved", { timeout: 35_000 });
  expect(await db.annotation.count({ where: { assignmentId: assignment.id, authorId: student.id, deletedAt: null } })).toBe(4);

  // The teacher's class view: counts per sentence and skill, who met the requirement, and a reply to the note.
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const teacherContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await shareSession(teacherApi, teacherContext);
  const teacherPage = await teacherContext.newPage();
  await teacherPage.goto(`/teacher/classes/${classroom.klass.id}`);
  await teacherPage.getByRole("link", { name: /^Annotations\W+Who Wrote This/ }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: /^Annotations:/ })).toBeVisible();
  const map = teacherPage.getByTestId("class-annotation-map");
  await expect(map.locator('[data-class-sentence="p2.s1"]')).toContainText("Sourcing 1");
  await expect(map.locator('[data-class-sentence="p3.s3"]')).toContainText("Close reading 1");
  await expect(teacherPage.getByRole("row", { name: new RegExp(student.name) })).toContainText("✓ Met");
  const work = teacherPage.getByTestId(`student-annotations-${student.id}`);
  await expect(work.getByRole("listitem")).toHaveCount(4);
  await expectNoSeriousA11yViolations(teacherPage);
  // Only the highlight with a note has a reply box.
  await expect(work.getByRole("button", { name: "Send reply" })).toHaveCount(2);
  const noted = work.getByRole("listitem").filter({ hasText: "Gromyko passes on Khrushchev's words" });
  await noted.getByLabel(/^Reply\s+to .*¶2, sentence 1$/).fill("Yes: and whose words are in ¶3?");
  await noted.getByRole("button", { name: "Send reply" }).click();
  await expect(noted.getByText("Reply sent.")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("annotation-reply")).toHaveText("Reply from your teacher: Yes: and whose words are in ¶3?");

  // Another class's student can neither overwrite nor read them.
  const outsiderApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(outsiderApi, classroom.outsider.username!);
  const target = await db.annotation.findFirstOrThrow({ where: { authorId: student.id, note: { not: null } } });
  const hijack = await outsiderApi.put(`/api/assignments/${assignment.id}/annotations`, { data: { id: target.id, sourceId: SOURCE, sentenceIds: ["p1.s1"], skill: "sourcing", note: "mine now", seq: Date.now() } });
  expect(hijack.status()).toBe(404);
  expect((await outsiderApi.get(`/assignments/${assignment.id}`)).status()).toBe(404);
  const fresh = await outsiderApi.put(`/api/assignments/${assignment.id}/annotations`, { data: { id: randomUUID(), sourceId: SOURCE, sentenceIds: ["p1.s1"], skill: "sourcing", note: "", seq: Date.now() } });
  expect(fresh.status()).toBe(404);
  expect((await db.annotation.findUniqueOrThrow({ where: { id: target.id } })).note).toBe(target.note);

  await Promise.all([studentApi.dispose(), teacherApi.dispose(), outsiderApi.dispose(), context.close(), teacherContext.close()]);
});

test("a teacher's model highlight reaches the class labelled 'from your teacher'", async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two people, two pages, two axe scans
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await shareSession(teacherApi, context);
  const page = await context.newPage();
  await page.goto(`/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/annotations`);
  const model = page.locator('[data-annotation-layer="model"]');
  // A tap selects; the toolbar extends the run.
  await model.locator('[data-sentence-option="p3.s1"]').click();
  await page.getByRole("button", { name: "Add the next sentence" }).click();
  await page.getByRole("radio", { name: /^Sourcing/ }).check();
  await page.getByLabel("Note (optional)").fill("The conditions Moscow sets");
  await page.getByRole("button", { name: "Highlight", exact: true }).click();
  await expect(model.getByTestId("annotation-save-status")).toHaveText("All highlights saved");
  await expectNoSeriousA11yViolations(page);

  const studentApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(studentApi, student.username!);
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await shareSession(studentApi, studentContext);
  const studentPage = await studentContext.newPage();
  await studentPage.goto(`/assignments/${assignment.id}`);
  const fromTeacher = studentPage.getByRole("region", { name: "From your teacher" });
  await expect(fromTeacher.getByRole("listitem")).toHaveCount(1);
  await expect(fromTeacher).toContainText("The conditions Moscow sets");
  await expect(studentPage.locator('[data-sentence-option="p3.s2"]')).toHaveAttribute("data-annotation-model", "true");
  // Scrolling never goes sideways on a phone.
  expect(await studentPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoSeriousA11yViolations(studentPage);
  await Promise.all([teacherApi.dispose(), studentApi.dispose(), context.close(), studentContext.close()]);
});
