import "server-only";
import type { RosterRow } from "@/lib/roster-csv";
import { hashPassword, temporaryPassword, temporaryPasswordExpiry } from "@/server/auth/passwords";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type ImportedStudent = { username: string; name: string; temporaryPassword: string };

/** Creates every account and enrolment in one transaction: a taken username fails the whole import, by line. */
export async function importRoster({ classId, rows }: { classId: string; rows: RosterRow[] }): Promise<ImportedStudent[]> {
  await requireTeacherOf(classId);
  const taken = await db.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } });
  if (taken.length > 0) {
    const names = new Set(taken.map((t) => t.username));
    const lines = rows.filter((r) => names.has(r.username)).map((r) => `line ${r.line}: username "${r.username}" is already taken`);
    throw new AppError("CONFLICT", lines.join("\n"));
  }
  const students = await Promise.all(rows.map(async (r) => ({ ...r, temporaryPassword: temporaryPassword() })));
  const hashes = await Promise.all(students.map((s) => hashPassword(s.temporaryPassword)));
  const temporaryPasswordExpiresAt = temporaryPasswordExpiry();
  await db.$transaction(async (tx) => {
    for (const [i, s] of students.entries()) {
      await tx.user.create({
        data: { role: "STUDENT", name: s.name, username: s.username, passwordHash: hashes[i]!, mustChangePassword: true, temporaryPasswordExpiresAt, enrollments: { create: { classId } } },
      });
    }
  });
  return students.map(({ username, name, temporaryPassword }) => ({ username, name, temporaryPassword }));
}
