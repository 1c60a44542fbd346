import { describe, expect, it } from "vitest";
import { ARGUMENT_MAX_CITATIONS as ARGUMENT_MAX_CITATIONS_SERVER, ARGUMENT_PART_MAX_CHARS, EVIDENCE_MAX_SENTENCES, OPEN_RESPONSE_MAX_CHARS, SHORT_ANSWER_MAX_CHARS } from "@/lib/grading/responses";
import { postJson } from "./api";
import { ARGUMENT_MAX_CITATIONS, ARGUMENT_PART_MAX, EVIDENCE_MAX, OPEN_RESPONSE_MAX, SHORT_ANSWER_MAX } from "./answers";

const reply = (status: number, body?: unknown) => async () => ({ ok: status < 300, status, json: async () => (body === undefined ? Promise.reject(new Error("no body")) : body) });

describe("postJson", () => {
  it("returns the data of a 2xx and sends JSON", async () => {
    const seen: unknown[] = [];
    const result = await postJson<{ resultsUrl: string }>(
      async (url, init) => {
        seen.push(url, init.method, init.headers, init.body);
        return { ok: true, status: 200, json: async () => ({ resultsUrl: "/r" }) };
      },
      "/api/attempts/a/check",
      { questionId: "l/q01" },
    );
    expect(result).toEqual({ ok: true, data: { resultsUrl: "/r" } });
    expect(seen).toEqual(["/api/attempts/a/check", "POST", { "content-type": "application/json" }, '{"questionId":"l/q01"}']);
  });

  it("classes 5xx, 429 and network errors as unreachable, other 4xx as refused with the server's message", async () => {
    expect(await postJson(reply(503, { error: "down" }), "/x")).toEqual({ ok: false, kind: "unreachable" });
    expect(await postJson(reply(429), "/x")).toEqual({ ok: false, kind: "unreachable" });
    expect(
      await postJson(async () => {
        throw new TypeError("Failed to fetch");
      }, "/x"),
    ).toEqual({ ok: false, kind: "unreachable" });
    expect(await postJson(reply(409, { error: "This attempt has been submitted", code: "CONFLICT" }), "/x")).toEqual({
      ok: false,
      kind: "rejected",
      status: 409,
      message: "This attempt has been submitted",
      code: "CONFLICT",
    });
    expect(await postJson(reply(400), "/x")).toMatchObject({ kind: "rejected", message: "The server refused the request." });
  });
});

it("the player's limits are the server's", () => {
  expect([SHORT_ANSWER_MAX, OPEN_RESPONSE_MAX, EVIDENCE_MAX]).toEqual([SHORT_ANSWER_MAX_CHARS, OPEN_RESPONSE_MAX_CHARS, EVIDENCE_MAX_SENTENCES]);
  expect([ARGUMENT_PART_MAX, ARGUMENT_MAX_CITATIONS]).toEqual([ARGUMENT_PART_MAX_CHARS, ARGUMENT_MAX_CITATIONS_SERVER]);
});
