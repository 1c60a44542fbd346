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
    }
  }
});
