// The one place that decides which Chromium the browser tests drive (Playwright's e2e tier and the
// reliability suite). Playwright's own browser download is not used: it needs a host that npm installs
// cannot reach. In order:
//   1. CHROMIUM_PATH, when set (it must exist);
//   2. a system Chromium: /usr/bin/chromium (Debian), /usr/bin/chromium-browser;
//   3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency, pinned), so that
//      `npm install && npm test` needs nothing but Node.
// SOURCEWORK_BROWSER=system (1–2) or =bundled (3) forces one, and fails when it is not there.
//
// The bundled binary is a headless shell built for Amazon Linux. It is brotli-compressed in the package;
// it is extracted once per package version into node_modules/.cache/sourcework-chromium/<version>/ (never
// the package's shared /tmp/chromium, which any other version or project may have written), with the
// libraries the package ships for it (NSS, NSPR, expat), which are always put first on its
// LD_LIBRARY_PATH, so it runs the same on a machine that has them and on one that has not; and its fonts
// (Open Sans), plus the system's, through a fontconfig file of ours.
//
// Every path launches with OUR arguments only. The package's exported `chromium.args` are for serverless
// hosts and include --disable-web-security and --single-process, which would void the security tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type LaunchOptions } from "@playwright/test";

/** The arguments of every launch. Without the network ones Chromium keeps trying to reach Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const BUNDLED_PACKAGE = "@sparticuz/chromium";
const root = path.resolve(import.meta.dirname, "..");

export type ResolvedChromium = {
  /** Where it came from: the CHROMIUM_PATH variable, the system's, or the npm package's. */
  source: "CHROMIUM_PATH" | "system" | "bundled";
  executablePath: string;
  /** For chromium.launch() and Playwright's `use.launchOptions`. */
  launchOptions: LaunchOptions;
};

let resolved: ResolvedChromium | undefined;

/** Synchronous (Playwright's config is), and memoised per process. Throws with what to do when the chosen browser is missing. */
export function resolveChromium(): ResolvedChromium {
  resolved ??= resolve();
  return resolved;
}

function resolve(): ResolvedChromium {
  const choice = chooseChromium(process.env, fs.existsSync);
  if (choice.source === "bundled") return bundled();
  return { source: choice.source, executablePath: choice.path, launchOptions: { executablePath: choice.path, args: CHROMIUM_ARGS } };
}

export type ChromiumChoice = { source: "CHROMIUM_PATH" | "system"; path: string } | { source: "bundled" };

/** The order of choice, apart from the machine (for the unit test): the environment, and which files exist. */
export function chooseChromium(env: Record<string, string | undefined>, exists: (file: string) => boolean): ChromiumChoice {
  const forced = env.SOURCEWORK_BROWSER?.trim() || undefined;
  if (forced !== undefined && forced !== "system" && forced !== "bundled") {
    throw new Error(`SOURCEWORK_BROWSER=${forced} is not known: use "system", "bundled", or leave it unset to choose automatically.`);
  }
  if (forced === "bundled") return { source: "bundled" };

  const fromEnv = env.CHROMIUM_PATH?.trim() || undefined;
  if (fromEnv !== undefined) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium or Chrome binary, or unset it.`);
    return { source: "CHROMIUM_PATH", path: fromEnv };
  }
  const system = SYSTEM_CANDIDATES.find((file) => exists(file));
  if (system !== undefined) return { source: "system", path: system };
  if (forced === "system") {
    throw new Error(
      `SOURCEWORK_BROWSER=system, but there is no system Chromium (looked for ${SYSTEM_CANDIDATES.join(", ")}). ` +
        "Install one (Debian/Ubuntu: `apt-get install -y chromium`), set CHROMIUM_PATH, or unset SOURCEWORK_BROWSER to use the bundled one.",
    );
  }
  return { source: "bundled" };
}

function bundled(): ResolvedChromium {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`The bundled Chromium (${BUNDLED_PACKAGE}) is a Linux x64 binary; this is ${process.platform} ${process.arch}. Set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  }
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
  } catch {
    throw new Error(`The bundled Chromium needs the devDependency ${BUNDLED_PACKAGE}: run \`npm install\` (devDependencies included).`);
  }
  const packageDir = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const dir = path.join(root, "node_modules", ".cache", "sourcework-chromium", version);
  const executablePath = path.join(dir, "chromium");
  if (!fs.existsSync(executablePath)) extract(entry, path.join(packageDir, "bin"), dir);

  const libraries = path.join(dir, "al2023", "lib");
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  env.LD_LIBRARY_PATH = [libraries, ...(process.env.LD_LIBRARY_PATH ?? "").split(":").filter((p) => p && p !== libraries)].join(":");
  env.FONTCONFIG_PATH = path.join(dir, "fonts");
  return { source: "bundled", executablePath, launchOptions: { executablePath, args: CHROMIUM_ARGS, env } };
}

/**
 * Inflates the package's archives into `dir`, whole or not at all: into a folder of this process, renamed
 * into place at the end (a concurrent run that got there first wins, and this copy is dropped). The
 * package's inflate() is asynchronous and writes to os.tmpdir(), so it runs in a child Node process whose
 * TMPDIR is that folder, for the binary, its fonts, and the Amazon Linux libraries (which the package's
 * executablePath() unpacks only on Amazon Linux). WebGL's SwiftShader is left out: the GPU is off.
 */
function extract(entry: string, bin: string, dir: string) {
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const inflate = ["chromium.br", "fonts.tar.br", "al2023.tar.br"].map((file) => `await inflate(${JSON.stringify(path.join(bin, file))});`);
  const script = `const { inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)}); ${inflate.join(" ")}`;
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TMPDIR: staging }, stdio: ["ignore", "inherit", "inherit"], timeout: 180_000 });
  if (result.status !== 0 || !fs.existsSync(path.join(staging, "chromium"))) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`Could not extract the bundled Chromium from ${bin} (exit ${result.status ?? result.signal}).`);
  }
  // The package's fonts.conf names /tmp/fonts; ours names this folder, then the system's fonts, if any.
  const fonts = path.join(dir, "fonts");
  fs.writeFileSync(
    path.join(staging, "fonts", "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}/fonts</dir>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`,
  );
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, "chromium"))) throw error;
  }
  console.log(`▸ extracted the bundled Chromium to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Launches the resolved Chromium; when it will not start, says which shared libraries it lacks (ldd), if any. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = resolveChromium();
  try {
    return await chromium.launch({ ...browser.launchOptions, ...options });
  } catch (error) {
    const missing = missingLibraries(browser);
    if (missing.length > 0) {
      throw new Error(`${browser.source} Chromium (${browser.executablePath}) lacks shared libraries: ${missing.join(", ")}. Install them, or choose another browser with SOURCEWORK_BROWSER or CHROMIUM_PATH.`, { cause: error });
    }
    throw error;
  }
}

/** The libraries that `ldd` reports "not found" for the binary, with the environment it is launched with. */
export function missingLibraries(browser: ResolvedChromium = resolveChromium()): string[] {
  const env = { ...process.env, ...(browser.launchOptions.env as Record<string, string> | undefined) };
  const ldd = spawnSync("ldd", [browser.executablePath], { env, encoding: "utf8" });
  if (ldd.status === null) return [];
  return [...(ldd.stdout ?? "").matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]!);
}

/** One line for a test run's output: which browser, which version, which binary. */
export function describeChromium(browser: Browser, resolvedBrowser: ResolvedChromium = resolveChromium()): string {
  return `▸ browser: ${resolvedBrowser.source} Chromium ${browser.version()} (${resolvedBrowser.executablePath})`;
}
