import { describe, expect, test } from "vitest";
import { parseRosterCsv } from "@/lib/roster-csv";

describe("roster CSV", () => {
  test("reads rows, with or without a header, with quotes and non-ASCII names", () => {
    const result = parseRosterCsv('\uFEFFusername,display name\nana.g,"García, Ana"\n\nzoe_2,Zoë Ñúñez\r\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, username: "ana.g", name: "García, Ana" },
        { line: 4, username: "zoe_2", name: "Zoë Ñúñez" },
      ],
    });
  });

  test("reports every bad row with its line number", () => {
    const result = parseRosterCsv("ana,Ana\nb!d,Bad Name\nana,Ana Again\ncarl,\nx1,One,extra");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'line 2: username "b!d": Use letters, digits, dots, dashes or underscores.',
      'line 3: username "ana" already appears on line 1',
      "line 4: display name: Enter a name.",
      "line 5: expected 2 columns (username, display name), found 3",
    ]);
  });

  test("an empty file is an error, not a silent no-op", () => {
    expect(parseRosterCsv("\n\n")).toEqual({ ok: false, errors: ["the file has no students: expected lines of `username,display name`"] });
  });
});
