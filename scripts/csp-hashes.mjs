// The build step of the public pages' CSP (run by `npm run build` as postbuild, by scripts/serve.mjs when a
// build lacks its manifest, by the benchmark's and `npm test`'s builds). Next.js prerenders the public pages
// once, so they cannot carry a per-request nonce; instead each page's policy lists the SHA-256 of every
// script it carries: the inline ones (the RSC payload, Next's bootstrap, any script of the root layout) by
// the hash of their text, and Next's own <script src> by the integrity hash `experimental.sri` gives them.
// Next.js 16.4 leaves that attribute off the page's client-component chunks (React's preinit of them takes no
// integrity), so this step adds it to the HTML, hashed from the file in .next/static it names: a browser
// allows an external script by hash only when the element carries that hash (Chrome 59, Firefox 116,
// Safari 15.6). With 'strict-dynamic', what those scripts load is allowed too, and nothing else. A page whose scripts
// cannot all be named this way fails the build: it would otherwise ship with its scripts refused, or with a
// weaker policy.
// The same pass writes each page's final HTML compressed beside it (<page>.html.br, <page>.html.gz), once per
// build, as nginx's gzip_static expects: scripts/serve.mjs sends those bytes to a browser loading the page
// (scripts/static-pages.mjs), so a public page costs what a file costs rather than a compression per request.
// Usage: node scripts/csp-hashes.mjs [distDir]   (writes <distDir>/csp-hashes.json)
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const MANIFEST_FILE = "csp-hashes.json";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const attribute = (attrs, name) => attrs.match(new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i"));

const fileHash = (file) => `sha256-${createHash("sha256").update(fs.readFileSync(file)).digest("base64")}`;

/**
 * The HTML with an integrity attribute on each <script src="/_next/static/…"> that lacks one, hashed from
 * that file of the build. Any other script without integrity is left as it is (scriptHashes refuses it).
 */
export function addChunkIntegrity(html, distDir) {
  return html.replace(/<script\b([^>]*)>/gi, (tag, attrs) => {
    const src = attribute(attrs, "src");
    const href = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!href?.startsWith("/_next/static/") || attribute(attrs, "integrity")) return tag;
    const file = path.join(distDir, "static", decodeURIComponent(href.slice("/_next/static/".length).split(/[?#]/)[0]));
    if (!fs.existsSync(file)) throw new Error(`${href} is named by a page but is not in ${path.join(distDir, "static")}`);
    return `<script${attrs} integrity="${fileHash(file)}">`;
  });
}

/** The CSP hash sources ('sha256-…') of every script of one HTML document; throws on one it cannot name. */
export function scriptHashes(html, where = "page") {
  const hashes = new Set();
  let count = 0;
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    count++;
    if (attribute(attrs, "src")) {
      const integrity = attribute(attrs, "integrity");
      const value = integrity?.[1] ?? integrity?.[2] ?? integrity?.[3] ?? "";
      const sha256 = value.split(/\s+/).find((v) => /^sha256-[A-Za-z0-9+/]+=*$/.test(v));
      if (!sha256) throw new Error(`${where}: <script${attrs}> has no sha256 integrity attribute (is experimental.sri on in next.config.js?)`);
      hashes.add(`'${sha256}'`);
    } else {
      hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    }
  }
  // Every App Router page bootstraps with inline scripts: none found means this is not the page we think.
  if (count === 0) throw new Error(`${where}: no <script> found in the prerendered HTML`);
  return [...hashes];
}

/** Prerendered HTML files of the App Router, by the path they are served at ("/", "/lessons", "/_not-found"). */
function prerenderedPages(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  const pages = {};
  for (const route of Object.keys(manifest.routes ?? {})) {
    const file = path.join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    if (fs.existsSync(file)) pages[route] = file;
  }
  return pages;
}

/** The page's HTML as a browser may ask for it: brotli at its best quality and gzip at level 9, beside the file. */
export function writePrecompressed(file, html) {
  const bytes = Buffer.from(html, "utf8");
  fs.writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  fs.writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
}

/** Reads (and completes, see addChunkIntegrity) every prerendered page of the build in distDir; writes its compressed copies and <distDir>/csp-hashes.json. */
export function writeCspManifest(distDir = ".next") {
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const pages = {};
  for (const [route, file] of Object.entries(prerenderedPages(distDir))) {
    const original = fs.readFileSync(file, "utf8");
    const html = addChunkIntegrity(original, distDir);
    if (html !== original) fs.writeFileSync(file, html);
    writePrecompressed(file, html);
    pages[route] = scriptHashes(html, `${route} (${path.relative(process.cwd(), file)})`);
  }
  if (!pages["/"]) throw new Error(`no prerendered home page in ${distDir}: the public pages are meant to be static (see ARCHITECTURE.md)`);
  const file = path.join(distDir, MANIFEST_FILE);
  fs.writeFileSync(file, `${JSON.stringify({ buildId, pages }, null, 1)}\n`);
  return { file, buildId, pages };
}

/** True when distDir's build has a manifest written for it (same BUILD_ID). */
export function hasCurrentManifest(distDir = ".next") {
  try {
    const { buildId } = JSON.parse(fs.readFileSync(path.join(distDir, MANIFEST_FILE), "utf8"));
    return buildId === fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { file, pages } = writeCspManifest(process.argv[2] ?? ".next");
    console.log(`▸ CSP hashes of ${Object.keys(pages).length} prerendered pages: ${path.relative(process.cwd(), file)}`);
  } catch (error) {
    console.error(`✖ CSP hashes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
