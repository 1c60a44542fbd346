import { expect, test } from "@playwright/test";
import { uniq } from "../prisma/factories";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { tabTo, typeInto } from "./fixtures/keyboard";

test("a teacher signs up and creates a class; a student joins by link, signs out and in, and cannot open teacher pages — by keyboard only", async ({ browser }) => {
  test.setTimeout(120_000); // two people, seven pages, six axe scans
  // --- the teacher
  const teacherContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const teacher = await teacherContext.newPage();
  await teacher.goto("/signup");
  await expectNoSeriousA11yViolations(teacher);
  const email = `${uniq("teacher")}@example.test`;
  await typeInto(teacher, teacher.getByLabel("Your name"), "Ms Ortega");
  await typeInto(teacher, teacher.getByLabel("Email"), email);
  await typeInto(teacher, teacher.getByLabel("Password"), "a careful password");
  await teacher.keyboard.press("Enter");
  await expect(teacher).toHaveURL(/\/teacher$/);
  await expect(teacher.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

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
