import { describe, expect, test } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "@/lib/join-code";

describe("join codes", () => {
  test("are 7 characters from an alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{7}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  test("accept what people type and refuse what cannot be a code", () => {
    expect(normalizeJoinCode(" abc-d2e f ")).toBe("ABCD2EF");
    expect(normalizeJoinCode("ABC0DEF")).toBeNull();
    expect(normalizeJoinCode("ABC")).toBeNull();
    expect(normalizeJoinCode("ABCDEFGHJ")).toBeNull();
  });
});
