/** Sentences of a paragraph with their positions, and quoted passages blanked out. */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export function splitSentences(text: string, abbreviations: RegExp): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9À-Ý])|\n+/g;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const stop = match.index + match[0].trimEnd().length;
    if (match[0][0] === ".") {
      const before = text.slice(Math.max(start, match.index - 12), match.index);
      const word = /(?:^|[\s(])([\w.]+)$/.exec(before);
      // "e.g. The", "No. 5", "Art. 3", single initials ("J. Smith") do not end a sentence.
      if (word && (abbreviations.test(word[1]) || /^[A-Z]$/.test(word[1]))) continue;
    }
    push(out, text, start, stop);
    start = match.index + match[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * The text with quoted passages replaced by spaces (same length, so
 * positions still hold): what a law or a person says inside quotation
 * marks is not the NPM's own recommendation.
 */
export function blankQuotes(text: string): string {
  return text
    .replace(/“[^”]{0,2000}”/g, (q) => " ".repeat(q.length))
    .replace(/"[^"]{0,2000}"/g, (q) => " ".repeat(q.length))
    .replace(/«[^»]{0,2000}»/g, (q) => " ".repeat(q.length))
    .replace(
      /(^|[\s(])‘[^’]{0,2000}’(?=[\s.,;:)]|$)/g,
      (q, lead: string) => lead + " ".repeat(q.length - lead.length)
    );
}
