"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import { createSaveQueue, type KeyValueStorage, type SaveQueue } from "@/lib/quiz/save-queue";

function browserStorage(): KeyValueStorage | null {
  if (typeof window === "undefined") return null;
  try {
    return window.localStorage; // throws in some privacy modes
  } catch {
    return null;
  }
}

export const browserFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) =>
  fetch(url, { ...init, credentials: "same-origin", cache: "no-store" });

/**
 * The attempt's answers and their autosave. The queue is created once per mount; React reads it as an
 * external store, hydrating with the server's answers (getInitialState) and then showing what this
 * device had not yet saved (restored from localStorage). Sending starts after mount.
 */
export function useSaveQueue(view: AttemptView, preview: boolean) {
  const [queue] = useState(() =>
    createSaveQueue({
      attemptId: view.attemptId,
      questions: view.questions.map((q) => ({ questionId: q.questionId, versionId: q.versionId })),
      initial: view.answers,
      fetch: preview ? null : browserFetch,
      storage: preview ? null : browserStorage(),
    }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getInitialState);
  const leaving = useRef(false);
  /** After submitting, the page goes to the results without the "unsaved changes" prompt. */
  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);

  useEffect(() => {
    if (preview) return;
    const online = () => queue.retryNow();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current || !queue.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it to show the prompt
    };
    // Phones rarely fire beforeunload: when the page is hidden (app switch, tab closed), send typing now.
    const hidden = () => {
      if (document.visibilityState === "hidden" && queue.hasUnsaved()) void queue.flush();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [queue, preview]);

  return { queue, state, allowLeave } satisfies { queue: SaveQueue; state: ReturnType<SaveQueue["getState"]>; allowLeave: () => void };
}
