import { foldAccents } from "../language";
import { compileCue, matchingText, type MatchingText } from "./compile";
import type { AddresseeWords, CuePatterns, SmartLexicon } from "./lexicon/types";
import { tokenize } from "./text";

/**
 * Lexicon entries one by one (each cue pattern, each anchored pattern, each
 * class word), for measuring how far the checker depends on entries that
 * only one document needs: a leave-one-document-out estimate removes, for
 * each document, the entries that fire in it and nowhere else, and checks
 * it without them.
 */
interface Entry {
  key: string;
  fires: (text: MatchingText, folded: string, words: ReadonlySet<string>) => boolean;
}

const entryCache = new WeakMap<SmartLexicon, Entry[]>();

function entriesOf(lexicon: SmartLexicon): Entry[] {
  let entries = entryCache.get(lexicon);
  if (entries) return entries;
  entries = [];
  const unicode = lexicon.unicode === true;
  for (const group of ["cues", "anchored"] as const) {
    const families = lexicon[group] as Readonly<Record<string, CuePatterns>>;
    for (const [family, patterns] of Object.entries(families)) {
      patterns.patterns.forEach((pattern, index) => {
        const { re, caseless } = compileCue(foldAccents(pattern), patterns, unicode, "g");
        entries!.push({
          key: `${group}.${family}.${index}`,
          fires: (text) => {
            re.lastIndex = 0;
            return re.test(caseless ? text.caseless : text.cased);
          },
        });
      });
    }
  }
  for (const [family, list] of Object.entries(lexicon.words)) {
    if (!Array.isArray(list)) continue;
    (list as readonly string[]).forEach((word, index) => {
      const folded = foldAccents(word.toLowerCase());
      entries!.push({
        key: `words.${family}.${index}`,
        fires: (_, text, words) =>
          folded.includes(" ") ? text.toLowerCase().includes(folded) : words.has(folded),
      });
    });
  }
  entryCache.set(lexicon, entries);
  return entries;
}

/** The keys of the entries of a lexicon that fire on a text (a recommendation with its context). */
export function entriesFiring(lexicon: SmartLexicon, text: string): Set<string> {
  const folded = foldAccents(text);
  const words = new Set(tokenize(folded, 0, folded.length).map((t) => t.lower));
  const out = new Set<string>();
  const matching = matchingText(folded);
  for (const entry of entriesOf(lexicon))
    if (entry.fires(matching, folded, words)) out.add(entry.key);
  return out;
}

/** A copy of a lexicon without the entries named by their keys. */
export function withoutEntries(lexicon: SmartLexicon, keys: ReadonlySet<string>): SmartLexicon {
  const keep = (group: string, family: string) => (_: unknown, index: number) =>
    !keys.has(`${group}.${family}.${index}`);
  const prune = <K extends string>(group: string, families: Readonly<Record<K, CuePatterns>>) => {
    const out = {} as Record<K, CuePatterns>;
    for (const family of Object.keys(families) as K[]) {
      out[family] = {
        ...families[family],
        patterns: families[family].patterns.filter(keep(group, family)),
      };
    }
    return out;
  };
  const words = { ...lexicon.words } as Record<keyof AddresseeWords, unknown>;
  for (const family of Object.keys(words) as (keyof AddresseeWords)[]) {
    const list = lexicon.words[family];
    if (Array.isArray(list))
      words[family] = (list as readonly string[]).filter(keep("words", family));
  }
  return {
    ...lexicon,
    cues: prune("cues", lexicon.cues),
    anchored: prune("anchored", lexicon.anchored),
    words: words as unknown as AddresseeWords,
  };
}
