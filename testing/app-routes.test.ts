import { expect, test } from "vitest";
import { listActionModules, listAppRoutes } from "./app-routes";

test("route groups vanish from URLs and dynamic segments stay as patterns", () => {
  const routes = listAppRoutes();
  const patterns = routes.map((r) => r.pattern);
  expect(patterns).toContain("/");
  expect(patterns).toContain("/login");
  expect(patterns).toContain("/teacher/classes/[id]");
  expect(routes.find((r) => r.pattern === "/api/health")?.kind).toBe("api");
  expect(patterns.some((p) => p.includes("("))).toBe(false);
});

test("every server action module is found, and only those", () => {
  const modules = listActionModules();
  expect(modules).toContain("server/actions/accounts.ts");
  // Server actions live in one place, which pages and components import downward.
  expect(modules.filter((m) => !m.startsWith("server/actions/"))).toEqual([]);
});
