import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { AccountLinks } from "@/components/account-links";
import { ReadingPreferencesMenu } from "@/components/reading/reading-preferences-menu";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { READING_HEAD_SCRIPT } from "@/lib/reading/head-script";
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

// Reads nothing of the request: the public pages are prerendered (their CSP lists their scripts' hashes,
// proxy.ts), the others are rendered per request because they read the session, and carry a nonce.
// Reading preferences are put on <html> by the constant head script before the body paints (an account's
// come in a cookie set at sign-in and on save; otherwise this browser's copy): so <html> may differ from
// what React rendered (suppressHydrationWarning). Being constant, its hash is in every page's policy.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script suppressHydrationWarning dangerouslySetInnerHTML={{ __html: READING_HEAD_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-black">
          Skip to content
        </a>
        <TimeZoneCookie />
        <SiteHeader>
          <ReadingPreferencesMenu />
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
