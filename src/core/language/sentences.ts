/**
 * One sentence splitter for every reader of recommendations (the finder and
 * the checker), for English, French and Spanish. Works on positions so that
 * spans can be mapped back to the original text.
 */

/** A half-open character span [start, end). */
export type TextSpan = [number, number];

/**
 * Words whose final dot does not end a sentence, lower case, without the
 * final dot. English, French and Spanish together: a French report quotes
 * "art." as often as an English one quotes "para.", and the lists do not
 * collide.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  "e.g",
  "i.e",
  "etc",
  "art",
  "arts",
  "para",
  "paras",
  "p",
  "pp",
  "cf",
  "vs",
  "viz",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sec",
  "ch",
  "fig",
  "vol",
  "ed",
  "approx",
  "incl",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "op",
  "cit",
  "ibid",
  "al",
  "rev",
  "gen",
  "corr",
  "add",
  "u.k",
  "u.s",
  "u.n",
  // French
  "n",
  "nº",
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "al",
  "chap",
  "éd",
  "p.ex",
  "ex",
  "c.-à-d",
  "env",
  "cf",
  "suiv",
  "réf",
  // Spanish
  "núm",
  "nro",
  "sr",
  "sra",
  "sres",
  "srta",
  "dña",
  "d",
  "dª",
  "apdo",
  "párr",
  "pág",
  "págs",
  "cap",
  "ej",
  "aprox",
  "etc",
  "ss",
  "vid",
  "ud",
  "uds",
  "inc",
  "dir",
  "gral",
]);

/** "No." ends a sentence unless a number follows ("No. 5"). */
const BEFORE_NUMBER: ReadonlySet<string> = new Set(["no", "nos", "n°", "nº"]);

const SPACE = /\s/;
/** What may stand between a full stop and the next sentence: closing quotes and brackets. */
const CLOSERS = "\"'’”»)]";
/** What may open a sentence before its first letter or digit. */
const OPENERS = "\"'‘“«([¿¡-–—•";

function isUpperOrDigit(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch);
}

function isLetter(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** The word that ends just before position `dot` (letters, digits, dots and hyphens), lower case. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  const floor = Math.max(0, dot - 16);
  while (i > floor && /[\p{L}\p{N}.º°ª-]/u.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * Whether the full stop at `dot` ends a sentence. Not after an
 * abbreviation ("para. 12", "Sr. López", "art. 5"), a single letter (an
 * initial, "a." in "(a)"), inside a number ("4.12") or when the next word
 * starts in lower case ("e.g. the"), or a digit after a reference word.
 */
function endsSentence(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 1 && /\p{L}/u.test(word)) return false;
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\./, ""))) {
    // "... in the U.K. The Ministry ..." is ambiguous; prefer not splitting, a long sentence is harmless.
    return false;
  }
  const ch = text[next];
  if (ch === undefined) return true;
  if (BEFORE_NUMBER.has(word) && /\p{N}/u.test(ch)) return false;
  return isUpperOrDigit(ch) || OPENERS.includes(ch);
}

/**
 * Splits [from, to) of `text` into trimmed sentence spans. A sentence ends
 * at ".", "!", "?", "…" or ";"-free line breaks; a semicolon never ends
 * one (lists of asks joined by ";" are one recommendation).
 */
export function splitSentences(text: string, from = 0, to = text.length): TextSpan[] {
  const out: TextSpan[] = [];
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s && hasLetter(text, s, e)) out.push([s, e]);
    else if (e > s && out.length) out[out.length - 1][1] = e; // stray punctuation joins the sentence before it
  };
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let end = i + 1;
      while (
        end < to &&
        (text[end] === "." || text[end] === "!" || text[end] === "?" || text[end] === "…")
      )
        end++;
      while (end < to && CLOSERS.includes(text[end])) end++;
      if (end >= to) break;
      if (!SPACE.test(text[end])) {
        i = end;
        continue;
      }
      let next = end;
      while (next < to && SPACE.test(text[next]) && text[next] !== "\n") next++;
      // "[…]" marks an omission inside a quoted passage: it ends nothing by itself.
      const isOmission = ch === "…" && text[i - 1] === "[";
      if (!isOmission && (ch !== "." || endsSentence(text, i, next))) {
        push(start, end);
        start = end;
      }
      i = next;
      continue;
    }
    i++;
  }
  push(start, to);
  return out;
}

function hasLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isLetter(text[i])) return true;
  return false;
}
