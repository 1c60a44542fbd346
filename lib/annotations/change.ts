// One change to an annotation as the browser sends it and the server stores it (PUT
// /api/assignments/[assignmentId]/annotations). The whole annotation travels each time, so the newest change
// is complete on its own and a change counter (`seq`) can decide between two of them.
import { z } from "zod";
import { SENTENCE_ID } from "@/lib/content/schemas";
import { ANNOTATION_SKILLS, type AnnotationSkill } from "./skills";

const annotationSkill = z.enum(ANNOTATION_SKILLS);

export const NOTE_MAX = 2000;
export const REPLY_MAX = 2000;
export const RUN_MAX = 40;

/** Made in the browser (crypto.randomUUID), so a retry names the same annotation. */
export const annotationIdSchema = z.uuid("Not a valid annotation id.");

export const annotationChangeSchema = z.strictObject({
  id: annotationIdSchema,
  sourceId: z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Not a valid source id."),
  sentenceIds: z.array(z.string().max(20).regex(SENTENCE_ID, "Not a valid sentence id.")).min(1, "Select at least one sentence.").max(RUN_MAX, `Select at most ${RUN_MAX} sentences.`),
  skill: annotationSkill,
  note: z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`).default(""),
  deleted: z.boolean().default(false),
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type AnnotationChange = z.infer<typeof annotationChangeSchema>;

/** An annotation as pages show it. */
export type AnnotationView = {
  id: string;
  sourceId: string;
  sentenceIds: string[];
  skill: AnnotationSkill;
  note: string;
  /** The seq the server holds (as a number: it is a ms clock, well within 2^53). */
  seq: number;
  /** "from your teacher" */
  model: boolean;
  reply: string | null;
  repliedAt: string | null;
};

export const annotationsUrl = (assignmentId: string) => `/api/assignments/${encodeURIComponent(assignmentId)}/annotations`;
