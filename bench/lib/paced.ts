// Open-loop load: requests arrive at random (Poisson) times at a set average rate, over at most
// `connections` keep-alive sockets, whatever the answers do. Closer to many students saving now and then
// than autocannon's closed loop, where each connection sends again the moment it has its answer, and
// its paced mode, which fires every connection at once. Latency counts from the planned send time, so
// time spent waiting for a free socket is included.
import http from "node:http";
import type { Target } from "./load";

export type PacedResult = { requests: number; seconds: number; rps: number; latencyMs: { p50: number; p97_5: number; p99: number; max: number }; errors: number; non2xx: number };

export async function pacedLoad(baseUrl: string, opts: { rate: number; seconds: number; connections: number }, next: () => Target): Promise<PacedResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const send = (target: Target, planned: number) =>
    new Promise<void>((resolve) => {
      const body = target.body === undefined ? undefined : JSON.stringify(target.body);
      const headers: Record<string, string> = { accept: "application/json" };
      if (target.cookie) headers.cookie = target.cookie;
      if (body) headers["content-type"] = "application/json";
      const request = http.request({ host: url.hostname, port: url.port, path: target.path, method: target.method, headers, agent, timeout: 10_000 }, (response) => {
        response.resume();
        response.on("end", () => {
          latencies.push(performance.now() - planned);
          if (response.statusCode! < 200 || response.statusCode! > 299) non2xx++;
          resolve();
        });
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(body);
    });

  const started = performance.now();
  const end = started + opts.seconds * 1000;
  const inFlight: Promise<void>[] = [];
  let at = started;
  for (;;) {
    at += (-Math.log(1 - Math.random()) / opts.rate) * 1000; // exponential gaps: a Poisson process
    if (at >= end) break;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(next(), at));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    requests: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: { p50: pct(50), p97_5: pct(97.5), p99: pct(99), max: Math.round(latencies.at(-1) ?? 0) },
    errors,
    non2xx,
  };
}
