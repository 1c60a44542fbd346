// The Content-Security-Policy of every page: scripts only with this response's nonce, or (prerendered pages,
// the same for everyone) with the SHA-256 of each script the page carries, computed at build time
// (scripts/csp-hashes.mjs); and what those scripts load ('strict-dynamic'). Nothing from another origin; no
// framing. Styles allow inline attributes, which React renders for widths and colours; no inline *scripts*
// are allowed but by nonce or hash.
function policy(scriptSources: string[], dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")} 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A page rendered for this request. `alsoHashes`: the scripts of the prerendered 404 page, which Next.js
 * serves as it is for a path no page matches (it cannot carry the nonce).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean, alsoHashes: readonly string[] = []): string {
  return policy([`'nonce-${nonce}'`, ...alsoHashes], dev);
}

/** A prerendered page: its scripts' hashes ('sha256-…', quoted) and nothing else. */
export function hashContentSecurityPolicy(hashes: readonly string[]): string {
  if (hashes.length === 0) throw new Error("a hash policy needs at least one hash");
  return policy([...hashes], false);
}

// Prerendered pages may be kept by a CDN or reverse proxy for a few minutes and served stale while it asks
// again (the HTML changes only with a deploy); every other page is one person's.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=3600";
export const PRIVATE_CACHE_CONTROL = "private, no-store";
