/**
 * Tidying the tracker's own words, proposed by the data check and applied
 * only as the user chooses: near-duplicate values of a list column
 * ("Health", "Healthcare", "Health care"; "Santé" and "sante") merged into
 * one, and combined addressees ("Ministry of the Interior and Ministry of
 * Health") split into separate values, kept apart with "; " as the tracker
 * keeps several addressees. Values are compared with the one folding rule
 * (foldText). Nothing is proposed that the data cannot support: a combined
 * addressee is split only when its parts are addressees in their own right.
 */
import type { ColumnKey } from "../schema/columns";
import { COLUMN_BY_KEY } from "../schema/columns";
import type { Language } from "../schema/plan";
import { foldText, VOCABULARIES, VocabularyKey } from "../schema/vocabularies";
import { cellValues } from "./cells";
import type { RowUpdate } from "./store";
import type { TrackerRow } from "./types";

/** Columns whose values are the NPM's own words (extendable lists). */
export const TIDY_COLUMNS: readonly ColumnKey[] = [
  "authority",
  "theme",
  "place",
  "placeType",
  "groups",
];

/**
 * Words that join two addressees in one cell, and articles before a name,
 * per language (data, not code: another language is a new entry).
 */
const JOINING_WORDS: Record<Language, { conjunctions: string[]; articles: string[] }> = {
  en: { conjunctions: ["and", "&"], articles: ["the"] },
  fr: { conjunctions: ["et", "&"], articles: ["le", "la", "les", "l'"] },
  es: { conjunctions: ["y", "e", "&"], articles: ["el", "la", "los", "las"] },
};

export interface MergeProposal {
  kind: "merge";
  column: ColumnKey;
  /** The value kept. */
  into: string;
  /** The values replaced by it (never `into`). */
  from: string[];
  /** Rows that change. */
  rows: number;
}

export interface SplitProposal {
  kind: "split";
  column: ColumnKey;
  /** The combined value as written. */
  value: string;
  parts: string[];
  rows: number;
}

export type TidyProposal = MergeProposal | SplitProposal;

/** A stable id for a proposal (the pane's check boxes, the command line's list). */
export function proposalId(proposal: TidyProposal): string {
  return proposal.kind === "merge"
    ? `merge:${proposal.column}:${foldText(proposal.into)}`
    : `split:${proposal.column}:${foldText(proposal.value)}`;
}

function wordsOf(value: string): string[] {
  return foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) =>
      word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word
    );
}

/** The value with case, accents, spaces, hyphens and plural endings left out: "Health care" = "healthcare" = "Health-Care". */
function compact(value: string): string {
  return wordsOf(value).join("");
}

/** Edit distance, stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Two words one slip of the keyboard apart: long enough to be words, no figures (Prison 1 and Prison 2 are two places). */
function typo(a: string, b: string): boolean {
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shortest = Math.min(a.length, b.length);
  if (shortest < 5) return false;
  const limit = shortest >= 10 ? 2 : 1;
  return distance(a, b, limit) <= limit;
}

/**
 * Whether two values (different once compacted) name the same thing: a typo
 * in one of their words ("Ministery of Justice"), or one word made more
 * precise by a second ("Health" and "Health care", "Police" and "Police
 * station", for themes, places and types of place only). Block A and
 * Block B, Prison 1 and Prison 2 stay apart.
 */
function near(a: string, b: string, column: ColumnKey): boolean {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (wa.length === wb.length) {
    const differ = wa.map((word, i) => [word, wb[i]]).filter(([x, y]) => x !== y);
    if (differ.length === 1 && typo(differ[0][0], differ[0][1])) return true;
  }
  // For who must act, a word made more precise names another body: "Prison" (the place's
  // management) is not the "Prison Service", nor the "Police" a "Police station".
  if (column === "authority") return false;
  const [shortWords, longWords] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shortWords.length !== 1 || shortWords[0].length < 4 || longWords.length > 2) return false;
  if (/\d/.test(longWords.join(""))) return false;
  const long = longWords.join("");
  const tail = long.slice(shortWords[0].length);
  return long.startsWith(shortWords[0]) && tail.length >= 3 && tail.length <= 10;
}

