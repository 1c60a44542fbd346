// Every process and database a test starts is registered here and released in afterAll, in reverse
// order, whatever happened; a failing step does not stop the others.
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { prepareDatabase } from "../../scripts/lib/prepare-db";
import { startApp, type AppOptions, type RunningApp } from "./app";

type Step = { label: string; run: () => Promise<void> };

export class Resources {
  private steps: Step[] = [];

  add(label: string, run: () => Promise<void>) {
    this.steps.push({ label, run });
  }

  async releaseAll(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    for (const step of steps) {
      try {
        await step.run();
      } catch (error) {
        console.error(`clean-up (${step.label}) failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }

  /** A throwaway embedded PostgreSQL on a free port; `prepare` applies migrations and imports the content. */
  async database(opts: { prepare: boolean }): Promise<EmbeddedDb> {
    const db = await startEmbeddedDb({ persistent: false });
    this.add(`database ${db.dir}`, db.destroy);
    if (opts.prepare) {
      // prepareDatabase runs the Prisma CLI and the importer with process.env: point it at this database only.
      const previous = process.env.DATABASE_URL;
      process.env.DATABASE_URL = db.url;
      try {
        await prepareDatabase({ seedDemo: false });
      } finally {
        if (previous === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = previous;
      }
    }
    return db;
  }

  /** `next start` (or the `npm start` path), stopped in afterAll; a second stop is harmless. */
  async app(opts: AppOptions): Promise<RunningApp> {
    const app = await startApp(opts);
    this.add(`app ${app.label}`, app.stop);
    return app;
  }
}
