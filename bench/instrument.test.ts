// The benchmark's statement counter and its probe (bench/instrument.mjs), on a stand-in for pg.Client.prototype.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { countQueries, serveProbe, type ProbeStats } from "./instrument.mjs";

function fakeClient() {
  const calls: unknown[][] = [];
  const proto = {
    query(this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
      return "result";
    },
  };
  return { proto, calls };
}

describe("countQueries", () => {
  test("counts every call, passes it on unchanged, and starts again from zero after each take", () => {
    const { proto, calls } = fakeClient();
    const { take } = countQueries(proto);
    const client = Object.create(proto) as typeof proto;
    expect(client.query("SELECT 1", [1])).toBe("result");
    client.query({ text: "SELECT\n   2" });
    client.query({ text: "SELECT   2" });
    expect(calls).toEqual([[client, "SELECT 1", [1]], [client, { text: "SELECT\n   2" }], [client, { text: "SELECT   2" }]]);
    expect(take()).toEqual({ statements: 3, top: [{ text: "SELECT 2", count: 2 }, { text: "SELECT 1", count: 1 }] });
    expect(take()).toEqual({ statements: 0, top: [] });
  });

  test("keeps a bounded number of distinct texts, but counts every statement", () => {
    const { proto } = fakeClient();
    const { take } = countQueries(proto);
    for (let i = 0; i < 600; i++) proto.query(`SELECT ${i}`);
    const taken = take();
    expect(taken.statements).toBe(600);
    expect(taken.top).toHaveLength(15);
  });
});

describe("serveProbe", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  test("answers GET /stats with the count (read and reset), the pid and the memory, and 404 otherwise", async () => {
    let statements = 4;
    const server = serveProbe(0, () => ({ statements: statements--, top: [] }));
    close = () => server.close();
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const stats = (await (await fetch(`${base}/stats`)).json()) as ProbeStats;
    expect(stats).toMatchObject({ statements: 4, top: [], pid: process.pid });
    expect(stats.memoryMb.rss).toBeGreaterThan(0);
    expect(((await (await fetch(`${base}/stats?gc=1`)).json()) as ProbeStats).statements).toBe(3);
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });
});
