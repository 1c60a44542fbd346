// `npm test`: every tier, in order of speed, each with its runner's own summary, then one closing line.
//   content check → lint → typecheck → unit → (embedded PostgreSQL) integration → production build → e2e
// Stops at the first failing tier. Uses DATABASE_URL when set (it must be local); else an embedded server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { prepareDatabase } from "./lib/prepare-db";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "sourcework-test-"));
const counts = { passed: 0, failed: 0 };

function step(title: string, file: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(file, args, { stdio: "inherit", env });
  console.log(`━━ ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function countVitest(file: string) {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  counts.passed += report.stats.expected;
  counts.failed += report.stats.unexpected + report.stats.flaky;
}

async function main() {
  const vitest = (project: string) => ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${project}.json`)}`];
  let ok =
    step("content", bin("tsx"), ["--conditions=react-server", "scripts/content-check.ts"]) &&
    step("lint", bin("eslint"), ["."]) &&
    step("route types", bin("next"), ["typegen"]) &&
    step("typecheck", bin("tsc"), ["--noEmit"]) &&
    step("unit tests", bin("vitest"), vitest("unit"));
  if (fs.existsSync(path.join(reports, "unit.json"))) countVitest(path.join(reports, "unit.json"));

  let embedded: EmbeddedDb | undefined;
  if (ok) {
    if (!process.env.DATABASE_URL) {
      embedded = await startEmbeddedDb({ persistent: false });
      process.env.DATABASE_URL = embedded.url;
      process.env.SOURCEWORK_EMBEDDED_PG_DIR = embedded.dir;
      process.env.SOURCEWORK_EMBEDDED_PG_PORT = String(embedded.port);
    }
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
    await prepareDatabase({ seedDemo: false });
    ok = step("integration tests", bin("vitest"), vitest("int"));
    if (fs.existsSync(path.join(reports, "int.json"))) countVitest(path.join(reports, "int.json"));
  }
  if (ok) ok = step("production build", bin("next"), ["build"]) && step("CSP hashes of the prerendered pages", process.execPath, ["scripts/csp-hashes.mjs"]);
  if (ok) {
    const json = path.join(reports, "e2e.json");
    ok = step("end-to-end tests", bin("playwright"), ["test"], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: json });
    if (fs.existsSync(json)) countPlaywright(json);
  }
  await embedded?.destroy().catch(() => {});
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(ok && counts.failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
