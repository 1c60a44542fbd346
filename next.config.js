// Sent with every response, pages and API alike. The Content-Security-Policy, which needs a fresh nonce
// per page, is set in proxy.ts (lib/security-headers.ts).
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The generated Prisma client and pg stay external to the server bundle.
  serverExternalPackages: ["pg", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 status. sri: Next's <script src> carry an integrity
  // hash, which the prerendered pages' CSP lists (scripts/csp-hashes.mjs; a hash policy with 'strict-dynamic'
  // allows a parser-inserted external script only by nonce or by integrity hash).
  experimental: { authInterrupts: true, sri: { algorithm: "sha256" } },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
