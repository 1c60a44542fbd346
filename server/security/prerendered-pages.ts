import "server-only";
import fs from "node:fs";
import path from "node:path";

// The prerendered pages of this build and the hashes of their scripts, from the manifest the build step
// writes (scripts/csp-hashes.mjs → .next/csp-hashes.json). Read once per process. In production a missing or
// stale manifest is an error on every page — loud, rather than pages whose scripts the browser refuses; in
// development nothing is prerendered, so every page has the nonce.

type Manifest = { buildId: string; pages: Record<string, string[]> };
export type PrerenderedPages = { hashesOf: (pathname: string) => readonly string[] | undefined; notFound: readonly string[] };

const NONE: PrerenderedPages = { hashesOf: () => undefined, notFound: [] };
let loaded: PrerenderedPages | undefined;

function load(distDir: string): PrerenderedPages {
  const file = path.join(distDir, "csp-hashes.json");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  } catch (error) {
    throw new Error(`${file} is missing or unreadable: run \`npm run build\` (its postbuild step writes it) or \`node scripts/csp-hashes.mjs\` after \`next build\``, { cause: error });
  }
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  if (manifest.buildId !== buildId) throw new Error(`${file} was written for build ${manifest.buildId}, not ${buildId}: run \`node scripts/csp-hashes.mjs\``);
  const pages = new Map(Object.entries(manifest.pages));
  // Next.js's own entries (/_not-found, /_global-error) are served for other paths, never at their own.
  return { hashesOf: (pathname) => (pathname.startsWith("/_") ? undefined : pages.get(pathname)), notFound: pages.get("/_not-found") ?? [] };
}

export function prerenderedPages(): PrerenderedPages {
  if (process.env.NODE_ENV !== "production") return NONE;
  return (loaded ??= load(path.join(process.cwd(), ".next")));
}
