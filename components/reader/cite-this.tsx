import { CopyButton } from "@/components/ui/copy-button";
import { chicagoCitation } from "@/lib/content/cite";
import type { SourceMeta } from "@/lib/content/schemas";

/** The Chicago citation, visible for selecting by hand, and a button that copies it. */
export function CiteThis({ meta, headingLevel = 2 }: { meta: SourceMeta; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const id = `cite-${meta.id}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-[var(--color-rule)] bg-[var(--color-card)] p-4">
      <Heading id={id} className="font-sans text-base font-semibold">
        Cite this document
      </Heading>
      <p className="mt-1 text-sm text-[var(--color-muted)]">Chicago style, for a footnote.</p>
      <p data-citation className="mt-3 font-serif wrap-anywhere text-[0.95rem] leading-relaxed">
        {chicagoCitation(meta)}
      </p>
      <div className="mt-3" data-no-print>
        <CopyButton text={chicagoCitation(meta)} label="Copy citation" />
      </div>
    </section>
  );
}
