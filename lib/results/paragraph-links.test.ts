import { expect, test } from "vitest";
import type { ReadingExcerpt } from "@/lib/quiz/cited-paragraphs";
import { paragraphLinks } from "./paragraph-links";

const excerpt = (sourceId: string, recipient: string, numbers: number[]): ReadingExcerpt => ({
  sourceId,
  title: `Telegram to ${recipient}`,
  recipient,
  paragraphs: numbers.map((n) => ({ id: `p${n}`, number: n, sentences: [] })),
});
const mikoyan = excerpt("to-mikoyan", "Mikoyan", [1, 2, 3]);
const kuznetsov = excerpt("to-kuznetsov", "Kuznetsov", [1, 5]);

test("each ¶ the lesson shows becomes a link into its document; the rest stays text", () => {
  const parts = paragraphLinks("¶3 says so; ¶9 is not in the lesson.", [mikoyan]);
  expect(parts.map((p) => p.text).join("")).toBe("¶3 says so; ¶9 is not in the lesson.");
  expect(parts.filter((p) => p.href)).toEqual([{ text: "¶3", href: expect.stringContaining("to-mikoyan"), label: "Telegram to Mikoyan, paragraph 3" }]);
});

test("with two documents, the recipient named nearest picks the document", () => {
  const parts = paragraphLinks("Kuznetsov ¶5 and Mikoyan ¶1 agree.", [mikoyan, kuznetsov]);
  expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([expect.stringContaining("to-kuznetsov"), expect.stringContaining("to-mikoyan")]);
});

test("no excerpts, no links", () => {
  expect(paragraphLinks("See ¶3.", [])).toEqual([{ text: "See ¶3." }]);
});
