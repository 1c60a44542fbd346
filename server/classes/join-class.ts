import "server-only";
import { normalizeJoinCode } from "@/lib/join-code";
import { checkThrottle, countAttempt, joinCodeCounters, tooManyRequests } from "@/server/auth/throttle";
import { requireStudent } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type JoinableClass = { id: string; name: string; teacher: { name: string } };
export type JoinCodeLookup = { status: "found"; klass: JoinableClass } | { status: "unknown" } | { status: "throttled"; retryAfterSeconds: number; message: string };

/**
 * What the join page may show to anyone holding the code: the class and teacher names, nothing else. Wrong
 * codes count per address and overall (server/auth/throttle.ts); once throttled, no code is looked up at
 * all, so a guesser never learns which class a code belongs to.
 */
export async function lookUpJoinCode(rawCode: string, address: string): Promise<JoinCodeLookup> {
  const counters = joinCodeCounters(address);
  const throttle = await checkThrottle(counters);
  if (throttle.throttled) return { status: "throttled", retryAfterSeconds: throttle.retryAfterSeconds, message: tooManyRequests(throttle).message };
  const joinCode = normalizeJoinCode(rawCode);
  const klass = joinCode
    ? await db.class.findFirst({ where: { joinCode, archivedAt: null }, select: { id: true, name: true, teacher: { select: { name: true } } } })
    : null;
  if (klass) return { status: "found", klass };
  await countAttempt(counters);
  return { status: "unknown" };
}

/** The class for a code, or the refusal an action shows: 404 for a wrong code, 429 once throttled. */
export async function requireClassByJoinCode(rawCode: string, address: string): Promise<JoinableClass> {
  const lookup = await lookUpJoinCode(rawCode, address);
  if (lookup.status === "found") return lookup.klass;
  if (lookup.status === "throttled") throw new AppError("TOO_MANY_REQUESTS", lookup.message, lookup.retryAfterSeconds);
  throw new AppError("NOT_FOUND", "No open class has that code. Check it with your teacher.");
}

/** A signed-in student joins a class; joining twice is harmless. */
export async function joinClass(rawCode: string, address: string) {
  const student = await requireStudent();
  const klass = await requireClassByJoinCode(rawCode, address);
  await db.enrollment.upsert({
    where: { classId_studentId: { classId: klass.id, studentId: student.id } },
    create: { classId: klass.id, studentId: student.id },
    update: {},
  });
  return klass;
}
