import { SKILLS, type Lesson, type Skill } from "@/lib/content/schemas";

/** The skills a lesson's quiz practises, in the fixed SKILLS order. */
export function lessonSkills(lesson: Lesson): Skill[] {
  const used = new Set(lesson.questions.map((question) => question.skill));
  return SKILLS.filter((skill) => used.has(skill));
}
