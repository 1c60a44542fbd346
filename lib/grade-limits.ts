// Limits on a teacher's grade, shared by the grading form (browser) and the server that enforces them.
// No zod here, so the client bundle stays small.

/** A teacher's comment on one answer, counted in characters (code points) as the student would count them. */
export const GRADE_COMMENT_MAX_CHARS = 2_000;

/** The score input's step: rubric levels are whole points, half points allow "between two levels". */
export const GRADE_SCORE_STEP = 0.5;
