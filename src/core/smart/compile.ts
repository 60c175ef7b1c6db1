import { foldAccents } from "./text";
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

function compileFamily(
  family: CuePatterns,
  extraFlags: string,
  where: string,
  unicode: boolean
): RegExp {
  // The u flag makes case-insensitive matching much slower in V8: only lexicons that need it ask for it.
  const flags = `${unicode ? "u" : ""}${family.caseSensitive ? "" : "i"}${extraFlags}`;
  // Patterns are matched on text with accents folded (see foldAccents): fold them the same way.
  const source = family.patterns.length
    ? family.patterns.map((p) => `(?:${foldAccents(p)})`).join("|")
    : "(?!)"; // an empty family never matches
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
