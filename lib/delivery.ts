// Getting a change to the server, as both save queues do it: the quiz's autosave (lib/quiz/save-queue.ts, also
// the organiser's) and the annotation layer's (lib/annotations/annotation-queue.ts). Each queue keeps its own
// slots and rules; what is the same is here, once:
// - one PUT and what its answer means: network failures, our own timeout and 408/425/429/5xx are transient
//   (worth retrying without the student changing anything); any other refusal is final for that change;
// - one retry schedule for a whole queue (1 s, 2 s, 4 s … capped at 30 s), so ten failing changes do not make
//   ten schedules;
// - the stored record of unacknowledged changes, read-modify-written so another tab's entries survive.
// No I/O of its own: fetch, timers and storage are injected, so the queues run under fake timers.

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 30_000 };

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** 1 s, 2 s, 4 s … capped: the wait before retry number `failures` (1-based). */
export function backoffDelay(failures: number, backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, failures - 1));
}

/** Statuses worth retrying: the request may succeed later without the student changing anything. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

/** A refusal's status and, when the server sent JSON, its message and code. */
export type Refusal = { status: number; error?: string; code?: string };
export type PutOutcome = { kind: "ok" } | { kind: "transient" } | { kind: "rejected"; refusal: Refusal };

/** PUTs one change as JSON and says what the answer means; `controller` lets the queue abandon it. */
export async function putChange(send: Fetch, url: string, body: unknown, controller: AbortController, timers: Timers, timeoutMs: number): Promise<PutOutcome> {
  const timeout = timers.setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await send(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: controller.signal });
    if (res.ok) return { kind: "ok" };
    if (isTransientStatus(res.status)) return { kind: "transient" };
    return { kind: "rejected", refusal: { status: res.status, ...(await errorBody(res)) } };
  } catch {
    return { kind: "transient" }; // network failure or our timeout's abort
  } finally {
    timers.clearTimeout(timeout);
  }
}

async function errorBody(res: { json(): Promise<unknown> }): Promise<{ error?: string; code?: string }> {
  try {
    const body: unknown = await res.json();
    const { error, code } = (typeof body === "object" && body !== null ? body : {}) as { error?: unknown; code?: unknown };
    return { ...(typeof error === "string" && error.trim() ? { error } : {}), ...(typeof code === "string" ? { code } : {}) };
  } catch {
    return {}; // not JSON: the queue words a message by status
  }
}

export type RetrySchedule = {
  /** A retry is scheduled: nothing is sent until it fires (or retryNow). */
  readonly waiting: boolean;
  /** The last attempt failed and nothing has succeeded since: the queue says "retrying". */
  readonly failing: boolean;
  succeeded(): void;
  /** A transient failure: schedules the next retry unless one is already scheduled. */
  failed(): void;
  /** Drops the scheduled retry; true if there was one. */
  cancel(): boolean;
};

/** One backoff for a whole queue: `onRetry` runs when the wait is over. */
export function createRetrySchedule(timers: Timers, backoff: { initialMs: number; maxMs: number }, onRetry: () => void): RetrySchedule {
  let failures = 0;
  let timer: unknown = null;
  return {
    get waiting() {
      return timer !== null;
    },
    get failing() {
      return timer !== null || failures > 0;
    },
    succeeded() {
      failures = 0;
    },
    failed() {
      if (timer !== null) return;
      failures += 1;
      timer = timers.setTimeout(() => {
        timer = null;
        onRetry();
      }, backoffDelay(failures, backoff));
    },
    cancel() {
      if (timer === null) return false;
      timers.clearTimeout(timer);
      timer = null;
      return true;
    },
  };
}

/**
 * Read-modify-write of one stored record of entries (read back through `read`, which drops what it cannot
 * trust), so another tab's entries survive; an empty record is removed. Quota exceeded or storage disabled:
 * nothing is stored and the in-memory queue still delivers the change.
 */
export function updateStoredRecord<T>(storage: KeyValueStorage | null, key: string, read: (storage: KeyValueStorage, key: string) => Record<string, T>, update: (entries: Record<string, T>) => void) {
  if (!storage) return;
  try {
    const entries = read(storage, key);
    update(entries);
    if (Object.keys(entries).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(entries));
  } catch {
    // see above
  }
}
