import { describe, expect, test } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/client-address";

describe("clientAddress", () => {
  test("from the socket (scripts/serve.mjs wrote the header), the one address is the client's", () => {
    expect(clientAddress("203.0.113.5", { trustProxy: false, fromSocket: true })).toBe("203.0.113.5");
    expect(clientAddress("::ffff:127.0.0.1", { trustProxy: false, fromSocket: true })).toBe("127.0.0.1");
    expect(clientAddress("2001:DB8::1", { trustProxy: false, fromSocket: true })).toBe("2001:db8::1");
  });

  test("behind a trusted proxy, the last hop is what the proxy saw; what the client typed before it is ignored", () => {
    expect(clientAddress("1.2.3.4, 203.0.113.5", { trustProxy: true, fromSocket: false })).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", { trustProxy: true, fromSocket: true })).toBe("203.0.113.5");
  });

  test("when nothing vouches for the header, nobody gets an address of their own", () => {
    expect(clientAddress("203.0.113.5", { trustProxy: false, fromSocket: false })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(null, { trustProxy: true, fromSocket: false })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(" , ", { trustProxy: false, fromSocket: true })).toBe(UNKNOWN_ADDRESS);
  });
});
