import "server-only";
import { LRUCache } from "lru-cache";
import { headers } from "next/headers";
import { getToken, type JWT } from "next-auth/jwt";

// Server code reads the session here rather than with Auth.js's auth(), which decrypts the token and
// encrypts a renewed one on every call (most of an autosave's cost; renewing the cookie is the proxy's
// job). A student sends the same token with every request, so the claims of each token verified here are
// kept until it expires. Callers still check them against the database: the session version, in
// getCurrentUser() or inside the autosave's one statement.
const verifiedTokens = new LRUCache<string, JWT>({ max: 20_000 });

/** The session token's claims, decoded once per token and process (see above); null when signed out. */
export async function sessionToken(): Promise<JWT | null> {
  const req = { headers: await headers() };
  // Behind HTTPS the cookie has the __Secure- prefix, and that name is also the key's salt.
  for (const secureCookie of [true, false]) {
    const raw = await getToken({ req, secureCookie, raw: true });
    if (!raw) continue;
    const known = verifiedTokens.get(raw);
    if (known) return known;
    const token = await getToken({ req, secureCookie, secret: process.env.AUTH_SECRET });
    if (token?.exp) verifiedTokens.set(raw, token, { ttl: token.exp * 1000 - Date.now() });
    return token;
  }
  return null;
}
