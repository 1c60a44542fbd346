"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { logout } from "@/server/actions/accounts";
import type { Role } from "@/lib/enums";

type SessionInfo = { user?: { name?: string | null; role?: Role } } | null;

// A small island: the header is the same HTML for everyone, and learns here who is signed in.
export function AccountLinks() {
  const [session, setSession] = useState<SessionInfo | undefined>(undefined);
  // Signing in, up or out moves to another page without a full reload: ask again on every page.
  const pathname = usePathname();
  useEffect(() => {
    fetch("/api/me/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: SessionInfo) => setSession(s && s.user ? s : null))
      .catch(() => setSession(null));
  }, [pathname]);

  if (session === undefined) return <span className="inline-block h-5 w-24" aria-hidden />;
  if (!session) {
    return (
      <>
        <Link href="/join" className="underline-offset-4 hover:underline">Join a class</Link>
        <Link href="/login" className="rounded-md border border-neutral-400 px-3 py-1 dark:border-neutral-600">Sign in</Link>
      </>
    );
  }
  const home = session.user?.role === "TEACHER" ? "/teacher" : "/dashboard";
  return (
    <>
      <Link href={home} className="font-medium underline-offset-4 hover:underline">
        {session.user?.role === "TEACHER" ? "My classes" : "My work"}
      </Link>
      {/* A long name is cut short rather than pushing the header onto another line, but never below a
          tappable width. Below 640 px there is no room for "Sign out" as well: it is on the account page. */}
      <Link href="/account" className="min-w-12 max-w-[9rem] truncate underline-offset-4 hover:underline">{session.user?.name ?? "Account"}</Link>
      <form action={logout} className="hidden sm:block">
        <button type="submit" className="underline-offset-4 hover:underline">Sign out</button>
      </form>
    </>
  );
}
