// JSON routes refuse cross-site requests and bodies not declared as JSON; a throttled one says when to retry.
import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { parseJsonBody, withErrors } from "@/server/http";

// The outage probe needs a database; these requests never reach one.
vi.mock("@/server/database-reachable", () => ({ suspectDatabaseDown: vi.fn() }));

const handler = withErrors(async (request: Request) => Response.json(await parseJsonBody(request, z.object({ a: z.number() }))));
const post = (headers: Record<string, string>, body = '{"a":1}') => handler(new Request("http://app.test/api/x", { method: "POST", body, headers: { host: "app.test", ...headers } }));
const json = { "content-type": "application/json" };

describe("withErrors on a state-changing route", () => {
  test("a same-origin request passes, by Sec-Fetch-Site or by Origin, as does one with neither (not a browser's)", async () => {
    expect((await post({ ...json, "sec-fetch-site": "same-origin", origin: "http://app.test" })).status).toBe(200);
    expect((await post({ ...json, origin: "http://app.test" })).status).toBe(200);
    expect((await post({ ...json, "x-forwarded-host": "school.example", origin: "https://school.example" })).status).toBe(200);
    expect((await post(json)).status).toBe(200);
  });

  test.each([
    ["another site", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }],
    ["a sibling subdomain", { "sec-fetch-site": "same-site", origin: "http://evil.app.test" }],
    ["a typed URL or bookmark", { "sec-fetch-site": "none" }],
    ["an old browser from another origin", { origin: "https://evil.example" }],
    ["a sandboxed frame", { origin: "null" }],
  ])("from %s is refused with 403 before the handler runs", async (_name, headers) => {
    let ran = false;
    const guarded = withErrors(async (_request: Request) => {
      ran = true;
      return new Response(null, { status: 204 });
    });
    const response = await guarded(new Request("http://app.test/api/x", { method: "PUT", headers: { host: "app.test", ...json, ...headers }, body: "{}" }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Requests from other sites are refused. Use Sourcework's own pages.", code: "FORBIDDEN" });
    expect(ran).toBe(false);
  });

  test("GET is not checked: reading is not changing", async () => {
    const read = withErrors(async (_request: Request) => new Response("ok"));
    expect((await read(new Request("http://app.test/api/x", { headers: { "sec-fetch-site": "cross-site" } }))).status).toBe(200);
  });

  test.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])("a body sent as %s is refused with 415", async (type) => {
    const response = await post({ "content-type": type });
    expect(response.status).toBe(415);
    expect((await response.json()).error).toMatch(/Content-Type: application\/json/);
  });

  test("no content type at all is refused too; application/json with a charset passes", async () => {
    expect((await handler(new Request("http://app.test/api/x", { method: "POST", body: new Blob(['{"a":1}']) }))).status).toBe(415);
    expect((await post({ "content-type": "application/json; charset=utf-8" })).status).toBe(200);
  });

  test("a throttled request is a 429 with Retry-After", async () => {
    const throttled = withErrors(async (_request: Request): Promise<Response> => {
      throw new AppError("TOO_MANY_REQUESTS", "Too many tries. Try again in 2 minutes.", 90);
    });
    const response = await throttled(new Request("http://app.test/api/x"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("90");
  });
});
