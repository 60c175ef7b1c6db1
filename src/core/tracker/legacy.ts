import { COLUMN_BY_KEY, ColumnDef, ColumnKey, TRACKER_COLUMNS } from "../schema/columns";
import { foldText, VocabularyKey } from "../schema/vocabularies";
import { ensureIds, RandomSource } from "./ids";
import { normaliseField, parseChoice, parseDate } from "./normalize";
import type { CellInput, TrackerRecord } from "./types";

/**
 * Adopting a hand-made tracker: find its header row, propose which of its
 * columns is which schema column (from the header wording in English,
 * French or Spanish, and from what the cells hold), then turn its rows into
 * tracker records. The user can correct the mapping; whatever cannot be
 * normalised is kept as typed and reported.
 */

export interface LegacyColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** Header text as found (may be ""). */
  header: string;
  key: ColumnKey | null;
  /** 0..1: how sure the proposal is. */
  confidence: number;
  /** Why, in a few words ("header", "header and values", "values"). */
  basis: "header" | "values" | "header and values" | "user" | "none";
}

export interface LegacyMapping {
  /** 0-based index of the header row in the rows given. */
  headerRow: number;
  columns: LegacyColumn[];
}

/** Rows examined to find the header. */
export const HEADER_SEARCH_ROWS = 10;
const SAMPLE_ROWS = 200;
const MIN_CONFIDENCE = 0.4;

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const STOP_WORDS = new Set([
  "of",
  "the",
  "by",
  "to",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "d",
  "el",
  "los",
  "las",
  "del",
  "y",
  "et",
  "and",
  "a",
]);

