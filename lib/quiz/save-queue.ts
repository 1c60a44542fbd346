// The quiz player's autosave: the answers a student has given, and the queue that gets them to the server.
//
// Why it is shaped like this:
// - Nothing a student writes may be lost. A change is written to storage (localStorage in the browser)
//   before it is sent, and removed only when the server acknowledges that exact change. A reload, a crash
//   or a server outage therefore loses nothing: the next queue for the attempt restores the entries and
//   sends them again.
// - Never let an older response overwrite a newer one. Each change gets a sequence number, sent as `seq`;
//   the server keeps an answer's highest seq and ignores (with a 200) any write carrying a lower one. So a
//   seq must grow not only within this page but across reloads: it is max(previous + 1, the clock in ms),
//   which a reload cannot go back on. At most one request per question is in flight, and the next carries
//   only the newest value (changes made meanwhile are coalesced). An ack counts only for the seq it carried.
// - Transient failures (network error, timeout, 408/429/5xx) are retried forever with one exponential backoff
//   for the whole queue (lib/delivery.ts, shared with the annotation queue). Other 4xx answers are final for
//   that value: the server's message is kept in the state for the player to show, and the value stays in storage.
// - No I/O of its own: fetch, timers, storage and the clock are injected, so it runs under fake timers.
// - It is also the player's store of answers (getState/subscribe fit React's useSyncExternalStore).
import { browserTimers, createRetrySchedule, DEFAULT_BACKOFF, DEFAULT_TIMEOUT_MS, putChange, updateStoredRecord, type Fetch, type KeyValueStorage, type Refusal, type Timers } from "@/lib/delivery";
import { answersUrl } from "@/lib/quiz/attempt-urls";

export type StoredEntry = { versionId: string; response: unknown; flagged: boolean; seq: number; changedAt: number };
/** What localStorage holds under storageKey(attemptId): questionId → the newest change the server has not acknowledged. */
export type StoredEntries = Record<string, StoredEntry>;

export type Answer = { response: unknown; flagged: boolean };

export type SaveStatus = "saved" | "saving" | "retrying" | "rejected";
export type SaveError = { message: string; status: number; code?: string; questionId: string };

export type SaveQueueState = {
  /** Every question's newest value; `response` is null for a question not answered yet. */
  answers: Readonly<Record<string, Answer>>;
  status: SaveStatus;
  /** The newest value the server refused (4xx), if any is still unsaved. */
  error: SaveError | null;
  /** How many questions have a change the server has not acknowledged. */
  unsaved: number;
};

export type FlushResult = { ok: true } | { ok: false; reason: "unreachable" } | { ok: false; reason: "rejected"; error: SaveError };

export type SaveQueueOptions = {
  /** Names the stored entries (storageKey); an attempt's id, or another queue's own name. */
  attemptId: string;
  /** Where changes are PUT; the attempt's answers route unless given (the organiser has its own). */
  url?: string;
  /** Every question of the attempt with the version it answers: stored entries for anything else are dropped. */
  questions: readonly { questionId: string; versionId: string }[];
  /** The server's saved answers (AttemptView.answers); `seq`, when the server sends it, is the seq it holds. */
  initial: Readonly<Record<string, { response: unknown; flagged: boolean; seq?: number }>>;
  /** null: nothing is ever sent (teacher preview); changes stay in memory. */
  fetch: Fetch | null;
  /** null: nothing is stored (preview, or storage unavailable). */
  storage: KeyValueStorage | null;
  timers?: Timers;
  now?: () => number;
  debounceMs?: number;
  timeoutMs?: number;
  backoff?: { initialMs: number; maxMs: number };
};

export type SetOptions = { debounce?: boolean };

export type SaveQueue = {
  getState(): SaveQueueState;
  /** The state built from the server's answers alone (React's getServerSnapshot: what the server rendered). */
  getInitialState(): SaveQueueState;
  subscribe(listener: () => void): () => void;
  /** Records a change (response and/or flag) and schedules its save: at once, or after debounceMs when typing. */
  set(questionId: string, change: Partial<Answer>, options?: SetOptions): void;
  /** Begins sending (restored entries first). Idempotent; pair with stop(). */
  start(): void;
  /** Stops sending: clears timers, abandons requests in flight (their values stay pending and stored). */
  stop(): void;
  /** Sends everything now, skipping debounce and backoff; resolves when all is saved or on the first failure. */
  flush(): Promise<FlushResult>;
  /** Retries at once instead of waiting out the backoff (the browser came back online). */
  retryNow(): void;
  hasUnsaved(): boolean;
};

export const storageKey = (attemptId: string) => `sourcework:attempt:${attemptId}`;

export const DEFAULT_DEBOUNCE_MS = 500;

