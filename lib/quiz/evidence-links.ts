// Links from feedback and reports to the exact words in a source: the reader page highlights the target.
import { sourceHref } from "@/lib/content/anchors";

export function evidenceHref(sourceId: string, ref: string): string {
  return sourceHref(sourceId, ref);
}
