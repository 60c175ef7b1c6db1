/**
 * The text with quoted passages replaced by spaces (same length, so
 * positions still hold): what a law or a person says inside quotation
 * marks is not the author's own voice. English, French and Spanish marks:
 * “…”, "…", «…», ‘…’ (a lone ’ inside a word is an apostrophe, not a quote).
 */
export function blankQuotes(text: string): string {
  if (!/["“«‘]/.test(text)) return text;
  return text
    .replace(/“[^”]{0,2000}”/g, (q) => " ".repeat(q.length))
    .replace(/"[^"]{0,2000}"/g, (q) => " ".repeat(q.length))
    .replace(/«[^»]{0,2000}»/g, (q) => " ".repeat(q.length))
    .replace(
      /(^|[\s(])‘[^’]{0,2000}’(?=[\s.,;:)]|$)/g,
      (q, lead: string) => lead + " ".repeat(q.length - lead.length)
    );
}
