import { describe, expect, test } from "vitest";
import { signInSchema } from "@/lib/account-schemas";

describe("signInSchema", () => {
  test("takes an identifier and password, trimming the identifier", () => {
    expect(signInSchema.parse({ identifier: "  ana.p ", password: "secret" })).toEqual({ identifier: "ana.p", password: "secret" });
  });

  test.each([
    ["an empty identifier", { identifier: "  ", password: "x" }, "Enter your email or username."],
    ["a NUL in the identifier", { identifier: "ana\u0000", password: "x" }, "invisible NUL character"],
    ["a 1 MB identifier", { identifier: "x".repeat(1_000_000), password: "x" }, "at most 254"],
    ["no password", { identifier: "ana" }, ""],
    ["a password that is not text", { identifier: "ana", password: { $ne: "" } }, ""],
  ])("refuses %s with a message", (_name, input, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
