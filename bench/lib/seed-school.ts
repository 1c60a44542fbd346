// A large school for the benchmark, written with set-based SQL (generate_series, INSERT … SELECT) in one
// transaction: 1,400 students take a few seconds instead of minutes of row-by-row Prisma calls.
//
// Shape (defaults): 8 teachers × 5 classes × 35 students; 10 assignments per class over the 5 lessons,
// slots 0–6 past due, 7–9 due in the coming days, slot 4 a reading assignment, slot 3 allowing 2 attempts.
// Past quizzes: ~90 % submitted (some late), graded answers for every question, a few open responses
// awaiting grading; current quizzes: some submitted, some in progress with half the answers, some not
// started. The "cohort" (the students the benchmark signs in) has all three current quizzes in progress:
// those attempts are what autosave writes to and what the fresh-submit scenario submits.
import pg from "pg";
import { generateJoinCode } from "../../lib/join-code";
import type { Question } from "../../lib/content/schemas";
import { isTeacherGraded } from "../../lib/grading/argument";
import { hashForFixture, DEFAULT_PASSWORD } from "../../prisma/factories";
import { correctResponse, wrongResponse } from "../../testing/responses";

export type SchoolShape = { teachers: number; classesPerTeacher: number; studentsPerClass: number; assignmentsPerClass: number; cohortClasses: number };
export const DEFAULT_SHAPE: SchoolShape = { teachers: 8, classesPerTeacher: 5, studentsPerClass: 35, assignmentsPerClass: 10, cohortClasses: 6 };
export const SCHOOL_PASSWORD = DEFAULT_PASSWORD;

export const teacherEmail = (t: number) => `bench.teacher${t}@example.test`;
export const studentUsername = (s: number) => `bench.s${s}`;
export const classId = (c: number) => `bench_c${c}`;

export type SeedSummary = { users: number; classes: number; assignments: number; attempts: number; openAttempts: number; answers: number; ms: number };

