// `npm run data:retention -- [--dry-run] [--data dev|prod]`: applies the retention policy (lib/retention.ts,
// settings RETENTION_INACTIVE_STUDENT_DAYS and RETENTION_ARCHIVED_CLASS_DAYS). --dry-run lists what would go
// and changes nothing; without it each account or class is deleted in a transaction of its own, with a
// DeletionLog row. Safe to run daily from cron or a platform scheduler (README "Retention").
// Runs with the react-server condition so server/ modules (marked server-only) load outside Next.js.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { retentionPolicyFrom } from "../lib/retention";
import { applyRetention, findExpired } from "../server/retention/apply-retention";
import { dataSetArg, withScriptDatabase } from "./lib/script-database";

async function main() {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, data: { type: "string" } } });
  const policy = retentionPolicyFrom(process.env);
  await withScriptDatabase(dataSetArg(values.data), async (url, label) => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
    try {
      console.log(`▸ retention on ${label}: students inactive over ${policy.inactiveStudentDays} days, classes archived over ${policy.archivedClassDays} days`);
      if (values["dry-run"]) {
        const expired = await findExpired(db, policy);
        for (const e of expired) console.log(`  would delete ${e.kind} ${e.id}: ${e.reason}`);
        console.log(`▸ dry run: ${expired.length} would be deleted; nothing was changed`);
        return;
      }
      const deleted = await applyRetention(db, policy, { deletedBy: "npm run data:retention" });
      for (const d of deleted) console.log(`  deleted ${d.kind} ${d.id}: ${d.reason}; rows ${JSON.stringify(d.rowCounts)}`);
      console.log(`▸ ${deleted.length} deleted, each logged in DeletionLog`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(`retention failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
