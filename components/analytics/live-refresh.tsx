"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * Keeps a teacher's page current without a manual reload: polls a cheap "what changed" stamp every
 * few seconds and re-renders the server page only when it moves. Pauses while the tab is hidden.
 */
export function LiveRefresh({ url, intervalMs = 3000 }: { url: string; intervalMs?: number }) {
  const router = useRouter();
  const last = useRef<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok) return;
        const { stamp } = (await response.json()) as { stamp: string };
        if (last.current !== null && stamp !== last.current && !stopped) {
          router.refresh();
          setUpdatedAt(new Date().toLocaleTimeString());
        }
        last.current = stamp;
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    void poll();
    const timer = window.setInterval(poll, intervalMs);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [url, intervalMs, router]);

  return (
    <p className="text-sm text-neutral-600 dark:text-neutral-400" role="status">
      Updates live{updatedAt ? ` · last change ${updatedAt}` : ""}
    </p>
  );
}
