import "server-only";
import { DUE_SOON_HOURS, QUIET_DAYS, type AttentionItem } from "@/lib/analytics/attention";
import { requireTeacher } from "@/server/authz";
import { db } from "@/server/db";

// What on the teacher's desk needs doing, across their active classes, in one query: answers to grade,
// work due within 48 hours that students have not started, late work handed in this week, and students
// not seen for a week. Each item links to the page where it is dealt with.

type Row = { kind: AttentionItem["kind"]; classId: string; className: string; count: bigint; assignmentId: string | null; lessonTitle: string | null; dueAt: Date | null };

export async function getTeacherAttention(): Promise<AttentionItem[]> {
  const teacher = await requireTeacher();
  const rows = await db.$queryRaw<Row[]>`
    WITH classes AS (SELECT id, name FROM "Class" WHERE "teacherId" = ${teacher.id} AND "archivedAt" IS NULL),
    live AS (
      SELECT a.* FROM "Assignment" a JOIN classes c ON c.id = a."classId" WHERE a."removedAt" IS NULL
    ),
    items AS (
    SELECT 'to-grade' AS kind, c.id AS "classId", c.name AS "className", count(*) AS count, NULL AS "assignmentId", NULL AS "lessonTitle", NULL::timestamptz AS "dueAt"
      FROM "Answer" an
      JOIN "Attempt" at ON at.id = an."attemptId" AND at."submittedAt" IS NOT NULL
      JOIN live a ON a.id = at."assignmentId"
      JOIN classes c ON c.id = a."classId"
      JOIN "Enrollment" e ON e."classId" = c.id AND e."studentId" = at."studentId"
      JOIN "QuestionVersion" qv ON qv.id = an."questionVersionId" AND qv."type" IN ('open-response', 'argument')
      WHERE an."score" IS NULL
      GROUP BY c.id, c.name
    UNION ALL
    SELECT 'due-soon', c.id, c.name, count(e."studentId"), a.id, l.title, a."dueAt"
      FROM live a
      JOIN classes c ON c.id = a."classId"
      JOIN "Lesson" l ON l.id = a."lessonId"
      JOIN "Enrollment" e ON e."classId" = c.id
      WHERE a."dueAt" > now() AND a."dueAt" <= now() + make_interval(hours => ${DUE_SOON_HOURS})
        AND NOT EXISTS (SELECT 1 FROM "Attempt" at WHERE at."assignmentId" = a.id AND at."studentId" = e."studentId")
        AND NOT EXISTS (SELECT 1 FROM "ReadingProgress" rp WHERE rp."assignmentId" = a.id AND rp."studentId" = e."studentId")
      GROUP BY c.id, c.name, a.id, l.title, a."dueAt"
    UNION ALL
    SELECT 'late', c.id, c.name, count(*), NULL, NULL, NULL
      FROM "Attempt" at
      JOIN live a ON a.id = at."assignmentId"
      JOIN classes c ON c.id = a."classId"
      WHERE at.late AND at."submittedAt" > now() - make_interval(days => ${QUIET_DAYS})
      GROUP BY c.id, c.name
    UNION ALL
    SELECT 'quiet', c.id, c.name, count(*), NULL, NULL, NULL
      FROM "Enrollment" e
      JOIN classes c ON c.id = e."classId"
      JOIN "User" u ON u.id = e."studentId"
      WHERE COALESCE(u."lastActiveAt", e."joinedAt") < now() - make_interval(days => ${QUIET_DAYS})
      GROUP BY c.id, c.name
    )
    SELECT * FROM items ORDER BY CASE kind WHEN 'to-grade' THEN 0 WHEN 'due-soon' THEN 1 WHEN 'late' THEN 2 ELSE 3 END, "dueAt" NULLS LAST, "className"`;
  return rows.map((r): AttentionItem => {
    const base = { classId: r.classId, className: r.className, count: Number(r.count) };
    if (r.kind === "due-soon") return { ...base, kind: "due-soon", assignmentId: r.assignmentId!, lessonTitle: r.lessonTitle!, dueAt: r.dueAt! };
    return { ...base, kind: r.kind };
  });
}
