// The benchmark's own production build, apart from the app's: a copy of the project's sources in
// .data/bench-app (git-ignored, outside lint and typecheck) with the two baseline routes of bench/baseline/app
// added to its app/, built there with `next build`. The app itself ships no benchmark route; what the copy
// builds differs by those two files only, so the scenarios run the code `next build` makes of the project.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const BUILD_DIR = path.resolve(".data/bench-app");
const BASELINE_APP = path.resolve("bench/baseline/app");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const BASELINE_ROUTES = ["/bench/static/page", "/bench/dynamic/page", "/bench/db/route"];
// Left out of the copy: tests (Vitest would find them in .data and run them twice) and the lockfile (Next.js
// then takes the project root for the workspace root, as for the app's own build, and finds node_modules there).
const LEFT_OUT = new Set(["package-lock.json"]);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
// Git-ignored but needed to build: the generated Prisma client.
const GENERATED = ["generated"];

/** The project's files as git sees them (tracked and new, not ignored), relative to the project root, tests left out. */
function sourceFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return listed
    .split("\0")
    .filter((file) => file && !LEFT_OUT.has(file) && !isTest(file))
    .filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile()); // deleted but not yet committed
}

const builtAt = () => fs.statSync(path.join(BUILD_DIR, ".next/BUILD_ID"), { throwIfNoEntry: false })?.mtimeMs;

/** Why a build is needed, or null: none yet, a forced one, or a build without the baseline routes. */
export function buildReason(force: boolean): string | null {
  if (force) return "--rebuild";
  if (builtAt() === undefined) return `no benchmark build yet (${path.relative(process.cwd(), BUILD_DIR)})`;
  try {
    const manifest = fs.readFileSync(path.join(BUILD_DIR, ".next/app-path-routes-manifest.json"), "utf8");
    const routes = Object.keys(JSON.parse(manifest) as Record<string, string>);
    if (!BASELINE_ROUTES.every((r) => routes.includes(r))) return "the benchmark build lacks the baseline routes";
  } catch {
    return "the benchmark build has no route manifest";
  }
  return null;
}

/** Source files changed since the benchmark's build (a hint to pass --rebuild; it does not rebuild on its own). */
export function newerSources(): number {
  const built = builtAt() ?? 0;
  // The benchmark's own code is copied too (the build type-checks it) but is not part of the app, save the baselines.
  const baselines = fs.readdirSync(BASELINE_APP, { recursive: true, encoding: "utf8" }).map((f) => path.join(BASELINE_APP, f));
  const app = sourceFiles().filter((file) => !file.startsWith("bench/"));
  return [...app, ...baselines].filter((file) => fs.statSync(file).mtimeMs > built).length;
}

/**
 * Copies the sources and the baselines into an empty BUILD_DIR and builds there. From scratch each time, with
 * no cache of an earlier build: Tailwind's class scan reads the whole copy (see bench/README.md).
 */
export function build(): void {
  const started = Date.now();
  if (fs.existsSync("app/bench")) throw new Error("app/bench exists: the benchmark adds its baseline routes there in its own build copy (bench/baseline/app)");
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  for (const file of sourceFiles()) {
    fs.mkdirSync(path.join(BUILD_DIR, path.dirname(file)), { recursive: true });
    fs.copyFileSync(file, path.join(BUILD_DIR, file));
  }
  for (const dir of GENERATED) fs.cpSync(dir, path.join(BUILD_DIR, dir), { recursive: true });
  fs.cpSync(BASELINE_APP, path.join(BUILD_DIR, "app"), { recursive: true });
  // The build needs no database (server/env.ts): it runs before the benchmark's one starts.
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: BUILD_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`next build in ${BUILD_DIR} failed (exit ${result.status ?? result.signal})`);
  // As `npm run build` does (postbuild): the prerendered pages' CSP hashes.
  const hashes = spawnSync(process.execPath, [path.resolve("scripts/csp-hashes.mjs")], { cwd: BUILD_DIR, stdio: ["ignore", "inherit", "inherit"] });
  if (hashes.status !== 0) throw new Error(`scripts/csp-hashes.mjs in ${BUILD_DIR} failed`);
  console.log(`▸ next build of the benchmark copy (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
