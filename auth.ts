import { LRUCache } from "lru-cache";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { signInSchema } from "@/lib/account-schemas";
import { verifyCredentials } from "@/server/auth/verify-credentials";

/** Carries "throttled:<minutes>" to the sign-in form; never says whether the account exists. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const ip = clientIp(request.headers);
        const result = await verifyCredentials({ ...parsed.data, ip });
        if (result.ok) return result.user;
        throw new SignInRefused(result.reason === "throttled" ? `throttled:${result.retryInMinutes}` : "invalid");
      },
    }),
  ],
});

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

/**
 * The client's address, for the per-IP limit — only behind a proxy that sets X-Forwarded-For itself
 * (TRUST_PROXY=1). Otherwise the header is whatever the client typed: trusting it would let anyone dodge
 * the limit, or lock out someone else's (a school's shared) address. Then only the per-account limit applies.
 */
function clientIp(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
