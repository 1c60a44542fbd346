import NextAuth, { CredentialsSignin } from "next-auth";
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

export const { handlers, auth, signIn, signOut } = NextAuth({
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

/**
 * The client's address, for the per-IP limit — only behind a proxy that sets X-Forwarded-For itself
 * (TRUST_PROXY=1). Otherwise the header is whatever the client typed: trusting it would let anyone dodge
 * the limit, or lock out someone else's (a school's shared) address. Then only the per-account limit applies.
 */
function clientIp(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
