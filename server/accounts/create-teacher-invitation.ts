import "server-only";
import { invitationPath, newInvitation } from "@/lib/teacher-invitation";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

/** A teacher invites a colleague: a one-time link, valid for a week, for that email only. Shown once. */
export async function createTeacherInvitation({ email }: { email: string }) {
  const teacher = await requireTeacher();
  if (env.TEACHER_SIGNUP === "closed") throw new AppError("FORBIDDEN", "Teacher sign-up is closed on this site: invitations cannot be used.");
  const invitation = newInvitation();
  await db.teacherInvitation.create({ data: { tokenHash: invitation.tokenHash, email, expiresAt: invitation.expiresAt, createdById: teacher.id } });
  return { path: invitationPath(invitation.token), email, expiresAt: invitation.expiresAt };
}
