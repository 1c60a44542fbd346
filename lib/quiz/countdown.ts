// The time-limit countdown: how it reads, and the few moments it is announced (not every second).

/** "12:05" or "1:02:05"; never negative. Rounded up, so "0:00" shows only when time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** The same time in words, for screen readers: "12 minutes 5 seconds". */
export function describeRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => (n > 0 ? `${n} ${unit}${n === 1 ? "" : "s"}` : "");
  return [part(hours, "hour"), part(minutes, "minute"), hours > 0 ? "" : part(seconds, "second")].filter(Boolean).join(" ") || "0 seconds";
}

/**
 * What the live region says: it changes only when a threshold is crossed (5 minutes, 1 minute, time up),
 * so a screen reader hears three announcements, not a tick every second.
 */
export function timeWarning(ms: number): string {
  if (ms <= 0) return "Time is up. Your answers are being submitted.";
  if (ms <= 60_000) return "Less than 1 minute left.";
  if (ms <= 5 * 60_000) return "Less than 5 minutes left.";
  return "";
}
