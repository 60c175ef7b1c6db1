import { COLUMN_BY_KEY, ColumnDef, ColumnKey, TRACKER_COLUMNS } from "../schema/columns";
import { foldText, VOCABULARIES, VocabularyKey } from "../schema/vocabularies";
import { LEGACY_WORDS } from "./legacy-lexicon";
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
/** Scores of a column recognised by its cells alone: from VALUE_FLOOR to VALUE_FLOOR + VALUE_SPAN. */
const VALUE_FLOOR = 0.41;
const VALUE_SPAN = 0.18;

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
  /** Links whose address reads like a report's, or like a letter's. */
  reportUrl: number;
  letterUrl: number;
  score: number;
  distinct: number;
  /** A person's name or initials ("AB", "J.D.", "M. Dupont", "Maria L."). */
  person: number;
  /** A body's name ("Ministry of Health"), a place's name ("Northgate Prison"). */
  institution: number;
  facility: number;
}

/** The extendable lists whose schema words a column's values may be (types of place, themes). */
const LIST_VOCABS: VocabularyKey[] = ["placeType", "theme"];

function hasWord(folded: string, words: readonly string[]): boolean {
  return words.some((word) =>
    word.includes(" ") || word.length > 5
      ? folded.includes(word)
      : new RegExp(`(^|[^a-z])${word.replace(/[.()]/g, "\\$&")}`).test(folded)
  );
}

/** Person names and initials: short, capitalised, no body or place word. */
const PERSON =
  /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.\s?){1,3}|\p{Lu}\.?\s?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+\s\p{Lu}\.?|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)$/u;

function isPerson(text: string): boolean {
  const parts = text.split(/\s*[/,;&]\s*|\s+and\s+|\s+et\s+|\s+y\s+/).filter(Boolean);
  const folded = foldText(text);
  return (
    parts.length > 0 &&
    parts.length <= 3 &&
    parts.every((part) => PERSON.test(part.trim())) &&
    !hasWord(folded, LEGACY_WORDS.authority) &&
    !hasWord(folded, LEGACY_WORDS.facility)
  );
}

let listLabels: Map<VocabularyKey, Set<string>> | null = null;
/** The schema's words of an extendable list in every language, folded. */
function labelsOf(key: VocabularyKey): Set<string> {
  if (!listLabels) {
    listLabels = new Map();
    for (const vocab of LIST_VOCABS) {
      const set = new Set<string>();
      for (const value of VOCABULARIES[vocab].values)
        for (const word of [...Object.values(value.labels), ...value.synonyms])
          set.add(foldText(word));
      listLabels.set(vocab, set);
    }
  }
  return listLabels.get(key) ?? new Set();
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
  for (const key of LIST_VOCABS) {
    const labels = labelsOf(key);
    vocab[key] = share((value) => labels.has(foldText(cellText(value))));
  }
  const folded = texts.map((text) => foldText(text));
  const urls = folded.filter((text) => /^(https?:\/\/|www\.|file:|\\\\)/i.test(text));
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
    reportUrl: urls.filter((url) => hasWord(url, LEGACY_WORDS.reportLink)).length / n,
    letterUrl: urls.filter((url) => hasWord(url, LEGACY_WORDS.letterLink)).length / n,
    person: texts.filter((text) => text.length <= 40 && isPerson(text)).length / n,
    institution:
      folded.filter(
        (text) => hasWord(text, LEGACY_WORDS.authority) && !hasWord(text, LEGACY_WORDS.facility)
      ).length / n,
    facility: folded.filter((text) => hasWord(text, LEGACY_WORDS.facility)).length / n,
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
      // Extendable lists hold short, repeated words; the schema's own words say which list.
      const short = (1 - p.long) * (1 - p.date) * (p.averageLength < 60 ? 1 : 0.3);
      const own = p.vocab[vocab] ?? 0;
      const other = Math.max(
        0,
        ...LIST_VOCABS.filter((key) => key !== vocab).map((key) => p.vocab[key] ?? 0)
      );
      if (other >= 0.6 && own < other) return 0.1;
      return Math.max(
        short * (column.key === "place" && (p.vocab.placeType ?? 0) >= 0.6 ? 0.1 : 1),
        own
      );
    }
    case "longText":
      if (column.key === "text") return Math.min(1, p.averageLength / 60) * (1 - p.date);
      return (1 - p.date) * (1 - p.yesNo * 0.5);
    case "hyperlink":
      // Of two link columns, the one pointing at letters or answers is not the report's.
      return p.url * (p.letterUrl > p.reportUrl ? 0.2 : 1);
    case "score":
      return p.score;
    case "text":
      if (column.key === "ref") return p.shortCode * (1 - p.long);
      if (column.key === "id") return p.distinct * (1 - p.long);
      return (1 - p.date) * (1 - p.long);
  }
}

