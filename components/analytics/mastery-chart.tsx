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
  const width = 600;
  const labelWidth = 150;
  const barHeight = 28;
  const height = skills.length * (barHeight + 10) + 10;
  const scale = (width - labelWidth - 10) / Math.max(1, students);
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
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Class mastery by skill. ${summary}.`} className="w-full max-w-2xl text-neutral-800 dark:text-neutral-200">
        {skills.map((skill, i) => {
          const y = 10 + i * (barHeight + 10);
          let x = labelWidth;
          return (
            <g key={skill}>
              <text x={labelWidth - 8} y={y + barHeight * 0.68} textAnchor="end" fontSize="13" fill="currentColor">{skillLabel(skill)}</text>
              {MASTERY_RULES.map((r) => {
                const n = mastery[skill]![r.level];
                const w = n * scale;
                const rect = (
                  <g key={r.level}>
                    <rect x={x} y={y} width={w} height={barHeight} fill={SHADES[r.level]} stroke="white" strokeWidth="1" />
                    {w >= 18 && <text x={x + w / 2} y={y + barHeight * 0.68} textAnchor="middle" fontSize="12" fill={LABEL_ON_DARK[r.level] ? "white" : "#1f2328"}>{n}</text>}
                  </g>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
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
