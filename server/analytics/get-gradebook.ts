import "server-only";
import { accommodationLabels, effectiveAccommodation } from "@/lib/accommodations";
import { cellStatus, type CellFacts, type CellStatus } from "@/lib/analytics/gradebook-cell";
import { submitExpiredAttemptsInClass } from "@/server/attempts/expire-attempts";
import { requireTeacherOf } from "@/server/authz";
import { db } from "@/server/db";

/** `accommodated`: this assignment's own accommodations for the student (a personal due date among them), for the teacher's eyes only. */
export type GradebookCell = { status: CellStatus; best: number | null; attempts: number; accommodated: string[] };

const ACCOMMODATION = { extraTime: true, reducedChoices: true, adaptedFirst: true, readAloud: true, sentenceFrames: true } as const;
export type Gradebook = Awaited<ReturnType<typeof getGradebook>>;

/**
 * Students × assignments of one class, in five queries whatever the class size: the caller, the class,
 * the students, the assignments, and one aggregate over attempts and reading progress (which also counts
 * open attempts past their time, `expiredOpen`; see getGradebookSubmittingExpired).
 * The score shown is the best submitted attempt (as Moodle's "highest grade").
 */
export async function getGradebook(classId: string, now = new Date()) {
  const { klass } = await requireTeacherOf(classId);
  const [students, assignments, facts] = await Promise.all([
    // Accommodations come in the same statement (relation joins): a personal due date moves late and missing.
    db.user.findMany({
      where: { enrollments: { some: { classId } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        username: true,
        accommodations: { where: { classId }, select: ACCOMMODATION },
        assignmentAccommodations: { where: { assignment: { classId } }, select: { ...ACCOMMODATION, dueAt: true, assignmentId: true } },
      },
    }),
    db.assignment.findMany({ where: { classId, removedAt: null }, orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }], select: { id: true, dueAt: true, readingOnly: true, lesson: { select: { title: true, position: true } } } }),
    db.$queryRaw<{ studentId: string; assignmentId: string; attempts: number; open: number; submitted: number; best: number | null; awaiting: boolean; all_late: boolean | null; read_done: boolean; expired: number }[]>`
      SELECT "studentId", "assignmentId",
             sum(attempts)::int AS attempts, sum(open)::int AS open, sum(submitted)::int AS submitted,
             max(best) AS best, bool_or(awaiting) AS awaiting, bool_and(all_late) AS all_late, bool_or(read_done) AS read_done,
             sum(expired)::int AS expired
      FROM (
        SELECT at."studentId", at."assignmentId", count(*) AS attempts,
               count(*) FILTER (WHERE at."submittedAt" IS NULL) AS open,
               count(*) FILTER (WHERE at."submittedAt" IS NOT NULL) AS submitted,
               max(at.score / NULLIF(at."maxScore", 0)) FILTER (WHERE at."submittedAt" IS NOT NULL) AS best,
               bool_or(at."awaitingGrading") AS awaiting,
               bool_and(at.late) FILTER (WHERE at."submittedAt" IS NOT NULL) AS all_late,
               false AS read_done,
               count(*) FILTER (WHERE at."submittedAt" IS NULL AND at."expiresAt" <= now()) AS expired
        FROM "Attempt" at JOIN "Assignment" a ON a.id = at."assignmentId"
        WHERE a."classId" = ${classId} AND a."removedAt" IS NULL
        GROUP BY 1, 2
        UNION ALL
        SELECT r."studentId", r."assignmentId", 0, 0, 0, NULL, false,
               r."completedAt" > COALESCE((SELECT aa."dueAt" FROM "AssignmentAccommodation" aa WHERE aa."assignmentId" = a.id AND aa."studentId" = r."studentId"), a."dueAt"),
               r."completedAt" IS NOT NULL, 0
        FROM "ReadingProgress" r JOIN "Assignment" a ON a.id = r."assignmentId"
        WHERE a."classId" = ${classId} AND a."removedAt" IS NULL AND a."readingOnly"
      ) AS f
      GROUP BY 1, 2`,
  ]);

  const byKey = new Map(facts.map((f) => [`${f.studentId}:${f.assignmentId}`, f]));
  const rows = students.map(({ accommodations, assignmentAccommodations, ...student }) => {
    const own = new Map(assignmentAccommodations.map((row) => [row.assignmentId, row]));
    const cells: Record<string, GradebookCell> = {};
    let sum = 0;
    let scored = 0;
    for (const a of assignments) {
      const f = byKey.get(`${student.id}:${a.id}`);
      const cellFacts: CellFacts = {
        readingOnly: a.readingOnly,
        dueAt: effectiveAccommodation(accommodations[0], own.get(a.id)).dueAt ?? a.dueAt,
        started: !!f && f.attempts > 0,
        inProgress: !!f && f.open > 0,
        submittedCount: f?.submitted ?? 0,
        best: f?.best ?? null,
        awaitingGrading: !!f?.awaiting,
        allLate: !!f?.all_late,
        readingDone: !!f?.read_done,
      };
      const ownRow = own.get(a.id);
      cells[a.id] = { status: cellStatus(cellFacts, now), best: cellFacts.best, attempts: f?.attempts ?? 0, accommodated: ownRow ? accommodationLabels(ownRow) : [] };
      if (!a.readingOnly && cellFacts.best !== null) {
        sum += cellFacts.best;
        scored++;
      }
    }
    return { student, cells, average: scored ? sum / scored : null, accommodations: accommodations[0] ? accommodationLabels(accommodations[0]) : [] };
  });
  return { klass, assignments, rows, expiredOpen: facts.reduce((n, f) => n + f.expired, 0) };
}

/**
 * The gradebook once the class's expired attempts are turned in (server/attempts/expire-attempts.ts), for the
 * page and the CSV. Its aggregate already counts open attempts past their time, so the usual case (none) costs
 * no extra statement; when there are some, they are submitted and the gradebook read again.
 */
export async function getGradebookSubmittingExpired(classId: string): Promise<Gradebook> {
  const gradebook = await getGradebook(classId);
  if (gradebook.expiredOpen === 0) return gradebook;
  await submitExpiredAttemptsInClass(classId);
  return getGradebook(classId);
}
