import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, type KeyValueStorage } from "@/lib/delivery";
import { createSaveQueue, storageKey, type SaveQueueOptions } from "./save-queue";

type Call = { url: string; body: { questionId: string; versionId: string; response: unknown; flagged: boolean; seq: number } };
const T0 = Date.parse("2026-03-01T10:00:00Z");
type Reply = { status: number; body?: unknown } | "network-error" | "hang";

/** A fetch that records every request and answers from a script (default 200), optionally held until released. */
function fakeServer() {
  const calls: Call[] = [];
  const script: Reply[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  const fetch: NonNullable<SaveQueueOptions["fetch"]> = (url, init) => {
    calls.push({ url, body: JSON.parse(init.body) as Call["body"] });
    const reply = script.shift() ?? { status: 200, body: { savedAt: "2026-01-01T00:00:00Z" } };
    return new Promise((resolve, reject) => {
      init.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      const answer = () => {
        if (reply === "hang") return;
        if (reply === "network-error") return reject(new TypeError("Failed to fetch"));
        resolve({ ok: reply.status >= 200 && reply.status < 300, status: reply.status, json: async () => reply.body ?? null });
      };
      if (holding) held.push(answer);
      else answer();
    });
  };
  return {
    fetch,
    calls,
    reply: (...replies: Reply[]) => script.push(...replies),
    hold: () => (holding = true),
    release: () => {
      holding = false;
      held.splice(0).forEach((answer) => answer());
    },
  };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const storage: KeyValueStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
  return { storage, map, entries: () => JSON.parse(map.get(storageKey("att1")) ?? "{}") as Record<string, { seq: number; response: unknown }> };
}

const questions = [
  { questionId: "l/q01", versionId: "v1" },
  { questionId: "l/q02", versionId: "v2" },
  { questionId: "l/q03", versionId: "v3" },
];

function setup(overrides: Partial<SaveQueueOptions> = {}) {
  const server = fakeServer();
  const mem = memoryStorage();
  const queue = createSaveQueue({ attemptId: "att1", questions, initial: {}, fetch: server.fetch, storage: mem.storage, ...overrides });
  queue.start();
  return { server, mem, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe("sending", () => {
  it("sends a discrete change at once to the attempt's answers endpoint, with its version and flag", async () => {
    const { server, queue } = setup();
    queue.set("l/q01", { response: { choice: "b" } });
    expect(queue.getState().status).toBe("saving");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toEqual([{ url: "/api/attempts/att1/answers", body: { questionId: "l/q01", versionId: "v1", response: { choice: "b" }, flagged: false, seq: T0 } }]);
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0, error: null });
    expect(queue.getState().answers["l/q01"]).toEqual({ response: { choice: "b" }, flagged: false });
  });

  it("sends to another endpoint when given one (the organiser), keeping the stored entries under its own name", async () => {
    const { server, queue, mem } = setup({ attemptId: "organiser:as1", url: "/api/assignments/as1/organiser" });
    server.reply("network-error");
    queue.set("l/q01", { response: "A cell's text" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.url)).toEqual(["/api/assignments/as1/organiser"]);
    expect(JSON.parse(mem.map.get(storageKey("organiser:as1")) ?? "{}")).toHaveProperty(["l/q01", "response"], "A cell's text");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queue.getState().status).toBe("saved");
    expect(mem.map.has(storageKey("organiser:as1"))).toBe(false);
  });

  it("debounces typing: only the last text of a burst is sent, 500 ms after the last key", async () => {
    const { server, queue } = setup();
    for (const text of ["T", "Th", "The", "The U"]) {
      queue.set("l/q02", { response: { text } }, { debounce: true });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(server.calls).toHaveLength(0);
    expect(queue.getState().status).toBe("saving");
    await vi.advanceTimersByTimeAsync(300);
    expect(server.calls.map((c) => c.body.response)).toEqual([{ text: "The U" }]);
    expect(queue.getState().status).toBe("saved");
  });

  it("coalesces changes made while a save is in flight into one request with the newest value", async () => {
    const { server, queue } = setup();
    server.hold();
    queue.set("l/q01", { response: { order: ["a", "b", "c"] } });
    await vi.advanceTimersByTimeAsync(0);
    queue.set("l/q01", { response: { order: ["b", "a", "c"] } });
    queue.set("l/q01", { response: { order: ["b", "c", "a"] } });
    queue.set("l/q01", { flagged: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1); // one request per question at a time
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body)).toEqual([
      { questionId: "l/q01", versionId: "v1", response: { order: ["a", "b", "c"] }, flagged: false, seq: T0 },
      { questionId: "l/q01", versionId: "v1", response: { order: ["b", "c", "a"] }, flagged: true, seq: T0 + 3 },
    ]);
    expect(queue.getState().status).toBe("saved");
  });

  it("an acknowledgement of an older value does not mark a newer one saved", async () => {
    const { server, queue, mem } = setup();
    server.hold();
    queue.set("l/q01", { response: { text: "old" } });
    await vi.advanceTimersByTimeAsync(0);
    queue.set("l/q01", { response: { text: "new" } });
    server.release(); // "old" acknowledged; "new" goes out next and is held
    server.hold();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getState()).toMatchObject({ status: "saving", unsaved: 1 });
    expect(mem.entries()["l/q01"]).toMatchObject({ response: { text: "new" }, seq: T0 + 1 });
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(mem.entries()).toEqual({});
  });

  it("saves different questions independently", async () => {
    const { server, queue } = setup();
    queue.set("l/q01", { response: { choice: "a" } });
    queue.set("l/q02", { response: { value: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body.questionId).sort()).toEqual(["l/q01", "l/q02"]);
  });

  it("keeps a flag on an unanswered question locally and sends it with the first answer", async () => {
    const { server, queue, mem } = setup();
    queue.set("l/q03", { flagged: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(0);
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(queue.hasUnsaved()).toBe(false);
    expect(mem.entries()["l/q03"]).toMatchObject({ response: null });
    queue.set("l/q03", { response: { choice: "c" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body)).toEqual([{ questionId: "l/q03", versionId: "v3", response: { choice: "c" }, flagged: true, seq: T0 + 1000 }]);
    expect(mem.entries()).toEqual({});
  });
});

describe("sequence numbers (the server ignores a write whose seq is not above the one it holds)", () => {
  it("grow across page loads: a new page's first change is above the last page's", async () => {
    const { server, queue, mem } = setup();
    queue.set("l/q01", { response: { choice: "a" } });
    queue.set("l/q01", { response: { choice: "b" } });
    await vi.advanceTimersByTimeAsync(5_000); // the reload takes a moment
    queue.stop();
    const reloaded = createSaveQueue({ attemptId: "att1", questions, initial: { "l/q01": { response: { choice: "b" }, flagged: false } }, fetch: server.fetch, storage: mem.storage });
    reloaded.start();
    reloaded.set("l/q01", { response: { choice: "c" } });
    await vi.advanceTimersByTimeAsync(0);
    const seqs = server.calls.map((c) => c.body.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it("never go back when the clock does", async () => {
    const { server, queue } = setup();
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    vi.setSystemTime(T0 - 3_600_000);
    queue.set("l/q01", { response: { choice: "b" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body.seq)).toEqual([T0, T0 + 1]);
  });

  it("start above the seq the server says it holds", async () => {
    const { server, queue } = setup({ initial: { "l/q01": { response: { choice: "a" }, flagged: false, seq: T0 + 60_000 } } });
    expect(queue.getState().unsaved).toBe(0);
    queue.set("l/q01", { response: { choice: "b" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body.seq)).toEqual([T0 + 60_001]);
  });
});

describe("failures", () => {
  it("retries after a 503 with backoff 1 s, 2 s, 4 s … capped at 30 s, and says so", async () => {
    const { server, queue } = setup();
    server.reply(...Array.from({ length: 7 }, () => ({ status: 503, body: { error: "down" } })));
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);
    expect(queue.getState().status).toBe("retrying");
    const waits = [1000, 2000, 4000, 8000, 16000, 30000, 30000];
    for (const [i, wait] of waits.entries()) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(server.calls).toHaveLength(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.calls).toHaveLength(i + 2);
    }
    // the 8th attempt got the default 200
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(backoffDelay(20)).toBe(30_000);
  });

  it("retries after a network error and after a timeout", async () => {
    const { server, queue } = setup({ timeoutMs: 5000 });
    server.reply("network-error", "hang");
    queue.set("l/q02", { response: { text: "x" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getState().status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1000); // second try hangs until the timeout aborts it
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(queue.getState().status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveLength(3);
    expect(queue.getState().status).toBe("saved");
  });

  it("one backoff schedule for the whole queue, and a change made meanwhile waits for it", async () => {
    const { server, queue } = setup();
    server.reply("network-error", "network-error");
    queue.set("l/q01", { response: { choice: "a" } });
    queue.set("l/q02", { response: { value: false } });
    await vi.advanceTimersByTimeAsync(0);
    queue.set("l/q03", { response: { choice: "d" } });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    // two failures in the same round count once: the wait was 1 s, not 2 s
    expect(server.calls.map((c) => c.body.questionId).sort()).toEqual(["l/q01", "l/q01", "l/q02", "l/q02", "l/q03"]);
    expect(queue.getState().status).toBe("saved");
  });

  it("retries at once when the browser is back online", async () => {
    const { server, queue } = setup();
    server.reply("network-error", "network-error");
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2); // now waiting 2 s
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(3);
    expect(queue.getState().status).toBe("saved");
  });

  it("does not retry a 400: the server's message is the state's error and the value stays stored", async () => {
    const { server, queue, mem } = setup();
    server.reply({ status: 409, body: { error: "This attempt has been submitted", code: "CONFLICT" } });
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
    expect(queue.getState()).toMatchObject({
      status: "rejected",
      unsaved: 1,
      error: { message: "This attempt has been submitted", status: 409, code: "CONFLICT", questionId: "l/q01" },
    });
    expect(mem.entries()["l/q01"]).toMatchObject({ response: { choice: "a" } });
    // a new change is sent again (and this time accepted)
    queue.set("l/q01", { response: { choice: "b" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(queue.getState()).toMatchObject({ status: "saved", error: null });
  });

  it("falls back to a plain message when a 4xx has no JSON body", async () => {
    const { server, queue } = setup();
    server.reply({ status: 400 });
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getState().error?.message).toBe("The server refused this answer.");
  });
});

describe("storage", () => {
  it("keeps a change in storage until the server acknowledges it, then removes it", async () => {
    const { server, queue, mem } = setup();
    server.reply({ status: 503 });
    queue.set("l/q02", { response: { text: "draft" } }, { debounce: true });
    expect(mem.entries()).toEqual({ "l/q02": { versionId: "v2", response: { text: "draft" }, flagged: false, seq: T0, changedAt: T0 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(queue.getState().status).toBe("retrying");
    expect(mem.entries()["l/q02"]).toBeDefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.getState().status).toBe("saved");
    expect(mem.map.has(storageKey("att1"))).toBe(false);
  });

  it("restores unacknowledged entries over the server's answers and sends them on start", async () => {
    const mem = memoryStorage({
      [storageKey("att1")]: JSON.stringify({
        "l/q01": { versionId: "v1", response: { choice: "c" }, flagged: true, seq: 4, changedAt: 1 },
        "l/q02": { versionId: "OLD", response: { value: true }, flagged: false, seq: 1, changedAt: 1 }, // another version: dropped
        "gone/q09": { versionId: "v9", response: { choice: "a" }, flagged: false, seq: 1, changedAt: 1 }, // not in this attempt: dropped
      }),
    });
    const server = fakeServer();
    const queue = createSaveQueue({
      attemptId: "att1",
      questions,
      initial: { "l/q01": { response: { choice: "a" }, flagged: false }, "l/q02": { response: { value: false }, flagged: false } },
      fetch: server.fetch,
      storage: mem.storage,
    });
    expect(queue.getInitialState().answers["l/q01"]).toEqual({ response: { choice: "a" }, flagged: false });
    expect(queue.getState().answers["l/q01"]).toEqual({ response: { choice: "c" }, flagged: true });
    expect(queue.getState().answers["l/q02"]).toEqual({ response: { value: false }, flagged: false });
    expect(queue.getState()).toMatchObject({ unsaved: 1, status: "saving" });
    expect(Object.keys(mem.entries())).toEqual(["l/q01"]);
    expect(server.calls).toHaveLength(0); // nothing is sent before start()
    queue.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.body)).toEqual([{ questionId: "l/q01", versionId: "v1", response: { choice: "c" }, flagged: true, seq: 4 }]);
    expect(mem.map.has(storageKey("att1"))).toBe(false);
    queue.set("l/q01", { response: { choice: "d" } });
    expect(mem.entries()["l/q01"]?.seq).toBe(T0);
  });

  it("drops a stored entry whose seq the server already holds (it has that change or a newer one)", () => {
    const mem = memoryStorage({ [storageKey("att1")]: JSON.stringify({ "l/q01": { versionId: "v1", response: { choice: "c" }, flagged: false, seq: 7, changedAt: 1 } }) });
    const queue = createSaveQueue({ attemptId: "att1", questions, initial: { "l/q01": { response: { choice: "b" }, flagged: false, seq: 9 } }, fetch: fakeServer().fetch, storage: mem.storage });
    expect(queue.getState()).toMatchObject({ unsaved: 0, answers: { "l/q01": { response: { choice: "b" } } } });
    expect(mem.map.size).toBe(0);
  });

  it("a stored flag without an answer does not erase the server's answer", () => {
    const mem = memoryStorage({ [storageKey("att1")]: JSON.stringify({ "l/q01": { versionId: "v1", response: null, flagged: true, seq: 1, changedAt: 1 } }) });
    const queue = createSaveQueue({ attemptId: "att1", questions, initial: { "l/q01": { response: { choice: "a" }, flagged: false } }, fetch: fakeServer().fetch, storage: mem.storage });
    expect(queue.getState().answers["l/q01"]).toEqual({ response: { choice: "a" }, flagged: true });
  });

  it("ignores corrupt storage and survives storage that throws", async () => {
    const corrupt = memoryStorage({ [storageKey("att1")]: "{not json" });
    expect(createSaveQueue({ attemptId: "att1", questions, initial: {}, fetch: null, storage: corrupt.storage }).getState().unsaved).toBe(0);
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const { server, queue } = setup({ storage: throwing });
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);
    expect(queue.getState().status).toBe("saved");
  });
});

describe("flush, stop and preview", () => {
  it("flush sends pending debounced text at once and resolves when everything is saved", async () => {
    const { server, queue } = setup();
    queue.set("l/q02", { response: { text: "almost" } }, { debounce: true });
    const result = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toEqual({ ok: true });
    expect(server.calls).toHaveLength(1);
  });

  it("flush skips the backoff wait, and says 'unreachable' when the server still cannot be reached", async () => {
    const { server, queue } = setup();
    server.reply("network-error", "network-error");
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    const result = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toEqual({ ok: false, reason: "unreachable" });
    expect(server.calls).toHaveLength(2);
    expect(queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(2000); // the retry loop carries on (second failure: 2 s)
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("flush reports a refusal", async () => {
    const { server, queue } = setup();
    server.reply({ status: 403, body: { error: "The time limit has passed." } });
    queue.set("l/q01", { response: { choice: "a" } });
    const result = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toMatchObject({ ok: false, reason: "rejected", error: { message: "The time limit has passed." } });
  });

  it("flush with nothing pending resolves at once", async () => {
    const { queue } = setup();
    await expect(queue.flush()).resolves.toEqual({ ok: true });
  });

  it("stop abandons requests in flight and start sends the value again", async () => {
    const { server, queue } = setup();
    server.reply("hang");
    queue.set("l/q01", { response: { choice: "a" } });
    await vi.advanceTimersByTimeAsync(0);
    queue.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queue.getState().status).toBe("saving");
    queue.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(queue.getState().status).toBe("saved");
  });

  it("without fetch (preview) keeps changes in memory, stores nothing and is always saved", async () => {
    const mem = memoryStorage();
    const queue = createSaveQueue({ attemptId: "att1", questions, initial: {}, fetch: null, storage: mem.storage });
    queue.start();
    queue.set("l/q01", { response: { choice: "a" }, flagged: true });
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(queue.getState().answers["l/q01"]).toEqual({ response: { choice: "a" }, flagged: true });
    expect(mem.map.size).toBe(0);
    await expect(queue.flush()).resolves.toEqual({ ok: true });
  });

  it("notifies subscribers and keeps the snapshot identity between changes", () => {
    const { queue } = setup();
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    const before = queue.getState();
    expect(queue.getState()).toBe(before);
    queue.set("l/q01", { response: { choice: "a" } });
    expect(listener).toHaveBeenCalled();
    expect(queue.getState()).not.toBe(before);
    unsubscribe();
  });
});
