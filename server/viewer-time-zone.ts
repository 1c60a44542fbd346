import "server-only";
import { cookies } from "next/headers";
import { canonicalTimeZone } from "@/lib/dates";

/** The viewer's time zone, reported by the browser in a cookie (components/time-zone-cookie.tsx); UTC until then. */
export async function viewerTimeZone(): Promise<string> {
  const tz = (await cookies()).get("tz")?.value;
  return (tz && tz.length < 64 && canonicalTimeZone(tz)) || "UTC";
}
