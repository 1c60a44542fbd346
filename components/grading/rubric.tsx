/** A question's rubric, highest level first. With `idPrefix`, each level has an id that a grade form's radios point at. */
export function Rubric({ rubric, idPrefix }: { rubric: { points: number; description: string }[]; idPrefix?: string }) {
  const levels = rubric.map((level, i) => ({ ...level, i })).sort((a, b) => b.points - a.points);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {levels.map((level) => (
        <div key={level.i} className="contents">
          <dt className="font-semibold tabular-nums">
            {level.points} {level.points === 1 ? "pt" : "pts"}
          </dt>
          <dd id={idPrefix ? `${idPrefix}-${level.i}` : undefined}>{level.description}</dd>
        </div>
      ))}
    </dl>
  );
}

export const rubricLevelIds = (idPrefix: string, rubric: readonly unknown[]) => rubric.map((_, i) => `${idPrefix}-${i}`);
