"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AttemptView } from "@/lib/quiz/attempt-view";
import type { KeyValueStorage } from "@/lib/delivery";
import { createSaveQueue, type SaveQueue } from "@/lib/quiz/save-queue";

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

  useLeaveGuards(queue, { enabled: !preview, leaving });

  return { queue, state, allowLeave } satisfies { queue: SaveQueue; state: ReturnType<SaveQueue["getState"]>; allowLeave: () => void };
}

/**
 * While a page with a save queue is open: retry at once when the browser is back online, warn before leaving
 * with unsaved changes (unless `leaving` says the page means to go, e.g. after submitting), and send what was
 * typed when the page is hidden — phones rarely fire beforeunload (app switch, tab closed). Shared by the quiz
 * and the organiser.
 */
export function useLeaveGuards(queue: Pick<SaveQueue, "retryNow" | "hasUnsaved" | "flush">, { enabled = true, leaving }: { enabled?: boolean; leaving?: { readonly current: boolean } } = {}) {
  useEffect(() => {
    if (!enabled) return;
    const online = () => queue.retryNow();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving?.current || !queue.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it to show the prompt
    };
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
  }, [queue, enabled, leaving]);
}
