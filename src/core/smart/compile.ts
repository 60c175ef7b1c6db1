import { foldAccents } from "../language";
import type {
  AddresseeWords,
  AnchoredKey,
  CueKey,
  CuePatterns,
  SmartLexicon,
} from "./lexicon/types";

/** The word classes of a lexicon as sets, for looking up one word. */
export type WordSets = {
  readonly [K in Exclude<keyof AddresseeWords, "head">]: ReadonlySet<string>;
};

/** One family's expression, and which form of the text it is matched on (see `MatchingText`). */
export interface CompiledCue {
  readonly re: RegExp;
  /** Matched on `MatchingText.caseless` (the family ignores case), else on `MatchingText.cased`. */
  readonly caseless: boolean;
}

/** A lexicon turned into regular expressions and sets, built once per lexicon object. */
export interface CompiledLexicon {
  readonly lexicon: SmartLexicon;
  /** Global expressions, run once over the whole input. */
  readonly cues: Readonly<Record<CueKey, CompiledCue>>;
  /** Sticky expressions, tried at one position. */
  readonly anchored: Readonly<Record<AnchoredKey, CompiledCue>>;
  readonly words: WordSets;
}

/*
 * Why cues are not matched with the `i` flag on the text as written: V8 compiles each expression to
 * machine code once per string width (one byte per character, or two), and case-insensitive code
 * is about four times larger. The three lexicons compiled that way made over 30 MB of machine code;
 * once a page holds over 16 MB of executable memory and 1 MB of regexp code, V8 stops optimising
 * new expressions (its TooMuchRegExpCode limit), so the lexicon compiled last, the second language
 * a user checks, ran two to three times slower (some expressions thirty times). So
 * the text and the patterns are both put in one form: lower case where the family ignores case,
 * and one byte per character. The lexicons then compile to about 3 MB, and a language checked
 * second is as fast as the first. Positions do not move: every change is one character for one.
 */

/**
 * The characters above U+00FF that French, Spanish and English texts commonly hold, each given a
 * one-byte stand-in: the place Windows-1252 gives it among the C1 controls (U+0080-U+009F),
 * which text never holds as such (those are replaced, so no stand-in is ever confused with one).
 */
const ONE_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], // €
  [0x201a, 0x82], // ‚
  [0x201e, 0x84], // „
  [0x2026, 0x85], // …
  [0x2039, 0x8b], // ‹
  [0x0152, 0x8c], // Œ
  [0x2018, 0x91], // ‘
  [0x2019, 0x92], // ’
  [0x201c, 0x93], // “
  [0x201d, 0x94], // ”
  [0x2022, 0x95], // •
  [0x2013, 0x96], // –
  [0x2014, 0x97], // —
  [0x203a, 0x9b], // ›
  [0x0153, 0x9c], // œ
]);
/** Spaces above U+00FF (thin, narrow no-break, ideographic, …): \s matches them as it matches U+00A0. */
const WIDE_SPACE = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
const NO_BREAK_SPACE = 0xa0;
/** Stands for a C1 control found in the text: matched by nothing a pattern names, like the control. */
const REPLACEMENT = 0xfffd;

/**
 * One character as `i` compares it: lower case when that is one character and does not turn a
 * non-ASCII letter into an ASCII one (as the Kelvin sign into "k"), which `i` does not do either.
 */
function lowerChar(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) >= 0x80 ? lower.charCodeAt(0) : code;
}

function oneByte(code: number): number {
  if (code < 0x80 || (code > 0x9f && code < 0x100)) return code;
  if (code <= 0x9f) return REPLACEMENT;
  return ONE_BYTE.get(code) ?? (WIDE_SPACE.test(String.fromCharCode(code)) ? NO_BREAK_SPACE : code);
}

/** The forms of a text (accents already folded) that cue expressions are matched on. */
export interface MatchingText {
  /** One byte per character where possible, case kept: for case-sensitive families. */
  readonly cased: string;
  /** The same in lower case: for the others. */
  readonly caseless: string;
}

function mapChars(text: string, map: (code: number) => number): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = map(code);
    if (mapped !== code) {
      out ??= text.split("");
      out[i] = String.fromCharCode(mapped);
    }
  }
  return out ? out.join("") : text;
}

/** A character outside ASCII and printable Latin-1: only then is the text mapped character by character. */
const NOT_PLAIN_LATIN1 = /[^\x00-\x7f\xa0-\xff]/;

