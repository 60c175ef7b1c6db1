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

/** A lexicon turned into regular expressions and sets, built once per lexicon object. */
export interface CompiledLexicon {
  readonly lexicon: SmartLexicon;
  /** Global expressions, run once over the whole input. */
  readonly cues: Readonly<Record<CueKey, RegExp>>;
  /** Sticky expressions, tried at one position. */
  readonly anchored: Readonly<Record<AnchoredKey, RegExp>>;
  readonly words: WordSets;
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

/** The flags a family's patterns are compiled with. */
export function familyFlags(family: CuePatterns, unicode: boolean, extraFlags: string): string {
  // The u flag makes case-insensitive matching much slower in V8: only lexicons that need it ask for it.
  return `${unicode ? "u" : ""}${family.caseSensitive ? "" : "i"}${extraFlags}`;
}

function compileFamily(
  family: CuePatterns,
  extraFlags: string,
  where: string,
  unicode: boolean
): RegExp {
  const flags = familyFlags(family, unicode, extraFlags);
  // Patterns are matched on text with accents folded (see foldAccents): fold them the same way.
  const source = family.patterns.length ? joinPatterns(family.patterns.map(foldAccents)) : "(?!)"; // an empty family never matches
  try {
    return new RegExp(source, flags);
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
): Record<K, RegExp> {
  const out = {} as Record<K, RegExp>;
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
