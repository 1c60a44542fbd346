import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { annotationStorageKey, createAnnotationQueue, type AnnotationQueueOptions } from "./annotation-queue";
import type { AnnotationChange } from "./change";
import type { KeyValueStorage } from "@/lib/delivery";

type Reply = { status: number; body?: unknown } | "network-error";
const KEY = annotationStorageKey("asg1", "stu1");

function fakeServer() {
  const calls: AnnotationChange[] = [];
  const script: Reply[] = [];
  const fetch: NonNullable<AnnotationQueueOptions["fetch"]> = async (_url, init) => {
    calls.push(JSON.parse(init.body) as AnnotationChange);
    const reply = script.shift() ?? { status: 200, body: {} };
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    return { ok: reply.status < 300, status: reply.status, json: async () => reply.body ?? null };
  };
  return { fetch, calls, reply: (...r: Reply[]) => script.push(...r) };
}

function memoryStorage() {
  const map = new Map<string, string>();
  const storage: KeyValueStorage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
  return { storage, stored: () => JSON.parse(map.get(KEY) ?? "{}") as Record<string, AnnotationChange> };
}

const edit = (id: string, over: Partial<AnnotationChange> = {}) => ({ id, sourceId: "src", sentenceIds: ["p3.s1"], skill: "sourcing" as const, note: "", deleted: false, ...over });
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse("2026-12-01T10:00:00Z"));
});
afterEach(() => vi.useRealTimers());

function setup(over: Partial<AnnotationQueueOptions> = {}) {
  const server = fakeServer();
  const mem = memoryStorage();
  const queue = createAnnotationQueue({ assignmentId: "asg1", authorId: "stu1", model: false, initial: [], fetch: server.fetch, storage: mem.storage, ...over });
  queue.start();
  return { server, mem, queue };
}

describe("the annotation save queue", () => {
  it("stores a change before sending it and forgets it once the server acknowledges it", async () => {
    const { server, mem, queue } = setup();
    queue.set(edit("a1", { note: "Who signs?" }));
    expect(mem.stored().a1).toMatchObject({ note: "Who signs?" });
    expect(queue.getState()).toMatchObject({ status: "saving", unsaved: 1 });
    await flush();
    expect(server.calls).toHaveLength(1);
    expect(mem.stored()).toEqual({});
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0, annotations: [expect.objectContaining({ id: "a1", note: "Who signs?" })] });
  });

  it("numbers changes so that each is newer than the last, even within one millisecond", async () => {
    const { server, queue } = setup();
    queue.set(edit("a1"));
    queue.set(edit("a2"));
    await flush();
    const [first, second] = server.calls;
    expect(second!.seq).toBeGreaterThan(first!.seq);
  });

  it("keeps a change through network failures, retries with backoff, and sends it when the browser is back online", async () => {
    const { server, mem, queue } = setup();
    server.reply("network-error", "network-error");
    queue.set(edit("a1"));
    await flush();
    expect(queue.getState().status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1_000); // first retry after 1 s, fails again
    expect(server.calls).toHaveLength(2);
    expect(mem.stored().a1).toBeDefined();
    queue.retryNow(); // "online": no need to wait out the 2 s
    await flush();
    expect(server.calls).toHaveLength(3);
    expect(queue.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(mem.stored()).toEqual({});
  });

  it("restores unacknowledged changes after a reload, newer than the server's copy, and sends them", async () => {
    const first = setup();
    first.server.reply("network-error");
    first.queue.set(edit("a1", { note: "kept" }));
    await flush();
    first.queue.stop();

    const server = fakeServer();
    const queue = createAnnotationQueue({ assignmentId: "asg1", authorId: "stu1", model: false, initial: [], fetch: server.fetch, storage: first.mem.storage });
    expect(queue.getState().annotations).toEqual([expect.objectContaining({ id: "a1", note: "kept" })]);
    queue.start();
    await flush();
    expect(server.calls).toEqual([expect.objectContaining({ id: "a1", note: "kept" })]);
  });

  it("drops a stored change the server already holds a newer version of", () => {
    const mem = memoryStorage();
    mem.storage.setItem(KEY, JSON.stringify({ a1: { ...edit("a1", { note: "old" }), seq: 5 } }));
    const queue = createAnnotationQueue({
      assignmentId: "asg1", authorId: "stu1", model: false, fetch: null, storage: mem.storage,
      initial: [{ id: "a1", sourceId: "src", sentenceIds: ["p3.s1"], skill: "sourcing", note: "new", seq: 9, model: false, reply: "Good", repliedAt: null }],
    });
    expect(queue.getState().annotations).toEqual([expect.objectContaining({ note: "new", reply: "Good" })]);
  });

  it("removes a deleted highlight from view, and shows a refusal without retrying it", async () => {
    const { server, queue } = setup();
    queue.set(edit("a1"));
    await flush();
    server.reply({ status: 404, body: { error: "Assignment not found." } });
    queue.set(edit("a1", { deleted: true }));
    expect(queue.getState().annotations).toEqual([]);
    await flush();
    expect(queue.getState()).toMatchObject({ status: "rejected", error: "Assignment not found." });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(2);
  });

  it("keeps the teacher's reply when the student edits their note", async () => {
    const { queue } = setup({ initial: [{ id: "a1", sourceId: "src", sentenceIds: ["p3.s1"], skill: "sourcing", note: "n", seq: 1, model: false, reply: "Yes", repliedAt: "2026-12-01T09:00:00Z" }] });
    queue.set(edit("a1", { note: "n, and more" }));
    expect(queue.getState().annotations[0]).toMatchObject({ note: "n, and more", reply: "Yes" });
  });
});
