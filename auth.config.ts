import type { NextAuthConfig } from "next-auth";

// Edge-safe half of the next-auth configuration, used by proxy.ts: no providers, no database.
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.sv = user.sessionVersion;
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