type Slot = {
  questionId: string;
  versionId: string;
  response: unknown;
  flagged: boolean;
  seq: number;
  changedAt: number;
  /** Highest seq the server acknowledged (the server's own answer counts as seq 0). */
  ackedSeq: number;
  inFlight: { seq: number; controller: AbortController } | null;
  debounce: unknown;
  /** The seq the server refused with a 4xx, and why; cleared by the next change. */
  rejected: { seq: number; error: SaveError } | null;
};

type Waiter = { resolve: (result: FlushResult) => void };

/** A question with no answer yet has nothing to send; a flag on it is kept locally until it has one. */
const hasResponse = (slot: Slot) => slot.response !== null && slot.response !== undefined;
const isUnsaved = (slot: Slot) => slot.seq > slot.ackedSeq && hasResponse(slot);

export function readStoredEntries(storage: KeyValueStorage | null, attemptId: string): StoredEntries {
  return storage ? readEntries(storage, storageKey(attemptId)) : {};
}

function readEntries(storage: KeyValueStorage, key: string): StoredEntries {
  try {
    const raw = storage.getItem(key);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const entries: StoredEntries = {};
    for (const [questionId, value] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = value as Partial<StoredEntry> | null;
      if (
        entry &&
        typeof entry.versionId === "string" &&
        typeof entry.seq === "number" &&
        typeof entry.flagged === "boolean" &&
        typeof entry.changedAt === "number" &&
        "response" in entry
      ) {
        entries[questionId] = { versionId: entry.versionId, response: entry.response, flagged: entry.flagged, seq: entry.seq, changedAt: entry.changedAt };
      }
    }
    return entries;
  } catch {
    return {}; // unreadable storage (private mode, corrupt JSON) must not break the quiz
  }
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const { attemptId, storage } = options;
  const send = options.fetch;
  const timers: Timers = options.timers ?? browserTimers;
  const now = options.now ?? (() => Date.now());
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const url = options.url ?? answersUrl(attemptId);

  const listeners = new Set<() => void>();
  let waiters: Waiter[] = [];
  let started = false;
  const retry = createRetrySchedule(timers, backoff, () => {
    changed();
    pump();
  });
  const slots = new Map<string, Slot>();
  for (const { questionId, versionId } of options.questions) {
    const saved = options.initial[questionId];
    const serverSeq = typeof saved?.seq === "number" && Number.isSafeInteger(saved.seq) ? saved.seq : 0;
    slots.set(questionId, {
      questionId,
      versionId,
      response: saved?.response ?? null,
      flagged: saved?.flagged ?? false,
      seq: serverSeq,
      changedAt: 0,
      ackedSeq: serverSeq,
      inFlight: null,
      debounce: null,
      rejected: null,
    });
  }
  const initialState = snapshot();

  // Unacknowledged changes from an earlier page load win over the server's copy when their seq is higher
  // (always, while the server does not say which seq it holds): the same rule the server applies, so what
  // the page shows is what the retry will store. Exactly what the retry loop would have delivered had the
  // page stayed open.
  const stored = readStoredEntries(storage, attemptId);
  const stale: string[] = [];
  for (const [questionId, entry] of Object.entries(stored)) {
    const slot = slots.get(questionId);
    if (!slot || slot.versionId !== entry.versionId || entry.seq <= slot.ackedSeq) {
      stale.push(questionId);
      continue;
    }
    // A stored flag without an answer never replaces an answer the server has (given on another device).
    const response = entry.response === null || entry.response === undefined ? slot.response : entry.response;
    Object.assign(slot, { response, flagged: entry.flagged, seq: entry.seq, changedAt: entry.changedAt });
  }
  if (stale.length > 0) writeStorage((entries) => stale.forEach((id) => delete entries[id]));

  let state = snapshot();

  function snapshot(): SaveQueueState {
    const answers: Record<string, Answer> = {};
    let unsaved = 0;
    let error: SaveError | null = null;
    for (const slot of slots.values()) {
      answers[slot.questionId] = { response: slot.response, flagged: slot.flagged };
      if (isUnsaved(slot)) unsaved += 1;
      if (slot.rejected && slot.rejected.seq === slot.seq && !error) error = slot.rejected.error;
    }
    const status: SaveStatus = error ? "rejected" : unsaved === 0 ? "saved" : retry.failing ? "retrying" : "saving";
    return { answers, status, error, unsaved };
  }

  function changed() {
    state = snapshot();
    settleWaiters();
    for (const listener of listeners) listener();
  }

  function writeStorage(update: (entries: StoredEntries) => void) {
    updateStoredRecord(storage, storageKey(attemptId), readEntries, update);
  }

  function persist(slot: Slot) {
    writeStorage((entries) => {
      if (!hasResponse(slot) && !slot.flagged) delete entries[slot.questionId];
      else entries[slot.questionId] = { versionId: slot.versionId, response: slot.response, flagged: slot.flagged, seq: slot.seq, changedAt: slot.changedAt };
    });
  }

  function forget(slot: Slot, seq: number) {
    writeStorage((entries) => {
      const entry = entries[slot.questionId];
      if (entry && entry.seq <= seq) delete entries[slot.questionId];
    });
  }

  function sendable(slot: Slot) {
    return isUnsaved(slot) && !slot.inFlight && slot.debounce === null && slot.rejected?.seq !== slot.seq;
  }

  function pump() {
    if (!started || !send || retry.waiting) return;
    for (const slot of slots.values()) if (sendable(slot)) void deliver(slot);
  }

  async function deliver(slot: Slot) {
    if (!send) return;
    const seq = slot.seq;
    const inFlight = { seq, controller: new AbortController() };
    slot.inFlight = inFlight;
    const body = { questionId: slot.questionId, versionId: slot.versionId, response: slot.response, flagged: slot.flagged, seq };
    const outcome = await putChange(send, url, body, inFlight.controller, timers, timeoutMs);
    // stop() abandoned this request; a later start() sends the value again.
    if (slot.inFlight !== inFlight) return;
    slot.inFlight = null;

    if (outcome.kind === "ok") {
      retry.succeeded();
      slot.ackedSeq = Math.max(slot.ackedSeq, seq);
      if (slot.rejected && slot.rejected.seq <= seq) slot.rejected = null;
      forget(slot, seq);
    } else if (outcome.kind === "rejected") {
      slot.rejected = { seq, error: saveError(outcome.refusal, slot.questionId) };
    } else {
      transientFailure();
    }
    changed();
    pump();
  }

  function transientFailure() {
    for (const waiter of waiters) waiter.resolve({ ok: false, reason: "unreachable" });
    waiters = [];
    if (started) retry.failed();
  }

  function settleWaiters() {
    if (waiters.length === 0) return;
    const pending = [...slots.values()].filter(isUnsaved);
    let result: FlushResult | null = null;
    if (pending.length === 0) result = { ok: true };
    else {
      // Everything still unsaved has been refused: waiting longer will not change that.
      const refused = pending.every((slot) => slot.rejected?.seq === slot.seq);
      const error = pending[0]?.rejected?.error;
      if (refused && error) result = { ok: false, reason: "rejected", error };
    }
    if (!result) return;
    const done = waiters;
    waiters = [];
    for (const waiter of done) waiter.resolve(result);
  }

  return {
    getState: () => state,
    getInitialState: () => initialState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(questionId, change, { debounce = false } = {}) {
      const slot = slots.get(questionId);
      if (!slot) throw new Error(`unknown question ${questionId}`);
      if ("response" in change) slot.response = change.response ?? null;
      if (change.flagged !== undefined) slot.flagged = change.flagged;
      slot.changedAt = now();
      slot.seq = Math.max(slot.seq + 1, Math.floor(slot.changedAt));
      if (!send) {
        slot.ackedSeq = slot.seq; // preview: nothing to deliver, nothing unsaved
        changed();
        return;
      }
      persist(slot);
      if (slot.debounce !== null) timers.clearTimeout(slot.debounce);
      slot.debounce = null;
      if (debounce) {
        slot.debounce = timers.setTimeout(() => {
          slot.debounce = null;
          pump();
        }, debounceMs);
      }
      changed();
      pump();
    },
    start() {
      if (started) return;
      started = true;
      pump();
    },
    stop() {
      started = false;
      retry.cancel();
      for (const slot of slots.values()) {
        if (slot.debounce !== null) timers.clearTimeout(slot.debounce);
        slot.debounce = null;
        if (slot.inFlight) {
          slot.inFlight.controller.abort();
          slot.inFlight = null;
        }
      }
    },
    flush() {
      for (const slot of slots.values()) {
        if (slot.debounce !== null) timers.clearTimeout(slot.debounce);
        slot.debounce = null;
      }
      retry.cancel();
      const result = new Promise<FlushResult>((resolve) => waiters.push({ resolve }));
      pump();
      settleWaiters();
      if (!started || !send) {
        // Nothing can be delivered now (preview, or not started): answer at once instead of hanging.
        const pending = [...slots.values()].some(isUnsaved);
        for (const waiter of waiters) waiter.resolve(pending ? { ok: false, reason: "unreachable" } : { ok: true });
        waiters = [];
      }
      return result;
    },
    retryNow() {
      if (!retry.cancel()) return;
      changed();
      pump();
    },
    hasUnsaved: () => [...slots.values()].some(isUnsaved),
  };
}

function saveError({ status, error, code }: Refusal, questionId: string): SaveError {
  return { message: error ?? fallbackMessage(status), status, questionId, ...(code ? { code } : {}) };
}

function fallbackMessage(status: number): string {
  if (status === 401) return "You have been signed out. Sign in again in another tab; your answers are kept on this device.";
  if (status === 403) return "This quiz is not open to you.";
  if (status === 404) return "This attempt could not be found.";
  if (status === 409) return "This attempt can no longer be changed.";
  return "The server refused this answer.";
}
