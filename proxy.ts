import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/auth.config";
import { contentSecurityPolicy, hashContentSecurityPolicy, PUBLIC_CACHE_CONTROL } from "@/lib/security-headers.mjs";
import { plainPageHtml, RETRY_AFTER_SECONDS, unavailablePageHtml } from "@/lib/unavailable";
import { addressOf } from "@/server/auth/client-address";
import { checkThrottle, joinCodeCounters, waitText } from "@/server/auth/throttle";
import { databaseReachable } from "@/server/database-reachable";
import { prerenderedPages } from "@/server/security/prerendered-pages";

const { auth } = NextAuth(authConfig);

// Four jobs, all before a page renders or an action runs: while the database is unreachable, answer 503
// with Retry-After and a page that needs nothing (a page or action would otherwise fail with a 500, and a
// load balancer could not tell an outage from a bug); answer 429 to a throttled join-code page; send signed-out visitors of private areas to the
// sign-in page (only a redirect — every page, action and route still authorises in server/authz.ts); and
// give each page its CSP: a page prerendered at build time (the public reader) the hashes of its own scripts
// and a Cache-Control a CDN may keep, any other page a fresh nonce, which Next.js puts on its own scripts.
const PRIVATE = ["/dashboard", "/progress", "/review", "/account", "/teacher", "/assignments"];

function unavailable(request: Request) {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  // A server action called by the page's JavaScript: the client shows app/error.tsx for a non-action answer.
  if (request.headers.has("next-action")) {
    return new NextResponse("Sourcework is temporarily unavailable. Nothing was changed; please try again in a moment.", { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new NextResponse(unavailablePageHtml(), { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * A join-code page from an address that has tried too many wrong codes: 429 with Retry-After, before the page
 * looks anything up (a page cannot set its own status). The page checks the same throttle itself too.
 */
async function throttledJoinPage(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "GET" || !/^\/join\/[^/]+$/.test(request.nextUrl.pathname)) return null;
  const state = await checkThrottle(joinCodeCounters(addressOf(request.headers)));
  if (!state.throttled) return null;
  const text = `Too many ${state.what}. Try again in ${waitText(state.retryAfterSeconds)}. If your teacher gave you a link, use it exactly as it is once the wait is over.`;
  return new NextResponse(plainPageHtml({ title: "Too many codes tried", text, link: { href: "/", label: "Home" } }), {
    status: 429,
    headers: { "Retry-After": String(state.retryAfterSeconds), "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
  });
}

/**
 * A browser loading a page asks for `text/html`; the router's fetches (for the RSC payload) ask for any type at
 * all, and an action for `text/x-component`. The proxy must tell them apart this way: Next.js strips its own
 * `rsc` header and `_rsc` parameter before the proxy runs.
 */
const acceptsHtml = (request: Request) => (request.headers.get("accept") ?? "").includes("text/html");

/**
 * A prerendered page: the same bytes for everyone, so no session is read and no cookie is set (a cached copy
 * must not carry one); its policy allows exactly the scripts the build found in it (scripts/csp-hashes.mjs).
 * Under `npm start` a page load of one never gets here (scripts/static-pages.mjs answers it first); the
 * router's RSC requests for it do, and `next start` sends everything here.
 */
async function prerenderedPage(request: NextRequest, hashes: readonly string[]) {
  if (!(await databaseReachable())) return unavailable(request);
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", hashContentSecurityPolicy(hashes));
  // The HTML and a client-side navigation's RSC payload alike (Next.js sends `Vary: rsc, next-router-…`, so a
  // cache keeps them apart); both change only with a deploy.
  response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  return response;
}

const withSession = auth(async (request) => {
  if (!(await databaseReachable())) return unavailable(request);
  const throttled = await throttledJoinPage(request);
  if (throttled) return throttled;
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user && PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development", prerenderedPages().notFound);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

/**
 * Auth.js's middleware renews the session cookie on every request it sees. Any reply to a request sent with the
 * *old* cookie can then arrive after a sign-in, password change or sign-out has set a new one, and put the
 * ended session back: the action's own reply (where the renewal rides along), and the router's prefetches and
 * client navigations (RSC requests), which run alongside whatever the person is doing (seen in e2e/doors.spec.ts:
 * a prefetch started before "choose your password" answered after it, and in e2e/security.spec.ts: one that
 * answered after sign-out). So only a full page load — one at a time per tab — renews the cookie; actions and
 * RSC requests go without.
 */
export default async function proxy(request: NextRequest) {
  const hashes = request.method === "GET" || request.method === "HEAD" ? prerenderedPages().hashesOf(request.nextUrl.pathname) : undefined;
  if (hashes) return prerenderedPage(request, hashes);
  // Auth.js types its wrapper as a route handler; the callback above reads no context, so none is passed.
  const response = await withSession(request, { params: Promise.resolve({}) });
  const renews = !request.headers.has("next-action") && acceptsHtml(request);
  if (renews || !(response instanceof Response)) return response;
  const kept = response.headers.getSetCookie().filter((cookie) => !/^(__Secure-)?authjs\.session-token(\.\d+)?=/.test(cookie));
  response.headers.delete("set-cookie");
  for (const cookie of kept) response.headers.append("set-cookie", cookie);
  return response;
}

export const config = {
  // Pages only: API routes answer JSON and authorise themselves; static files need no nonce.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)" }],
};
