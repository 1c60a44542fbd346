import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { AccountLinks } from "@/components/account-links";
import { ReadingPreferencesMenu } from "@/components/reading/reading-preferences-menu";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { READING_HEAD_SCRIPT } from "@/lib/reading/head-script";
import { ACCOUNT_SOURCE_ATTRIBUTE, readingAttributes } from "@/lib/reading/preferences";
import { getMyReadingPreferences } from "@/server/reading/get-my-reading-preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sourcework", template: "%s · Sourcework" },
  description: "Teach history with primary sources: read archival documents closely and answer questions that send you back to the text.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page gets a per-request CSP nonce (proxy.ts), so no page can be prerendered once at build time.
  await connection();
  // Reading preferences before the first paint: an account's are rendered on <html>; otherwise the head
  // script applies this browser's copy (so <html> may differ from what React rendered: suppressHydrationWarning).
  const [reading, nonce] = await Promise.all([getMyReadingPreferences(), headers().then((h) => h.get("x-nonce") ?? undefined)]);
  const readingHtml = reading.saved ? { ...readingAttributes(reading.saved), [ACCOUNT_SOURCE_ATTRIBUTE]: "" } : {};
  return (
    <html lang="en" {...readingHtml} suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: READING_HEAD_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-black">
          Skip to content
        </a>
        <TimeZoneCookie />
        <SiteHeader>
          <ReadingPreferencesMenu signedIn={reading.signedIn} />
          <AccountLinks />
        </SiteHeader>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer data-site-footer className="mx-auto max-w-5xl px-4 pb-10 pt-6 text-sm text-neutral-600 sm:px-6 dark:text-neutral-400">
          Documents: Wilson Center Digital Archive (AVP RF), translation by John Henriksen. Sourcework is open source.{" "}
          <Link href="/privacy" className="underline underline-offset-4">Privacy</Link>
        </footer>
      </body>
    </html>
  );
}
