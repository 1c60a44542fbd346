import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";

// The proxy only redirects signed-out visitors away from private areas; it is not the access check.
// Every page, server action and route handler authorises again in server/authz.ts.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
