// The database a maintenance command (backup, restore, retention) works on: DATABASE_URL when set, else
// this checkout's embedded one (`--data dev`, the default, or `--data prod`), started for the command if it
// is not running and stopped again afterwards. Migrations and content are not touched here.
import { startCheckoutDb, type DataSet } from "./checkout-db";

export async function withScriptDatabase<T>(dataSet: DataSet, run: (url: string, label: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return run(process.env.DATABASE_URL, `${url.hostname}:${url.port || 5432}${url.pathname}`);
  }
  const explicitPort = process.env.SOURCEWORK_PG_PORT ? Number(process.env.SOURCEWORK_PG_PORT) : undefined;
  const db = await startCheckoutDb({ dataSet, port: explicitPort });
  try {
    return await run(db.url, `the embedded ${dataSet} database (${db.dir}, port ${db.port})`);
  } finally {
    await db.destroy().catch(() => {});
  }
}

export function dataSetArg(value: string | undefined): DataSet {
  if (value === undefined || value === "dev" || value === "prod") return value ?? "dev";
  throw new Error(`--data must be dev or prod, not "${value}"`);
}
