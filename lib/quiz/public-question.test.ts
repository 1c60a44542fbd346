import { expect, test } from "vitest";
import { loadContent } from "@/server/content/load-content";
import { toPublicQuestion } from "@/lib/quiz/public-question";

test("no question sent to a student's browser carries its key, accepted answers, explanation or evidence", async () => {
  const content = await loadContent();
  for (const lesson of content.lessons) {
    for (const [i, question] of lesson.questions.entries()) {
      const view = toPublicQuestion(question, { questionId: `${lesson.id}/${question.id}`, versionId: "v", number: i + 1 });
      const json = JSON.stringify(view);
      for (const secret of ["answer", "accepted", "explanation", "evidence", "sampleAnswer"]) expect(view).not.toHaveProperty(secret);
      expect(json).not.toContain(question.explanation);
      expect(view.prompt).toBe(question.prompt);
      // An argument's rubric carries exemplars of strong answers: the teacher's, never the student's browser.
      if (question.type === "argument") {
        expect(view).not.toHaveProperty("rubric");
        for (const level of question.rubric.flatMap((c) => c.levels)) expect(json).not.toContain(level.exemplar);
      }
    }
  }
});
