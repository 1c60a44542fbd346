// The annotation layer's save queue: the same guarantees as the quiz's autosave (lib/quiz/save-queue.ts), for
// highlights. A change is written to storage (localStorage) before it is sent and removed only when the server
// acknowledges that exact change; a reload restores unacknowledged changes and sends them again. Each change
// carries a counter (max(previous + 1, the clock in ms), so it grows across reloads) and the server keeps the
// highest, so a late retry never overwrites a newer change. Transient failures (network, timeout, 408/429/5xx)
// are retried with one exponential backoff for the whole queue; other 4xx answers are final for that change
// and shown. Sending, the backoff and the stored record are lib/delivery.ts, as for the autosave. No I/O of
// its own: fetch, timers, storage and the clock are injected.
import { browserTimers, createRetrySchedule, DEFAULT_BACKOFF, DEFAULT_TIMEOUT_MS, putChange, updateStoredRecord, type Fetch, type KeyValueStorage, type Refusal, type Timers } from "@/lib/delivery";
import { annotationsUrl, type AnnotationChange, type AnnotationView } from "./change";

export type AnnotationSaveStatus = "saved" | "saving" | "retrying" | "rejected";
export type AnnotationQueueState = {
  /** The author's live annotations, newest change applied, in the order they were made. */
  annotations: readonly AnnotationView[];
  status: AnnotationSaveStatus;
  error: string | null;
  unsaved: number;
};

/** A change without its counter: the queue numbers it. */
export type AnnotationEdit = Omit<AnnotationChange, "seq">;

type Slot = { change: AnnotationChange; ackedSeq: number; inFlight: boolean; rejected: { seq: number; message: string } | null; view: AnnotationView };

export const annotationStorageKey = (assignmentId: string, authorId: string) => `sourcework:annotations:${assignmentId}:${authorId}`;

export type AnnotationQueueOptions = {
  assignmentId: string;
  authorId: string;
  /** Is this the teacher's model layer (views are marked so)? */
  model: boolean;
  initial: readonly AnnotationView[];
  fetch: Fetch | null;
  storage: KeyValueStorage | null;
  timers?: Timers;
  now?: () => number;
  timeoutMs?: number;
  backoff?: { initialMs: number; maxMs: number };
};

export function readStoredChanges(storage: KeyValueStorage | null, key: string): Record<string, AnnotationChange> {
  if (!storage) return {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, AnnotationChange> = {};
    for (const [id, value] of Object.entries(parsed as Record<string, Partial<AnnotationChange>>)) {
      if (value && value.id === id && typeof value.seq === "number" && typeof value.sourceId === "string" && Array.isArray(value.sentenceIds) && typeof value.skill === "string") {
        out[id] = { id, sourceId: value.sourceId, sentenceIds: value.sentenceIds, skill: value.skill, note: typeof value.note === "string" ? value.note : "", deleted: value.deleted === true, seq: value.seq };
      }
    }
    return out;
  } catch {
    return {}; // unreadable storage must not break the page
  }
}

