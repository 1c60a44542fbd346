// The doors: throttles by socket address, one-time temporary passwords, and JSON routes closed to other sites.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEFAULT_PASSWORD, hashForFixture, uniq } from "../prisma/factories";
import { correctResponse } from "../testing/responses";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { makeClassroom, signInByApi } from "./fixtures/auth";
import { db } from "./fixtures/db";
import { Client, loopbackAddress } from "./fixtures/from-address";
import { createAssignment, startAttemptInDb } from "./fixtures/quiz";

test("30 wrong join codes from one address within a minute are throttled after the limit, even with a forged X-Forwarded-For; the right code then names no class", async ({ baseURL }) => {
  const { klass, teacher } = await makeClassroom(0);
  const guesser = new Client(baseURL!, loopbackAddress());
  const pages: string[] = [];
  for (let i = 0; i < 30; i++) {
    const reply = await guesser.request(`/join/ZZ${uniq("").slice(0, 5).toUpperCase()}`, { headers: { "x-forwarded-for": `203.0.113.${i + 1}` } });
    pages.push(reply.status === 429 && reply.text.includes("Too many codes tried") && Number(reply.headers["retry-after"]) > 0 ? "429" : reply.status === 200 && reply.text.includes("No class with that code") ? "unknown" : `other ${reply.status}`);
  }
  expect(pages.slice(0, 20)).toEqual(Array(20).fill("unknown"));
  expect(pages.slice(20)).toEqual(Array(10).fill("429"));

  const right = await guesser.request(`/join/${klass.joinCode}`);
  expect(right.status).toBe(429);
  expect(right.text).toContain("Too many wrong class codes from your network. Try again in");
  expect(right.text).not.toContain(klass.name);
  expect(right.text).not.toContain(teacher.name);
  const elsewhere = await new Client(baseURL!, loopbackAddress()).request(`/join/${klass.joinCode}`);
  expect(elsewhere.text).toContain(klass.name);
});

test("5 wrong passwords from address A do not stop the student signing in from address B", async ({ baseURL }) => {
  const { students } = await makeClassroom(1);
  const username = students[0]!.username!;
  const a = loopbackAddress();
  for (let i = 0; i < 5; i++) expect(await new Client(baseURL!, a).signIn(username, `a stranger's guess ${i}`)).toBe("invalid");
  expect(await new Client(baseURL!, a).signIn(username, DEFAULT_PASSWORD)).toMatch(/^throttled:\d+$/);
  expect(await new Client(baseURL!, loopbackAddress()).signIn(username, DEFAULT_PASSWORD)).toBeNull();
});

