import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { wrongResponse } from "../testing/responses";
import { makeClassroom, shareSession, signInByApi } from "./fixtures/auth";
import { answerAllAndSubmit, createAssignment, startAttemptInDb } from "./fixtures/quiz";

const LESSON = "01-sourcing-mikoyan";

/**
 * Every visible text node whose rendered size is under 12 px: the computed font size of its element, times
 * the scale an SVG's viewBox applies to it (computed styles alone do not see that shrink).
 */
function textUnder12px(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest("script, style, noscript")) continue;
      if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === "hidden") continue;
      let size = parseFloat(getComputedStyle(element).fontSize);
      if (element instanceof SVGGraphicsElement) {
        const m = element.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      if (size < 11.95) found.push(`${size.toFixed(1)} px: “${node.textContent.trim().slice(0, 40)}” in <${element.tagName.toLowerCase()}>`);
    }
    return found;
  });
}

/** The page, and every element that scrolls sideways (the gradebook grid, which may, is not on these pages). */
function horizontalScroll(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page: ${document.documentElement.scrollWidth} px wide in ${window.innerWidth} px`);
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === "auto" || overflow === "scroll") && element.scrollWidth > element.clientWidth + 1) {
        found.push(`<${element.tagName.toLowerCase()} class="${element.className}">: ${element.scrollWidth} px in ${element.clientWidth} px`);
      }
    }
    return found;
  });
}

test("on a 390 px phone the roster, item analysis and insights have no text under 12 px and no sideways scrolling", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const classroom = await makeClassroom(3);
  const assignment = await createAssignment(classroom.klass.id, LESSON);
  // Submissions, so every table and chart has rows: one student right, one wrong, one not started.
  for (const [i, student] of classroom.students.slice(0, 2).entries()) {
    const { attempt, questions } = await startAttemptInDb(assignment.id, student.id, LESSON);
    const api = await playwrightRequest.newContext({ baseURL });
    await signInByApi(api, student.username!);
    await answerAllAndSubmit(api, attempt.id, questions, i === 0 ? undefined : wrongResponse);
  }

  const api = await playwrightRequest.newContext({ baseURL });
  await signInByApi(api, classroom.teacher.email!);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await shareSession(api, context);
  const page = await context.newPage();
  for (const path of [`/teacher/classes/${classroom.klass.id}`, `/teacher/classes/${classroom.klass.id}/assignments/${assignment.id}/analysis`, `/teacher/classes/${classroom.klass.id}/insights`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Open every "show the data" disclosure: its text counts too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    expect(await textUnder12px(page), `text under 12 px on ${path}`).toEqual([]);
    expect(await horizontalScroll(page), `sideways scrolling on ${path}`).toEqual([]);
  }
  await context.close();
});
