import "server-only";
import { hash, verify } from "@node-rs/argon2";
import crypto from "node:crypto";
import { env } from "@/server/env";

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): ~50 ms here, slow for attackers, fine for people.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable under isolatedModules */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

/** False for a wrong password; a hash that cannot be verified at all (corrupt, wrong format) is logged and refused. */
export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch (error) {
    console.error(`[auth] a stored password hash could not be verified: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}

// Verified against when the account does not exist, so "unknown user" takes as long as "wrong password".
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash() {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  return dummyHash;
}

// Temporary passwords are read aloud and typed by students: no look-alike characters.
const TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function temporaryPassword(length = 10) {
  return Array.from(crypto.randomBytes(length), (b) => TEMP_ALPHABET[b % TEMP_ALPHABET.length]).join("");
}

/** When a temporary password handed out now stops working if unused (TEMPORARY_PASSWORD_DAYS, default 7). */
export function temporaryPasswordExpiry(now = new Date()) {
  return new Date(now.getTime() + env.TEMPORARY_PASSWORD_DAYS * 86_400_000);
}
