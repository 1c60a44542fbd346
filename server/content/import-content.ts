import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { globalQuestionId, type Content, type Question } from "@/lib/content/schemas";

// Imports validated content into PostgreSQL by stable id, idempotently, in one transaction.
// Questions are versioned: a changed text, choice or key adds a version; answers keep the version they
// answered. A question removed from its quiz is retired, not deleted, so past attempts still show it.

export type ImportSummary = {
  sources: { created: number; updated: number };
  lessons: { created: number; updated: number; retired: number };
  questions: { created: number; newVersions: number; moved: number; retired: number; unchanged: number };
};

// Any one of several app instances starting together may import; the others wait and then find nothing to do.
const IMPORT_LOCK_KEY = 0x5e_c0_17; // arbitrary, fixed

export const hashOf = (value: unknown) => crypto.createHash("sha256").update(canonicalJson(value)).digest("hex");

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function importContent(db: PrismaClient, content: Content): Promise<ImportSummary> {
  const summary: ImportSummary = {
    sources: { created: 0, updated: 0 },
    lessons: { created: 0, updated: 0, retired: 0 },
    questions: { created: 0, newVersions: 0, moved: 0, retired: 0, unchanged: 0 },
  };

  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;

      const sources = new Map((await tx.source.findMany({ select: { id: true, contentHash: true } })).map((s) => [s.id, s.contentHash]));
      for (const source of content.sources) {
        const contentHash = hashOf(source);
        const existing = sources.get(source.meta.id);
        if (existing === contentHash) continue;
        const data = { title: source.meta.title, date: source.meta.date, document: source, contentHash };
        await tx.source.upsert({ where: { id: source.meta.id }, create: { id: source.meta.id, ...data }, update: data });
        summary.sources[existing === undefined ? "created" : "updated"]++;
      }

      const lessons = new Map((await tx.lesson.findMany({ select: { id: true, contentHash: true, retiredAt: true } })).map((l) => [l.id, l]));
      for (const lesson of content.lessons) {
        const { questions: _questions, ...document } = lesson;
        const contentHash = hashOf(document);
        const existing = lessons.get(lesson.id);
        if (existing && existing.contentHash === contentHash && !existing.retiredAt) continue;
        const data = { position: lesson.position, title: lesson.title, document, contentHash, retiredAt: null };
        await tx.lesson.upsert({ where: { id: lesson.id }, create: { id: lesson.id, ...data }, update: data });
        summary.lessons[existing ? "updated" : "created"]++;
      }
      const lessonIds = new Set(content.lessons.map((l) => l.id));
      const retiredLessons = [...lessons.values()].filter((l) => !lessonIds.has(l.id) && !l.retiredAt).map((l) => l.id);
      if (retiredLessons.length) {
        summary.lessons.retired = (await tx.lesson.updateMany({ where: { id: { in: retiredLessons } }, data: { retiredAt: new Date() } })).count;
      }

      await importQuestions(tx, content, summary);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  return summary;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function importQuestions(tx: Tx, content: Content, summary: ImportSummary) {
  // A teacher's own question is not in content/: it is neither updated nor retired by an import.
  const existing = await tx.question.findMany({
    where: { authorId: null },
    select: { id: true, lessonId: true, position: true, currentVersion: true, retiredAt: true, versions: { select: { version: true, contentHash: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  const byId = new Map(existing.map((q) => [q.id, q]));
  const seen = new Set<string>();

  for (const lesson of content.lessons) {
    for (const [position, question] of lesson.questions.entries()) {
      const id = globalQuestionId(lesson.id, question.id);
      seen.add(id);
      const contentHash = hashOf(question);
      const current = byId.get(id);
      const version = { type: question.type, skill: question.skill, maxPoints: question.points, definition: question as Question, contentHash };

      if (!current) {
        await tx.question.create({ data: { id, lessonId: lesson.id, position, currentVersion: 1, versions: { create: { version: 1, ...version } } } });
        summary.questions.created++;
        continue;
      }
      const latest = current.versions[0];
      if (latest?.contentHash !== contentHash) {
        const next = (latest?.version ?? 0) + 1;
        await tx.questionVersion.create({ data: { questionId: id, version: next, ...version } });
        await tx.question.update({ where: { id }, data: { currentVersion: next, lessonId: lesson.id, position, retiredAt: null } });
        summary.questions.newVersions++;
      } else if (current.position !== position || current.lessonId !== lesson.id || current.retiredAt) {
        await tx.question.update({ where: { id }, data: { lessonId: lesson.id, position, retiredAt: null } });
        summary.questions.moved++;
      } else {
        summary.questions.unchanged++;
      }
    }
  }

  const gone = existing.filter((q) => !seen.has(q.id) && !q.retiredAt).map((q) => q.id);
  if (gone.length) summary.questions.retired = (await tx.question.updateMany({ where: { id: { in: gone } }, data: { retiredAt: new Date() } })).count;
}
