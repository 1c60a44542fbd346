// Join codes are read off a projector and typed on phones: no 0/O, 1/I/L, or other look-alikes.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 7;

export function generateJoinCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return Array.from(random(JOIN_CODE_LENGTH), (b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join("");
}

/** Accepts what people type: lower case, spaces, dashes. Returns null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length >= 6 && code.length <= 8 && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
