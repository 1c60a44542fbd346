// Each test mutates an in-memory copy of the real content and checks the exact message an author would see.
import path from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContentFiles } from "@/server/content/load-content";
import { paragraphsOf } from "./parse-source";
import { QUESTION_TYPES, SKILLS, type Skill } from "./schemas";
import { validateContent, type ContentFile } from "./validate";

const KUZNETSOV = "gromyko-kuznetsov-1962-11-01";
const QUIZ_1 = "content/lessons/01-sourcing-mikoyan/quiz.yaml";
const QUIZ_3 = "content/lessons/03-kuznetsov-close-reading/quiz.yaml";
const TIMELINE = "content/timeline.yaml";

let realFiles: ContentFile[];
beforeAll(async () => {
  realFiles = await loadContentFiles(path.resolve(import.meta.dirname, "../../content"));
});

// Loose shapes of parsed YAML, enough to mutate it; the validator is what checks them.
type QuestionData = Record<string, unknown> & { id: string; evidence: { ref: string }[]; answer: unknown };
type QuizData = { questions: QuestionData[] };
type EventData = { id: string; date: string };

/** A copy of the real files with one YAML file changed through its parsed value. */
function withYaml<T>(file: string, change: (data: T) => void): ContentFile[] {
  return realFiles.map((f) => {
    if (f.path !== file) return f;
    const data = parse(f.text) as T;
    change(data);
    return { path: f.path, text: stringify(data) };
  });
}

function withText(file: string, change: (text: string) => string): ContentFile[] {
  return realFiles.map((f) => (f.path === file ? { path: f.path, text: change(f.text) } : f));
}

