// First-load JavaScript of a page: the <script src> chunks its HTML asks for (not `noModule` ones), fetched and gzipped
// (node:zlib, level 9 — about what a CDN serves), summed. Inline scripts (the RSC payload) are counted
// apart: they are part of the HTML, not of the JavaScript a browser downloads and parses.
import { gzipSync } from "node:zlib";

export type FirstLoad = { path: string; status: number; scripts: number; jsGzipKb: number; jsRawKb: number; inlineScriptKb: number; htmlGzipKb: number };

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function firstLoadJs(baseUrl: string, path: string, cookie?: string): Promise<FirstLoad> {
  const headers: Record<string, string> = { accept: "text/html" };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const html = await response.text();
  // `noModule` scripts (Next.js's legacy polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&") ?? []))];
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const chunk = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += chunk.length;
    gzipped += gzipSync(chunk, { level: 9 }).length;
  }
  return { path, status: response.status, scripts: sources.length, jsGzipKb: kb(gzipped), jsRawKb: kb(raw), inlineScriptKb: kb(inline), htmlGzipKb: kb(gzipSync(html).length) };
}
