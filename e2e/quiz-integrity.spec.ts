import { expect, request as playwrightRequest, test, type Page, type Response } from "@playwright/test";
import type { Question } from "../lib/content/schemas";
import { readLayout } from "../lib/quiz/layout";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { db } from "./fixtures/db";
import { createAssignment } from "./fixtures/quiz";

// The answer key never reaches a student's browser while they answer: not in the quiz page's HTML, nor in
// any JSON or RSC payload (or script) it loads, nor in the teacher's preview that may be projected in class.
const LESSON = "02-mikoyan-close-reading";

type Body = { url: string; script: boolean; text: string };

/** Every text body the page receives from the app (HTML, JSON, RSC, scripts), decoded enough to search. */
function recordBodies(page: Page, origin: string): { bodies: Body[]; done: () => Promise<void> } {
  const bodies: Body[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/html|json|x-component|javascript|text\/plain/.test(type) || !response.url().startsWith(origin)) return;
    pending.push(response.text().then((text) => void bodies.push({ url: response.url(), script: type.includes("javascript"), text: decode(text) }), () => undefined));
  });
  return { bodies, done: async () => void (await Promise.all(pending)) };
}

const decode = (text: string) =>
  text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["'\\/])/g, "$1")
    .replace(/\\n/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** What must never appear: explanations, accepted answers, sample answers, rubric levels and evidence refs. */
async function secretsOf(lessonId: string) {
  const questions = await db.question.findMany({ where: { lessonId, retiredAt: null }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
  const definitions = questions.map((q) => q.versions[0]!.definition as unknown as Question);
  // An accepted answer that is also a word of the documents or of a public question is not a secret by itself.
  const sources = (await db.source.findMany()).map((s) => JSON.stringify(s.document)).join(" ");
  const publicText = `${sources} ${JSON.stringify(definitions.map((d) => ({ ...d, accepted: undefined, explanation: undefined, sampleAnswer: undefined, rubric: undefined })))}`.toLowerCase();
  const texts: string[] = [];
  for (const d of definitions) {
    texts.push(squash(d.explanation));
    if (d.type === "short-answer") texts.push(...d.accepted.filter((a) => !publicText.includes(a.toLowerCase())).map(squash));
    if (d.type === "open-response") texts.push(squash(d.sampleAnswer), ...d.rubric.map((r) => squash(r.description)));
  }
  return { definitions, texts, keys: ['"explanation":', '"accepted":', '"sampleAnswer":', '"rubric":', '"answer":', '"evidence":[{"source"'] };
}

function leaks(bodies: Body[], secrets: Awaited<ReturnType<typeof secretsOf>>): string[] {
  const found: string[] = [];
  for (const { url, script, text: body } of bodies) {
    const lower = body.toLowerCase();
    for (const text of secrets.texts) if (lower.includes(text.toLowerCase())) found.push(`${url}: text ${text.slice(0, 60)}`);
    // Field names are looked for in data (pages, RSC, JSON); the player's own code may well spell them.
    if (!script) for (const key of secrets.keys) if (body.includes(key)) found.push(`${url}: ${key} near …${body.slice(Math.max(0, body.indexOf(key) - 60), body.indexOf(key) + 60)}…`);
  }
  return [...new Set(found)];
}

/** The option texts of the question on screen, in the order shown. */
async function optionsOnScreen(page: Page): Promise<string[]> {
  const region = page.locator("main fieldset").first();
  const radios = await region.getByRole("radio").evaluateAll((els) => els.map((e) => e.closest("label")?.textContent?.trim() ?? ""));
  if (radios.length) return radios;
  const boxes = await region.getByRole("checkbox").evaluateAll((els) => els.map((e) => e.closest("label")?.textContent?.trim() ?? ""));
  if (boxes.length) return boxes;
  const selects = await region.getByRole("combobox").first().locator("option").allTextContents();
  if (selects.length) return selects.slice(1);
  return region.getByRole("button", { name: /^Move up: / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.slice("Move up: ".length)));
}

test("during an attempt, nothing the browser loads carries a key, explanation, accepted or sample answer, rubric or evidence ref; a reload keeps the order", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const classroom = await makeClassroom(1);
  const student = classroom.students[0]!;
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  const secrets = await secretsOf(LESSON);
  expect(secrets.texts.length).toBeGreaterThan(secrets.definitions.length); // the check has something to find

  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, student.username!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  const recorded = recordBodies(page, baseURL!);
  await page.goto(`/assignments/${assignment.id}`);
  await expect(page.getByTestId("reveal-policy")).toContainText("After you submit, you see how each question went");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  const total = secrets.definitions.length;
  await expect(page.getByRole("heading", { name: `Question 1 of ${total}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Through every question, answering those that take a click or a few words (each answer is autosaved).
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole("heading", { name: `Question ${n} of ${total}` })).toBeVisible();
    const main = page.locator("main fieldset").first();
    if (await main.getByRole("radio").count()) await main.getByRole("radio").last().check();
    else if (await main.getByRole("checkbox").count()) await main.getByRole("checkbox").first().check();
    else if (await page.getByRole("textbox").count()) await page.getByRole("textbox").first().fill("Because of the quarantine.");
    if (n < total) await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByText("All answers saved")).toBeVisible();

  // The same attempt shows the same order after a reload, and it is the order stored on the attempt.
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id, studentId: student.id } });
  const layout = readLayout(attempt.layout)!;
  const matchingIndex = layout.questions.findIndex((id) => secrets.definitions.find((d) => id.endsWith(`/${d.id}`))?.type === "matching");
  const open = async (index: number) => page.getByRole("button", { name: new RegExp(`^Question ${index + 1},`) }).click();
  await open(matchingIndex);
  const before = await optionsOnScreen(page);
  await page.reload();
  await open(matchingIndex);
  expect(await optionsOnScreen(page)).toEqual(before);
  const matching = secrets.definitions.find((d) => layout.questions[matchingIndex]!.endsWith(`/${d.id}`)) as Extract<Question, { type: "matching" }>;
  expect(before).toEqual(layout.options[layout.questions[matchingIndex]!]!.map((id) => matching.right.find((r) => r.id === id)!.text));
  await expectNoSeriousA11yViolations(page);

  await recorded.done();
  expect(recorded.bodies.length).toBeGreaterThan(5);
  expect(recorded.bodies.some((b) => b.text.includes(matching.prompt.slice(0, 40)))).toBe(true); // the recording saw the quiz
  expect(leaks(recorded.bodies, secrets)).toEqual([]);
  await context.close();
});

test("the teacher's preview, which may be shown to a class, carries no key either", async ({ browser, baseURL }) => {
  const classroom = await makeClassroom(1);
  const secrets = await secretsOf(LESSON);
  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, classroom.teacher.email!);
  const context = await browser.newContext();
  await shareSession(api, context);
  const page = await context.newPage();
  await page.goto("/teacher");
  const recorded = recordBodies(page, baseURL!);
  await page.goto(`/teacher/lessons/${LESSON}/preview`);
  await expect(page.getByRole("heading", { level: 1, name: /^Preview: / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await recorded.done();
  expect(leaks(recorded.bodies, secrets)).toEqual([]);
  await context.close();
});
