// A PrismaClient for command-line scripts (seed, content import, benchmarks), which run outside Next.js
// and so cannot import server/db.ts (it is marked server-only).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createScriptDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run this through `npm run …`, which starts the database.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}
