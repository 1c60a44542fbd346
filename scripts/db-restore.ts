// `npm run db:restore -- FILE [--data dev|prod]`: restores a backup made by `npm run db:backup` into an empty
// database (DATABASE_URL, or this checkout's embedded one), all in one transaction: on any error nothing is left.
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreDatabase } from "./lib/backup";
import { dataSetArg, withScriptDatabase } from "./lib/script-database";

async function main() {
  const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error("usage: npm run db:restore -- FILE [--data dev|prod]");
  const file = path.resolve(positionals[0]!);
  await withScriptDatabase(dataSetArg(values.data), async (url, label) => {
    const started = Date.now();
    const rows = await restoreDatabase({ url, file });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(`▸ restored ${file} into ${label}: ${Object.keys(rows).length} tables, ${total} rows, in ${Date.now() - started} ms`);
  });
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
