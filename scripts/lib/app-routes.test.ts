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
  expect(modules).toContain("app/(auth)/actions.ts");
  expect(modules.every((m) => m.startsWith("app/"))).toBe(true);
});