/** A fixed list the cells hold, clearly more than any other fixed list. */
function onlyVocab(p: Profile, key: VocabularyKey, threshold = 0.7): number {
  const mine = p.vocab[key] ?? 0;
  if (mine <= threshold) return 0;
  const others = FIXED_VOCABS.filter((other) => other !== key).map((other) => p.vocab[other] ?? 0);
  return mine > Math.max(...others) ? mine : 0;
}

/** Keys the cells alone can identify when the header says nothing useful. */
const VALUE_ONLY: Partial<Record<ColumnKey, (p: Profile) => number>> = {
  status: (p) => onlyVocab(p, "status"),
  // Plain yes/no answers may be anything (verified, repeated): accepted only when they say so.
  accepted: (p) => onlyVocab(p, "accepted") * (p.yesNo >= 0.9 ? 0.3 : 1),
  priority: (p) => onlyVocab(p, "priority", 0.8),
  timeframe: (p) => onlyVocab(p, "timeframe", 0.8),
  type: (p) => onlyVocab(p, "type", 0.8),
  text: (p) => (p.averageLength > 80 ? 0.9 : 0),
  reportLink: (p) => (p.url > 0.8 && p.reportUrl >= p.letterUrl ? p.url : 0),
  dateMade: (p) => (p.date > 0.8 ? 0.7 : 0),
  // The few people who follow recommendations up: names or initials, each on many rows.
  staff: (p) =>
    p.filled >= 3 &&
    p.person >= 0.7 &&
    p.distinct <= 0.6 &&
    (p.vocab.theme ?? 0) < 0.3 &&
    (p.vocab.placeType ?? 0) < 0.3
      ? 0.8 * p.person
      : 0,
  placeType: (p) => (p.filled >= 3 && (p.vocab.placeType ?? 0) >= 0.8 ? 0.8 : 0),
  theme: (p) => (p.filled >= 3 && (p.vocab.theme ?? 0) >= 0.8 ? 0.8 : 0),
  authority: (p) =>
    p.filled >= 3 && p.institution >= 0.6 && p.averageLength < 80 && p.facility < 0.3
      ? 0.7 * p.institution
      : 0,
  place: (p) =>
    p.filled >= 3 && p.facility >= 0.6 && p.averageLength < 80 && (p.vocab.placeType ?? 0) < 0.5
      ? 0.7 * p.facility
      : 0,
};

