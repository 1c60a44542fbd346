// `npm run teacher:invite -- someone@school.org`: a one-time teacher sign-up link (TEACHER_SIGNUP=invite),
// valid for a week, for that email. The first teacher of a site gets theirs this way; later ones can be
// invited by any teacher from their home page. Uses DATABASE_URL, else the development database.
// Set APP_URL to the site's public address to print a whole link.
import { z } from "zod";
import { emailSchema } from "../lib/account-schemas";
import { INVITATION_DAYS, invitationPath, newInvitation } from "../lib/teacher-invitation";
import { createScriptDb } from "../prisma/script-db";
import { startCheckoutDb, type CheckoutDb } from "./lib/checkout-db";

const parsed = z.tuple([emailSchema]).safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error("usage: npm run teacher:invite -- someone@school.org");
  process.exit(2);
}
const [email] = parsed.data;

let embedded: CheckoutDb | undefined;
if (!process.env.DATABASE_URL) {
  embedded = await startCheckoutDb({ dataSet: "dev" }); // this checkout's dev database (`npm run dev` made it); production: set DATABASE_URL
  process.env.DATABASE_URL = embedded.url;
}
const db = createScriptDb();
try {
  const invitation = newInvitation();
  await db.teacherInvitation.create({ data: { tokenHash: invitation.tokenHash, email, expiresAt: invitation.expiresAt } });
  const base = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  console.log(`Invitation for ${email}, usable once within ${INVITATION_DAYS} days (until ${invitation.expiresAt.toISOString()}):`);
  console.log(`${base}${invitationPath(invitation.token)}`);
  if (process.env.TEACHER_SIGNUP === "closed") console.warn("Note: TEACHER_SIGNUP=closed here, and a site with it refuses every sign-up, invited or not.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await embedded?.destroy();
}
