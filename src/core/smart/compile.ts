import type { AnchoredKey, CueKey, CuePatterns, SmartLexicon, SpanTestKey } from "./lexicon/types";

/** A lexicon turned into regular expressions, built once per lexicon object. */
export interface CompiledLexicon {
  readonly lexicon: SmartLexicon;
  /** Global expressions, run once over the whole input. */
  readonly cues: Readonly<Record<CueKey, RegExp>>;
  /** Sticky expressions, tried at one position. */
  readonly anchored: Readonly<Record<AnchoredKey, RegExp>>;
  /** Tests on a span already found (no global state). */
  readonly spanTests: Readonly<Record<SpanTestKey, RegExp>>;
  readonly abbreviations: ReadonlySet<string>;
}

const cache = new WeakMap<SmartLexicon, CompiledLexicon>();

function compileFamily(
  family: CuePatterns,
  extraFlags: string,
  where: string,
  unicode: boolean
): RegExp {
  // The u flag makes case-insensitive matching over ten times slower in V8: only lexicons that need \p{...} ask for it.
  const flags = `${unicode ? "u" : ""}${family.caseSensitive ? "" : "i"}${extraFlags}`;
  const source = family.patterns.length ? family.patterns.map((p) => `(?:${p})`).join("|") : "(?!)"; // an empty family never matches
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
  const compiled: CompiledLexicon = {
    lexicon,
    cues: compileAll(lexicon.cues, "g", "cues", unicode),
    anchored: compileAll(lexicon.anchored, "y", "anchored", unicode),
    spanTests: compileAll(lexicon.spanTests, "", "spanTests", unicode),
    abbreviations: new Set(lexicon.abbreviations),
  };
  cache.set(lexicon, compiled);
  return compiled;
}
