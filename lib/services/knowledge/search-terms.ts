// Inquiries are free text in either language. Chinese has no spaces, so a Chinese run is cut
// into overlapping two-character pieces; Latin words are kept whole. Bounded, so a long
// description never becomes an unbounded query.
import "server-only";

const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "with",
  "are",
  "was",
  "this",
  "that",
  "from",
  "have",
  "not",
  "you",
  "our",
  "who",
  "what",
  "when",
  "where",
  "how",
  "why",
  "can",
  "will",
]);
const MAX_TERMS = 24;

export function knowledgeSearchTerms(text: string): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    if (terms.length < MAX_TERMS && !terms.includes(term)) terms.push(term);
  };
  for (const word of text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []) {
    if (word.length >= 3 && !STOP_WORDS.has(word)) add(word);
  }
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    if (chars.length === 1) add(run);
    for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`);
  }
  return terms;
}
