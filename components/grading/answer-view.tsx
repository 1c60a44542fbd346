import type { ReadableAnswer } from "@/lib/answer-text";

/** What the student answered. Text is rendered as text (React escapes it), with their line breaks kept. */
export function AnswerView({ answer }: { answer: ReadableAnswer }) {
  if (answer.kind === "none") return <p className="italic text-neutral-700 dark:text-neutral-300">Not answered</p>;
  if (answer.kind === "text") return <AnswerText text={answer.text} />;
  const List = answer.ordered ? "ol" : "ul";
  return (
    <List className={`${answer.ordered ? "list-decimal" : "list-disc"} space-y-1 pl-5`}>
      {answer.items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}

/** A student's own words, set apart from the app's text. */
export function AnswerText({ text }: { text: string }) {
  return <p className="whitespace-pre-wrap break-words rounded-md border-l-4 border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900">{text}</p>;
}
