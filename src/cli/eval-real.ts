/** The real set's halves and what leave-one-document-out needs of them, shared by eval --labels and the learned layer's commands. */
import type { Language } from "../core/language";
import {
  entriesFiring,
  LEXICONS,
  withoutEntries,
  type LabelledVerdicts,
  type SmartLexicon,
} from "../core/smart";
import realSplit from "./data/real-split.json";

/** One labelled recommendation, checked. */
export interface EvaluatedItem extends LabelledVerdicts {
  id: string;
  /** The file's "lang" when given, else the detected language. */
  language: Language;
  text: string;
  context?: string;
}

export type SplitName = "dev" | "held";

/** The halves of the real set (ids D001-D127), as inclusive id ranges ("D001-D002", "D073"). */
export const REAL_SPLIT: Record<SplitName, readonly string[]> = {
  dev: realSplit.dev,
  held: realSplit.held,
};

/** Whether `id` lies in one of the ranges ("D001-D002" holds D001 and D002; ids of one prefix compare by number). */
export function inRanges(id: string, ranges: readonly string[]): boolean {
  const m = /^(\D*)(\d+)$/.exec(id);
  if (!m) return false;
  const [, prefix, digits] = m;
  const n = Number(digits);
  return ranges.some((range) => {
    const [from, to = from] = range.split("-");
    const a = /^(\D*)(\d+)$/.exec(from);
    const b = /^(\D*)(\d+)$/.exec(to);
    if (!a || !b || a[1] !== prefix || b[1] !== prefix) return false;
    return n >= Number(a[2]) && n <= Number(b[2]);
  });
}

const fullText = (item: EvaluatedItem) =>
  item.context ? `${item.context}\n${item.text}` : item.text;

/**
 * The lexicon of the language of `mine` (one document) without the entries that fire in it and
 * in none of `others`: how the checker reads a document it was not tuned on.
 */
export function lexiconWithout(
  mine: readonly EvaluatedItem[],
  others: readonly EvaluatedItem[]
): { lexicon: SmartLexicon; removed: number } {
  const lexicon = LEXICONS[mine[0].language];
  const elsewhereKeys = new Set<string>();
  for (const item of others)
    for (const key of entriesFiring(lexicon, fullText(item))) elsewhereKeys.add(key);
  const onlyHere = new Set<string>();
  for (const item of mine) {
    for (const key of entriesFiring(lexicon, fullText(item)))
      if (!elsewhereKeys.has(key)) onlyHere.add(key);
  }
  return { lexicon: withoutEntries(lexicon, onlyHere), removed: onlyHere.size };
}
