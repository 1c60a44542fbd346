// Sentence frames for the argument task: a start for each part, for a student who asks for them (a toggle in
// components/quiz/argument-input.tsx, which can also open them by default, e.g. for a "sentence frames"
// accommodation). Kept in lib/ as plain data so the accommodation and tests can use the same frames.

export type ArgumentPart = "claim" | "evidence" | "reasoning" | "counter";

export const ARGUMENT_PARTS: readonly { part: ArgumentPart; label: string; hint: string }[] = [
  { part: "claim", label: "Claim", hint: "Your answer to the question, in a sentence or two." },
  { part: "evidence", label: "Evidence", hint: "Choose sentences from both telegrams." },
  { part: "reasoning", label: "Reasoning", hint: "How the sentences support your claim: who wrote each telegram, to whom, why, and when." },
  { part: "counter", label: "Counter-argument", hint: "The strongest case against your claim, and your answer to it." },
];

export const ARGUMENT_FRAMES: Readonly<Record<ArgumentPart, readonly string[]>> = {
  claim: [
    "On 1 November 1962, Moscow mostly … because …",
    "Moscow stood by Cuba in … but traded its interests in …",
  ],
  evidence: [
    "In the telegram to Mikoyan, Gromyko writes … (¶…).",
    "The telegram to Kuznetsov, which was meant for McCloy, says … (¶…).",
  ],
  reasoning: [
    "This shows … because …",
    "Because this telegram was written for … , its words are good evidence of … but cannot show …",
    "On 1 November, … was happening, so …",
  ],
  counter: [
    "Someone might argue that … , pointing to …",
    "However, this is less convincing because …",
  ],
};
