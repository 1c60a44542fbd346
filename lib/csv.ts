// CSV for spreadsheets (gradebook and item-analysis exports), written with papaparse's unparse.
// - A UTF-8 byte-order mark first, so Excel on Windows reads "Zoë Ñúñez" and "Ковалёв" as UTF-8.
// - CRLF line ends and RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted and its
//   quotes doubled (papaparse also quotes fields with leading/trailing spaces, so none are lost).
// - Formula injection: a STRING cell starting with = + - @, tab or CR (or their full-width forms,
//   which some spreadsheet apps also accept) is prefixed with ' and quoted, so a student named
//   "=HYPERLINK(…)" stays text. NUMBERS are left alone: pass -3 as a number and it stays -3; pass
//   "-3" as a string and it becomes '-3. Callers should pass numeric cells as numbers.
// papaparse's own `escapeFormulae: true` is not used: its pattern /^[=+\-@\t\r].*$/ has no `s` flag,
// so "=cmd\n…" (a formula followed by a newline) slips through. We pass a stricter pattern.
import Papa from "papaparse";

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  // Non-finite numbers have no spreadsheet meaning; an empty cell is more honest than "NaN".
  const finite = (cell: CsvCell) => (typeof cell === "number" && !Number.isFinite(cell) ? null : cell);
  const cells = rows.map((row) => row.map(finite));
  return BOM + Papa.unparse(cells, { newline: "\r\n", escapeFormulae: FORMULA_START, header: false });
}
