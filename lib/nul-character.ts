// PostgreSQL cannot store the NUL character (U+0000) in text or JSON, and no one types it: input that
// holds one is refused at the edge with a clear message instead of failing in the database.

export const NUL_MESSAGE = "contains an invisible NUL character that cannot be saved. Remove it and try again.";

/** The path of the first string holding a NUL ("" for the value itself), or null when there is none. */
export function findNulCharacter(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (typeof key === "string" && key.includes("\u0000")) return path ? `${path}.${key}` : key;
    const found = findNulCharacter(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
