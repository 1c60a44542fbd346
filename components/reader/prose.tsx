import type { ReactElement } from "react";
import Markdown, { type Components } from "react-markdown";

// Lesson text written in Markdown, inside a section that already has its h2: headings start at h3,
// and nothing but text formatting, lists, quotations and links is rendered (skipHtml: no raw HTML).
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 className="mt-6 font-serif text-xl font-semibold" {...props} />,
  h2: ({ node: _node, ...props }) => <h3 className="mt-6 font-serif text-xl font-semibold" {...props} />,
  h3: ({ node: _node, ...props }) => <h4 className="mt-5 font-semibold" {...props} />,
  a: ({ node: _node, ...props }) => <a className="text-[var(--color-accent)] underline underline-offset-2" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="list-disc space-y-1 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="list-decimal space-y-1 pl-6" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="border-l-4 border-[var(--color-rule)] pl-4 italic" {...props} />,
};

const allowedElements = ["p", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "br", "code"];

// The texts are the lessons' (a few dozen, shipped with the app), the same for every reader: parse each
// once per process rather than on every request. React elements are immutable, so sharing them is safe.
const parsed = new Map<string, ReactElement>();
const MAX_CACHED = 500;

function markdown(text: string): ReactElement {
  let element = parsed.get(text);
  if (!element) {
    element = Markdown({ children: text, components, allowedElements, unwrapDisallowed: true, skipHtml: true });
    if (parsed.size < MAX_CACHED) parsed.set(text, element);
  }
  return element;
}

export function Prose({ children }: { children: string }) {
  return <div className="max-w-[68ch] space-y-4 font-serif text-[1.0625rem] leading-[1.75] sm:text-lg">{markdown(children)}</div>;
}
