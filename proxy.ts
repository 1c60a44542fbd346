import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/auth.config";
import { contentSecurityPolicy } from "@/lib/security-headers";

const { auth } = NextAuth(authConfig);

// Two jobs, both before a page renders: send signed-out visitors of private areas to the sign-in page
// (only a redirect — every page, action and route still authorises in server/authz.ts), and give each
// page a fresh CSP nonce, which Next.js puts on its own scripts.
const PRIVATE = ["/dashboard", "/progress", "/review", "/account", "/teacher", "/assignments"];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user && PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  // Pages only: API routes answer JSON and authorise themselves; static files need no nonce.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)" }],
};
