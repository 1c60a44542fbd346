// What a person sees, and what a load balancer reads, while the database is unreachable: one wording for
// app/error.tsx and for the 503 page proxy.ts answers before a page would fail (server/database-reachable.ts).

export const UNAVAILABLE_TITLE = "Temporarily unavailable";
export const UNAVAILABLE_TEXT = "Sourcework could not load this page just now. Nothing you saved is lost. Please try again in a moment.";
/** Seconds a client or monitor should wait before asking again (the `Retry-After` header). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A whole HTML page with no scripts and no requests of its own, so it works whatever else is down: the 503
 * page, and the 429 a throttled join-code page gets. The link's empty href is "the same address again".
 */
export function plainPageHtml({ title, text, link }: { title: string; text: string; link: { href: string; label: string } }): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Sourcework</title>
<style>
  :root { color-scheme: light dark; --bg: #fbfaf7; --fg: #1c1c1c; --muted: #4a4a4a; --line: #767676; }
  @media (prefers-color-scheme: dark) { :root { --bg: #15171a; --fg: #ececec; --muted: #c4c4c4; --line: #9a9a9a; } }
  body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, sans-serif; }
  header, main { max-width: 28rem; margin: 0 auto; padding: 1rem; }
  header a { color: var(--fg); font-weight: 600; text-decoration: none; }
  h1 { font: 600 1.875rem/1.2 Georgia, serif; margin: 1.5rem 0 0.75rem; }
  p { color: var(--muted); }
  main a { display: inline-block; margin-top: 0.5rem; padding: 0.5rem 1rem; border: 1px solid var(--line); border-radius: 0.375rem; color: var(--fg); text-decoration: none; font-weight: 500; }
  a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
</style>
</head>
<body>
<header><a href="/">Sourcework</a></header>
<main id="main">
<h1>${escape(title)}</h1>
<p>${escape(text)}</p>
<a href="${escape(link.href)}">${escape(link.label)}</a>
</main>
</body>
</html>
`;
}

export function unavailablePageHtml(): string {
  return plainPageHtml({ title: UNAVAILABLE_TITLE, text: UNAVAILABLE_TEXT, link: { href: "", label: "Try again" } });
}