function headerRowScore(row: CellInput[]): number {
  const seen = new Set<string>();
  let hits = 0;
  let labels = 0;
  let data = 0;
  for (const cell of row) {
    const text = cellText(cell);
    if (!text) continue;
    // What a header never is: a date, a number, a link, a sentence.
    if (
      cell instanceof Date ||
      typeof cell === "number" ||
      text.length > 60 ||
      /^(https?:\/\/|www\.)/i.test(text) ||
      /^\d+([./-]\d+)*$/.test(text) ||
      parseDate(text) !== null
    ) {
      data++;
      continue;
    }
    // Merged title cells repeat the same text: count each text once.
    if (seen.has(text) || typeof cell !== "string") continue;
    seen.add(text);
    labels++;
    const best = Math.max(0, ...headerScores(text).values());
    if (best >= 0.7) hits++;
  }
  return hits * 2 + (labels >= 3 ? 1 : 0) - 2 * data;
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
      const valueOnly = VALUE_ONLY[column.key]?.(p) ?? 0;
      // Below any header that names the column, above the floor: the cells decide where headers say little.
      const byValues = valueOnly > 0 ? VALUE_FLOOR + VALUE_SPAN * valueOnly : 0;
      if (h > 0) {
        // A header match the cells contradict (dates under "Follow-up visit" vs yes/no) loses to a better fit.
        let score = p.filled === 0 ? h * 0.9 : 0.65 * h + 0.35 * fit;
        if (p.filled >= 3 && fit < 0.2) score *= 0.7;
        if (byValues > score)
          candidates.push({ index, key: column.key, score: byValues, basis: "header and values" });
        else
          candidates.push({
            index,
            key: column.key,
            score,
            basis: fit > 0.5 && p.filled > 0 ? "header and values" : "header",
          });
      } else if (byValues > 0)
        candidates.push({ index, key: column.key, score: byValues, basis: "values" });
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
  verifiedByValues(columns, sample, usedKeys);
  return { headerRow, columns };
}

/**
 * A yes/no column whose header says nothing is taken for "Verified by NPM"
 * when its "yes" rows are those marked implemented: what a visit checks.
 */
function verifiedByValues(
  columns: LegacyColumn[],
  sample: readonly CellInput[][],
  used: Set<ColumnKey>
): void {
  const status = columns.find((column) => column.key === "status");
  if (used.has("verified") || !status) return;
  for (const column of columns) {
    if (column.key !== null) continue;
    const answers = sample
      .map((row) => ({ yes: parseChoice("yesNo", row[column.index] ?? null)?.key, row }))
      .filter((entry) => entry.yes !== undefined);
    if (
      answers.length < 3 ||
      answers.length <
        0.5 * sample.filter((row) => row.some((cell) => cellText(cell) !== "")).length
    )
      continue;
    const yes = answers.filter((entry) => entry.yes === "yes");
    if (yes.length === 0) continue;
    const done = yes.filter((entry) => {
      const key = parseChoice("status", entry.row[status.index] ?? null)?.key;
      return key === "implemented" || key === "partiallyImplemented";
    }).length;
    if (done / yes.length >= 0.6) {
      Object.assign(column, { key: "verified", confidence: 0.45, basis: "values" });
      used.add("verified");
      return;
    }
  }
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
  /** kept: value kept as typed (could not be read); emptied: "?"/"n/a" read as empty; approximate: month or year only; split: remark moved to another column; repeatMark: marked as repeated from a mark in its reference or a note; skipped: row left out. */
  kind: "kept" | "emptied" | "approximate" | "split" | "repeatMark" | "skipped";
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
  const hasRepeated = mapped.some((column) => column.key === "repeated");
  const markColumns = mapping.columns.filter(
    (column) => column.key === "ref" || column.key === "notes" || column.key === null
  );
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
    // No Repeated column: a repeat mark written in the reference or a note says it ("12 (rep.)", "reiterated from 2021").
    if (!hasRepeated && record.repeated === undefined) {
      for (const column of markColumns) {
        const text = cellText(row[column.index]);
        const lowered = text
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase();
        if (text && text.length <= 200 && hasWord(lowered, LEGACY_WORDS.repeatMarks)) {
          record.repeated = true;
          result.notes.push({ row: sheetRow, column: "repeated", kind: "repeatMark", value: text });
          break;
        }
      }
    }
    result.records.push(record);
    result.sourceRows.push(sheetRow);
    result.extraValues.push(extras.map((column) => extraValue(row[column.index])));
  }
  result.idsMade = ensureIds(result.records, random);
  return result;
}
