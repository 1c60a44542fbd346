// The app's route list, read from app/ the way Next.js maps files to URLs. The authorization matrix
// tests compare it with their rule tables, so a new route or action without a rule fails a test.
import fs from "node:fs";
import path from "node:path";

export type AppRoute = { pattern: string; kind: "page" | "api"; file: string };

export function listAppRoutes(appDir = path.resolve("app")): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders
        const isGroup = /^\(.*\)$/.test(entry.name);
        walk(full, isGroup ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        routes.push({ pattern: `/${segments.join("/")}`, kind: entry.name.startsWith("page") ? "page" : "api", file: path.relative(process.cwd(), full) });
      }
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/**
 * Every module that starts with "use server", wherever it is (each of its exports is a public endpoint).
 * They belong in server/actions/; the test beside this file fails on one anywhere else.
 */
export function listActionModules(roots = ["app", "components", "server", "lib"]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8"))) found.push(path.relative(process.cwd(), full));
    }
  };
  for (const root of roots) walk(path.resolve(root));
  return found.sort();
}
