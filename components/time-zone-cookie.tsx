"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Times are stored in UTC and shown in the viewer's zone: tell the server which zone that is. Without the
 * cookie the first page was rendered in UTC, so it is rendered again, but only when it shows times of day
 * (a <time> whose datetime has a time). Other pages would only pay a second render, and a refresh that
 * lands after a click on an in-page link puts the URL back without its #fragment.
 */
export function TimeZoneCookie() {
  const router = useRouter();
  useEffect(() => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = document.cookie.match(/(?:^|; )tz=([^;]*)/)?.[1];
    if (tz && decodeURIComponent(current ?? "") !== tz) {
      document.cookie = `tz=${encodeURIComponent(tz)}; path=/; max-age=31536000; samesite=lax`;
      if (current === undefined && document.querySelector('time[datetime*="T"]')) router.refresh();
    }
  }, [router]);
  return null;
}
