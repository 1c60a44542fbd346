import { MAX_REQUIRED_ANNOTATIONS } from "@/lib/annotations/requirement";
import { ANNOTATION_SKILLS, annotationSkillLabel } from "@/lib/annotations/skills";

const input = "mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900";

/** The assignment form's "highlight 3 sentences that show sourcing" (server/actions/assignments.ts parses it). */
export function AnnotationRequirementFields({ count, skill, errors }: { count: number | null; skill: string | null; errors?: Record<string, string[] | undefined> }) {
  return (
    <fieldset aria-describedby="annotation-requirement-hint">
      <legend className="text-sm font-medium">Highlights (optional)</legend>
      <p id="annotation-requirement-hint" className="text-sm text-neutral-700 dark:text-neutral-300">
        Ask students to highlight sentences in the reading; you see who has done it on the assignment&apos;s annotations page. Leave empty for no requirement.
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="annotationsRequired" className="block text-sm font-medium">Sentences to highlight</label>
          <input id="annotationsRequired" name="annotationsRequired" type="number" min={1} max={MAX_REQUIRED_ANNOTATIONS} inputMode="numeric" defaultValue={count ?? ""} aria-describedby={errors?.annotationsRequired ? "annotations-required-error" : undefined} className={input} />
          {errors?.annotationsRequired && <p id="annotations-required-error" className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.annotationsRequired.join(" ")}</p>}
        </div>
        <div>
          <label htmlFor="annotationSkill" className="block text-sm font-medium">That show</label>
          <select id="annotationSkill" name="annotationSkill" defaultValue={skill ?? ""} className={input}>
            <option value="">any skill</option>
            {ANNOTATION_SKILLS.map((s) => (
              <option key={s} value={s}>{annotationSkillLabel(s)}</option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
