// The shapes of the ids a document's paragraphs and sentences carry ("p3", "p3.s2", adapted "p3.a1"). Without
// zod, so that client code (the quiz's links and citations) can use them without the schemas' weight.
export const PARAGRAPH_ID = /^p([1-9][0-9]*)$/;
export const SENTENCE_ID = /^p([1-9][0-9]*)\.s([1-9][0-9]*)$/;
export const ADAPTED_SENTENCE_ID = /^p([1-9][0-9]*)\.a([1-9][0-9]*)$/;
