// The headers that protect every response, in one place for the three that send them: next.config.js (every
// response Next.js sends), proxy.ts (each page's Content-Security-Policy) and scripts/static-pages.mjs (the
// prerendered pages scripts/serve.mjs answers itself). Plain JavaScript, so the Node scripts read it as is.

/** Sent with every response, pages and API alike. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

// The Content-Security-Policy of every page: scripts only with this response's nonce, or (prerendered pages,
// the same for everyone) with the SHA-256 of each script the page carries, computed at build time
// (scripts/csp-hashes.mjs); and what those scripts load ('strict-dynamic'). Nothing from another origin; no
// framing. Styles allow inline attributes, which React renders for widths and colours; no inline *scripts*
// are allowed but by nonce or hash.
function policy(scriptSources, dev) {
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
export function contentSecurityPolicy(nonce, dev, alsoHashes = []) {
  return policy([`'nonce-${nonce}'`, ...alsoHashes], dev);
}

/** A prerendered page: its scripts' hashes ('sha256-…', quoted) and nothing else. */
export function hashContentSecurityPolicy(hashes) {
  if (hashes.length === 0) throw new Error("a hash policy needs at least one hash");
  return policy([...hashes], false);
}

// Prerendered pages may be kept by a CDN or reverse proxy for a few minutes and served stale while it asks
// again (the HTML changes only with a deploy). Every other page is one person's (`private, no-store`).
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=3600";
