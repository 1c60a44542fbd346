import { MASTERY_RULES, type MasteryLevel } from "@/lib/mastery";
import { skillLabel } from "@/lib/content/labels";

const SHADES: Record<MasteryLevel, string> = {
  "not-started": "#d4d4d4",
  attempted: "#f2c7a5",
  familiar: "#e3935f",
  proficient: "#b8561d",
  mastered: "#6e2d0c",
};
const LABEL_ON_DARK: Record<MasteryLevel, boolean> = { "not-started": false, attempted: false, familiar: false, proficient: true, mastered: true };

/** One stacked bar per skill: how many students are at each mastery level. Counts are printed in the bars and in a table. */
export function MasteryChart({ mastery, students }: { mastery: Record<string, Record<MasteryLevel, number>>; students: number }) {
  const skills = Object.keys(mastery);
  const summary = skills.map((s) => `${skillLabel(s)}: ${MASTERY_RULES.map((r) => `${mastery[s]![r.level]} ${r.label.toLowerCase()}`).join(", ")}`).join("; ");
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">Class mastery by skill ({students} students)</figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden>
        {MASTERY_RULES.map((r) => (
          <li key={r.level} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm border border-neutral-500" style={{ background: SHADES[r.level] }} /> {r.label}
          </li>
        ))}
      </ul>
      {/* HTML rather than SVG: an SVG scaled down to a phone's width shrinks its text below 12 px. */}
      <div role="img" aria-label={`Class mastery by skill. ${summary}.`} className="grid w-full max-w-2xl grid-cols-[minmax(0,9rem)_1fr] items-center gap-x-2 gap-y-2.5 text-sm text-neutral-800 dark:text-neutral-200">
        {skills.map((skill) => (
          <div key={skill} className="contents">
            <span className="text-right">{skillLabel(skill)}</span>
            <span className="flex h-7 min-w-0">
              {MASTERY_RULES.map((r) => {
                const n = mastery[skill]![r.level];
                if (n === 0) return null;
                const share = n / Math.max(1, students);
                return (
                  <span key={r.level} className="flex items-center justify-center border-r border-white text-xs font-medium last:border-r-0" style={{ width: `${share * 100}%`, background: SHADES[r.level], color: LABEL_ON_DARK[r.level] ? "white" : "#1f2328" }}>
                    {share >= 0.12 ? n : ""}
                  </span>
                );
              })}
            </span>
          </div>
        ))}
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline">Show the data as a table</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr><th scope="col" className="pr-4 text-left">Skill</th>{MASTERY_RULES.map((r) => <th key={r.level} scope="col" className="px-2 text-right">{r.label}</th>)}</tr>
          </thead>
          <tbody>
            {skills.map((skill) => (
              <tr key={skill}><th scope="row" className="pr-4 text-left font-normal">{skillLabel(skill)}</th>{MASTERY_RULES.map((r) => <td key={r.level} className="px-2 text-right tabular-nums">{mastery[skill]![r.level]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
