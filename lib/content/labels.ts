// How content values are named to readers. The app speaks British English: "1 November 1962".
import type { GlossaryEntry, Skill, SourceMeta } from "./schemas";

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "1962-11-01" → "1 November 1962", without a Date, so no time zone can shift the day. */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`not a YYYY-MM-DD date: "${isoDate}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

export const SKILL_LABELS: Record<Skill, string> = {
  sourcing: "Sourcing",
  contextualization: "Contextualization",
  corroboration: "Corroboration",
  "close-reading": "Close reading",
  vocabulary: "Vocabulary",
};

export const GLOSSARY_KIND_LABELS: Record<GlossaryEntry["kind"], { one: string; many: string }> = {
  person: { one: "person", many: "People" },
  place: { one: "place", many: "Places" },
  organization: { one: "organization", many: "Organizations" },
  term: { one: "term", many: "Terms" },
};

/** "Telegram to Mikoyan": a short name for a source, from its first recipient's surname. */
export function shortSourceTitle(meta: Pick<SourceMeta, "recipients">): string {
  const surname = meta.recipients[0]?.name.trim().split(/\s+/).at(-1);
  return surname ? `Telegram to ${surname}` : "Telegram";
}

/**
 * Sort key for a glossary entry: people by surname ("Andrei A. Gromyko" under G, "U Thant" under T, "U" being
 * a Burmese title of respect), everything else by its term, ignoring case and any parenthesis.
 */
export function glossarySortKey(entry: Pick<GlossaryEntry, "term" | "kind">): string {
  const term = entry.term.replace(/\s*\(.*\)\s*$/, "").trim().toLowerCase();
  if (entry.kind !== "person") return term;
  const words = term.split(/\s+/);
  return `${words.at(-1) ?? term} ${words.slice(0, -1).join(" ")}`.trim();
}

/** A skill's name for people ("Close reading"), for a known slug; anything else is shown as it is. */
export function skillLabel(skill: string): string {
  return (SKILL_LABELS as Record<string, string>)[skill] ?? skill;
}
