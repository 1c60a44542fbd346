// What each scenario requests, rotating over many users and ids so no cache or row lock is hit unfairly.
import pg from "pg";
import type { Question } from "../../lib/content/schemas";
import { correctResponse, wrongResponse } from "../../testing/responses";
import type { Scenario, Target } from "./load";

export type Sessions = { students: Map<string, string>; teachers: Map<string, string> };

type OpenAttempt = { id: string; assignmentId: string; studentId: string; versions: Record<string, string> };
export type Pools = {
  lessons: string[];
  sources: string[];
  /** Open attempts of signed-in students: autosave writes to them, then the fresh-submit run submits them. */
  open: OpenAttempt[];
  /** Already submitted attempts of signed-in students (warm-up for the submit route). */
  submitted: { id: string; studentId: string }[];
  /** (class, teacher) pairs for the gradebook. */
  classes: { classId: string; teacherId: string; students: number }[];
  /** Two different valid responses per question version that autosave alternates between. */
  responses: Map<string, [unknown, unknown]>;
  /** Per assignment of an open attempt, a sentence its lesson shows (the annotation save highlights it). */
  annotationSentences: Map<string, { sourceId: string; sentenceId: string }>;
};

// Question types whose two test responses are both valid answers (autosave must change the answer each time).
const AUTOSAVE_TYPES = new Set(["single-choice", "true-false", "multiple-select", "short-answer"]);

export async function loadPools(url: string, studentIds: string[], teacherIds: string[]): Promise<Pools> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lessons = (await client.query<{ id: string }>(`SELECT id FROM "Lesson" WHERE "retiredAt" IS NULL ORDER BY position`)).rows.map((r) => r.id);
    const sources = (await client.query<{ id: string }>(`SELECT id FROM "Source" ORDER BY id`)).rows.map((r) => r.id);
    const attempts = await client.query<{ id: string; assignmentId: string; studentId: string; submittedAt: Date | null; questionVersionIds: Record<string, string> }>(
      `SELECT id, "assignmentId", "studentId", "submittedAt", "questionVersionIds" FROM "Attempt" WHERE "studentId" = ANY($1) ORDER BY "assignmentId", "studentId"`,
      [studentIds],
    );
    const classes = await client.query<{ classId: string; teacherId: string; students: number }>(
      `SELECT c.id AS "classId", c."teacherId", count(e.*)::int AS students FROM "Class" c JOIN "Enrollment" e ON e."classId" = c.id
       WHERE c."teacherId" = ANY($1) GROUP BY c.id ORDER BY c.id`,
      [teacherIds],
    );
    const versions = await client.query<{ id: string; definition: Question }>(
      `SELECT v.id, v.definition FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId" AND q."currentVersion" = v.version WHERE q."retiredAt" IS NULL`,
    );
    const responses = new Map<string, [unknown, unknown]>();
    for (const v of versions.rows) if (AUTOSAVE_TYPES.has(v.definition.type)) responses.set(v.id, [correctResponse(v.definition), wrongResponse(v.definition)]);
    // The first paragraph of the lesson's first excerpt: every paragraph has a first sentence.
    const excerpts = await client.query<{ assignmentId: string; sourceId: string; paragraphId: string }>(
      `SELECT a.id AS "assignmentId", l.document -> 'excerpts' -> 0 ->> 'source' AS "sourceId", l.document -> 'excerpts' -> 0 -> 'paragraphs' ->> 0 AS "paragraphId"
       FROM "Assignment" a JOIN "Lesson" l ON l.id = a."lessonId" WHERE a.id = ANY($1)`,
      [[...new Set(attempts.rows.map((a) => a.assignmentId))]],
    );
    const annotationSentences = new Map(excerpts.rows.map((r) => [r.assignmentId, { sourceId: r.sourceId, sentenceId: `${r.paragraphId}.s1` }]));
    return {
      lessons,
      sources,
      annotationSentences,
      open: attempts.rows.filter((a) => !a.submittedAt).map((a) => ({ id: a.id, assignmentId: a.assignmentId, studentId: a.studentId, versions: a.questionVersionIds })),
      submitted: attempts.rows.filter((a) => a.submittedAt).map((a) => ({ id: a.id, studentId: a.studentId })),
      classes: classes.rows,
      responses,
    };
  } finally {
    await client.end();
  }
}

