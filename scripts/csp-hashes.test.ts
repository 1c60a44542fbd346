import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { addChunkIntegrity, scriptHashes, writeCspManifest } from "./csp-hashes.mjs";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("scriptHashes", () => {
  it("hashes each inline script's exact text, and takes an external script's integrity hash", () => {
    const inline = `self.__next_f.push([1,"a</p>"])`;
    const html = `<head><script src="/_next/static/chunks/a.js" async="" integrity="${sha("x")}"></script></head><body><script>${inline}</script><script id="_R_"></script></body>`;
    expect(scriptHashes(html)).toEqual([`'${sha("x")}'`, `'${sha(inline)}'`, `'${sha("")}'`]);
  });

  it("refuses an external script without a sha256 integrity, and a page without scripts", () => {
    expect(() => scriptHashes(`<script src="/x.js"></script>`, "/x")).toThrow(/\/x: <script src="\/x.js"> has no sha256 integrity/);
    expect(() => scriptHashes(`<script src="/x.js" integrity="sha384-abc"></script>`)).toThrow(/no sha256 integrity/);
    expect(() => scriptHashes(`<p>no scripts</p>`, "/y")).toThrow(/\/y: no <script>/);
  });
});

describe("addChunkIntegrity and writeCspManifest (with the compressed copies)", () => {
  function build() {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "csp-hashes-"));
    fs.mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
    fs.mkdirSync(path.join(dist, "server/app/lessons"), { recursive: true });
    fs.writeFileSync(path.join(dist, "static/chunks/page.js"), "console.log(1)");
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "b1\n");
    fs.writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes: { "/": {}, "/lessons/x": {}, "/robots.txt": {} } }));
    return dist;
  }

  it("adds the integrity of Next's own chunks from the built file, and leaves others for scriptHashes to refuse", () => {
    const dist = build();
    const html = addChunkIntegrity(`<script src="/_next/static/chunks/page.js" async=""></script><script src="/elsewhere.js"></script>`, dist);
    expect(html).toBe(`<script src="/_next/static/chunks/page.js" async="" integrity="${sha("console.log(1)")}"></script><script src="/elsewhere.js"></script>`);
    expect(() => addChunkIntegrity(`<script src="/_next/static/chunks/missing.js"></script>`, dist)).toThrow(/not in/);
  });

  it("writes every prerendered page's hashes for its build, completing the HTML it serves", () => {
    const dist = build();
    fs.writeFileSync(path.join(dist, "server/app/index.html"), `<script src="/_next/static/chunks/page.js"></script><script>a()</script>`);
    fs.writeFileSync(path.join(dist, "server/app/lessons/x.html"), `<script>b()</script>`);
    const { pages, buildId } = writeCspManifest(dist);
    expect(buildId).toBe("b1");
    expect(pages).toEqual({ "/": [`'${sha("console.log(1)")}'`, `'${sha("a()")}'`], "/lessons/x": [`'${sha("b()")}'`] });
    const served = fs.readFileSync(path.join(dist, "server/app/index.html"), "utf8");
    expect(served).toContain(`integrity="${sha("console.log(1)")}"`);
    // The compressed copies are of the completed HTML, the bytes the browser is sent.
    expect(brotliDecompressSync(fs.readFileSync(path.join(dist, "server/app/index.html.br"))).toString("utf8")).toBe(served);
    expect(gunzipSync(fs.readFileSync(path.join(dist, "server/app/index.html.gz"))).toString("utf8")).toBe(served);
    expect(fs.existsSync(path.join(dist, "server/app/lessons/x.html.br"))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dist, "csp-hashes.json"), "utf8"))).toEqual({ buildId: "b1", pages });
  });

  it("fails the build step when a page's scripts cannot all be hashed", () => {
    const dist = build();
    fs.writeFileSync(path.join(dist, "server/app/index.html"), `<script src="https://cdn.example/x.js"></script>`);
    expect(() => writeCspManifest(dist)).toThrow(/has no sha256 integrity/);
    expect(fs.existsSync(path.join(dist, "csp-hashes.json"))).toBe(false);
  });
});
