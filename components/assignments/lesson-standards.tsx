import Link from "next/link";

export type LessonStandardsInfo = { id: string; standards?: { code: string; short: string; text: string }[]; hasGuide?: boolean };

/** Under the assign form's lesson choice: the standards the lesson's teacher guide aligns it with, and the guide. */
export function LessonStandards({ id, lesson }: { id: string; lesson: LessonStandardsInfo | undefined }) {
  if (!lesson?.standards?.length && !lesson?.hasGuide) return <div id={id} />;
  return (
    <div id={id} className="mt-2 rounded-md border border-neutral-300 p-3 text-sm dark:border-neutral-700" data-testid="lesson-standards">
      {lesson.standards && lesson.standards.length > 0 && (
        <>
          <p className="font-medium">Standards</p>
          <ul className="mt-1 space-y-1">
            {lesson.standards.map((s) => (
              <li key={s.code}>
                <span className="font-semibold">{s.short}</span>: {s.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {lesson.hasGuide && (
        <p className="mt-2">
          <Link href={`/teacher/lessons/${lesson.id}/guide`} className="underline">Teacher guide for this lesson</Link> (timing, answer key, misconceptions, discussion)
        </p>
      )}
    </div>
  );
}
