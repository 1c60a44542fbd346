import { describe, expect, it } from "vitest";
import { canonicalTimeZone, dueStatus, formatDue, formatRelative } from "./dates";

const now = new Date("2026-11-20T12:00:00Z"); // Fri 20 Nov 2026
const at = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatRelative", () => {
  it.each([
    [0, "now"],
    [59_000, "now"],
    [-59_000, "now"],
    [MIN, "in 1 minute"],
    [-5 * MIN, "5 minutes ago"],
    [HOUR, "in 1 hour"],
    [HOUR + 50 * MIN, "in 1 hour"], // truncated: never promise time that is not there
    [-3 * HOUR, "3 hours ago"],
    [23 * HOUR + 59 * MIN, "in 23 hours"],
    [DAY, "in 1 day"],
    [2 * DAY, "in 2 days"],
    [-2 * DAY - 5 * HOUR, "2 days ago"],
    [13 * DAY, "in 13 days"],
    [14 * DAY, "in 2 weeks"],
    [-30 * DAY, "4 weeks ago"],
  ])("%i ms → %j", (delta, expected) => {
    expect(formatRelative(at(delta), now)).toBe(expected);
  });
});

describe("formatDue", () => {
  const due = new Date("2026-11-24T16:00:00Z"); // Tue 24 Nov

  it("shows the due moment in the reader's time zone", () => {
    expect(formatDue(due, now, "Europe/Berlin")).toEqual({ relative: "in 4 days", absolute: "Tue 24 Nov, 17:00" });
    expect(formatDue(due, now, "America/New_York")).toEqual({ relative: "in 4 days", absolute: "Tue 24 Nov, 11:00" });
    expect(formatDue(due, now, "UTC").absolute).toBe("Tue 24 Nov, 16:00");
  });

  it("can fall on another calendar day in another zone", () => {
    const lateEvening = new Date("2026-11-24T03:30:00Z");
    expect(formatDue(lateEvening, now, "America/New_York").absolute).toBe("Mon 23 Nov, 22:30");
    expect(formatDue(lateEvening, now, "Europe/Berlin").absolute).toBe("Tue 24 Nov, 04:30");
  });

  it("follows daylight saving time", () => {
    // 16:00 UTC is 18:00 in Berlin in summer (CEST), 17:00 in winter (CET); New York 12:00 / 11:00.
    const summer = new Date("2026-10-20T16:00:00Z");
    expect(formatDue(summer, now, "Europe/Berlin").absolute).toBe("Tue 20 Oct, 18:00");
    expect(formatDue(summer, now, "America/New_York").absolute).toBe("Tue 20 Oct, 12:00");
  });

  it("adds the year when it is not the current one in that zone", () => {
    expect(formatDue(new Date("2027-01-05T09:00:00Z"), now, "Europe/Berlin")).toEqual({
      relative: "in 6 weeks",
      absolute: "Tue 5 Jan 2027, 10:00",
    });
    // At 23:30 on 31 Dec in New York it is already 1 Jan 2027 in UTC: same year for that reader.
    const newYearsEve = new Date("2027-01-01T04:30:00Z");
    expect(formatDue(newYearsEve, new Date("2026-12-31T12:00:00Z"), "America/New_York").absolute).toBe(
      "Thu 31 Dec, 23:30",
    );
  });

  it("throws on an unknown time zone, which canonicalTimeZone detects", () => {
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("EUROPE/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(() => formatDue(now, now, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("dueStatus", () => {
  const dueAt = new Date("2026-11-24T16:00:00Z");
  const status = (nowAt: string, submittedAt?: string, due: Date | null = dueAt) =>
    dueStatus({ dueAt: due, submittedAt: submittedAt ? new Date(submittedAt) : null, now: new Date(nowAt) });

  it("is upcoming until 24 hours before, then due-soon", () => {
    expect(status("2026-11-23T15:59:59Z")).toBe("upcoming");
    expect(status("2026-11-23T16:00:00Z")).toBe("due-soon"); // exactly 24 h
    expect(status("2026-11-24T16:00:00Z")).toBe("due-soon"); // the due moment itself
  });

  it("is missing once the due moment has passed without a submission", () => {
    expect(status("2026-11-24T16:00:01Z")).toBe("missing");
  });

  it("is done when submitted on time and late when submitted after", () => {
    expect(status("2026-11-30T00:00:00Z", "2026-11-24T16:00:00Z")).toBe("done");
    expect(status("2026-11-30T00:00:00Z", "2026-11-24T16:00:01Z")).toBe("late");
    expect(status("2026-11-20T00:00:00Z", "2026-11-19T00:00:00Z")).toBe("done");
  });

  it("handles assignments without a due date", () => {
    expect(status("2030-01-01T00:00:00Z", undefined, null)).toBe("upcoming");
    expect(status("2030-01-01T00:00:00Z", "2029-01-01T00:00:00Z", null)).toBe("done");
  });
});
