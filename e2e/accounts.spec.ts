import { expect, request as playwrightRequest, test } from "@playwright/test";
import { uniq } from "../prisma/factories";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { tabTo, typeInto } from "./fixtures/keyboard";

// The server runs with the production default, TEACHER_SIGNUP=invite (server/env.ts): a new teacher needs an
// invitation from one who is already here. Open and closed are covered in server/accounts/teacher-signup.int.test.ts.
test("a teacher is invited, signs up once with the link, and creates a class; a student joins by link, signs out and in, and cannot open teacher pages — by keyboard only", async ({ browser, baseURL }) => {
  test.setTimeout(150_000); // three people, nine pages, eight axe scans
  // --- no invitation, no account
  const teacherContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const teacher = await teacherContext.newPage();
  await teacher.goto("/signup");
  await expectNoSeriousA11yViolations(teacher);
  await expect(teacher.getByRole("alert").filter({ hasText: "invitation" })).toHaveText("Teacher accounts need an invitation on this site. Ask a colleague who teaches here for an invitation link.");
  await expect(teacher.getByLabel("Password")).toHaveCount(0);

  // --- a colleague already here makes the invitation on their home page
  const { teacher: colleague } = await makeClassroom(0);
  const colleagueApi = await playwrightRequest.newContext({ baseURL });
  await signInByApi(colleagueApi, colleague.email!);
  const colleagueContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  await shareSession(colleagueApi, colleagueContext);
  const inviter = await colleagueContext.newPage();
  await inviter.goto("/teacher");
  const email = `${uniq("teacher")}@example.test`;
  await typeInto(inviter, inviter.getByLabel("Colleague's email"), email);
  await inviter.keyboard.press("Enter");
  const invitation = await inviter.getByTestId("invitation-link").innerText();
  expect(invitation).toMatch(/\/signup\?invite=[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(inviter);
  await colleagueContext.close();
  await colleagueApi.dispose();

  // --- the new teacher signs up with it
  await teacher.goto(invitation.replace(/^https?:\/\/[^/]+/, baseURL!));
  await expectNoSeriousA11yViolations(teacher);
  await expect(teacher.getByLabel("Email")).toHaveValue(email);
  await typeInto(teacher, teacher.getByLabel("Your name"), "Ms Ortega");
  await typeInto(teacher, teacher.getByLabel("Password"), "a careful password");
  await teacher.keyboard.press("Enter");
  await expect(teacher).toHaveURL(/\/teacher$/);
  await expect(teacher.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

  // --- the link works once
  const reuse = await browser.newContext();
  const reuser = await reuse.newPage();
  await reuser.goto(invitation.replace(/^https?:\/\/[^/]+/, baseURL!));
  await expectNoSeriousA11yViolations(reuser);
  await expect(reuser.getByRole("alert").filter({ hasText: "invitation" })).toHaveText("This invitation link is not valid: it may have been used already or have expired. Ask for a new one.");
  await expect(reuser.getByLabel("Password")).toHaveCount(0);
  await reuse.close();

  await typeInto(teacher, teacher.getByLabel("New class name"), "Period 3 — World History");
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByRole("heading", { level: 1, name: "Period 3 — World History" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

  await tabTo(teacher, teacher.getByRole("button", { name: "Copy join link" }));
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByText("Copied.")).toBeVisible();
  const joinLink = await teacher.evaluate(() => navigator.clipboard.readText());
  expect(joinLink).toBe(await teacher.getByTestId("join-link").innerText());
  expect(joinLink).toMatch(/\/join\/[A-Z2-9]{7}$/);
  // The link a teacher shares starts with the address they are using, scheme included.
  expect(joinLink.startsWith(`${new URL(teacher.url()).origin}/join/`)).toBe(true);

  // --- the student, in a browser of their own
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto(joinLink);
  await expect(student.getByRole("heading", { level: 1, name: "Period 3 — World History" })).toBeVisible();
  await expectNoSeriousA11yViolations(student);
  const username = uniq("stu");
  await typeInto(student, student.getByLabel("Your name"), "Dani Kim");
  await typeInto(student, student.getByLabel("Username"), username);
  await typeInto(student, student.getByLabel("Password"), "my own password");
  await student.keyboard.press("Enter");
  await expect(student).toHaveURL(/\/dashboard\?joined=1$/);
  await expect(student.getByText("Period 3 — World History")).toBeVisible();
  await expectNoSeriousA11yViolations(student);

  await tabTo(student, student.getByRole("button", { name: "Sign out" }));
  await student.keyboard.press("Enter");
  await expect(student.getByRole("link", { name: "Sign in" })).toBeVisible();

  await student.goto("/login");
  await expectNoSeriousA11yViolations(student);
  await typeInto(student, student.getByLabel("Email or username"), username);
  await typeInto(student, student.getByLabel("Password"), "my own password");
  await student.keyboard.press("Enter");
  await expect(student.getByRole("heading", { name: "Hello, Dani Kim" })).toBeVisible();

  const forbidden = await student.goto(teacher.url());
  expect(forbidden?.status()).toBe(403);
  await expect(student.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(student.getByRole("button", { name: "Copy join link" })).toHaveCount(0);

  // --- the teacher sees the student on the roster
  await teacher.reload();
  await expect(teacher.getByRole("cell", { name: "Dani Kim", exact: true })).toBeVisible();
  await teacherContext.close();
  await studentContext.close();
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email or username").fill(uniq("nobody"));
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText("That email or username and password do not match.");
});
