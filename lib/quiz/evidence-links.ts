// Links from feedback and reports to the exact words in a source: the reader page highlights the target.
export function evidenceHref(sourceId: string, ref: string): string {
  return `/sources/${sourceId}#${ref.replace(".", "-")}`;
}
