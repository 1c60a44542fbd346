// How annotations show on the text: for each sentence, which skill colours it (or "several" when highlights of
// different skills overlap), whether only the teacher's model highlights cover it, and which highlights end
// there (their labels are written after their last sentence).
import type { AnnotationView } from "./change";
import type { AnnotationSkill } from "./skills";

export type SentenceMark = { skill: AnnotationSkill | "several"; modelOnly: boolean; skills: AnnotationSkill[]; endsHere: AnnotationView[] };

export function marksBySentence(annotations: readonly AnnotationView[]): Map<string, SentenceMark> {
  const marks = new Map<string, SentenceMark>();
  for (const a of annotations) {
    a.sentenceIds.forEach((id, i) => {
      const key = `${a.sourceId}#${id}`;
      const mark = marks.get(key) ?? { skill: a.skill, modelOnly: true, skills: [], endsHere: [] };
      if (!mark.skills.includes(a.skill)) mark.skills.push(a.skill);
      mark.skill = mark.skills.length > 1 ? "several" : a.skill;
      mark.modelOnly &&= a.model;
      if (i === a.sentenceIds.length - 1) mark.endsHere.push(a);
      marks.set(key, mark);
    });
  }
  return marks;
}

/** Paragraph and sentence numbers of a sentence id ("p3.s2" → 3, 2). */
function place(id: string) {
  const m = /^p(\d+)\.s(\d+)$/.exec(id);
  return m ? { p: Number(m[1]), s: Number(m[2]) } : { p: 0, s: 0 };
}

/**
 * Highlights in the order of the text (by document, then where each run starts, then the shorter first), as a
 * reader's margin lists them. Never the order they reached the server: a retried save would move it.
 */
export function inTextOrder<T extends Pick<AnnotationView, "id" | "sourceId" | "sentenceIds">>(annotations: readonly T[]): T[] {
  const key = (a: T) => {
    const start = place(a.sentenceIds[0] ?? "");
    return [start.p, start.s, a.sentenceIds.length] as const;
  };
  return [...annotations].sort((a, b) => {
    if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** "¶3, sentence 2" / "¶3, sentences 1–2" / "¶3.2 – ¶4.1": where a run is, in words a student reads. */
export function describeRun(sentenceIds: readonly string[]): string {
  const first = place(sentenceIds[0] ?? "");
  const last = place(sentenceIds.at(-1) ?? "");
  if (sentenceIds.length <= 1) return `¶${first.p}, sentence ${first.s}`;
  if (first.p === last.p) return `¶${first.p}, sentences ${first.s}–${last.s}`;
  return `¶${first.p} sentence ${first.s} to ¶${last.p} sentence ${last.s}`;
}
