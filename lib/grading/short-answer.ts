// Short answer: full points if the normalised response equals any normalised accepted answer,
// otherwise 0 — no partial credit, no fuzzy matching (a near-miss spelling of a name is a teacher's
// call, made by adding it to `accepted`).
//
// normaliseAnswer: Unicode NFKC (full-width letters, ligatures → plain); lower case; curly quotes and
// primes → straight; apostrophes and dots are deleted, so "U.S.S.R." = "USSR" and "Castro's" =
// "Castros"; a comma between digits is deleted, so "20,000" = "20000"; every other punctuation mark
// or symbol becomes a space, so "Red-Cross" = "Red Cross"; whitespace runs collapse to one space;
// ends are trimmed. Letters keep their accents: "Zoë" ≠ "Zoe" (add both to `accepted` if wanted).
import { gradedFraction, type Graded } from "./result";
import type { ShortAnswerResponse } from "./responses";
import type { ShortAnswerQuestion } from "./types";

export type ShortAnswerDetail = {
  normalised: string;
  /** The accepted answer it matched, as written in the quiz. */
  matched: string | null;
};

export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/(\d),(?=\d)/g, "$1")
    .replace(/['.]/g, "")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

export function gradeShortAnswer(
  question: Pick<ShortAnswerQuestion, "accepted" | "points">,
  response: ShortAnswerResponse | null | undefined,
): Graded<ShortAnswerDetail> {
  const normalised = normaliseAnswer(response?.text ?? "");
  // An empty answer never matches, even if an accepted answer is all punctuation.
  const matched = normalised === "" ? null : (question.accepted.find((a) => normaliseAnswer(a) === normalised) ?? null);
  return gradedFraction(matched === null ? 0 : 1, question.points, { normalised, matched });
}
