import { getCurrentUser } from "@/server/authz";
import { withErrors } from "@/server/http";

/**
 * Who is signed in, for the header's account links. Unlike Auth.js's /api/auth/session it never sets a
 * cookie: that endpoint re-issues the session cookie, and a reply still in flight when the person signs out or
 * changes their password would put the ended session back in the browser.
 */
export const GET = withErrors(async (_request: Request) => {
  const user = await getCurrentUser();
  return Response.json(user ? { user: { name: user.name, role: user.role } } : null, { headers: { "Cache-Control": "private, no-store" } });
});
