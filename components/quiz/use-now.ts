"use client";

import { useState, useSyncExternalStore } from "react";

type Clock = { subscribe: (listener: () => void) => () => void; get: () => number };

function createClock(intervalMs: number): Clock {
  let now = Date.now();
  return {
    get: () => now,
    subscribe(listener) {
      now = Date.now();
      const timer = setInterval(() => {
        now = Date.now();
        listener();
      }, intervalMs);
      return () => clearInterval(timer);
    },
  };
}

/** The current time, ticking every intervalMs while mounted; null during server rendering and hydration. */
export function useNow(intervalMs = 1000, enabled = true): number | null {
  const [clock] = useState(() => createClock(intervalMs));
  const now = useSyncExternalStore(
    enabled ? clock.subscribe : noSubscribe,
    clock.get,
    () => null,
  );
  return enabled ? now : null;
}

const noSubscribe = () => () => undefined;