interface ValueStats {
  /** First spelling met. */
  label: string;
  rows: number;
  listed: boolean;
  /** The schema's own label of the list (in the tracker's language). */
  seeded: boolean;
}

function collect(
  rows: readonly TrackerRow[],
  column: ColumnKey,
  listItems: readonly string[],
  seeds: ReadonlySet<string>
): Map<string, ValueStats> {
  // Each spelling apart ("health care" and "Health care" too): the merge rewrites the others.
  const values = new Map<string, ValueStats>();
  const entry = (label: string) => {
    const key = label.trim();
    let stats = values.get(key);
    if (!stats && foldText(key)) {
      stats = { label: key, rows: 0, listed: false, seeded: seeds.has(foldText(key)) };
      values.set(key, stats);
    }
    return stats;
  };
  for (const item of listItems) {
    const stats = entry(item);
    if (stats) stats.listed = true;
  }
  for (const row of rows)
    for (const value of new Set(cellValues(column, row.values[column]).map((v) => v.trim()))) {
      const stats = entry(value);
      if (stats) stats.rows++;
    }
  return values;
}

/** The value a group of near-duplicates becomes: the schema's word, else a listed one, else the most used. */
function chooseInto(group: ValueStats[]): ValueStats {
  return [...group].sort(
    (a, b) =>
      Number(b.seeded) - Number(a.seeded) ||
      Number(b.listed) - Number(a.listed) ||
      b.rows - a.rows ||
      b.label.length - a.label.length ||
      a.label.localeCompare(b.label)
  )[0];
}

function mergesFor(column: ColumnKey, values: Map<string, ValueStats>): MergeProposal[] {
  const entries = [...values.values()];
  const parent = entries.map((_v, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  const byCompact = new Map<string, number>();
  entries.forEach((stats, i) => {
    const key = compact(stats.label);
    const known = byCompact.get(key);
    if (known === undefined) byCompact.set(key, i);
    else union(i, known);
  });
  // Pairs: the lists hold tens of values, a few hundred at most.
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++)
      if (find(i) !== find(j) && near(entries[i].label, entries[j].label, column)) union(i, j);
  const groups = new Map<number, ValueStats[]>();
  entries.forEach((stats, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), stats]);
  });
  const proposals: MergeProposal[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const into = chooseInto(group);
    const from = group.filter((stats) => stats !== into);
    proposals.push({
      kind: "merge",
      column,
      into: into.label,
      from: from.map((stats) => stats.label),
      rows: from.reduce((sum, stats) => sum + stats.rows, 0),
    });
  }
  return proposals;
}

