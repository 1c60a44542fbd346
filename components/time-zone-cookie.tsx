"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Times are stored in UTC and shown in the viewer's zone: tell the server which zone that is.
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = document.cookie.match(/(?:^|; )tz=([^;]*)/)?.[1];
    if (tz && decodeURIComponent(current ?? "") !== tz) {
      document.cookie = `tz=${encodeURIComponent(tz)}; path=/; max-age=31536000; samesite=lax`;
      if (current === undefined) router.refresh();
    }
  }, [router]);
  return null;
}
