import type { DefaultSession } from "next-auth";

import type { Role } from "@/lib/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    mustChangePassword: boolean;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** The user's session version when signed in; a password reset bumps it and ends older sessions. */
    sv: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role: Role;
    sv: number;
    /** Must choose a password before anything else (a temporary one was used to sign in). */
    pwc?: boolean;
  }
}
