// A tiny HTTP client for one simulated person: keeps their cookies (whichever instance set them), sends
// an x-forwarded-for of its own (login throttling counts per IP), and times every request.

export type HttpResult = { status: number; ok: boolean; location: string | null; retryAfter: string | null; text: string; ms: number; error?: string };

export type RequestOptions = {
  method?: string;
  json?: unknown;
  form?: Record<string, string>;
  /** Sent as multipart/form-data, as a browser posts a form with encType="multipart/form-data". */
  multipart?: Record<string, string>;
  /** A body sent as is (set its content-type in headers). */
  body?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  redirect?: "manual" | "follow";
};

export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly ip: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Never throws: a network error or timeout comes back as status 0 with `error` set. */
  async request(baseUrl: string, path: string, opts: RequestOptions = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { "x-forwarded-for": this.ip, ...opts.headers };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    let body: string | FormData | undefined = opts.body;
    if (opts.multipart) {
      body = new FormData();
      for (const [name, value] of Object.entries(opts.multipart)) body.append(name, value);
    } else if (opts.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.json);
    } else if (opts.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(opts.form).toString();
    }
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method: opts.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        body,
        redirect: opts.redirect ?? "manual",
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
      for (const header of response.headers.getSetCookie()) this.keepCookie(header);
      const text = await response.text();
      return { status: response.status, ok: response.ok, location: response.headers.get("location"), retryAfter: response.headers.get("retry-after"), text, ms: performance.now() - started };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      return { status: 0, ok: false, location: null, retryAfter: null, text: "", ms: performance.now() - started, error: `${e.name}: ${e.message}${e.cause?.code ? ` (${e.cause.code})` : ""}` };
    }
  }

  private keepCookie(header: string) {
    const [pair, ...attributes] = header.split(";");
    const eq = pair!.indexOf("=");
    if (eq <= 0) return;
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
    if (expired || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  sessionToken(): string | undefined {
    return [...this.cookies].find(([name]) => name.endsWith("authjs.session-token"))?.[1];
  }

  /**
   * Signs in through next-auth's credentials endpoint, as a browser does (e2e/fixtures/auth.ts): CSRF token,
   * then the form. Success is a 302 that sets the session cookie; a refusal is a 302 back to the sign-in
   * page with `error=CredentialsSignin&code=…` and no session. Returns what happened; never throws.
   */
  async signIn(baseUrl: string, identifier: string, password: string): Promise<{ signedIn: boolean; status: number; location: string | null; code: string | null }> {
    this.cookies.delete("authjs.session-token");
    const csrf = await this.request(baseUrl, "/api/auth/csrf");
    if (csrf.status !== 200) return { signedIn: false, status: csrf.status, location: null, code: `csrf HTTP ${csrf.status} ${csrf.error ?? ""}` };
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const response = await this.request(baseUrl, "/api/auth/callback/credentials", { form: { identifier, password, csrfToken, callbackUrl: "/" } });
    const location = response.location;
    const code = location ? new URL(location, baseUrl).searchParams.get("code") : null;
    return { signedIn: response.status === 302 && !!this.sessionToken() && !location?.includes("error="), status: response.status, location, code };
  }
}

/** A distinct documentation-range address per simulated client (RFC 5737 198.51.100.0/24, then more). */
export function fakeIp(n: number): string {
  return `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`;
}

/** Whether server-rendered HTML shows `text` (React separates adjacent text nodes with `<!-- -->`). */
export function htmlShows(html: string, text: string): boolean {
  return html.replaceAll("<!-- -->", "").includes(text);
}
