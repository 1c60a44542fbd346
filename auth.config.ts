import type { NextAuthConfig } from "next-auth";

// Edge-safe half of the next-auth configuration, used by proxy.ts: no providers, no database.
// The proxy only redirects; every page, action and route checks access again in server/authz.ts.
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const needsLogin = ["/dashboard", "/progress", "/account", "/teacher", "/quiz", "/review"].some((p) => path === p || path.startsWith(`${p}/`));
      return needsLogin ? !!auth?.user : true;
    },
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
