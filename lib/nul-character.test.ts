import { expect, test } from "vitest";
import { findNulCharacter } from "@/lib/nul-character";

test("finds a NUL at any depth and names where it is", () => {
  expect(findNulCharacter("plain")).toBeNull();
  expect(findNulCharacter({ a: ["x", { text: "ok" }], n: 3, b: null })).toBeNull();
  expect(findNulCharacter("a\u0000b")).toBe("");
  expect(findNulCharacter({ response: { text: "fine\u0000" } })).toBe("response.text");
  expect(findNulCharacter({ list: ["ok", "bad\u0000"] })).toBe("list.1");
  expect(findNulCharacter({ ["key\u0000"]: 1 })).toBe("key\u0000");
});

test("walks a body nested 100,000 deep without overflowing the stack", () => {
  let deep: unknown = "bottom\u0000";
  for (let i = 0; i < 100_000; i++) deep = [deep];
  expect(findNulCharacter(deep)).toBe(Array(100_000).fill("0").join("."));
  expect(findNulCharacter(JSON.parse("[".repeat(100_000) + "]".repeat(100_000)))).toBeNull();
});
