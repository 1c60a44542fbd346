// `npm run content:import` (and every start-up): validate content/ and upsert it into PostgreSQL by stable id.
// Run with the react-server condition so server/ modules (marked server-only) load outside Next.js.
import { loadContent } from "../server/content/load-content";
import { importContent } from "../server/content/import-content";
import { createScriptDb } from "../prisma/script-db";

const db = createScriptDb();
try {
  const summary = await importContent(db, await loadContent());
  const q = summary.questions;
  console.log(
    `content: sources +${summary.sources.created} ~${summary.sources.updated}; lessons +${summary.lessons.created} ~${summary.lessons.updated} -${summary.lessons.retired}; ` +
      `questions +${q.created} new versions ${q.newVersions}, moved ${q.moved}, retired ${q.retired}, unchanged ${q.unchanged}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