export function createAnnotationQueue(options: AnnotationQueueOptions) {
  const key = annotationStorageKey(options.assignmentId, options.authorId);
  const { storage } = options;
  const send = options.fetch;
  const timers: Timers = options.timers ?? browserTimers;
  const now = options.now ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const url = annotationsUrl(options.assignmentId);
  const listeners = new Set<() => void>();
  const slots = new Map<string, Slot>();
  let started = false;
  const retry = createRetrySchedule(timers, backoff, () => {
    changed();
    pump();
  });
  let lastSeq = 0;

  const viewOf = (change: AnnotationChange, previous?: AnnotationView): AnnotationView => ({
    id: change.id, sourceId: change.sourceId, sentenceIds: change.sentenceIds, skill: change.skill, note: change.note, seq: change.seq,
    model: options.model, reply: previous?.reply ?? null, repliedAt: previous?.repliedAt ?? null,
  });

  for (const view of options.initial) {
    slots.set(view.id, { change: { id: view.id, sourceId: view.sourceId, sentenceIds: view.sentenceIds, skill: view.skill, note: view.note, deleted: false, seq: view.seq }, ackedSeq: view.seq, inFlight: false, rejected: null, view });
    lastSeq = Math.max(lastSeq, view.seq);
  }
  const initialState = snapshot();
  // Unacknowledged changes from an earlier load win when newer than the server's copy (the server's own rule).
  const stored = readStoredChanges(storage, key);
  for (const change of Object.values(stored)) {
    const slot = slots.get(change.id);
    lastSeq = Math.max(lastSeq, change.seq);
    if (slot && change.seq <= slot.ackedSeq) continue;
    slots.set(change.id, { change, ackedSeq: slot?.ackedSeq ?? 0, inFlight: false, rejected: null, view: viewOf(change, slot?.view) });
  }
  let state = snapshot();

  function snapshot(): AnnotationQueueState {
    const annotations: AnnotationView[] = [];
    let unsaved = 0;
    let error: string | null = null;
    for (const slot of slots.values()) {
      if (!slot.change.deleted) annotations.push(slot.view);
      if (slot.change.seq > slot.ackedSeq) unsaved += 1;
      if (slot.rejected?.seq === slot.change.seq && !error) error = slot.rejected.message;
    }
    const status: AnnotationSaveStatus = error ? "rejected" : unsaved === 0 ? "saved" : retry.failing ? "retrying" : "saving";
    return { annotations, status, error, unsaved };
  }

  function changed() {
    state = snapshot();
    for (const listener of listeners) listener();
  }

  function writeStorage(update: (entries: Record<string, AnnotationChange>) => void) {
    updateStoredRecord(storage, key, readStoredChanges, update);
  }

  function pump() {
    if (!started || !send || retry.waiting) return;
    for (const slot of slots.values()) {
      if (slot.change.seq > slot.ackedSeq && !slot.inFlight && slot.rejected?.seq !== slot.change.seq) void deliver(slot);
    }
  }

  async function deliver(slot: Slot) {
    if (!send) return;
    const change = slot.change;
    slot.inFlight = true;
    const outcome = await putChange(send, url, change, new AbortController(), timers, timeoutMs);
    slot.inFlight = false;
    if (!started) return;
    if (outcome.kind === "ok") {
      retry.succeeded();
      slot.ackedSeq = Math.max(slot.ackedSeq, change.seq);
      writeStorage((entries) => {
        if (entries[change.id] && entries[change.id]!.seq <= change.seq) delete entries[change.id];
      });
    } else if (outcome.kind === "transient") {
      retry.failed();
    } else {
      slot.rejected = { seq: change.seq, message: refusalMessage(outcome.refusal) };
    }
    changed();
    pump();
  }

  return {
    getState: () => state,
    getInitialState: () => initialState,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Records a change (create, edit, or delete with `deleted: true`) and sends it. */
    set(edit: AnnotationEdit) {
      const seq = Math.max(lastSeq + 1, Math.floor(now()));
      lastSeq = seq;
      const change: AnnotationChange = { ...edit, seq };
      // Updated in place: a request in flight for an older change still finds its slot when it returns.
      const slot = slots.get(edit.id) ?? { change, ackedSeq: 0, inFlight: false, rejected: null, view: viewOf(change) };
      Object.assign(slot, { change, rejected: null, view: viewOf(change, slot.view) });
      slots.set(edit.id, slot);
      if (!send) slot.ackedSeq = seq; // nothing to deliver (preview)
      else writeStorage((entries) => void (entries[edit.id] = change));
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
    },
    /** The browser came back online: retry at once instead of waiting out the backoff. */
    retryNow() {
      if (!retry.cancel()) return;
      changed();
      pump();
    },
    hasUnsaved: () => [...slots.values()].some((s) => s.change.seq > s.ackedSeq),
  };
}
export type AnnotationQueue = ReturnType<typeof createAnnotationQueue>;

function refusalMessage({ status, error }: Refusal): string {
  if (error) return error;
  if (status === 401) return "You have been signed out. Sign in again; your highlights are kept on this device.";
  if (status === 404) return "This assignment could not be found.";
  return "The server refused this highlight.";
}
