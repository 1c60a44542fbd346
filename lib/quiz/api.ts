// One JSON POST for the player's submit and check calls, with the same failure classes as autosave:
// transient (network, timeout, 408/429/5xx) vs. refused (other 4xx, with the server's message).
import { isTransientStatus } from "@/lib/delivery";

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; kind: "unreachable" }
  | { ok: false; kind: "rejected"; status: number; message: string; code?: string };

type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export async function postJson<T>(fetchFn: Fetch, url: string, body?: unknown, timeoutMs = 20_000): Promise<ApiResult<T>> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(url, {
      method: "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: controller.signal,
    });
    const data: unknown = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: data as T };
    if (isTransientStatus(res.status)) return { ok: false, kind: "unreachable" };
    const { error, code } = (typeof data === "object" && data !== null ? data : {}) as { error?: unknown; code?: unknown };
    return {
      ok: false,
      kind: "rejected",
      status: res.status,
      message: typeof error === "string" && error.trim() ? error : "The server refused the request.",
      ...(typeof code === "string" ? { code } : {}),
    };
  } catch {
    return { ok: false, kind: "unreachable" };
  } finally {
    clearTimeout(timeout);
  }
}
