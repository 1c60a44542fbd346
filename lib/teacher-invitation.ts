import crypto from "node:crypto";

// A teacher invitation is a link with a random token; only its hash is stored, so a copy of the database
// holds no working link. Shared by the app (server/accounts/create-teacher-invitation.ts) and the
// `npm run teacher:invite` script.

export const INVITATION_DAYS = 7;

export const invitationTokenHash = (token: string) => crypto.createHash("sha256").update(token).digest("base64url");

export function newInvitation(now = new Date()) {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: invitationTokenHash(token), expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) };
}

export const invitationPath = (token: string) => `/signup?invite=${token}`;

/** What a link's token looks like (43 base64url characters); anything else is refused before any lookup. */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
