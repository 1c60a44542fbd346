// Sent with every response, pages and API alike (lib/security-headers.mjs); the Content-Security-Policy, which
// needs a fresh nonce per page, is set in proxy.ts.
import { SECURITY_HEADERS } from "./lib/security-headers.mjs";

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
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
