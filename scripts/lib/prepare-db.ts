// Start-up work shared by dev, production and tests: migrations, then content, then (dev only) demo data.
// Each step is safe when several app instances start at once: `migrate deploy` and the content import
// both hold a PostgreSQL advisory lock while they run.
import { execFileSync } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

function run(label: string, file: string, args: string[], opts: { echo?: boolean } = {}) {
  const started = Date.now();
  try {
    const out = execFileSync(file, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env, encoding: "utf8" });
    if (opts.echo) process.stdout.write(out.replace(/^/gm, "  "));
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${label} failed:\n${e.stdout ?? ""}${e.stderr ?? e.message}`);
  }
  console.log(`▸ ${label} (${Date.now() - started} ms)`);
}

export async function prepareDatabase(opts: { seedDemo: boolean }) {
  run("migrations applied", bin("prisma"), ["migrate", "deploy"]);
  run("content imported", bin("tsx"), ["--conditions=react-server", "scripts/content-import.ts"], { echo: true });
  if (opts.seedDemo) {
    const out = execFileSync(bin("tsx"), ["prisma/seed.ts"], { env: process.env, encoding: "utf8" });
    process.stdout.write(out);
  }
}