const errorsOf = (files: ContentFile[]) => validateContent(files).errors;
const question = (quiz: QuizData, id: string) => {
  const found = quiz.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe("the real content", () => {
  it("is valid", () => {
    const { errors, content } = validateContent(realFiles);
    expect(errors).toEqual([]);
    expect(content.sources.map((s) => s.meta.id).sort()).toEqual([KUZNETSOV, "gromyko-mikoyan-1962-11-01"]);
    expect(content.lessons.map((l) => l.id)).toEqual([
      "01-sourcing-mikoyan",
      "02-mikoyan-close-reading",
      "03-kuznetsov-close-reading",
      "04-corroboration",
      "05-context-and-vocabulary",
      "06-argument",
    ]);
  });

  it("meets the coverage goals: ≥45 questions, every type ≥3 times, each lesson's own skill in it", () => {
    const { content } = validateContent(realFiles);
    const questions = content.lessons.flatMap((lesson) => lesson.questions);
    expect(questions.length).toBeGreaterThanOrEqual(45);
    // The argument is the unit's one final task, not an item type to repeat.
    for (const type of QUESTION_TYPES.filter((t) => t !== "argument")) {
      expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(3);
    }
    expect(questions.filter((q) => q.type === "argument")).toHaveLength(1);
    const lessonSkills: Record<string, Skill[]> = {
      "01-sourcing-mikoyan": ["sourcing"],
      "02-mikoyan-close-reading": ["close-reading"],
      "03-kuznetsov-close-reading": ["close-reading"],
      "04-corroboration": ["corroboration"],
      "05-context-and-vocabulary": ["contextualization", "vocabulary"],
    };
    for (const lesson of content.lessons.filter((l) => l.id !== "06-argument")) {
      expect(lesson.questions.length, lesson.id).toBeGreaterThanOrEqual(8);
      expect(lesson.questions.length, lesson.id).toBeLessThanOrEqual(12);
      for (const skill of lessonSkills[lesson.id] ?? []) {
        expect(lesson.questions.some((q) => q.skill === skill), `${lesson.id} ${skill}`).toBe(true);
      }
    }
    expect(new Set(questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
  });

  it("has a glossary and a timeline covering what the brief requires", () => {
    const { content } = validateContent(realFiles);
    const glossary = new Set(content.glossary.map((entry) => entry.id));
    for (const id of ["gromyko", "khrushchev", "mikoyan", "kuznetsov", "mccloy", "u-thant", "castro", "kennedy",
      "quarantine", "international-red-cross", "installations", "launch-pads", "overflights", "sovereignty",
      "soviet-mission-new-york", "avp-rf", "cwihp", "national-security-archive", "nhk", "cuba", "havana",
      "socialist-states", "prestige", "perishable-cargo", "offensive-weapons"]) {
      expect(glossary.has(id), id).toBe(true);
    }
    const dates = content.timeline.map((event) => event.date);
    expect(dates[0]).toBe("1962-10-14");
    expect(dates.at(-1)).toBe("1962-11-20");
  });
});

describe("validateContent reports each problem precisely", () => {
  const ARGUMENT = "content/lessons/06-argument/quiz.yaml";
  type Criterion = { id: string; levels: { points: number }[] };

  it("an argument whose rubric does not add up, lists levels out of order, or draws on a missing document", () => {
    const files = withYaml<QuizData>(ARGUMENT, (quiz) => {
      const task = question(quiz, "q01") as QuestionData & { rubric: Criterion[]; sources: string[] };
      task.rubric[0]!.levels.reverse();
      task.rubric[1]!.levels[0]!.points = 4;
      task.sources = [...task.sources, "gromyko-castro-1962-11-01"];
    });
    expect(errorsOf(files)).toEqual([
      `${ARGUMENT}: question q01: source "gromyko-castro-1962-11-01" does not exist`,
      `${ARGUMENT}: question q01: rubric criterion "claim" must list its levels with points in descending order (got 0, 1, 2, 3)`,
      `${ARGUMENT}: question q01: rubric criteria add up to 13 points but the question is worth 12`,
      `${ARGUMENT}: question q01: evidence cites nothing from "gromyko-castro-1962-11-01", one of the documents the argument draws on`,
    ]);
  });

  it("an argument criterion without exactly four levels", () => {
    const files = withYaml<QuizData>(ARGUMENT, (quiz) => {
      (question(quiz, "q01") as QuestionData & { rubric: Criterion[] }).rubric[3]!.levels.pop();
    });
    expect(errorsOf(files)).toEqual([`${ARGUMENT}: question q01: rubric.3.levels: needs exactly 4 levels`]);
  });

  it("a missing evidence id", () => {
    const files = withYaml<QuizData>(QUIZ_3, (quiz) => {
      question(quiz, "q06").evidence[0]!.ref = "p9.s4";
    });
    expect(errorsOf(files)).toEqual([
      `${QUIZ_3}: question q06: evidence "p9.s4" does not exist in source ${KUZNETSOV}`,
    ]);
  });

  it("a duplicate question id", () => {
    const files = withYaml<QuizData>(QUIZ_1, (quiz) => {
      question(quiz, "q02").id = "q01";
    });
    expect(errorsOf(files)).toEqual([`${QUIZ_1}: question q01: duplicate question id "q01"`]);
  });

  it("an answer key that is not among the choices", () => {
    const files = withYaml<QuizData>(QUIZ_1, (quiz) => {
      question(quiz, "q01").answer = "e";
    });
    expect(errorsOf(files)).toEqual([`${QUIZ_1}: question q01: answer "e" is not one of the choices (a, b, c, d)`]);
  });

  it.each([
    ["1962-11-1", '"1962-11-1" is not a date in YYYY-MM-DD format'],
    ["1 November 1962", '"1 November 1962" is not a date in YYYY-MM-DD format'],
    ["1962-11-31", '"1962-11-31" is not a real calendar date'],
    ["1962-13-01", '"1962-13-01" is not a real calendar date'],
    ["1962-02-29", '"1962-02-29" is not a real calendar date'],
  ])("a malformed timeline date %s", (date, message) => {
    const files = withYaml<EventData[]>(TIMELINE, (events) => {
      events.find((e) => e.id === "gromyko-telegrams")!.date = date;
    });
    expect(errorsOf(files)).toEqual([`${TIMELINE}: event gromyko-telegrams: date: ${message}`]);
  });

  it("timeline dates outside the crisis or out of order", () => {
    const files = withYaml<EventData[]>(TIMELINE, (events) => {
      events[0]!.date = "1962-10-13";
      events.find((e) => e.id === "mikoyan-to-havana")!.date = "1962-10-31";
    });
    expect(errorsOf(files)).toEqual([
      `${TIMELINE}: event u2-photographs: date 1962-10-13 is outside the crisis window 1962-10-14..1962-11-20`,
      `${TIMELINE}: event mikoyan-to-havana: date 1962-10-31 comes before the previous event castro-on-television (1962-11-01); keep events sorted by date`,
    ]);
  });

  it("answer keys inconsistent with ordering, matching, multiple-select and evidence questions", () => {
    const files = withYaml<QuizData>(QUIZ_3, (quiz) => {
      question(quiz, "q08").answer = ["meet", "observers", "timetable", "flights", "flights"];
      const matching = question(quiz, "q15").answer as Record<string, string>;
      delete matching.period;
      matching.ceased = "nowhere";
      question(quiz, "q04").answer = [];
      question(quiz, "q02").answer = ["p3.s1", "p9.s1"];
    });
    expect(errorsOf(files)).toEqual([
      `${QUIZ_3}: question q02: answer "p9.s1" is not inside the paragraphs listed in within (p2, p3, p4)`,
      `${QUIZ_3}: question q04: answer: must list at least one correct choice`,
      `${QUIZ_3}: question q08: answer entry "flights" is used more than once`,
      `${QUIZ_3}: question q08: answer must list every item exactly once: item "quarantine" is missing`,
      `${QUIZ_3}: question q15: answer does not match left item "period"`,
      `${QUIZ_3}: question q15: answer for "ceased" is "nowhere", which is not one of the right items (demand, promise, threat, refusal, welcome, reproach)`,
    ]);
  });

  it("a rubric whose top level differs from the question's points, a bad type and an unknown field", () => {
    const files = withYaml<QuizData>(QUIZ_1, (quiz) => {
      question(quiz, "q11").points = 4;
      question(quiz, "q09").type = "yes-no";
      question(quiz, "q04").acepted = ["November"];
    });
    expect(errorsOf(files)).toEqual([
      `${QUIZ_1}: question q04: Unrecognized key: "acepted"`,
      `${QUIZ_1}: question q09: type: must be one of ${QUESTION_TYPES.join(", ")}`,
      `${QUIZ_1}: question q11: rubric top level is worth 3 points but the question is worth 4`,
    ]);
  });

  it("a misquotation of the telegram", () => {
    const files = withText(QUIZ_3, (text) => text.replace("“The Cubans, and only the Cubans,", "“Only the Cubans,"));
    expect(errorsOf(files)).toEqual([
      `${QUIZ_3}: question q12: quotation “Only the Cubans, can make decisions on questions of that sort.” is not found in any source`,
    ]);
  });

  it("lesson front matter pointing at missing paragraphs, sources and glossary terms", () => {
    const lesson = "content/lessons/02-mikoyan-close-reading/lesson.md";
    const files = withText(lesson, (text) =>
      text.replace("paragraphs: [p3, p4, p5, p6, p7, p8]", "paragraphs: [p3, p4, p5, p6, p7, p8, p12]").replace("glossary: [installations,", "glossary: [installation,"),
    );
    expect(errorsOf(files)).toEqual([
      `${lesson}: excerpt 1: paragraph "p12" does not exist in source gromyko-mikoyan-1962-11-01`,
      `${lesson}: glossary: "installation" is not a term in content/glossary.yaml`,
    ]);
  });

  it("a source whose paragraphs skip a number, and a stray file", () => {
    const source = `content/sources/${KUZNETSOV}.md`;
    const files = [
      ...withText(source, (text) => text.replace("{#p4}", "{#p5}")),
      { path: "content/lessons/01-sourcing-mikoyan/quiz.yml", text: "" },
    ];
    const errors = errorsOf(files);
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^${source}: line \\d+: expected paragraph \\{#p4\\}, found \\{#p5\\} \\(paragraphs are numbered`)),
    );
    expect(errors).toContain(
      "content/lessons/01-sourcing-mikoyan/quiz.yml: unexpected file (content/ holds sources/<id>.md, lessons/<slug>/lesson.md and quiz.yaml, glossary.yaml, timeline.yaml)",
    );
  });
});

describe("property: breaking one evidence ref in any valid quiz yields exactly one error naming it", () => {
  it("holds for generated quizzes", { timeout: 60_000 }, () => {
    const { content } = validateContent(realFiles);
    // Only what lesson 1's quiz can depend on, so each of the many runs stays fast.
    const baseFiles = realFiles.filter((f) => !f.path.startsWith("content/lessons/") || f.path.startsWith("content/lessons/01-"));
    const withQuiz = (quiz: unknown) =>
      baseFiles.map((f) => (f.path === QUIZ_1 ? { path: f.path, text: stringify(quiz) } : f));
    // Valid refs are drawn from the paragraphs lesson 1 shows (a question may cite only those).
    const shown = content.lessons[0]!.excerpts;
    const refs = content.sources.flatMap((source) =>
      paragraphsOf(source)
        .filter((p) => shown.some((e) => e.source === source.meta.id && e.paragraphs.includes(p.id)))
        .flatMap((p) => [
          { source: source.meta.id, ref: p.id },
          ...p.sentences.map((s) => ({ source: source.meta.id, ref: s.id })),
        ]),
    );
    // Ids one past the end of a source, or one sentence past the end of a paragraph, never exist.
    const unknownRefs = content.sources.flatMap((source) => {
      const paragraphs = paragraphsOf(source);
      return [
        { source: source.meta.id, ref: `p${paragraphs.length + 1}` },
        { source: source.meta.id, ref: `p${paragraphs.length + 3}.s1` },
        ...paragraphs.map((p) => ({ source: source.meta.id, ref: `${p.id}.s${p.sentences.length + 1}` })),
      ];
    });

    const plainText = fc.stringMatching(/^[A-Za-z][A-Za-z ,.?]{0,30}$/);
    const questionBody = fc.oneof(
      fc.record({ type: fc.constant("true-false"), answer: fc.boolean() }),
      fc.record({ type: fc.constant("short-answer"), accepted: fc.array(plainText, { minLength: 1, maxLength: 3 }) }),
      fc.integer({ min: 2, max: 5 }).chain((n) =>
        fc.record({
          type: fc.constant("single-choice"),
          // Letters, not digits, so that no two keys state the same "fact"; equal lengths, so no key is the longest.
          choices: fc.constant(Array.from({ length: n }, (_, i) => ({ id: "abcde"[i], text: `Choice ${"ABCDE"[i]}` }))),
          answer: fc.constantFrom(...Array.from({ length: n }, (_, i) => "abcde"[i] ?? "a")),
        }),
      ),
    );
    const generatedQuestion = fc.record({
      skill: fc.constantFrom(...SKILLS),
      prompt: plainText,
      explanation: plainText,
      evidence: fc.array(fc.constantFrom(...refs), { minLength: 1, maxLength: 3 }),
      body: questionBody,
    });
    const scenario = fc
      .array(generatedQuestion, { minLength: 1, maxLength: 8 })
      .chain((questions) =>
        fc.record({
          questions: fc.constant(questions),
          target: fc.nat({ max: questions.length - 1 }),
          refIndex: fc.nat({ max: 2 }),
          unknown: fc.constantFrom(...unknownRefs),
        }),
      );

    fc.assert(
      fc.property(scenario, ({ questions, target, refIndex, unknown }) => {
        // Single-choice keys take turns over the positions, so the quiz never keys one position throughout.
        let singles = 0;
        const quiz = {
          questions: questions.map((q, i) => ({
            id: `q${String(i + 1).padStart(2, "0")}`,
            skill: q.skill,
            prompt: q.prompt,
            explanation: q.explanation,
            evidence: q.evidence.map((ref) => ({ ...ref })),
            ...q.body,
            ...(q.body.type === "single-choice" ? { answer: q.body.choices[singles++ % q.body.choices.length]!.id } : {}),
          })),
        };
        expect(errorsOf(withQuiz(quiz))).toEqual([]);

        const victim = quiz.questions[target]!;
        victim.evidence[refIndex % victim.evidence.length] = unknown;
        expect(errorsOf(withQuiz(quiz))).toEqual([
          `${QUIZ_1}: question ${victim.id}: evidence "${unknown.ref}" does not exist in source ${unknown.source}`,
        ]);
      }),
      { numRuns: 50 },
    );
  });
});
