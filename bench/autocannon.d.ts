// The part of autocannon@8's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p97_5: number; p99: number; p99_9: number };
  export type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    /** Return the raw result (encoded histograms) for aggregateResult(), instead of the summary. */
    skipAggregateResult?: boolean;
    requests?: (RequestParams & {
      setupRequest?: (request: RequestParams, context: Record<string, unknown>) => RequestParams;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    })[];
  };
  /** What a run returns with skipAggregateResult: opaque here, only passed on to aggregateResult(). */
  export type RawResult = { readonly __brand: "autocannon raw result" };
  export type Result = {
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
  };
  type Instance<R> = PromiseLike<R> & { stop: () => void };
  function autocannon(options: Options & { skipAggregateResult: true }): Instance<RawResult>;
  function autocannon(options: Options): Instance<Result>;
  namespace autocannon {
    function aggregateResult(results: RawResult[], opts: { url: string; connections?: number }): Result;
  }
  export default autocannon;
}
