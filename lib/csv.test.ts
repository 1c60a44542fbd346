import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { FORMULA_START, toCsv, type CsvCell } from "./csv";

const BOM = "\uFEFF";
const body = (rows: CsvCell[][]) => {
  const csv = toCsv(rows);
  expect(csv.startsWith(BOM)).toBe(true);
  return csv.slice(1);
};

describe("toCsv", () => {
  it("writes a BOM, CRLF line ends and plain cells unquoted", () => {
    expect(toCsv([["name", "score"], ["Ana", 3]])).toBe(`${BOM}name,score\r\nAna,3`);
    expect(toCsv([])).toBe(BOM);
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(body([["Castro, Fidel", 'the "quarantine"', "line 1\nline 2", "a\r\nb"]])).toBe(
      '"Castro, Fidel","the ""quarantine""","line 1\nline 2","a\r\nb"',
    );
  });

  it("writes empty cells for null, undefined and non-finite numbers", () => {
    expect(body([["a", null, undefined, Number.NaN, Infinity, "z"]])).toBe("a,,,,,z");
  });

  it("keeps non-ASCII names as they are", () => {
    expect(body([["Zoë Ñúñez", "Ковалёв", "Микоян А. И."]])).toBe("Zoë Ñúñez,Ковалёв,Микоян А. И.");
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(body([["=cmd|' /C calc'!A0"]])).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(body([["+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"]])).toBe(
      `"'+1+1","'-2+3","'@SUM(A1)","'\tx","'\rx","'＝1+1"`,
    );
    // papaparse's built-in pattern misses this one (no dotAll); ours does not.
    expect(body([["=HYPERLINK(\"http://x\")\nhi"]])).toBe(`"'=HYPERLINK(""http://x"")\nhi"`);
    expect(body([["a=b", "x-1"]])).toBe("a=b,x-1"); // only the first character matters
  });

  it("leaves numbers alone, negative ones included, but not numeric strings", () => {
    expect(body([[-3, 0, 2.5, "-3"]])).toBe(`-3,0,2.5,"'-3"`);
  });

  it("round-trips through Papa.parse, apart from the neutralising quote", () => {
    const rows = [
      ["student", "score", "answer"],
      ["Zoë Ñúñez", "3", "Castro, \"Fidel\"\r\nline two"],
      ["Ковалёв", "-1", "=cmd|' /C calc'!A0"],
      ["  spaced  ", "", "@home"],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows), { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const unneutralised = parsed.data.map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, "")));
    expect(unneutralised).toEqual(rows);
  });

  it("round-trips any strings: parsing gives back each cell, neutralised where it had to be", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "'"));
    const text = fc.array(cell, { maxLength: 4 }).map((parts) => parts.join(""));
    const rows = fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (input) => {
        const parsed = Papa.parse<string[]>(toCsv(input), { newline: "\r\n", delimiter: "," });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toEqual(input.map((row) => row.map((c) => (FORMULA_START.test(c) ? `'${c}` : c))));
      }),
    );
  });
});
