import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Question } from "@/lib/content/schemas";
import type { AdjustmentKind } from "@/lib/enums";
import { adjustedMarks, adjustmentNote, parseCorrectedKey, storedAdjustment, type Adjustment } from "@/lib/grading/adjustment";
import type { RegradeChange, RegradePlan } from "@/lib/grading/regrade-plan";
import { round2 } from "@/lib/grading/result";
import { requireTeacher } from "@/server/authz";
import { loadEvidenceSources } from "@/server/content/evidence-sources";
import { getQuestionVersions } from "@/server/content/question-versions";
import { readQuestion } from "@/server/content/stored-documents";
import { db, type Db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";

// Throwing out or regrading one question of an assignment after students answered. The dry run
// (previewRegrade) and the write (applyRegrade) build the same plan from the same rule
// (lib/grading/adjustment.ts); the write rebuilds it inside its transaction, after locking the assignment's
// attempts, so what it writes is what is true at that moment.

export type { RegradeChange, RegradePlan };
export type RegradeRequest = { assignmentId: string; questionId: string; kind: AdjustmentKind; key?: readonly string[] };

type Target = { assignmentId: string; classId: string; lessonTitle: string; className: string; questionId: string; definition: Question; current: { kind: AdjustmentKind; createdAt: Date } | null };

/**
 * The teacher's assignment and one of its questions: one of the lesson's, or one of the teacher's own that is on
 * the assignment or was answered in it (taken off since). 404 for anyone else's, or a question not in it.
 */
export async function findRegradeTarget(assignmentId: string, questionId: string): Promise<Target> {
  const teacher = await requireTeacher();
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    select: {
      id: true,
      classId: true,
      lessonId: true,
      class: { select: { name: true } },
      lesson: { select: { title: true } },
      adjustments: { where: { questionId }, select: { kind: true, createdAt: true } },
    },
  });
  const question = assignment
    ? await db.question.findFirst({
        where: {
          id: questionId,
          OR: [
            { lessonId: assignment.lessonId },
            { authorId: teacher.id, OR: [{ assignmentLinks: { some: { assignmentId } } }, { answers: { some: { attempt: { assignmentId } } } }] },
          ],
        },
        select: { id: true, currentVersion: true, versions: { select: { id: true, version: true, definition: true } } },
      })
    : null;
  if (!assignment || !question) throw new AppError("NOT_FOUND", "Question not found.");
  const version = question.versions.find((v) => v.version === question.currentVersion) ?? question.versions.at(-1)!;
  return {
    assignmentId: assignment.id,
    classId: assignment.classId,
    lessonTitle: assignment.lesson.title,
    className: assignment.class.name,
    questionId: question.id,
    definition: readQuestion(version),
    current: assignment.adjustments[0] ?? null,
  };
}

/** For an evidence question, the sentences its students could choose from, in reading order (else null). */
export async function choosableSentences(definition: Question): Promise<{ id: string; text: string }[] | null> {
  if (definition.type !== "evidence") return null;
  const source = (await loadEvidenceSources([definition]))[definition.source];
  return source?.paragraphs.flatMap((p) => p.sentences) ?? [];
}

/** The request as an adjustment of this question, or a 400 that says what is wrong with the key. */
export async function adjustmentFor(definition: Question, kind: AdjustmentKind, key: readonly string[] = []): Promise<Adjustment> {
  if (kind !== "REKEY") return { kind };
  const parsed = parseCorrectedKey(definition, key, (await choosableSentences(definition))?.map((s) => s.id));
  if (!parsed.ok) throw new AppError("BAD_REQUEST", parsed.message);
  return parsed.adjustment;
}

async function buildPlan(tx: Tx | Db, target: Target, adjustment: Adjustment): Promise<RegradePlan> {
  const answers = await tx.answer.findMany({
    where: { questionId: target.questionId, attempt: { assignmentId: target.assignmentId, submittedAt: { not: null } } },
    select: { attemptId: true, questionVersionId: true, response: true, score: true, maxPoints: true, attempt: { select: { number: true, score: true, maxScore: true, student: { select: { name: true } } } } },
    orderBy: [{ attempt: { student: { name: "asc" } } }, { attempt: { number: "asc" } }],
  });
  const versions = await getQuestionVersions([...new Set(answers.map((a) => a.questionVersionId))]);
  const changes: RegradeChange[] = [];
  for (const answer of answers) {
    const definition = versions.get(answer.questionVersionId)?.definition;
    // An older version whose choices the corrected key does not fit is left as it was.
    const fitting = definition && (adjustment.kind === "REKEY" ? storedAdjustment(definition, "REKEY", adjustment.key) : adjustment);
    if (!definition || !fitting) continue;
    const marks = adjustedMarks(definition, answer.response, fitting);
    if (marks.score === answer.score && marks.maxPoints === answer.maxPoints) continue;
    const oldScore = answer.attempt.score ?? 0;
    const oldMax = answer.attempt.maxScore ?? 0;
    changes.push({
      attemptId: answer.attemptId,
      studentName: answer.attempt.student.name,
      attemptNumber: answer.attempt.number,
      answer: { oldScore: answer.score, newScore: marks.score, oldMax: answer.maxPoints, newMax: marks.maxPoints },
      attempt: { oldScore, newScore: round2(oldScore - (answer.score ?? 0) + marks.score), oldMax, newMax: round2(oldMax - answer.maxPoints + marks.maxPoints) },
    });
  }
  return { adjustment, changes, unchanged: answers.length - changes.length };
}