export function matchingText(folded: string): MatchingText {
  // the usual text: ASCII and Latin-1 letters, which toLowerCase maps one for one
  if (!NOT_PLAIN_LATIN1.test(folded)) return { cased: folded, caseless: folded.toLowerCase() };
  const cased = mapChars(folded, oneByte);
  return { cased, caseless: mapChars(folded, (code) => oneByte(lowerChar(code))) };
}

/** Escapes whose letters carry meaning (\b, \S, \p{…}, \k<…>): kept as written. */
const ESCAPE_OR_CHAR =
  /\\(?:[pPk](?:\{[^}]*\}|<[^>]*>)|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[^])|[^]/g;

/** A pattern (accents folded) put in the form of the text it is matched on, escapes untouched. */
function matchingPattern(source: string, caseless: boolean): string {
  return source.replace(ESCAPE_OR_CHAR, (token) => {
    if (token.length > 1) return token;
    const code = token.charCodeAt(0);
    const mapped = oneByte(caseless ? lowerChar(code) : code);
    return mapped === code ? token : String.fromCharCode(mapped);
  });
}

/** One pattern or a family's alternation, compiled to be matched on a `MatchingText`. */
export function compileCue(
  source: string,
  family: CuePatterns,
  unicode: boolean,
  extraFlags: string
): CompiledCue {
  const caseless = family.caseSensitive !== true;
  return {
    // no `i`: case is settled by the matching form; the u flag makes matching slower in V8, so
    // only lexicons that need it ask for it
    re: new RegExp(matchingPattern(source, caseless), `${unicode ? "u" : ""}${extraFlags}`),
    caseless,
  };
}

const cache = new WeakMap<SmartLexicon, CompiledLexicon>();

/**
 * One alternation of the patterns. Those that start at a word boundary
 * share one "\b" in front of their group: the engine then skips the
 * positions inside words at once instead of trying every pattern there,
 * which makes scanning several times faster.
 */
const LEADING_LOOKBEHINDS = /^((?:\(\?<[!=](?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))+)\\b(.*)$/s;

function joinPatterns(patterns: readonly string[]): string {
  const atWord: string[] = [];
  const others: string[] = [];
  for (const pattern of patterns) {
    // lookbehinds before a word boundary test the same position after it: "(?<!to )\bimprove" = "\b(?<!to )improve"
    const behind = LEADING_LOOKBEHINDS.exec(pattern);
    const p = behind ? `\\b${behind[1]}${behind[2]}` : pattern;
    if (p.startsWith("\\b") && !/^\\b[?*+{]/.test(p)) atWord.push(`(?:${p.slice(2)})`);
    else others.push(`(?:${p})`);
  }
  const parts = atWord.length ? [`\\b(?:${atWord.join("|")})`, ...others] : others;
  return parts.join("|");
}

function compileFamily(
  family: CuePatterns,
  extraFlags: string,
  where: string,
  unicode: boolean
): CompiledCue {
  // Patterns are matched on text with accents folded (see foldAccents): fold them the same way.
  const source = family.patterns.length ? joinPatterns(family.patterns.map(foldAccents)) : "(?!)"; // an empty family never matches
  try {
    return compileCue(source, family, unicode, extraFlags);
  } catch (error) {
    // A broken lexicon is a programming error in a data file: name the family.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Double-SMART lexicon: invalid pattern in ${where}: ${reason}`);
  }
}

function compileAll<K extends string>(
  families: Readonly<Record<K, CuePatterns>>,
  flags: string,
  group: string,
  unicode: boolean
): Record<K, CompiledCue> {
  const out = {} as Record<K, CompiledCue>;
  for (const key of Object.keys(families) as K[]) {
    out[key] = compileFamily(families[key], flags, `${group}.${key}`, unicode);
  }
  return out;
}

export function compileLexicon(lexicon: SmartLexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const unicode = lexicon.unicode === true;
  const words = {} as Record<keyof WordSets, ReadonlySet<string>>;
  for (const key of Object.keys(lexicon.words) as (keyof AddresseeWords)[]) {
    if (key === "head") continue;
    words[key] = new Set(lexicon.words[key].map((w) => foldAccents(w.toLowerCase())));
  }
  const compiled: CompiledLexicon = {
    lexicon,
    cues: compileAll(lexicon.cues, "g", "cues", unicode),
    anchored: compileAll(lexicon.anchored, "y", "anchored", unicode),
    words,
  };
  cache.set(lexicon, compiled);
  return compiled;
}
