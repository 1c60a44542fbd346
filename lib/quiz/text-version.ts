// Which version of the documents a reader sees: the original (always named as the document) or the adapted
// version for younger readers, labelled as modified as the Stanford History Education Group labels its
// modified documents. Evidence chosen on either is stored as the original's sentence ids (lib/content/adapted.ts).

export type TextVersion = "original" | "adapted";

export const TEXT_VERSION_LABELS: Record<TextVersion, string> = { original: "Original document", adapted: "Adapted version" };

export const ADAPTED_NOTE = "Modified version: shorter sentences and plainer words, nothing the document does not say. It is not the document itself; the original is one click away.";

/** The toggle's next state for an evidence sentence chosen (or unchosen) on the adapted text: its originals, all in or all out. */
export function toggleAdapted(chosen: readonly string[], from: readonly string[], on: boolean): string[] {
  return on ? [...new Set([...chosen, ...from])] : chosen.filter((id) => !from.includes(id));
}

/** An adapted sentence shows as chosen when every original sentence it renders is chosen. */
export const adaptedChosen = (sentence: { from: readonly string[] }, chosenOriginals: readonly string[]) => sentence.from.every((id) => chosenOriginals.includes(id));
