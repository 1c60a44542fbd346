// The shapes the server hands to pages (and pages to components) for an argument: shared types, so components
// need not import from server/.
import type { Citation } from "./citations";

/** A written argument with its citations in context, and the teacher's score per criterion (null until graded). */
export type ArgumentWork = { claim: string; reasoning: string; counter: string; citations: Citation[]; scores: Record<string, number> | null };

/** On the results page: the student's own argument; the criterion scores only when the reveal policy shows marks. */
export type ArgumentResult = { work: ArgumentWork; criteria?: { id: string; title: string; maxPoints: number; score: number | null }[] };
