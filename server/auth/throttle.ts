import "server-only";
import crypto from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { dbPool } from "@/server/db";
import { AppError } from "@/server/errors";

// Every throttle of the app, one module and one key rule. Counters live in PostgreSQL (rate-limiter-flexible's
// store, table "RateLimit", made by a migration), so every app instance counts the same attempts.
// Fixed windows: a key's window opens at its first counted attempt and its count resets when it ends.
//
// The key rule: an account is `user:<id>` when the name typed belongs to one, else a hash of the name as typed
// (so guesses at names are counted too, and typed text — sometimes a password in the wrong field — is not
// stored); an address is the client's (server/auth/client-address.ts).

type Limit = { points: number; seconds: number; what: string };

export const LIMITS = {
  /** Wrong passwords for one account from one address: a stranger elsewhere cannot lock the student out. */
  signInAccountAddress: { points: 5, seconds: 15 * 60, what: "wrong passwords" },
  /** Wrong passwords for one account from anywhere: the looser ceiling for guessing from many addresses. */
  signInAccount: { points: 30, seconds: 15 * 60, what: "wrong passwords for this account" },
  /** Wrong passwords from one address, any account (a school shares one address: generous). */
  signInAddress: { points: 100, seconds: 15 * 60, what: "wrong passwords from your network" },
  /** Wrong join codes from one address: a guesser learns no class names. */
  joinCodeAddress: { points: 20, seconds: 10 * 60, what: "wrong class codes from your network" },
  /** Wrong join codes from every address together: guessing from many addresses. */
  joinCodeGlobal: { points: 2_000, seconds: 10 * 60, what: "wrong class codes tried just now" },
  /** Sign-ups tried from one address (a class signs up together: room for two). */
  signUpAddress: { points: 60, seconds: 60 * 60, what: "sign-ups from your network" },
  /** Sign-ups tried from every address together. */
  signUpGlobal: { points: 2_000, seconds: 60 * 60, what: "sign-ups just now" },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;
/** One counter: which limit, and whose key. */
export type Counter = [LimitName, string];

const limiters = new Map<LimitName, RateLimiterPostgres>();
function limiter(name: LimitName) {
  let found = limiters.get(name);
  if (!found) {
    const { points, seconds } = LIMITS[name];
    found = new RateLimiterPostgres({
      storeClient: dbPool,
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: seconds,
      // One limiter sweeps expired rows (every 5 minutes, for the whole table); the others need not.
      clearExpiredByTimeout: name === "signInAccountAddress",
    });
    limiters.set(name, found);
  }
  return found;
}

/** The account part of a key: the user's id when the name is an account's, else a hash of the name typed. */
export function accountKey(userId: string | null, typedName = ""): string {
  if (userId) return `user:${userId}`;
  return `name:${crypto.createHash("sha256").update(typedName.trim().toLowerCase()).digest("base64url").slice(0, 32)}`;
}

export const signInCounters = (account: string, address: string): Counter[] => [
  ["signInAccountAddress", `${account}|${address}`],
  ["signInAccount", account],
  ["signInAddress", address],
];
export const joinCodeCounters = (address: string): Counter[] => [
  ["joinCodeAddress", address],
  ["joinCodeGlobal", "all"],
];
export const signUpCounters = (address: string): Counter[] => [
  ["signUpAddress", address],
  ["signUpGlobal", "all"],
];

export type ThrottleState = { throttled: false } | { throttled: true; retryAfterSeconds: number; what: string };

/** Whether any of the counters is used up, and if so when the last of them reopens. One read per counter. */
export async function checkThrottle(counters: Counter[]): Promise<ThrottleState> {
  const states = await Promise.all(counters.map(async ([name, key]) => ({ name, res: await limiter(name).get(key) })));
  const full = states.filter(({ name, res }) => res && res.consumedPoints >= LIMITS[name].points);
  if (full.length === 0) return { throttled: false };
  const waitMs = Math.max(...full.map(({ res }) => res!.msBeforeNext));
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), what: LIMITS[full[0]!.name].what };
}

/** Counts one attempt on each counter. Going over a limit is not an error here: the next check refuses. */
export async function countAttempt(counters: Counter[]): Promise<void> {
  await Promise.all(
    counters.map(([name, key]) =>
      limiter(name)
        .consume(key)
        .catch((rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes)) throw rejection; // the store failed: the caller's 503
        }),
    ),
  );
}

/** Forgets one counter (a successful sign-in clears its account-and-address count). */
export async function resetCounter([name, key]: Counter): Promise<void> {
  await limiter(name).delete(key);
}

/** "1 minute", "15 minutes": how long a throttled person waits, for the messages that tell them. */
export const minutesText = (minutes: number) => `${minutes} minute${minutes === 1 ? "" : "s"}`;
export const waitText = (seconds: number) => minutesText(Math.max(1, Math.ceil(seconds / 60)));

/** The refusal a throttled request gets: 429 with Retry-After from a route, a form message from an action. */
export function tooManyRequests(state: Extract<ThrottleState, { throttled: true }>) {
  return new AppError("TOO_MANY_REQUESTS", `Too many ${state.what}. Try again in ${waitText(state.retryAfterSeconds)}.`, state.retryAfterSeconds);
}

/** Refuses when throttled, otherwise counts this attempt: for limits on attempts, not only on failures. */
export async function takeAttempt(counters: Counter[]): Promise<void> {
  const state = await checkThrottle(counters);
  if (state.throttled) throw tooManyRequests(state);
  await countAttempt(counters);
}
