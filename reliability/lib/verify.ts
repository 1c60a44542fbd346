// Compares what the simulated students typed and were told was saved with what PostgreSQL holds.
import { isDeepStrictEqual } from "node:util";
import { sql } from "./school";
import type { SimStudent } from "./student";

export type StoredAnswer = { response: unknown; seq: number };
/** attemptId → questionId → the stored answer. */
export type Stored = Map<string, Map<string, StoredAnswer>>;

export async function storedAnswers(url: string, attemptIds: string[]): Promise<{ stored: Stored; rows: number }> {
  const rows = await sql<{ attemptId: string; questionId: string; response: unknown; seq: string }>(
    url,
    `SELECT "attemptId", "questionId", response, "clientSeq"::text AS seq FROM "Answer" WHERE "attemptId" = ANY($1::text[])`,
    [attemptIds],
  );
  const stored: Stored = new Map();
  for (const row of rows) {
    const byQuestion = stored.get(row.attemptId) ?? new Map<string, StoredAnswer>();
    byQuestion.set(row.questionId, { response: row.response, seq: Number(row.seq) });
    stored.set(row.attemptId, byQuestion);
  }
  return { stored, rows: rows.length };
}

export type Comparison = {
  /** (student, question) pairs that were typed at least once: each must be exactly one row. */
  expectedRows: number;
  /** Rows found for these attempts. */
  rows: number;
  /** Acknowledged requests in all (an acknowledgement per value, several per question). */
  acknowledged: number;
  /** Pairs whose stored row differs from the newest value typed (a lost or stale write), described. */
  mismatches: string[];
};

const show = (v: unknown) => JSON.stringify(v).slice(0, 120);

/** Every question a student typed into holds exactly the newest value typed (seq and response); nothing else is stored. */
export function compareWithTyped(students: SimStudent[], stored: Stored, rows: number): Comparison {
  const mismatches: string[] = [];
  let expectedRows = 0;
  let acknowledged = 0;
  for (const s of students) {
    const byQuestion = stored.get(s.info.attemptId) ?? new Map<string, StoredAnswer>();
    for (const list of s.acks.values()) acknowledged += list.length;
    for (const [questionId, typed] of s.typed) {
      expectedRows += 1;
      const row = byQuestion.get(questionId);
      if (!row) mismatches.push(`${s.info.username} ${questionId}: no row (typed seq ${typed.seq}, acknowledged seq ${s.ackedSeq(questionId)})`);
      else if (row.seq !== typed.seq || !isDeepStrictEqual(row.response, typed.response))
        mismatches.push(`${s.info.username} ${questionId}: stored seq ${row.seq} ${show(row.response)}, newest typed seq ${typed.seq} ${show(typed.response)}`);
    }
    for (const questionId of byQuestion.keys()) if (!s.typed.has(questionId)) mismatches.push(`${s.info.username} ${questionId}: a row for a question never answered`);
  }
  return { expectedRows, rows, acknowledged, mismatches };
}

/**
 * Every acknowledgement given before `before` (ms since epoch) still holds: the stored row carries that value,
 * or a newer one (higher seq) that the student typed later. Returns the number checked and the violations.
 */
export function acknowledgedBeforeKept(students: SimStudent[], stored: Stored, before: number): { checked: number; violations: string[] } {
  let checked = 0;
  const violations: string[] = [];
  for (const s of students) {
    const byQuestion = stored.get(s.info.attemptId);
    for (const [questionId, list] of s.acks) {
      const ack = list.filter((a) => a.at < before).at(-1);
      if (!ack) continue;
      checked += 1;
      const row = byQuestion?.get(questionId);
      if (!row || row.seq < ack.seq || (row.seq === ack.seq && !isDeepStrictEqual(row.response, ack.response)))
        violations.push(`${s.info.username} ${questionId}: acknowledged seq ${ack.seq} ${show(ack.response)}, stored ${row ? `seq ${row.seq} ${show(row.response)}` : "nothing"}`);
    }
  }
  return { checked, violations };
}
