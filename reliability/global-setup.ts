// Once per run: a production build must exist (built here only when there is none — another run may be
// using the current one, so it is never deleted or rebuilt here), and latest.json starts afresh with
// which build was tested and whether sources changed since it was made.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { RESULTS_FILE } from "./lib/report";

const SOURCE_DIRS = ["app", "components", "lib", "server", "content"];
const SOURCE_FILES = ["proxy.ts", "auth.ts", "auth.config.ts", "next.config.js"];

/** Source files modified after the build: the tests run the build, not these changes. */
function newerSources(builtAt: number): string[] {
  const newer: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css|md|ya?ml)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && fs.statSync(full).mtimeMs > builtAt) newer.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (fs.existsSync(dir)) walk(dir);
  for (const file of SOURCE_FILES) if (fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt) newer.push(file);
  return newer;
}

export default function setup() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("▸ no production build (.next/BUILD_ID): running next build");
    const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
    // The prerendered pages' CSP hashes, as `npm run build` writes them (scripts/serve.mjs would otherwise).
    const hashes = spawnSync(process.execPath, ["scripts/csp-hashes.mjs"], { stdio: "inherit" });
    if (hashes.status !== 0) throw new Error("scripts/csp-hashes.mjs failed");
  }
  const builtAt = fs.statSync(".next/BUILD_ID").mtimeMs;
  const newer = newerSources(builtAt);
  const build = { id: fs.readFileSync(".next/BUILD_ID", "utf8").trim(), builtAt: new Date(builtAt).toISOString(), sourcesChangedSince: newer.length };
  console.log(`▸ testing production build ${build.id} of ${build.builtAt}`);
  if (newer.length > 0) console.warn(`▸ ${newer.length} source file(s) changed since that build (e.g. ${newer.slice(0, 3).join(", ")}): run \`npx next build\` to test them`);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), build, tests: {} }, null, 2)}\n`);
}
