import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCspManifest } from "./csp-hashes.mjs";
import { loadStaticPages } from "./static-pages.mjs";

// scripts/serve.mjs's front door for the prerendered pages, against a built-like folder on a real socket.
let server: http.Server;
let base = "";
let handedOn: string[] = [];

beforeAll(async () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "static-pages-"));
  fs.mkdirSync(path.join(dist, "server/app/lessons"), { recursive: true });
  fs.writeFileSync(path.join(dist, "BUILD_ID"), "b1\n");
  fs.writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes: { "/": {}, "/lessons/x": {}, "/_not-found": {} } }));
  fs.writeFileSync(path.join(dist, "server/app/index.html"), `<html><body>home ${"word ".repeat(400)}<script>a()</script></body></html>`);
  fs.writeFileSync(path.join(dist, "server/app/lessons/x.html"), `<html><body>lesson<script>b()</script></body></html>`);
  fs.writeFileSync(path.join(dist, "server/app/_not-found.html"), `<html><body>missing<script>c()</script></body></html>`);
  writeCspManifest(dist);
  const pages = loadStaticPages(dist);
  server = http.createServer((request, response) => {
    if (pages.serve(request, response)) return;
    handedOn.push(`${request.method} ${request.url}`);
    response.end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const load = (url: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${url}`, { method, headers: { accept: "text/html", ...headers } });

describe("loadStaticPages", () => {
  it("answers a page load with the compressed copy the browser prefers, the page's policy and an ETag", async () => {
    const br = await load("/", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toContain("home word");
    expect(br.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+' 'strict-dynamic'/);
    expect(br.headers.get("x-content-type-options")).toBe("nosniff");
    expect(br.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=/);
    const gzip = await load("/", { "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const plain = await load("/?version=adapted", { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe((await plain.text()).length);
    expect(new Set([br, gzip, plain].map((r) => r.headers.get("etag"))).size).toBe(1);
  });

  it("answers a revalidation with 304 and a HEAD without a body", async () => {
    const etag = (await load("/lessons/x")).headers.get("etag")!;
    const again = await load("/lessons/x", { "if-none-match": `"other", ${etag}` });
    expect(again.status).toBe(304);
    const head = await load("/lessons/x", { "accept-encoding": "identity" }, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await head.text()).toBe("");
  });

  it("hands everything else on: the router's requests, other methods and types, unknown and Next.js's own paths", async () => {
    handedOn = [];
    await load("/lessons/x", { rsc: "1" });
    await load("/lessons/x?_rsc=abc");
    await load("/lessons/x", {}, "POST");
    await fetch(`${base}/lessons/x`, { headers: { accept: "*/*" } });
    await load("/lessons/y");
    await load("/_not-found");
    await load("//lessons/x");
    expect(handedOn).toEqual(["GET /lessons/x", "GET /lessons/x?_rsc=abc", "POST /lessons/x", "GET /lessons/x", "GET /lessons/y", "GET /_not-found", "GET //lessons/x"]);
  });
});
