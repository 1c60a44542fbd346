// Signing in the way a browser does, through next-auth's credentials endpoint (as e2e/fixtures/auth.ts):
// GET /api/auth/csrf, then POST the form; the session cookie comes back on the redirect.

/** The `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

/** Signs in and returns the Cookie header that carries the session. */
export async function signIn(baseUrl: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: "/" }).toString(),
    signal: AbortSignal.timeout(30_000),
  });
  const session = [...cookiesOf(response)].filter(([name]) => name.includes("session-token"));
  if (response.status !== 302 || session.length === 0) throw new Error(`sign-in as ${identifier} failed (HTTP ${response.status}, ${response.headers.get("location")})`);
  // Only the session cookie: the CSRF and callback cookies play no part in the requests measured.
  return session.map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(workers);
  return results;
}