/** The parts of a combined addressee, or null when it reads as one name. */
export function combinedParts(
  value: string,
  known: ReadonlySet<string>,
  language: Language
): string[] | null {
  const words = JOINING_WORDS[language];
  const conjunctions = [...new Set([...JOINING_WORDS.en.conjunctions, ...words.conjunctions])];
  const pattern = new RegExp(`\\s*(?:[,/;]|\\s(?:${conjunctions.join("|")})\\s)\\s*`, "iu");
  const articles = new RegExp(
    `^(?:${[...new Set([...JOINING_WORDS.en.articles, ...words.articles])].join("|")})\\s*(?=\\p{Lu})`,
    "u"
  );
  const parts = value
    .split(pattern)
    .map((part) => part.trim().replace(articles, "").trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const isKnown = (part: string) => known.has(foldText(part));
  // Each part a name of its own: known as a value, or a capitalised name of two words or more.
  const named = (part: string) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length >= 2;
  if (!parts.every((part) => isKnown(part) || named(part))) return null;
  // "Ministry of Justice and Security" stays whole: a part that is neither known nor a name on its own fails above.
  return parts;
}

function splitsFor(
  column: ColumnKey,
  values: Map<string, ValueStats>,
  language: Language
): SplitProposal[] {
  const proposals: SplitProposal[] = [];
  for (const [key, stats] of values) {
    // Values are kept by spelling; parts are looked up folded.
    const known = new Set(
      [...values.keys()].filter((other) => other !== key).map((other) => foldText(other))
    );
    const parts = combinedParts(stats.label, known, language);
    if (parts && stats.rows > 0)
      proposals.push({ kind: "split", column, value: stats.label, parts, rows: stats.rows });
  }
  return proposals;
}

export interface TidyOptions {
  language: Language;
  /** Entries of the extendable lists on the Lists sheet. */
  lists: Partial<Record<VocabularyKey, readonly string[]>>;
}

/** What the data check offers to tidy: merges for each list column, then splits of combined addressees. */
export function proposeTidy(rows: readonly TrackerRow[], options: TidyOptions): TidyProposal[] {
  const proposals: TidyProposal[] = [];
  for (const column of TIDY_COLUMNS) {
    const vocabulary = COLUMN_BY_KEY.get(column)?.vocabulary as VocabularyKey;
    const seeds = new Set(
      VOCABULARIES[vocabulary].values.map((value) => foldText(value.labels[options.language]))
    );
    const values = collect(rows, column, options.lists[vocabulary] ?? [], seeds);
    proposals.push(...mergesFor(column, values));
    if (column === "authority") proposals.push(...splitsFor(column, values, options.language));
  }
  return proposals;
}

export interface TidyResult {
  updates: RowUpdate[];
  /** Per list: entries to add (merge targets, split parts) and entries to take out (merged or combined values). */
  lists: Partial<Record<VocabularyKey, { add: string[]; remove: string[] }>>;
}

/** The changes the chosen proposals make: each changed cell, each list entry added or taken out. */
export function applyTidy(
  rows: readonly TrackerRow[],
  chosen: readonly TidyProposal[]
): TidyResult {
  const replace = new Map<ColumnKey, Map<string, string[]>>();
  const lists: TidyResult["lists"] = {};
  const listOf = (column: ColumnKey) => {
    const vocabulary = COLUMN_BY_KEY.get(column)?.vocabulary as VocabularyKey;
    return (lists[vocabulary] ??= { add: [], remove: [] });
  };
  const mapping = (column: ColumnKey) => {
    let map = replace.get(column);
    if (!map) replace.set(column, (map = new Map()));
    return map;
  };
  // Splits first, so a merge can rename one of their parts.
  for (const proposal of chosen) {
    if (proposal.kind !== "split") continue;
    mapping(proposal.column).set(foldText(proposal.value), proposal.parts);
    listOf(proposal.column).add.push(...proposal.parts);
    listOf(proposal.column).remove.push(proposal.value);
  }
  for (const proposal of chosen) {
    if (proposal.kind !== "merge") continue;
    const map = mapping(proposal.column);
    for (const value of proposal.from) map.set(foldText(value), [proposal.into]);
    for (const [key, parts] of map)
      map.set(
        key,
        parts.map((part) =>
          proposal.from.some((v) => foldText(v) === foldText(part)) ? proposal.into : part
        )
      );
    listOf(proposal.column).add.push(proposal.into);
    listOf(proposal.column).remove.push(...proposal.from);
  }
  const updates: RowUpdate[] = [];
  for (const row of rows) {
    const values: RowUpdate["values"] = {};
    for (const [column, map] of replace) {
      const before = row.values[column];
      const parts = cellValues(column, before);
      if (!parts.some((part) => map.has(foldText(part)))) continue;
      const after: string[] = [];
      for (const part of parts)
        for (const next of map.get(foldText(part)) ?? [part])
          if (!after.some((kept) => foldText(kept) === foldText(next))) after.push(next);
      const multi = COLUMN_BY_KEY.get(column)?.kind === "multiList";
      const value = multi ? after.join("; ") : (after[0] ?? "");
      if (value !== before) values[column] = value;
    }
    if (Object.keys(values).length > 0)
      updates.push({ row: row.row, id: String(row.values.id ?? ""), values });
  }
  for (const entry of Object.values(lists)) {
    if (!entry) continue;
    const adding = new Set(entry.add.map(foldText));
    // An entry both added and taken out (a merge target that was a split part) stays.
    entry.remove = [...new Set(entry.remove)].filter((value) => !adding.has(foldText(value)));
    entry.add = entry.add.filter(
      (value, i) => entry.add.findIndex((other) => foldText(other) === foldText(value)) === i
    );
  }
  return { updates, lists };
}
