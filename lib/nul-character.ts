// PostgreSQL cannot store the NUL character (U+0000) in text or JSON, and no one types it: input that
// holds one is refused at the edge with a clear message instead of failing in the database.

export const NUL_MESSAGE = "contains an invisible NUL character that cannot be saved. Remove it and try again.";

/**
 * The path of the first string holding a NUL ("" for the value itself), or null when there is none.
 * Walks with its own stack, not recursion: a deeply nested JSON body must not overflow the call stack.
 */
export function findNulCharacter(value: unknown): string | null {
  const pending: [unknown, string][] = [[value, ""]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === "string") {
      if (item.includes("\u0000")) return path;
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    // Pushed in reverse so that the first NUL in reading order is the one reported.
    for (const [key, child] of Object.entries(item).reverse()) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes("\u0000")) return childPath;
      pending.push([child, childPath]);
    }
  }
  return null;
}
