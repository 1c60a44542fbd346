import "server-only";
import { headers } from "next/headers";

/** The site's address as the browser used it, for links a teacher passes on (join and invitation links). */
export async function siteOrigin(): Promise<string> {
  const host = (await headers()).get("host") ?? "localhost:3000";
  return `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`;
}