/** How many of these attempts are now submitted (to tell fresh submits from repeats). */
export async function countSubmitted(url: string, attemptIds: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Attempt" WHERE id = ANY($1) AND "submittedAt" IS NOT NULL`, [attemptIds]);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** A fixed shuffle (seeded), so the warm-up already touches every user, lesson and question version. */
function shuffled<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function rotate<T>(items: T[]): () => T {
  if (items.length === 0) throw new Error("nothing to rotate over");
  let i = 0;
  return () => items[i++ % items.length]!;
}

export function buildScenarios(pools: Pools, sessions: Sessions, lessonSlug?: string) {
  const cookieOf = (studentId: string) => sessions.students.get(studentId)!;

  // Autosave: every (open attempt, question) pair in turn, alternating two answers, with a rising change counter.
  const saves = shuffled(
    pools.open.flatMap((attempt) =>
      Object.entries(attempt.versions)
        .filter(([, versionId]) => pools.responses.has(versionId))
        .map(([questionId, versionId]) => ({ attempt, questionId, versionId })),
    ),
  );
  let seq = Date.now();
  const nextSave = rotate(saves);
  const autosave = (): Target => {
    const { attempt, questionId, versionId } = nextSave();
    seq++;
    return {
      method: "PUT",
      path: `/api/attempts/${attempt.id}/answers`,
      cookie: cookieOf(attempt.studentId),
      body: { questionId, versionId, response: pools.responses.get(versionId)![seq % 2], flagged: seq % 7 === 0, seq },
    };
  };

  // Annotation save: one highlight per open attempt's (student, assignment), changed in turn (note and
  // skill alternate) with a rising change counter, so each request is an update of one row, like autosave.
  const SKILLS = ["sourcing", "close-reading"] as const;
  const highlights = shuffled(pools.open).map((attempt, i) => ({ ...attempt, annotationId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` }));
  const nextHighlight = rotate(highlights);
  const annotate = (): Target => {
    const h = nextHighlight();
    const sentence = pools.annotationSentences.get(h.assignmentId)!;
    seq++;
    return {
      method: "PUT",
      path: `/api/assignments/${h.assignmentId}/annotations`,
      cookie: cookieOf(h.studentId),
      body: { id: h.annotationId, sourceId: sentence.sourceId, sentenceIds: [sentence.sentenceId], skill: SKILLS[seq % 2], note: `Note ${seq % 5}`, seq },
    };
  };

  const freshPool = shuffled(pools.open);
  const nextFresh = rotate(freshPool);
  const submitOf = (attempt: { id: string; studentId: string }): Target => ({ method: "POST", path: `/api/attempts/${attempt.id}/submit`, cookie: cookieOf(attempt.studentId) });
  const nextSubmitted = rotate(shuffled(pools.submitted));
  const nextRepeat = rotate(freshPool);

  const nextLesson = rotate(lessonSlug ? [lessonSlug] : pools.lessons);
  const nextStudent = rotate(shuffled([...sessions.students.values()]));
  const nextClass = rotate(pools.classes);
  const staticPage: Scenario = { key: "static", label: "Baseline S: /bench/static (bare page, prerendered)", next: () => ({ method: "GET", path: "/bench/static" }) };
  const dynamicPage: Scenario = { key: "dynamic", label: "Baseline D: /bench/dynamic (bare page, rendered per request)", next: () => ({ method: "GET", path: "/bench/dynamic" }) };
  const nextSource = rotate(pools.sources);
  const page = (key: string, label: string, path: () => string): Scenario => ({ key, label, next: () => ({ method: "GET", path: path() }) });
  const dbRoute: Scenario = { key: "db", label: "Baseline B: /bench/db (SELECT 1 via Prisma)", next: () => ({ method: "GET", path: "/bench/db" }) };

  return {
    staticPage,
    dynamicPage,
    dbRoute,
    lesson: { key: "lesson", label: "Lesson reader /lessons/[slug], anonymous", next: () => ({ method: "GET", path: `/lessons/${nextLesson()}` }) } satisfies Scenario,
    // The other public pages, prerendered like the reader.
    home: page("home", "Home /", () => "/"),
    lessons: page("lessons", "Lessons list /lessons", () => "/lessons"),
    sources: page("sources", "Sources list /sources", () => "/sources"),
    source: page("source", "Source /sources/[id]", () => `/sources/${nextSource()}`),
    compare: page("compare", "Compare /compare", () => "/compare"),
    autosave: { key: "autosave", label: "Autosave PUT /api/attempts/[id]/answers", next: autosave } satisfies Scenario,
    annotate: { key: "annotate", label: "Annotation save PUT /api/assignments/[id]/annotations", next: annotate } satisfies Scenario,
    autosavePaced: { key: "autosave-paced", label: "Autosave, 100 saves/s arriving at random (a busy school)", next: autosave, rate: 100 } satisfies Scenario,
    submitFresh: {
      key: "submit-fresh",
      label: "Submit POST /api/attempts/[id]/submit, fresh (grades)",
      next: () => submitOf(nextFresh()),
      warmup: () => submitOf(nextSubmitted()),
      amount: freshPool.length,
    } satisfies Scenario,
    submitRepeat: { key: "submit-repeat", label: "Submit again (idempotent repeat)", next: () => submitOf(nextRepeat()) } satisfies Scenario,
    dashboard: { key: "dashboard", label: "Student dashboard /dashboard", next: () => ({ method: "GET", path: "/dashboard", cookie: nextStudent() }) } satisfies Scenario,
    gradebook: {
      key: "gradebook",
      label: "Teacher gradebook, 35-student class",
      next: () => {
        const klass = nextClass();
        return { method: "GET", path: `/teacher/classes/${klass.classId}/gradebook`, cookie: sessions.teachers.get(klass.teacherId)! };
      },
    } satisfies Scenario,
    freshPool,
    saves: saves.length,
  };
}

/** Client connections open to the benchmark's database (the app's pools; this check's own is left out). */
export async function countConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
