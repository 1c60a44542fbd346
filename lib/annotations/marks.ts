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

/** "¶3, sentence 2" / "¶3, sentences 1–2" / "¶3.2 – ¶4.1": where a run is, in words a student reads. */
export function describeRun(sentenceIds: readonly string[]): string {
  const parse = (id: string) => {
    const m = /^p(\d+)\.s(\d+)$/.exec(id);
    return m ? { p: Number(m[1]), s: Number(m[2]) } : { p: 0, s: 0 };
  };
  const first = parse(sentenceIds[0] ?? "");
  const last = parse(sentenceIds.at(-1) ?? "");
  if (sentenceIds.length <= 1) return `¶${first.p}, sentence ${first.s}`;
  if (first.p === last.p) return `¶${first.p}, sentences ${first.s}–${last.s}`;
  return `¶${first.p} sentence ${first.s} to ¶${last.p} sentence ${last.s}`;
}
