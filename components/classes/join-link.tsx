"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";

const subscribe = () => () => {};

/**
 * The class's join link, shown and copied. With APP_URL configured the server's origin is the answer; without
 * it the server can only guess the scheme and host it was reached by, so the browser's own address — the one
 * the teacher is actually using, and so the one their students can reach — replaces the guess on hydration.
 */
export function JoinLink({ code, serverOrigin, configured }: { code: string; serverOrigin: string; configured: boolean }) {
  const origin = useSyncExternalStore(subscribe, () => (configured ? serverOrigin : window.location.origin), () => serverOrigin);
  const link = `${origin}/join/${code}`;
  return (
    <>
      <p className="break-all">
        Join link: <span className="font-mono" data-testid="join-link">{link}</span>
      </p>
      <div className="flex flex-wrap gap-3">
        <CopyButton text={link} label="Copy join link" />
      </div>
    </>
  );
}
