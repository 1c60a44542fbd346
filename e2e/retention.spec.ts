import { expect, request as playwrightRequest, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";

const DAY = 86_400_000;

test("the class page tells the teacher, 30 days ahead, whose account the retention policy will delete", async ({ browser, baseURL }) => {
  const classroom = await makeClassroom(2);
  const [soon, recent] = classroom.students as [(typeof classroom.students)[0], (typeof classroom.students)[0]];
  // Default policy: 730 days without use. One student is 10 days from it, the other signed in yesterday.
  await db.user.update({ where: { id: soon.id }, data: { lastActiveAt: new Date(Date.now() - 720 * DAY) } });
  await db.user.update({ where: { id: recent.id }, data: { lastActiveAt: new Date(Date.now() - DAY) } });

  const teacherApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(teacherApi, classroom.teacher.email!);
  const context = await browser.newContext();
  await shareSession(teacherApi, context);
  const page = await context.newPage();
  await page.goto(`/teacher/classes/${classroom.klass.id}`);
  const notice = page.getByRole("region", { name: "To be deleted within 30 days" });
  await expect(notice.getByRole("listitem")).toHaveCount(1);
  await expect(notice.getByRole("listitem")).toContainText(`${soon.name}'s account: on`);
  await expect(notice.getByRole("link", { name: "gradebook" })).toHaveAttribute("href", `/teacher/classes/${classroom.klass.id}/gradebook`);
  await expectNoSeriousA11yViolations(page);
  await context.close();
  await teacherApi.dispose();
});
