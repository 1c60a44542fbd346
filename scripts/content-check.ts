// `npm run content:check`: validate everything under content/ and print a one-line summary,
// or every problem (exit code 1) so authors can fix them all in one pass.
import { loadContent } from "../server/content/load-content";
import { QUESTION_TYPES, SKILLS, type Content } from "../lib/content/schemas";

function summary(content: Content): string {
  const questions = content.lessons.flatMap((lesson) => lesson.questions);
  const count = (values: readonly string[], keys: readonly string[]) =>
    keys.map((key) => `${key} ${values.filter((v) => v === key).length}`).join(", ");
  return [
    `content ok: ${content.sources.length} sources, ${content.lessons.length} lessons, ${questions.length} questions`,
    `(${count(questions.map((q) => q.type), QUESTION_TYPES)}; ${count(questions.map((q) => q.skill), SKILLS)}),`,
    `${content.glossary.length} glossary terms, ${content.timeline.length} timeline events`,
  ].join(" ");
}

try {
  console.log(summary(await loadContent()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
