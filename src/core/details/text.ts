/**
 * Text helpers of the details readers. Patterns are matched on a folded copy
 * of the text (lower case, accents removed) that keeps every character at
 * its place, so a match's positions point into the original text and a
 * lexicon can be written without accents ("delai" matches "délai").
 */

/** Lower case without accents, one character for one: positions stay valid in the original. */
export function foldKeep(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // A character that decomposes into several (rare ligatures) keeps its length by taking the first.
    const one = base.length === ch.length ? base : ch.length === 1 ? (base[0] ?? ch) : ch;
    out += one.toLowerCase().length === one.length ? one.toLowerCase() : one;
  }
  return out
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\u00a0|\u202f/g, " ");
}

/** A lexicon's regular-expression source as matched on folded text. */
export function foldSource(source: string): string {
  return source
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** One alternation of lexicon sources, as a non-capturing group. */
export function any(sources: readonly string[]): string {
  return sources.length === 0 ? "(?!)" : `(?:${sources.map(foldSource).join("|")})`;
}

/** Whole-word boundaries that also hold next to accented letters (\\b does not). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** A pattern of lexicon sources as a whole-word, case-insensitive, Unicode expression on folded text. */
export function words(sources: readonly string[], flags = "u"): RegExp {
  return new RegExp(`${WORD_START}${any(sources)}${WORD_END}`, flags);
}

/** Single spaces, no surrounding spaces or closing punctuation. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, "")
    .replace(/\.$/, (dot, at: number, all: string) =>
      // "St." or "Ltd." keep their dot; a sentence's full stop goes.
      /\b[A-Z][a-z]?\.$/.test(all.slice(Math.max(0, at - 3))) ? dot : ""
    )
    .trim();
}

/** Leading articles dropped ("the Ministry of Health" -> "Ministry of Health"). */
export function withoutArticle(text: string): string {
  return text.replace(/^(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)(?=\S)/i, "").trim();
}

/** First letter upper case, as a list value is written. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
