"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { AnnotationView } from "@/lib/annotations/change";
import { createAnnotationQueue } from "@/lib/annotations/annotation-queue";
import type { KeyValueStorage } from "@/lib/delivery";

function browserStorage(): KeyValueStorage | null {
  if (typeof window === "undefined") return null;
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const browserFetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) =>
  fetch(url, { ...init, credentials: "same-origin", cache: "no-store" });

/** The author's annotations and their save queue (lib/annotations/annotation-queue.ts), started after mount. */
export function useAnnotationQueue(options: { assignmentId: string; authorId: string; model: boolean; initial: readonly AnnotationView[]; readOnly: boolean }) {
  const [queue] = useState(() =>
    createAnnotationQueue({ ...options, fetch: options.readOnly ? null : browserFetch, storage: options.readOnly ? null : browserStorage() }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getInitialState);
  useEffect(() => {
    queue.start();
    const online = () => queue.retryNow();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      queue.stop();
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [queue]);
  return { queue, state };
}
