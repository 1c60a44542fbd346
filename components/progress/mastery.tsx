import { MASTERY_LEVELS, MASTERY_RULES } from "@/lib/mastery";
import type { SkillProgress } from "@/lib/mastery";

// Mastery per skill: the level in words first, a small stepped bar for the eye (hidden from screen
// readers, which already hear the level), and the rules for every level written out below.

const STEPS = MASTERY_LEVELS.length - 1;

/** Four segments, filled up to the level: "proficient" fills three. */
export function LevelBar({ step, className = "" }: { step: number; className?: string }) {
  return (
    <span aria-hidden="true" className={`grid grid-cols-4 gap-1 ${className}`}>
      {Array.from({ length: STEPS }, (_, i) => (
        <span
          key={i}
          className={`h-2.5 rounded-sm border ${i < step ? "border-accent bg-accent" : "border-neutral-400 bg-transparent dark:border-neutral-500"}`}
        />
      ))}
    </span>
  );
}

export function MasteryList({ skills }: { skills: readonly SkillProgress[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="mastery">
      {skills.map((s) => (
        <li key={s.skill} className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
          <p className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-semibold">{s.label}</span>
            <span className="font-medium" data-testid={`mastery-${s.skill}`}>
              <span className="sr-only">: </span>
              {s.levelLabel}
            </span>
          </p>
          <LevelBar step={s.step} className="mt-2" />
          <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
            {s.answers === 0
              ? "No graded answers yet."
              : `${s.answered} ${s.answered === 1 ? "question" : "questions"} answered${s.answers > s.answered ? ` (${s.answers - s.answered} left blank, counted as 0)` : ""}, ${Math.round((s.mean ?? 0) * 100)}% on average.`}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function MasteryRules() {
  return (
    <dl className="grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
      {MASTERY_RULES.map((rule, step) => (
        <div key={rule.level} className="contents">
          <dt className="flex items-center gap-3 font-semibold">
            <LevelBar step={step} className="w-16 shrink-0" />
            {rule.label}
          </dt>
          <dd className="text-neutral-800 sm:pt-0 dark:text-neutral-200">{rule.rule}</dd>
        </div>
      ))}
    </dl>
  );
}