function words(folded: string): string[] {
  return folded.split(/[^a-z0-9#°º]+/).filter((word) => word && !STOP_WORDS.has(word));
}

interface Synonym {
  key: ColumnKey;
  folded: string;
  words: string[];
}

let synonymCache: Synonym[] | null = null;
function synonyms(): Synonym[] {
  if (!synonymCache) {
    synonymCache = [];
    for (const column of TRACKER_COLUMNS) {
      for (const text of [...Object.values(column.headers), ...column.synonyms]) {
        const folded = foldText(text);
        if (folded) synonymCache.push({ key: column.key, folded, words: words(folded) });
      }
    }
  }
  return synonymCache;
}

/** How well a header names each schema column, 0..1. */
export function headerScores(header: string): Map<ColumnKey, number> {
  const scores = new Map<ColumnKey, number>();
  const folded = foldText(header);
  if (!folded) return scores;
  const headerWords = words(folded);
  const bump = (key: ColumnKey, score: number) =>
    scores.set(key, Math.max(scores.get(key) ?? 0, score));
  for (const synonym of synonyms()) {
    if (synonym.folded === folded) {
      bump(synonym.key, 1);
      continue;
    }
    if (synonym.words.length === 0 || headerWords.length === 0) continue;
    // The synonym's words all appear in the header ("Status of implementation" holds "status").
    const contained = synonym.words.every((word) => headerWords.includes(word));
    if (contained) {
      bump(synonym.key, 0.5 + 0.4 * (synonym.words.length / headerWords.length));
      continue;
    }
    const shared = synonym.words.filter((word) => headerWords.includes(word)).length;
    if (shared > 0)
      bump(synonym.key, (0.45 * shared) / Math.max(synonym.words.length, headerWords.length));
  }
  return scores;
}

interface Profile {
  filled: number;
  date: number;
  yesNo: number;
  vocab: Partial<Record<VocabularyKey, number>>;
  long: number;
  averageLength: number;
  shortCode: number;
  url: number;
  score: number;
  distinct: number;
}

const FIXED_VOCABS: VocabularyKey[] = [
  "status",
  "accepted",
  "type",
  "scope",
  "priority",
  "timeframe",
  "reasonNotImplemented",
];

function profile(values: CellInput[]): Profile {
  const filled = values.filter((value) => cellText(value) !== "");
  const n = filled.length || 1;
  const share = (test: (value: CellInput) => boolean) => filled.filter(test).length / n;
  const texts = filled.map(cellText);
  const vocab: Partial<Record<VocabularyKey, number>> = {};
  for (const key of FIXED_VOCABS)
    vocab[key] = share((value) => typeof value !== "number" && parseChoice(key, value) !== null);
  return {
    filled: filled.length,
    date: share((value) => {
      // Small numbers are references, not dates.
      if (typeof value === "number")
        return value > 18264 && value < 73051 && parseDate(value) !== null;
      return parseDate(value) !== null;
    }),
    yesNo: share((value) => typeof value !== "number" && parseChoice("yesNo", value) !== null),
    vocab,
    long: texts.filter((text) => text.length > 80).length / n,
    averageLength: texts.reduce((sum, text) => sum + text.length, 0) / n,
    shortCode:
      texts.filter((text) => text.length <= 10 && /\d/.test(text) && !/\s\S+\s/.test(text)).length /
      n,
    url: texts.filter((text) => /^(https?:\/\/|www\.|file:|\\\\)/i.test(text)).length / n,
    score: share((value) => {
      const number = typeof value === "number" ? value : Number(cellText(value).replace(",", "."));
      return Number.isFinite(number) && number >= 0 && number <= 10;
    }),
    distinct: new Set(texts.map((text) => text.toLowerCase())).size / n,
  };
}

/** 0..1: do the cells look like what the column holds? */
function valueFit(column: ColumnDef, p: Profile): number {
  if (p.filled === 0) return 0.5;
  switch (column.kind) {
    case "date":
    case "dateTime":
      return p.date;
    case "yesNo":
      return p.yesNo;
    case "list":
    case "multiList": {
      const vocab = column.vocabulary as VocabularyKey;
      if (FIXED_VOCABS.includes(vocab)) return p.vocab[vocab] ?? 0;
      // Extendable lists hold short, repeated words.
      return (1 - p.long) * (1 - p.date) * (p.averageLength < 60 ? 1 : 0.3);
    }
    case "longText":
      if (column.key === "text") return Math.min(1, p.averageLength / 60) * (1 - p.date);
      return (1 - p.date) * (1 - p.yesNo * 0.5);
    case "hyperlink":
      return p.url;
    case "score":
      return p.score;
    case "text":
      if (column.key === "ref") return p.shortCode * (1 - p.long);
      if (column.key === "id") return p.distinct * (1 - p.long);
      return (1 - p.date) * (1 - p.long);
  }
}

/** Keys the cells alone can identify when the header says nothing useful. */
const VALUE_ONLY: Partial<Record<ColumnKey, (p: Profile) => number>> = {
  status: (p) =>
    (p.vocab.status ?? 0) > 0.7 && (p.vocab.status ?? 0) > (p.vocab.accepted ?? 0)
      ? (p.vocab.status ?? 0)
      : 0,
  accepted: (p) =>
    (p.vocab.accepted ?? 0) > 0.7 && (p.vocab.accepted ?? 0) > (p.vocab.status ?? 0)
      ? (p.vocab.accepted ?? 0)
      : 0,
  text: (p) => (p.averageLength > 80 ? 0.9 : 0),
  reportLink: (p) => (p.url > 0.8 ? p.url : 0),
  dateMade: (p) => (p.date > 0.8 ? 0.7 : 0),
};

function headerRowScore(row: CellInput[]): number {
  const seen = new Set<string>();
  let hits = 0;
  let labels = 0;
  for (const cell of row) {
    const text = cellText(cell);
    // Merged title cells repeat the same text: count each text once.
    if (!text || seen.has(text) || typeof cell !== "string" || text.length > 60) continue;
    seen.add(text);
    labels++;
    const best = Math.max(0, ...headerScores(text).values());
    if (best >= 0.7) hits++;
  }
  return hits * 2 + (labels >= 3 ? 1 : 0);
}

/** The header row among the first rows: the one whose cells read most like column names. */
export function findHeaderRow(rows: readonly CellInput[][]): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const score = headerRowScore(rows[i] ?? []);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Proposes a mapping for a sheet given as rows of cells (the whole sheet or its first few hundred rows). */
export function proposeMapping(
  rows: readonly CellInput[][],
  headerRow: number = findHeaderRow(rows)
): LegacyMapping {
  const header = rows[headerRow] ?? [];
  const width = Math.max(
    header.length,
    ...rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS).map((row) => row.length)
  );
  const sample = rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS);
  const candidates: {
    index: number;
    key: ColumnKey;
    score: number;
    basis: LegacyColumn["basis"];
  }[] = [];
  const columns: LegacyColumn[] = [];
  for (let index = 0; index < width; index++) {
    const headerText = cellText(header[index]);
    const p = profile(sample.map((row) => row[index]));
    columns.push({ index, header: headerText, key: null, confidence: 0, basis: "none" });
    if (p.filled === 0 && !headerText) continue;
    const byHeader = headerScores(headerText);
    for (const column of TRACKER_COLUMNS) {
      const h = byHeader.get(column.key) ?? 0;
      const fit = valueFit(column, p);
      if (h > 0) {
        // A header match the cells contradict (dates under "Follow-up visit" vs yes/no) loses to a better fit.
        let score = p.filled === 0 ? h * 0.9 : 0.65 * h + 0.35 * fit;
        if (p.filled >= 3 && fit < 0.2) score *= 0.7;
        candidates.push({
          index,
          key: column.key,
          score,
          basis: fit > 0.5 && p.filled > 0 ? "header and values" : "header",
        });
      } else {
        const valueOnly = VALUE_ONLY[column.key]?.(p) ?? 0;
        if (valueOnly > 0)
          candidates.push({ index, key: column.key, score: 0.5 * valueOnly, basis: "values" });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const usedKeys = new Set<ColumnKey>();
  for (const candidate of candidates) {
    if (candidate.score < MIN_CONFIDENCE) break;
    const column = columns[candidate.index];
    if (column.key || usedKeys.has(candidate.key)) continue;
    column.key = candidate.key;
    column.confidence = Math.round(candidate.score * 100) / 100;
    column.basis = candidate.basis;
    usedKeys.add(candidate.key);
  }
  return { headerRow, columns };
}

/**
 * The user's corrections: column (by index or header text) -> key, or null
 * to keep a column as an extra one. A key given to one column is taken away
 * from any other column that had it.
 */
export function correctMapping(
  mapping: LegacyMapping,
  changes: Record<string, ColumnKey | null>
): LegacyMapping {
  const columns = mapping.columns.map((column) => ({ ...column }));
  for (const [target, key] of Object.entries(changes)) {
    const column = /^\d+$/.test(target)
      ? columns.find((c) => c.index === Number(target))
      : columns.find((c) => foldText(c.header) === foldText(target));
    if (!column) continue;
    if (key)
      for (const other of columns)
        if (other.key === key) Object.assign(other, { key: null, confidence: 0, basis: "none" });
    Object.assign(column, { key, confidence: key ? 1 : 0, basis: key ? "user" : "none" });
  }
  return { headerRow: mapping.headerRow, columns };
}

export interface AdoptNote {
  /** Worksheet row (1-based) when the rows start at the sheet's first row. */
  row: number;
  column: ColumnKey | null;
  /** kept: value kept as typed (could not be read); emptied: "?"/"n/a" read as empty; approximate: month or year only; split: remark moved to another column; skipped: row left out. */
  kind: "kept" | "emptied" | "approximate" | "split" | "skipped";
  value: string;
}

export interface AdoptedSheet {
  records: TrackerRecord[];
  /** For each record, the sheet row it came from (1-based). */
  sourceRows: number[];
  /** Headers of the columns kept as the user's own columns. */
  extraHeaders: string[];
  /** For each record, the extra columns' values in extraHeaders order. */
  extraValues: (string | number | boolean | null)[][];
  notes: AdoptNote[];
  /** Ids made for records without one. */
  idsMade: number;
}

/** Where a remark after a list value goes ("not implemented - no staff" -> reason). */
const DETAIL_TARGET: Partial<Record<ColumnKey, ColumnKey>> = {
  status: "reasonNotImplemented",
  verified: "verifiedOn",
};

function extraValue(cell: CellInput): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  return cell;
}

/**
 * Turns the rows under the header into records with the given mapping.
 * Rows that are empty, repeat the header, or hold a single remark
 * (footnotes, section titles) are left out and reported.
 */
export function adoptRows(
  rows: readonly CellInput[][],
  mapping: LegacyMapping,
  random?: RandomSource
): AdoptedSheet {
  const mapped = mapping.columns.filter((column) => column.key !== null) as (LegacyColumn & {
    key: ColumnKey;
  })[];
  const extras = mapping.columns.filter(
    (column) =>
      column.key === null &&
      (column.header !== "" ||
        rows.slice(mapping.headerRow + 1).some((row) => cellText(row[column.index]) !== ""))
  );
  const usedHeaders = new Set(
    TRACKER_COLUMNS.flatMap((column) => Object.values(column.headers).map((h) => h.toLowerCase()))
  );
  const extraHeaders = extras.map((column) => {
    let name = column.header || `Column ${column.index + 1}`;
    for (let n = 2; usedHeaders.has(name.toLowerCase()); n++)
      name = `${column.header || "Column"} (${n})`;
    usedHeaders.add(name.toLowerCase());
    return name;
  });
  const headerTexts = (rows[mapping.headerRow] ?? []).map(cellText).join("\u0000");
  const result: AdoptedSheet = {
    records: [],
    sourceRows: [],
    extraHeaders,
    extraValues: [],
    notes: [],
    idsMade: 0,
  };
  for (let r = mapping.headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const sheetRow = r + 1;
    const filledMapped = mapped.filter((column) => cellText(row[column.index]) !== "");
    const filledAny = row.filter((cell) => cellText(cell) !== "").length;
    if (filledAny === 0) continue;
    if (row.map(cellText).join("\u0000") === headerTexts) {
      result.notes.push({ row: sheetRow, column: null, kind: "skipped", value: "repeated header" });
      continue;
    }
    const hasText = mapped.some(
      (column) => column.key === "text" && cellText(row[column.index]) !== ""
    );
    if (!hasText && filledMapped.length < 2) {
      result.notes.push({
        row: sheetRow,
        column: null,
        kind: "skipped",
        value: row.map(cellText).filter(Boolean).join(" | "),
      });
      continue;
    }
    const record: TrackerRecord = {};
    const details: [ColumnKey, string][] = [];
    for (const column of mapped) {
      const cell = row[column.index];
      const parsed = normaliseField(column.key, cell, true);
      if (parsed.value !== null) record[column.key] = parsed.value;
      const text = cellText(cell);
      if (!parsed.ok)
        result.notes.push({ row: sheetRow, column: column.key, kind: "kept", value: text });
      if (parsed.emptied)
        result.notes.push({ row: sheetRow, column: column.key, kind: "emptied", value: text });
      if (parsed.approximate)
        result.notes.push({ row: sheetRow, column: column.key, kind: "approximate", value: text });
      if (parsed.detail) details.push([column.key, parsed.detail]);
    }
    for (const [key, detail] of details) {
      const target = DETAIL_TARGET[key];
      if (!target || record[target] !== undefined) continue;
      // Only a "not implemented" status carries a reason; "implemented (verified)" does not.
      if (target === "reasonNotImplemented" && record.status !== "notImplemented") continue;
      const parsed = normaliseField(target, detail, true);
      const targetColumn = COLUMN_BY_KEY.get(target) as ColumnDef;
      // A remark that is not a date cannot become a verification date; the original sheet keeps it.
      if (!parsed.ok && targetColumn.kind === "date") continue;
      if (parsed.value !== null) {
        record[target] = parsed.value;
        result.notes.push({ row: sheetRow, column: target, kind: "split", value: detail });
      }
    }
    result.records.push(record);
    result.sourceRows.push(sheetRow);
    result.extraValues.push(extras.map((column) => extraValue(row[column.index])));
  }
  result.idsMade = ensureIds(result.records, random);
  return result;
}
