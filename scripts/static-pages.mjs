// The prerendered public pages as a static file server would send them, for scripts/serve.mjs: a browser
// loading one (GET or HEAD, asking for text/html; not the router's RSC requests) gets the build's brotli or
// gzip copy (scripts/csp-hashes.mjs writes them beside the HTML), from memory, with the page's hash CSP, the
// protective headers, a public Cache-Control and an ETag (a revalidation is a 304) — before Next.js sees the
// request. Next.js would send the same bytes, but compressing them on every request; and a proxy's answer may
// not carry its own Content-Encoding, so this happens in front of it. Everything else goes on to Next.js.
// These pages read no session and no database, so they are served during a database outage too, as a CDN's
// stale copy would be.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Negotiator from "negotiator";
import { hashContentSecurityPolicy, PUBLIC_CACHE_CONTROL, SECURITY_HEADERS } from "../lib/security-headers.mjs";
import { MANIFEST_FILE } from "./csp-hashes.mjs";

const ENCODINGS = ["br", "gzip", "identity"];
// The benchmark's baselines (bench/baseline, only in its own build) measure what Next.js itself does with a
// prerendered page: they are left to it.
const LEFT_TO_NEXT = /^\/(_|bench\/)/;
// As Next.js sends it for these pages: a cache keeps the router's RSC requests of the same address apart.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** The pages of the build in distDir, read once: path → { headers, etag, bodies by encoding }. */
export function loadStaticPages(distDir = ".next") {
  const { pages } = JSON.parse(fs.readFileSync(path.join(distDir, MANIFEST_FILE), "utf8"));
  const byPath = new Map();
  for (const [route, hashes] of Object.entries(pages)) {
    // Next.js's own (/_not-found, /_global-error) are served for other paths, never at their own.
    if (LEFT_TO_NEXT.test(route)) continue;
    const file = path.join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    const identity = fs.readFileSync(file);
    const etag = `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
    const headers = {
      ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
      "Content-Security-Policy": hashContentSecurityPolicy(hashes),
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ETag: etag,
      Vary: VARY,
    };
    byPath.set(route, { headers, etag, bodies: { identity, br: fs.readFileSync(`${file}.br`), gzip: fs.readFileSync(`${file}.gz`) } });
  }
  return {
    /** Answers the request if it is a page load of a prerendered page; true when it did. */
    serve(request, response) {
      if (request.method !== "GET" && request.method !== "HEAD") return false;
      if (!(request.headers.accept ?? "").includes("text/html") || request.headers.rsc !== undefined) return false;
      // The path exactly as sent (no URL resolution: "//x" is not "/"); the router's `_rsc` marks its own requests.
      const [pathname = "", query = ""] = (request.url ?? "").split("?", 2);
      const page = byPath.get(pathname);
      if (!page || new URLSearchParams(query).has("_rsc")) return false;
      if ((request.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(page.etag)) {
        response.writeHead(304, page.headers).end();
        return true;
      }
      const encoding = new Negotiator(request).encoding(ENCODINGS, { preferred: ENCODINGS }) ?? "identity";
      const body = page.bodies[encoding];
      response.writeHead(200, {
        ...page.headers,
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": body.length,
        ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
      });
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
