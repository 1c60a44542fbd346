// A simulated student taking a quiz. Typing and saving are separate, as in the real player
// (lib/quiz/save-queue.ts): every change gets the question's next sequence number; a sender sends the
// NEWEST value of each unsaved question, one request at a time; a transient failure (network error,
// timeout, 408/425/429/5xx) is retried with exponential backoff while the student keeps typing, so changes
// coalesce; any other 4xx is final for that value. Everything is recorded: each value typed, each value
// the server acknowledged (with the seq it carried), and each request's status and latency.
import { correctResponse, wrongResponse } from "../../testing/responses";
import { HttpClient, type HttpResult } from "./http";
import type { QuizQuestion, SchoolStudent } from "./school";
import { sleep } from "./wait";

export type Value = { seq: number; response: unknown; at: number };
export type SaveRequest = { questionId: string; seq: number; startedAt: number; ms: number; status: number; code?: string; retryAfter?: string | null; error?: string; baseUrl: string };

export type Backoff = { initialMs: number; maxMs: number };
/** The player's schedule is 1 s, 2 s, 4 s … capped at 30 s; tests cap it lower to stay short. */
export const TEST_BACKOFF: Backoff = { initialMs: 500, maxMs: 4_000 };

const isTransient = (status: number) => status === 0 || status >= 500 || status === 408 || status === 425 || status === 429;

/** The n-th value a student "types": unique text for free-text questions, else alternately right and wrong. */
export function valueFor(q: QuizQuestion, tag: string, n: number): unknown {
  const d = q.definition;
  if (d.type === "short-answer" || d.type === "open-response") return { text: `${tag} ${q.questionId} v${n}` };
  return n % 2 === 1 ? correctResponse(d) : wrongResponse(d);
}

export class SimStudent {
  readonly http: HttpClient;
  /** Newest value typed, per question. */
  readonly typed = new Map<string, Value>();
  /** Every acknowledgement, per question, in order. */
  readonly acks = new Map<string, Value[]>();
  readonly requests: SaveRequest[] = [];
  /** Values the server refused for good (non-transient 4xx): there should be none. */
  readonly rejected: SaveRequest[] = [];
  private sending: Promise<void> | null = null;
  private failures = 0;
  /** Sending stops at this time at the latest (settle() and close() bring it forward). */
  private closedAt = Date.now() + 10 * 60_000;
  private typedCount = 0;

  constructor(
    readonly info: SchoolStudent,
    readonly questions: QuizQuestion[],
    /** Where the next request goes (a function, so a test can alternate instances). */
    private readonly target: () => string,
    ip: string,
    private readonly backoff: Backoff = TEST_BACKOFF,
  ) {
    this.http = new HttpClient(ip);
  }

  get typedTotal() {
    return this.typedCount;
  }

  ackedSeq(questionId: string): number {
    return this.acks.get(questionId)?.at(-1)?.seq ?? 0;
  }

  unsaved(): string[] {
    return [...this.typed].filter(([q, v]) => v.seq > this.ackedSeq(q) && !this.rejected.some((r) => r.questionId === q && r.seq === v.seq)).map(([q]) => q);
  }

  /** Types a new value into a question (round robin by default), then makes sure a send is under way. */
  type(questionIndex = this.typedCount % this.questions.length): Value {
    const q = this.questions[questionIndex]!;
    this.typedCount += 1;
    const seq = (this.typed.get(q.questionId)?.seq ?? 0) + 1;
    const value = { seq, response: valueFor(q, this.info.username, seq), at: Date.now() };
    this.typed.set(q.questionId, value);
    this.sending ??= this.sendAll().finally(() => (this.sending = null));
    return value;
  }

  /** Types every `minMs`–`maxMs` until `until()` says stop (bounded by `deadline`). */
  async typeUntil(until: () => boolean, opts: { minMs: number; maxMs: number; deadline: number; randomQuestion?: boolean }): Promise<void> {
    while (!until() && Date.now() < opts.deadline) {
      this.type(opts.randomQuestion ? Math.floor(Math.random() * this.questions.length) : undefined);
      await sleep(Math.min(opts.minMs + Math.random() * (opts.maxMs - opts.minMs), Math.max(0, opts.deadline - Date.now())));
    }
  }

  /** Stops sending at once (clean-up after a failure): nothing is retried any more. */
  close() {
    this.closedAt = 0;
  }

  /** Waits until everything typed is acknowledged or refused; false if `deadline` came first. */
  async settle(deadline: number): Promise<boolean> {
    this.closedAt = deadline;
    while (this.unsaved().length > 0 && Date.now() < deadline) {
      this.sending ??= this.sendAll().finally(() => (this.sending = null));
      await this.sending;
    }
    return this.unsaved().length === 0;
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const pending = this.unsaved();
      if (pending.length === 0 || Date.now() >= this.closedAt) return;
      // The question changed longest ago first, with its newest value.
      const questionId = pending.sort((a, b) => this.typed.get(a)!.at - this.typed.get(b)!.at)[0]!;
      const value = this.typed.get(questionId)!;
      const result = await this.save(questionId, value);
      if (result.status === 200) {
        this.failures = 0;
        const list = this.acks.get(questionId) ?? [];
        if (value.seq > (list.at(-1)?.seq ?? 0)) list.push({ ...value, at: Date.now() });
        this.acks.set(questionId, list);
      } else if (isTransient(result.status)) {
        this.failures += 1;
        const wait = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** (this.failures - 1));
        await sleep(Math.max(0, Math.min(wait, this.closedAt - Date.now())));
      }
    }
  }

  private async save(questionId: string, value: Value): Promise<HttpResult> {
    const q = this.questions.find((x) => x.questionId === questionId)!;
    const baseUrl = this.target();
    const startedAt = Date.now();
    const result = await this.http.request(baseUrl, `/api/attempts/${this.info.attemptId}/answers`, {
      method: "PUT",
      json: { questionId, versionId: q.versionId, response: value.response, flagged: false, seq: value.seq },
      timeoutMs: 15_000,
    });
    let code: string | undefined;
    if (result.status !== 200) {
      try {
        code = (JSON.parse(result.text) as { code?: string }).code;
      } catch {
        code = result.text.slice(0, 80);
      }
    }
    const record: SaveRequest = { questionId, seq: value.seq, startedAt, ms: result.ms, status: result.status, code, retryAfter: result.retryAfter, error: result.error, baseUrl };
    this.requests.push(record);
    if (result.status !== 200 && !isTransient(result.status)) this.rejected.push(record);
    return result;
  }
}