test("a temporary password leads to “choose your password”, nothing else works until it is chosen, and then it is dead", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const { klass, students } = await makeClassroom(1);
  const student = students[0]!;
  const temporary = "tmpk7m2p9q";
  await db.user.update({ where: { id: student.id }, data: { passwordHash: await hashForFixture(temporary), mustChangePassword: true, temporaryPasswordExpiresAt: new Date(Date.now() + 86_400_000) } });
  const assignment = await createAssignment(klass.id, "01-sourcing-mikoyan");
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, "01-sourcing-mikoyan");

  await page.goto("/login");
  await page.getByLabel("Email or username").fill(student.username!);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password\?next=%2Fdashboard$/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Every page sends them back; the JSON routes refuse (the session is the browser's own).
  for (const path of ["/dashboard", "/account", `/assignments/${assignment.id}`, "/progress"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/account\/password/);
  }
  const api = page.context().request;
  const q = questions[0]!;
  const save = await api.put(`/api/attempts/${attempt.id}/answers`, { data: { questionId: q.id, versionId: q.versionId, response: correctResponse(q.definition), flagged: false, seq: 1 } });
  expect(save.status()).toBe(403);
  expect((await save.json()).code).toBe("PASSWORD_CHANGE_REQUIRED");
  expect((await api.get("/api/me/export")).status()).toBe(403);
  expect((await api.post(`/api/attempts/${attempt.id}/submit`)).status()).toBe(403);
  expect(await db.answer.count({ where: { attemptId: attempt.id } })).toBe(0);

  await page.goto("/account/password");
  await page.getByLabel("Your new password").fill(temporary + "x");
  await page.getByLabel("The same password again").fill(temporary + "x");
  const actionResponse = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/account/password");
  await page.getByRole("button", { name: "Use this password" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${student.name}` })).toBeVisible();
  // One session cookie in the action's answer, the new one: the proxy's renewal of the old session (which the
  // change just ended) must not ride along and win (proxy.ts).
  const cookies = (await (await actionResponse).headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=/.test(h.value));
  expect(cookies).toHaveLength(1);
  // The browser's new session (the old one ended with the change) now reaches the JSON routes too.
  expect(await page.evaluate(async () => (await fetch("/api/me/export")).status)).toBe(200);

  expect(await new Client(baseURL!, loopbackAddress()).signIn(student.username!, temporary)).toBe("invalid");
  expect(await new Client(baseURL!, loopbackAddress()).signIn(student.username!, temporary + "x")).toBeNull();
});

test("an expired temporary password is refused with a message saying so", async ({ page }) => {
  const { students } = await makeClassroom(1);
  const temporary = "tmpexp4m2k";
  await db.user.update({ where: { id: students[0]!.id }, data: { passwordHash: await hashForFixture(temporary), mustChangePassword: true, temporaryPasswordExpiresAt: new Date(Date.now() - 1000) } });
  await page.goto("/login");
  await page.getByLabel("Email or username").fill(students[0]!.username!);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired" })).toHaveText("That temporary password has expired. Ask your teacher for a new one.");
  await expect(page).toHaveURL(/\/login/);
});

test("a cross-origin POST to autosave, submit and check with a valid session cookie is refused and writes nothing; the same from our pages works", async ({ baseURL }) => {
  const { klass, students } = await makeClassroom(1);
  const student = students[0]!;
  const assignment = await createAssignment(klass.id, "01-sourcing-mikoyan", { revealPolicy: "AFTER_EACH_QUESTION" });
  const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, "01-sourcing-mikoyan");
  const q = questions.find((x) => x.definition.type === "single-choice") ?? questions[0]!;
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const save = { questionId: q.id, versionId: q.versionId, response: correctResponse(q.definition), flagged: false, seq: 1 };
  const evil = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
  const ours = { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" };

  // An answer saved from our pages first, so that "check" has something it could lock.
  expect((await api.put(`/api/attempts/${attempt.id}/answers`, { data: save, headers: ours })).status()).toBe(200);
  const before = await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: q.id } } });

  const refused = [
    await api.put(`/api/attempts/${attempt.id}/answers`, { data: { ...save, seq: 2, flagged: true }, headers: evil }),
    await api.post(`/api/attempts/${attempt.id}/check`, { data: { questionId: q.id }, headers: evil }),
    await api.post(`/api/attempts/${attempt.id}/submit`, { headers: evil }),
    await api.put(`/api/attempts/${attempt.id}/answers`, { data: { ...save, seq: 3, flagged: true }, headers: { origin: "https://evil.example" } }),
    await api.put(`/api/attempts/${attempt.id}/answers`, { data: JSON.stringify({ ...save, seq: 4, flagged: true }), headers: { "content-type": "text/plain" } }),
  ];
  expect(refused.map((r) => r.status())).toEqual([403, 403, 403, 403, 415]);
  expect(await db.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: q.id } } })).toEqual(before);
  expect(await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { submittedAt: true } })).toEqual({ submittedAt: null });

  expect((await api.post(`/api/attempts/${attempt.id}/check`, { data: { questionId: q.id }, headers: ours })).status()).toBe(200);
  expect((await api.post(`/api/attempts/${attempt.id}/submit`, { headers: ours })).status()).toBe(200);
  await api.dispose();
});
