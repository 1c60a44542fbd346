import { expect, test } from "vitest";
import { citedParagraphs, type ReadingExcerpt } from "./cited-paragraphs";

const doc = (sourceId: string, recipient: string, numbers: number[]): ReadingExcerpt => ({
  sourceId,
  title: `Telegram to ${recipient}`,
  recipient,
  paragraphs: numbers.map((n) => ({ id: `p${n}`, number: n, sentences: [{ id: `p${n}.s1`, text: "…" }] })),
});
const mikoyan = doc("to-mikoyan", "Mikoyan", [3, 4, 5, 6, 7, 8]);
const kuznetsov = doc("to-kuznetsov", "Kuznetsov", [2, 3, 4, 5, 6, 9, 10]);

test("one document: every ¶ the lesson shows, in order of mention, ranges included", () => {
  expect(citedParagraphs("According to ¶3, and again in ¶¶5–6, …", [mikoyan]).map((c) => c.number)).toEqual([3, 5, 6]);
});

test("two documents: each ¶ belongs to the document named nearest to it", () => {
  expect(citedParagraphs("Compare the timetable in the two telegrams (Mikoyan ¶3, Kuznetsov ¶5). What differs?", [mikoyan, kuznetsov])).toEqual([
    { sourceId: "to-mikoyan", paragraphId: "p3", number: 3 },
    { sourceId: "to-kuznetsov", paragraphId: "p5", number: 5 },
  ]);
  expect(citedParagraphs("¶6 of the telegram to Kuznetsov offers…", [mikoyan, kuznetsov])).toEqual([{ sourceId: "to-kuznetsov", paragraphId: "p6", number: 6 }]);
});

test("a ¶ the lesson does not show, or a prompt without one, cites nothing", () => {
  expect(citedParagraphs("According to ¶12…", [mikoyan])).toEqual([]);
  expect(citedParagraphs("Who wrote the telegram?", [mikoyan])).toEqual([]);
  expect(citedParagraphs("According to ¶3…", [])).toEqual([]);
});
