import type { NextAuthConfig } from "next-auth";

// A refused sign-in or a forged/missing CSRF token is the client's mistake, answered with a redirect or a
// 4xx: logged as one line, not as a server error with a stack trace that buries real ones.
const CLIENT_ERRORS = new Set(["CredentialsSignin", "MissingCSRF", "UnknownAction", "InvalidCheck"]);

// Edge-safe half of the next-auth configuration, used by proxy.ts: no providers, no database.
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  providers: [],
  logger: {
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (CLIENT_ERRORS.has(type)) console.warn(`[auth] refused: ${type}`);
      else console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.sv = user.sessionVersion;
        // Signed in with a temporary password: server/authz.ts lets this session do nothing but choose one.
        token.pwc = user.mustChangePassword;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role;
      session.sv = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
