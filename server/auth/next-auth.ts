// Auth.js with the Credentials provider: the route handler, signIn and signOut. The edge-safe half of the
// configuration is the root auth.config.ts, which proxy.ts uses; pages and actions read the session with
// sessionToken() (session-token.ts), never with Auth.js's auth().
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { signInSchema } from "@/lib/account-schemas";
import { addressOf } from "@/server/auth/client-address";
import { clearReadingCookie, putAccountReadingCookie } from "@/server/reading/reading-cookie";
import { verifyCredentials } from "@/server/auth/verify-credentials";

/** Carries "throttled:<minutes>" or "expired" to the sign-in form; never says whether the account exists. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    // The account's reading settings go with the session (server/reading/reading-cookie.ts).
    async signIn({ user }) {
      if (user.id) await putAccountReadingCookie(user.id);
    },
    async signOut() {
      await clearReadingCookie();
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await verifyCredentials({ ...parsed.data, address: addressOf(request.headers) });
        if (result.ok) return result.user;
        throw new SignInRefused(result.reason === "throttled" ? `throttled:${Math.ceil(result.retryAfterSeconds / 60)}` : result.reason);
      },
    }),
  ],
});
