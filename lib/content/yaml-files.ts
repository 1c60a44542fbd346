// Reading the two text formats content is written in (YAML, and Markdown with YAML front matter),
// turning syntax and schema problems into messages that name the file and the line or field.
import { parseDocument } from "yaml";
import type { z } from "zod";

export type Parsed<T> = { value: T; errors: [] } | { value: undefined; errors: string[] };

/** Parse YAML; `firstLine` is the line of the file the text starts on, so front matter errors point at the file's lines. */
export function parseYaml(path: string, text: string, firstLine = 1): Parsed<unknown> {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length === 0) return { value: doc.toJS(), errors: [] };
  return {
    value: undefined,
    errors: doc.errors.map((error) => {
      const position = error.linePos?.[0];
      const where = position ? ` at line ${position.line + firstLine - 1}, column ${position.col}` : "";
      return `${path}: YAML syntax error${where}: ${describe(error.message)}`;
    }),
  };
}

export type FrontMatterFile = {
  frontMatter: string;
  /** 1-based line of the file on which the front matter's first line stands. */
  frontMatterLine: number;
  bodyLines: string[];
  /** 1-based line of the file on which bodyLines[0] stands. */
  bodyLine: number;
};

/** Split "---\n<yaml>\n---\n<body>" into its parts. */
export function splitFrontMatter(path: string, text: string): Parsed<FrontMatterFile> {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") {
    return { value: undefined, errors: [`${path}: line 1: expected "---" opening the front matter`] };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) {
    return { value: undefined, errors: [`${path}: front matter opened at line 1 is never closed with "---"`] };
  }
  return {
    value: {
      frontMatter: lines.slice(1, close).join("\n"),
      frontMatterLine: 2,
      bodyLines: lines.slice(close + 1),
      bodyLine: close + 2,
    },
    errors: [],
  };
}

/**
 * One message per zod issue: "<prefix>: <path.to.field>: <message>".
 * `skip` drops leading path segments that the prefix already names (e.g. the question's index).
 */
export function formatZodIssues(prefix: string, issues: readonly z.core.$ZodIssue[], skip = 0): string[] {
  return issues.map((issue) => {
    const fieldPath = issue.path.slice(skip).map(String).join(".");
    return fieldPath ? `${prefix}: ${fieldPath}: ${issue.message}` : `${prefix}: ${issue.message}`;
  });
}

/** A short, stable label for a list item in error messages: its id when it has one, else its position. */
export function itemLabel(kind: string, raw: unknown, index: number): string {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 ? `${kind} ${id}` : `${kind} #${index + 1}`;
}

/** The library's message without its own position (relative to the front matter, not the file) and code excerpt. */
function describe(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