/** The dry run: whose scores would change and by how much. Writes nothing. */
export async function previewRegrade(request: RegradeRequest): Promise<RegradePlan & { target: Target }> {
  const target = await findRegradeTarget(request.assignmentId, request.questionId);
  const plan = await buildPlan(db, target, await adjustmentFor(target.definition, request.kind, request.key));
  return { ...plan, target };
}

/**
 * Applies it, in one transaction: the adjustment itself (so attempts submitted later are graded by it, and
 * students read a note), each changed answer's score, one GradeAudit row per changed answer, and the changed
 * attempts' totals. Answers and attempts whose score does not change are not written. The assignment's
 * attempts are locked first, so a teacher's grade or a submit in flight finishes before the plan is built.
 */
export async function applyRegrade(request: RegradeRequest): Promise<{ classId: string; assignmentId: string; changed: number }> {
  const target = await findRegradeTarget(request.assignmentId, request.questionId);
  const adjustment = await adjustmentFor(target.definition, request.kind, request.key);
  const teacher = await requireTeacher();

  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Attempt" WHERE "assignmentId" = ${target.assignmentId} ORDER BY id FOR UPDATE`;
      const { changes } = await buildPlan(tx, target, adjustment);
      const key = adjustment.kind === "REKEY" ? adjustment.key : undefined;
      await tx.questionAdjustment.upsert({
        where: { assignmentId_questionId: { assignmentId: target.assignmentId, questionId: target.questionId } },
        create: { assignmentId: target.assignmentId, questionId: target.questionId, kind: adjustment.kind, key, createdById: teacher.id },
        update: { kind: adjustment.kind, key: key ?? Prisma.DbNull, createdById: teacher.id, createdAt: new Date() },
      });
      if (changes.length === 0) return { classId: target.classId, assignmentId: target.assignmentId, changed: 0 };

      const ids = changes.map((c) => c.attemptId);
      await tx.$executeRaw`
        UPDATE "Answer" AS an SET "score" = v.score, "maxPoints" = v.max
        FROM unnest(${ids}::text[], ${changes.map((c) => c.answer.newScore)}::float8[], ${changes.map((c) => c.answer.newMax)}::float8[]) AS v(aid, score, max)
        WHERE an."attemptId" = v.aid AND an."questionId" = ${target.questionId}`;
      await tx.$executeRaw`
        INSERT INTO "GradeAudit" ("attemptId", "questionId", "graderId", "oldScore", "newScore", "comment")
        SELECT v.aid, ${target.questionId}, ${teacher.id}, v.old, v.new, ${adjustmentNote(adjustment)}
        FROM unnest(${ids}::text[], ${changes.map((c) => c.answer.oldScore)}::float8[], ${changes.map((c) => c.answer.newScore)}::float8[]) AS v(aid, old, new)`;
      // Totals are the sum of the answers, as on submit; an attempt awaits grading while an open response with text is unscored.
      await tx.$executeRaw`
        UPDATE "Attempt" AS at SET
          "score" = round(sums.score::numeric, 2)::float8, "maxScore" = round(sums.max::numeric, 2)::float8, "awaitingGrading" = sums.awaiting
        FROM (
          SELECT an."attemptId", sum(coalesce(an.score, 0)) AS score, sum(an."maxPoints") AS max,
                 bool_or(an.score IS NULL AND qv.type = 'open-response' AND btrim(coalesce(an.response ->> 'text', '')) <> '') AS awaiting
          FROM "Answer" an JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId"
          WHERE an."attemptId" = ANY(${ids}::text[])
          GROUP BY an."attemptId"
        ) AS sums
        WHERE at.id = sums."attemptId"`;
      return { classId: target.classId, assignmentId: target.assignmentId, changed: changes.length };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
