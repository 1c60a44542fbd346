// What on a teacher's desk needs doing (server/classes/get-teacher-attention.ts gathers it in one query).

/** Work due within this many hours that students have not started is flagged. */
export const DUE_SOON_HOURS = 48;
/** Students not seen for this many days are flagged; late work handed in within it too. */
export const QUIET_DAYS = 7;

export type AttentionItem =
  | { kind: "to-grade"; classId: string; className: string; count: number }
  | { kind: "due-soon"; classId: string; className: string; count: number; assignmentId: string; lessonTitle: string; dueAt: Date }
  | { kind: "late"; classId: string; className: string; count: number }
  | { kind: "quiet"; classId: string; className: string; count: number };
