import {
  COLUMN_BY_KEY,
  ColumnDef,
  ColumnKey,
  TABLE_ORDER,
  TRACKER_COLUMNS,
} from "../schema/columns";
import { isoToSerial } from "../schema/dates";
import type { CellValue, Language } from "../schema/plan";
import { VOCABULARIES, VocabularyKey, vocabularyLabel } from "../schema/vocabularies";
import { normaliseField } from "./normalize";
import type { CellInput, FieldValue, TrackerRecord } from "./types";

/** One field as a cell value in the workbook's language (dates as serial numbers, list keys as labels). */
export function fieldToCell(
  key: ColumnKey,
  value: FieldValue | undefined,
  language: Language
): CellValue {
  if (value === undefined || value === null || value === "") return null;
  const column = COLUMN_BY_KEY.get(key) as ColumnDef;
  switch (column.kind) {
    case "date":
    case "dateTime":
      return typeof value === "string" ? (isoToSerial(value) ?? value) : value;
    case "yesNo":
      return typeof value === "boolean"
        ? (vocabularyLabel("yesNo", value ? "yes" : "no", language) as string)
        : value;
    case "list": {
      // Extendable lists hold the NPM's own words, never keys: "prison" stays "prison".
      const vocabulary = column.vocabulary as VocabularyKey;
      if (VOCABULARIES[vocabulary].extendable || typeof value !== "string") return value;
      return vocabularyLabel(vocabulary, value, language) ?? value;
    }
    default:
      return value;
  }
}

/** A record as a table row, its schema columns in `order` (a new table's by default). */
export function recordToCells(
  record: TrackerRecord,
  language: Language,
  order: readonly ColumnKey[] = TABLE_ORDER
): CellValue[] {
  return order.map((key) => fieldToCell(key, record[key], language));
}

/** The values of a list cell: several for a several-value column ("A; B"), else the one. */
export function cellValues(key: ColumnKey, value: FieldValue | undefined): string[] {
  if (value === undefined || value === null || value === "") return [];
  const text = String(value).trim();
  if (COLUMN_BY_KEY.get(key)?.kind !== "multiList") return text ? [text] : [];
  return text
    .split(/\s*;\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Distinct values a column reader remembers. */
const REMEMBERED = 4096;

/**
 * One column's cells read into its canonical form (normaliseField's
 * value), remembering what the cells of a column that repeats a few values
 * (lists, dates, yes/no, scores) read as: the rows of a large tracker hold
 * a few hundred of them, read once each instead of once per row. Texts are
 * read each time (they rarely repeat). The same values as normaliseField,
 * which depends on the cell only.
 */
export function columnReader(key: ColumnKey): (input: CellInput) => FieldValue {
  const kind = COLUMN_BY_KEY.get(key)?.kind;
  if (kind === "text" || kind === "longText" || kind === "hyperlink")
    return (input) => normaliseField(key, input).value;
  const known = new Map<string | number | boolean, FieldValue>();
  return (input) => {
    if (input === null || input === undefined || input instanceof Date)
      return normaliseField(key, input).value;
    let value = known.get(input);
    if (value === undefined) {
      value = normaliseField(key, input).value;
      if (known.size < REMEMBERED) known.set(input, value);
    }
    return value;
  };
}

/** Cells read from a tracker (by key) -> canonical record. Cells that cannot be read stay as typed. */
export function cellsToRecord(cells: Partial<Record<ColumnKey, CellInput>>): TrackerRecord {
  const record: TrackerRecord = {};
  for (const key in cells) {
    const value = normaliseField(key as ColumnKey, cells[key as ColumnKey] as CellInput).value;
    if (value !== null) record[key as ColumnKey] = value;
  }
  return record;
}

/** Values of the extendable lists used in `records`, to extend the Lists sheet so drop-downs and the Dashboard know them. */
export function listValuesOf(
  records: readonly TrackerRecord[]
): Partial<Record<VocabularyKey, string[]>> {
  const extras: Partial<Record<VocabularyKey, string[]>> = {};
  for (const column of TRACKER_COLUMNS) {
    if (!column.vocabulary || !VOCABULARIES[column.vocabulary].extendable) continue;
    const values: string[] = [];
    for (const record of records) {
      const value = record[column.key];
      if (typeof value === "string") values.push(...cellValues(column.key, value));
    }
    extras[column.vocabulary] = values;
  }
  return extras;
}
