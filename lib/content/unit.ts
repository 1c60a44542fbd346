// content/unit.yaml: the unit as Reading Like a Historian frames it — one arguable central historical
// question, the context and vocabulary students need before reading, and a head note per document (who
// wrote it, when, to whom, why it was secret, how we have it), shown above the telegram in the reader.
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

export const HeadNote = z.strictObject({
  source: kebabId,
  who: text,
  when: text,
  toWhom: text,
  whySecret: text,
  howWeHaveIt: text,
});
export type HeadNote = z.infer<typeof HeadNote>;

export const HEAD_NOTE_LABELS: Record<Exclude<keyof HeadNote, "source">, string> = {
  who: "Who wrote it",
  when: "When",
  toWhom: "To whom",
  whySecret: "Why it was secret",
  howWeHaveIt: "How we have it",
};

export const Unit = z.strictObject({
  title: text,
  centralQuestion: text,
  /** Why the question is worth arguing: what makes both answers defensible. */
  whyArguable: text,
  context: z.array(text).min(1),
  /** Glossary ids, in the order students should meet them. */
  vocabulary: z.array(kebabId).min(1),
  headNotes: z.array(HeadNote).min(1),
});
export type Unit = z.infer<typeof Unit>;
