import { describe, expect, test } from "vitest";
import { addDays, cutoffs, retentionPolicyFrom, upcomingDeletions } from "./retention";

const now = new Date("2026-12-01T12:00:00Z");
const policy = { inactiveStudentDays: 730, archivedClassDays: 365 };

describe("retention rules", () => {
  test("defaults are 2 years inactive and 1 year after archiving; settings below 30 days are refused", () => {
    expect(retentionPolicyFrom({})).toEqual(policy);
    expect(retentionPolicyFrom({ RETENTION_INACTIVE_STUDENT_DAYS: "400", RETENTION_ARCHIVED_CLASS_DAYS: "90" })).toEqual({ inactiveStudentDays: 400, archivedClassDays: 90 });
    expect(() => retentionPolicyFrom({ RETENTION_INACTIVE_STUDENT_DAYS: "7" })).toThrow(/RETENTION_INACTIVE_STUDENT_DAYS: at least 30 days/);
    expect(() => retentionPolicyFrom({ RETENTION_ARCHIVED_CLASS_DAYS: "soon" })).toThrow(/RETENTION_ARCHIVED_CLASS_DAYS/);
  });

  test("cut-offs are the limits before now", () => {
    expect(cutoffs(policy, now)).toEqual({ studentsInactiveBefore: addDays(now, -730), classesArchivedBefore: addDays(now, -365) });
  });

  test("the class page is told 30 days ahead: students by last activity (or creation), the class by its archiving", () => {
    const student = (id: string, lastActiveDaysAgo: number | null, createdDaysAgo = 1000) => ({ id, name: id, lastActiveAt: lastActiveDaysAgo === null ? null : addDays(now, -lastActiveDaysAgo), createdAt: addDays(now, -createdDaysAgo) });
    const upcoming = upcomingDeletions({
      klass: { id: "k", name: "K", archivedAt: addDays(now, -340) },
      students: [student("in-29-days", 701), student("in-31-days", 699), student("never-active", null, 710), student("active", 1)],
      policy,
      now,
    });
    expect(upcoming.map((d) => [d.kind, d.id, Math.round((d.on.getTime() - now.getTime()) / 86_400_000)])).toEqual([
      ["student", "never-active", 20],
      ["class", "k", 25],
      ["student", "in-29-days", 29],
    ]);
  });
});
