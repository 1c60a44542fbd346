// Runs a command with a ready database: `tsx scripts/run-with-db.ts <dev|prod|test> -- <command…>`.
// Uses DATABASE_URL when set; otherwise this checkout's embedded PostgreSQL (lib/checkout-db.ts): `.data/dev`
// for dev, `.data/prod` for prod, each on a port of its own; test gets a throwaway one (lib/embedded-db.ts).
// Then applies pending migrations and imports the content, so the app always starts on a current schema.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withAppHeapLimit } from "./lib/app-heap";
import { startCheckoutDb } from "./lib/checkout-db";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { prepareDatabase } from "./lib/prepare-db";

type Mode = "dev" | "prod" | "test";

function parseArgs(argv: string[]): { mode: Mode; command: string[] } {
  const [mode, separator, ...command] = argv;
  if ((mode !== "dev" && mode !== "prod" && mode !== "test") || separator !== "--" || command.length === 0) {
    console.error("usage: tsx scripts/run-with-db.ts <dev|prod|test> -- <command…>");
    process.exit(2);
  }
  return { mode, command };
}

// Dev and test get a generated secret so `npm run dev` needs no configuration; production must set its own.
function ensureAuthSecret(mode: Mode) {
  if (process.env.AUTH_SECRET || mode === "prod") return;
  if (mode === "test") {
    process.env.AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
    return;
  }
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const { mode, command } = parseArgs(process.argv.slice(2));
  let embedded: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    const started = Date.now();
    const explicitPort = process.env.SOURCEWORK_PG_PORT ? Number(process.env.SOURCEWORK_PG_PORT) : undefined;
    const checkout = mode === "test" ? undefined : await startCheckoutDb({ dataSet: mode, port: explicitPort });
    embedded = checkout ?? (await startEmbeddedDb({ persistent: false }));
    process.env.DATABASE_URL = embedded.url;
    process.env.SOURCEWORK_EMBEDDED_PG_DIR = embedded.dir;
    const how = checkout?.reused ? "already running, reused" : `started in ${Date.now() - started} ms`;
    console.log(`▸ embedded PostgreSQL on port ${embedded.port} (${embedded.dir}), ${how}`);
  }
  ensureAuthSecret(mode);
  await prepareDatabase({ seedDemo: mode === "dev" });

  const [bin, ...args] = command as [string, ...string[]];
  // `npm start` runs the server with a bounded heap (see lib/app-heap.ts).
  if (mode === "prod") process.env.NODE_OPTIONS = withAppHeapLimit(process.env.NODE_OPTIONS);
  const child = spawn(bin, args, { stdio: "inherit", env: process.env, shell: false });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await embedded?.destroy().catch(() => {});
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