export async function seedSchool(url: string, shape: SchoolShape = DEFAULT_SHAPE): Promise<SeedSummary> {
  const started = Date.now();
  const classes = shape.teachers * shape.classesPerTeacher;
  const students = classes * shape.studentsPerClass;
  const passwordHash = await hashForFixture(SCHOOL_PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const questions = await client.query<{ lesson_id: string; question_id: string; version_id: string; pos: number; max_points: number; definition: Question }>(`
      SELECT q."lessonId" AS lesson_id, q.id AS question_id, v.id AS version_id, q.position AS pos, v."maxPoints" AS max_points, v.definition
      FROM "Question" q JOIN "QuestionVersion" v ON v."questionId" = q.id AND v.version = q."currentVersion"
      JOIN "Lesson" l ON l.id = q."lessonId"
      WHERE q."retiredAt" IS NULL AND l."retiredAt" IS NULL ORDER BY l.position, q.position`);
    const lessons = [...new Set(questions.rows.map((q) => q.lesson_id))];
    if (lessons.length === 0) throw new Error("no lessons in the database: was the content imported?");

    // The questions with the responses a student would send (right and wrong), computed once per question.
    await client.query(`CREATE TEMP TABLE bq (lesson_id text, question_id text, version_id text, pos int, max_points float8, correct jsonb, wrong jsonb, open_response bool) ON COMMIT DROP`);
    const q = questions.rows;
    await client.query(
      `INSERT INTO bq SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[], $6::jsonb[], $7::jsonb[], $8::bool[])`,
      [
        q.map((r) => r.lesson_id),
        q.map((r) => r.question_id),
        q.map((r) => r.version_id),
        q.map((r) => r.pos),
        q.map((r) => r.max_points),
        q.map((r) => JSON.stringify(correctResponse(r.definition))),
        q.map((r) => JSON.stringify(wrongResponse(r.definition))),
        q.map((r) => isTeacherGraded(r.definition.type)), // pending until a teacher grades it
      ],
    );
    await client.query(`
      CREATE TEMP TABLE bl ON COMMIT DROP AS
      SELECT lesson_id, jsonb_object_agg(question_id, version_id ORDER BY pos) AS qv, count(*)::int AS qcount FROM bq GROUP BY lesson_id`);

    const params = { teachers: shape.teachers, perTeacher: shape.classesPerTeacher, perClass: shape.studentsPerClass, slots: shape.assignmentsPerClass, cohort: shape.cohortClasses };
    // `:name` stands for one of these whole numbers (`::type` casts are left alone).
    const p = (sql: string) => sql.replace(/(?<!:):(teachers|perTeacher|perClass|slots|cohort)\b/g, (_, name: keyof typeof params) => String(params[name]));

    await client.query(
      p(`INSERT INTO "User" (id, role, name, email, "passwordHash", "createdAt")
         SELECT 'bench_t' || t, 'TEACHER', 'Bench Teacher ' || t, 'bench.teacher' || t || '@example.test', $1, now() - interval '300 days'
         FROM generate_series(1, :teachers) t`),
      [passwordHash],
    );
    await client.query(
      p(`INSERT INTO "User" (id, role, name, username, "passwordHash", "createdAt", "lastActiveAt")
         SELECT 'bench_s' || s, 'STUDENT',
                (ARRAY['Ana','Ben','Chloé','Dmitri','Emma','Farah','Gabriel','Hana','Ivan','Jade','Kofi','Lena','Mateo','Nadia','Omar','Priya','Quinn','Rosa','Sami','Tara'])[1 + s % 20]
                  || ' ' || (ARRAY['García','Okafor','Nguyen','Petrov','Schmidt','Haddad','Rossi','Kim','Novak','Silva','Dubois','Mensah','Ito','Kowalski','Murphy','Singh','Yilmaz','Costa','Berg','Ali','Jones','Lopez','Sato','Weber','Moreau'])[1 + (s * 7) % 25]
                  || ' ' || s,
                'bench.s' || s, $1, now() - interval '250 days', now() - (s % 72) * interval '1 hour'
         FROM generate_series(1, :teachers * :perTeacher * :perClass) s`),
      [passwordHash],
    );
    await client.query(
      p(`INSERT INTO "Class" (id, name, "teacherId", "joinCode", "createdAt")
         SELECT 'bench_c' || c, 'World History — Section ' || c, 'bench_t' || ((c - 1) / :perTeacher + 1), ($1::text[])[c], now() - interval '200 days'
         FROM generate_series(1, :teachers * :perTeacher) c`),
      [Array.from({ length: classes }, () => generateJoinCode())],
    );
    await client.query(
      p(`INSERT INTO "Enrollment" ("classId", "studentId", "joinedAt")
         SELECT 'bench_c' || ((s - 1) / :perClass + 1), 'bench_s' || s, now() - interval '190 days'
         FROM generate_series(1, :teachers * :perTeacher * :perClass) s`),
    );
    // Slot k is due (k - 7) * 4 + 2 days from now: slots 0–6 are past, 7–9 are current.
    await client.query(
      p(`INSERT INTO "Assignment" (id, "classId", "lessonId", "opensAt", "dueAt", "attemptsAllowed", "readingOnly", "createdAt")
         SELECT 'bench_a' || c || '_' || k, 'bench_c' || c, ($1::text[])[1 + k % cardinality($1::text[])],
                now() + ((k - 7) * 4 - 12) * interval '1 day', now() + ((k - 7) * 4 + 2) * interval '1 day',
                CASE WHEN k = 3 THEN 2 ELSE 1 END, k = 4, now() - (40 - k) * interval '1 day'
         FROM generate_series(1, :teachers * :perTeacher) c CROSS JOIN generate_series(0, :slots - 1) k`),
      [lessons],
    );

    // One row per (student, quiz slot) with a stable pseudo-random draw deciding what happened.
    await client.query(
      p(`CREATE TEMP TABLE ba ON COMMIT DROP AS
         SELECT s, k, c, a.id AS assignment_id, a."lessonId" AS lesson_id, a."dueAt" AS due_at, r,
                CASE
                  WHEN a."dueAt" < now() THEN CASE WHEN r < 90 THEN 'submitted' END
                  WHEN c <= :cohort THEN 'open'
                  WHEN r < 30 THEN 'submitted'
                  WHEN r < 65 THEN 'open'
                END AS state
         FROM (SELECT s, (s - 1) / :perClass + 1 AS c FROM generate_series(1, :teachers * :perTeacher * :perClass) s) st
         CROSS JOIN generate_series(0, :slots - 1) k
         JOIN "Assignment" a ON a.id = 'bench_a' || st.c || '_' || k AND NOT a."readingOnly"
         CROSS JOIN LATERAL (SELECT abs(hashtext(s || ':' || k)) % 100 AS r) draw`),
    );
    await client.query(`DELETE FROM ba WHERE state IS NULL`);
    // A second attempt for a fifth of the students where two are allowed. Work on current quizzes happened
    // in the last two days; on past ones before the due time, or three days after it (late).
    await client.query(`
      INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "startedAt", "submittedAt", late, "questionVersionIds")
      SELECT 'bench_at' || s || '_' || k || '_' || n, assignment_id, 'bench_s' || s, n, t.started_at, t.submitted_at, coalesce(t.submitted_at > due_at, false), bl.qv
      FROM ba JOIN bl USING (lesson_id)
      CROSS JOIN LATERAL generate_series(1, CASE WHEN k = 3 AND state = 'submitted' AND r < 20 THEN 2 ELSE 1 END) n
      CROSS JOIN LATERAL (SELECT least(due_at, now()) - (3 + r % 48) * interval '1 hour' - (2 - n) * interval '1 day' AS started_at) b
      CROSS JOIN LATERAL (SELECT b.started_at,
                                 CASE WHEN state = 'submitted' THEN b.started_at + interval '40 minutes' + CASE WHEN r >= 82 AND due_at < now() THEN interval '5 days' ELSE interval '0' END END AS submitted_at) t`);

    // Submitted attempts have a graded row for every question; open ones have answers to the first half.
    // Each student has an "ability" that sets the odds of a right answer.
    await client.query(`
      INSERT INTO "Answer" ("attemptId", "questionId", "questionVersionId", response, "clientSeq", score, "maxPoints", "updatedAt", "gradedAt")
      SELECT at.id, bq.question_id, bq.version_id,
             CASE WHEN ok THEN bq.correct ELSE bq.wrong END,
             (extract(epoch FROM at."startedAt") * 1000)::bigint + bq.pos,
             CASE WHEN at."submittedAt" IS NULL THEN NULL
                  WHEN bq.open_response THEN CASE WHEN draw % 10 = 0 THEN NULL ELSE round((bq.max_points * (draw % 5) / 4)::numeric, 1)::float8 END
                  WHEN ok THEN bq.max_points ELSE 0 END,
             bq.max_points, coalesce(at."submittedAt", at."startedAt" + bq.pos * interval '1 minute'),
             CASE WHEN at."submittedAt" IS NOT NULL AND NOT (bq.open_response AND draw % 10 = 0) THEN at."submittedAt" END
      FROM "Attempt" at
      JOIN "Assignment" a ON a.id = at."assignmentId"
      JOIN bq ON bq.lesson_id = a."lessonId"
      JOIN bl ON bl.lesson_id = a."lessonId"
      CROSS JOIN LATERAL (SELECT abs(hashtext(at.id || bq.question_id)) % 100 AS draw,
                                 abs(hashtext(at.id || bq.question_id)) % 100 < 45 + abs(hashtext(at."studentId")) % 50 AS ok) d
      WHERE at.id LIKE 'bench_at%' AND (at."submittedAt" IS NOT NULL OR bq.pos <= bl.qcount / 2)`);
    await client.query(`
      UPDATE "Attempt" at SET score = g.score, "maxScore" = g.max, "awaitingGrading" = g.awaiting
      FROM (SELECT "attemptId", sum(score) AS score, sum("maxPoints") AS max, bool_or(score IS NULL) AS awaiting
            FROM "Answer" WHERE "attemptId" LIKE 'bench_at%' GROUP BY 1) g
      WHERE at.id = g."attemptId" AND at."submittedAt" IS NOT NULL`);
    await client.query(
      p(`INSERT INTO "ReadingProgress" ("assignmentId", "studentId", "paragraphsReached", "secondsOnText", "completedAt", "updatedAt")
         SELECT a.id, 'bench_s' || s, CASE WHEN r < 85 THEN 12 ELSE r % 12 END, 60 + r * 7,
                CASE WHEN r < 85 THEN a."dueAt" - (r - 40) * interval '1 hour' END, a."dueAt" - interval '1 hour'
         FROM (SELECT s, (s - 1) / :perClass + 1 AS c FROM generate_series(1, :teachers * :perTeacher * :perClass) s) st
         JOIN "Assignment" a ON a."classId" = 'bench_c' || st.c AND a."readingOnly"
         CROSS JOIN LATERAL (SELECT abs(hashtext(s || ':reading')) % 100 AS r) draw
         WHERE r < 95`),
    );
    const counts = await client.query<{ attempts: number; open: number; answers: number }>(`
      SELECT (SELECT count(*) FROM "Attempt" WHERE id LIKE 'bench_at%')::int AS attempts,
             (SELECT count(*) FROM "Attempt" WHERE id LIKE 'bench_at%' AND "submittedAt" IS NULL)::int AS open,
             (SELECT count(*) FROM "Answer" WHERE "attemptId" LIKE 'bench_at%')::int AS answers`);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const row = counts.rows[0]!;
    return { users: students + shape.teachers, classes, assignments: classes * shape.assignmentsPerClass, attempts: row.attempts, openAttempts: row.open, answers: row.answers, ms: Date.now() - started };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
