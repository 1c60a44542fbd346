import Papa from "papaparse";
import { displayNameSchema, usernameSchema } from "@/lib/account-schemas";

export type RosterRow = { line: number; username: string; name: string };
export type RosterParse = { ok: true; rows: RosterRow[] } | { ok: false; errors: string[] };

export const MAX_ROSTER_ROWS = 500;

/**
 * Parses `username,display name` lines (a header row with those words is optional). Every problem is reported
 * with its line number, so a teacher can fix the file in one go; nothing is imported unless every row is good.
 */
export function parseRosterCsv(text: string): RosterParse {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ",", skipEmptyLines: "greedy" });
  const errors = parsed.errors.map((e) => `line ${(e.row ?? 0) + 1}: ${e.message}`);
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();

  parsed.data.forEach((cells, index) => {
    const line = index + 1 + countBlankLinesBefore(text, index);
    const [rawUsername = "", rawName = "", ...extra] = cells.map((c) => c.trim());
    if (index === 0 && /^user/i.test(rawUsername) && /name/i.test(rawName)) return; // header
    if (extra.some((c) => c !== "")) return void errors.push(`line ${line}: expected 2 columns (username, display name), found ${cells.length}`);
    const username = usernameSchema.safeParse(rawUsername);
    if (!username.success) return void errors.push(`line ${line}: username "${rawUsername}": ${username.error.issues[0]?.message}`);
    const name = displayNameSchema.safeParse(rawName);
    if (!name.success) return void errors.push(`line ${line}: display name: ${name.error.issues[0]?.message}`);
    const earlier = seen.get(username.data);
    if (earlier) return void errors.push(`line ${line}: username "${username.data}" already appears on line ${earlier}`);
    seen.set(username.data, line);
    rows.push({ line, username: username.data, name: name.data });
  });

  if (errors.length === 0 && rows.length === 0) errors.push("the file has no students: expected lines of `username,display name`");
  if (rows.length > MAX_ROSTER_ROWS) errors.push(`the file has ${rows.length} students; import at most ${MAX_ROSTER_ROWS} at a time`);
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

// Papa skips blank lines, so the data index alone would give the wrong line number after one.
function countBlankLinesBefore(text: string, dataIndex: number): number {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let blanks = 0;
  let seen = -1;
  for (const line of lines) {
    if (line.trim() === "") blanks++;
    else if (++seen === dataIndex) break;
  }
  return blanks;
}
