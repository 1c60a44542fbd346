// `npm run db:backup [-- FILE] [--data dev|prod]`: a consistent backup of the database (lib/backup.ts) to FILE,
// by default backups/sourcework-<date>.jsonl.gz. Restore it with `npm run db:restore -- FILE`.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "./lib/backup";
import { dataSetArg, withScriptDatabase } from "./lib/script-database";

async function main() {
  const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
  if (positionals.length > 1) throw new Error("usage: npm run db:backup [-- FILE] [--data dev|prod]");
  const file = path.resolve(positionals[0] ?? path.join("backups", `sourcework-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`));
  await withScriptDatabase(dataSetArg(values.data), async (url, label) => {
    const started = Date.now();
    const rows = await backupDatabase({ url, file, migrationsDir: path.resolve("prisma/migrations") });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(`▸ backed up ${label}: ${Object.keys(rows).length} tables, ${total} rows, in ${Date.now() - started} ms`);
    console.log(`  ${file}`);
  });
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
