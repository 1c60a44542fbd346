import { expect, test } from "vitest";
import { globalQuestionId } from "@/lib/content/schemas";
import { loadContent } from "@/server/content/load-content";
import { readLesson, readQuestion, readSource } from "@/server/content/stored-documents";

// What the import stores is what loadContent() parsed, turned into JSON: reading it back must give the same.
const content = await loadContent();
const asJson = <T>(value: T) => JSON.parse(JSON.stringify(value));

test("a stored source, lesson and question read back as the content files parse them", () => {
  const source = content.sources[0]!;
  expect(readSource({ id: source.meta.id, contentHash: "h1", document: asJson(source) })).toEqual(source);
  const { questions, ...lesson } = content.lessons[0]!;
  expect(readLesson({ id: lesson.id, contentHash: "h1", document: asJson(lesson) })).toEqual(lesson);
  expect(readQuestion({ id: globalQuestionId(lesson.id, questions[0]!.id), definition: asJson(questions[0]) })).toEqual(questions[0]);
});

test("a stored document that does not match its schema fails loudly, naming it", () => {
  expect(() => readSource({ id: "broken", contentHash: "h1", document: { meta: {}, blocks: [] } })).toThrow(/Stored source broken@h1 does not match its schema/);
});
