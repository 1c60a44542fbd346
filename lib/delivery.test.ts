import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserTimers, createRetrySchedule, putChange, updateStoredRecord, type Fetch, type KeyValueStorage } from "./delivery";

const answer = (status: number, body?: unknown): Fetch => async () => ({ ok: status < 300, status, json: async () => (body === undefined ? Promise.reject(new Error("not JSON")) : body) });

describe("putChange", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the change as JSON with PUT and says what the answer means", async () => {
    const send = vi.fn(answer(200, {}));
    expect(await putChange(send, "/x", { a: 1 }, new AbortController(), browserTimers, 1000)).toEqual({ kind: "ok" });
    expect(send).toHaveBeenCalledWith("/x", expect.objectContaining({ method: "PUT", body: '{"a":1}', headers: { "content-type": "application/json" } }));
    for (const status of [500, 503, 408, 425, 429]) expect(await putChange(answer(status), "/x", {}, new AbortController(), browserTimers, 1000)).toEqual({ kind: "transient" });
    expect(await putChange(answer(409, { error: "Closed.", code: "CLOSED" }), "/x", {}, new AbortController(), browserTimers, 1000)).toEqual({ kind: "rejected", refusal: { status: 409, error: "Closed.", code: "CLOSED" } });
    // No message (not JSON, or blank): the queue words one by status.
    expect(await putChange(answer(403), "/x", {}, new AbortController(), browserTimers, 1000)).toEqual({ kind: "rejected", refusal: { status: 403 } });
    expect(await putChange(answer(400, { error: "  " }), "/x", {}, new AbortController(), browserTimers, 1000)).toEqual({ kind: "rejected", refusal: { status: 400 } });
  });

  it("counts a network failure and its own timeout as transient, and leaves no timer behind", async () => {
    expect(await putChange(() => Promise.reject(new TypeError("offline")), "/x", {}, new AbortController(), browserTimers, 1000)).toEqual({ kind: "transient" });
    const hanging: Fetch = (_url, init) => new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(new Error("aborted"))));
    const outcome = putChange(hanging, "/x", {}, new AbortController(), browserTimers, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toEqual({ kind: "transient" });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("createRetrySchedule", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits 1 s, 2 s, 4 s … up to the cap, one wait at a time, and starts again after a success", () => {
    const onRetry = vi.fn();
    const retry = createRetrySchedule(browserTimers, { initialMs: 1000, maxMs: 4000 }, onRetry);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      retry.failed();
      retry.failed(); // a second failure while waiting makes no second schedule
      expect(vi.getTimerCount()).toBe(1);
      const before = Date.now();
      vi.runOnlyPendingTimers();
      waits.push(Date.now() - before);
    }
    expect(waits).toEqual([1000, 2000, 4000, 4000]);
    expect(onRetry).toHaveBeenCalledTimes(4);
    expect(retry.failing).toBe(true);
    retry.succeeded();
    expect(retry.failing).toBe(false);
    retry.failed();
    expect(retry.waiting).toBe(true);
    expect(retry.cancel()).toBe(true);
    expect(retry.cancel()).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(onRetry).toHaveBeenCalledTimes(4);
  });
});

describe("updateStoredRecord", () => {
  const memory = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };
  const read = (storage: KeyValueStorage, key: string) => JSON.parse(storage.getItem(key) ?? "{}") as Record<string, number>;

  it("keeps the entries another tab wrote, and removes the record when it is empty", () => {
    const storage = memory();
    storage.setItem("k", JSON.stringify({ other: 1 }));
    updateStoredRecord(storage, "k", read, (entries) => void (entries.mine = 2));
    expect(read(storage, "k")).toEqual({ other: 1, mine: 2 });
    updateStoredRecord(storage, "k", read, (entries) => {
      delete entries.other;
      delete entries.mine;
    });
    expect(storage.data.has("k")).toBe(false);
  });

  it("does nothing, and throws nothing, when storage is full or missing", () => {
    const full = { ...memory(), setItem: () => { throw new DOMException("quota", "QuotaExceededError"); } };
    expect(() => updateStoredRecord(full, "k", read, (entries) => void (entries.a = 1))).not.toThrow();
    expect(() => updateStoredRecord(null, "k", read, () => {})).not.toThrow();
  });
});
