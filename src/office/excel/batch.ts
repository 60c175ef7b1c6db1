/**
 * Pure helpers of the Excel adapter: how big a request is, how to split row
 * writes so each request stays under Excel on the web's 5 MB limit, and the
 * number formats that keep written strings as text. No Office calls here, so
 * they are tested directly.
 */
import { columnLetter, LAST_ROW, sheetRef } from "../../core/schema/a1";
import type { CellValue } from "../../core/schema/plan";
import { jsonBytes } from "../../core/model/packing";

/** Excel on the web refuses a request (or a response) above 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Budget for the row data of one request. The rest of the limit is left for
 * the operations sent with the first chunk (sheets, validations, formats,
 * dashboard formulas: well under 1 MB).
 */
export const ROW_CHUNK_BYTES = 3 * 1024 * 1024;
/** Cells read per request when nothing is known of the rows: at 80 bytes a cell (long texts included) this stays under 5 MB. */
export const READ_CELL_BUDGET = 60000;
/**
 * Answer size aimed at when the rows' size is estimated from a sample: under
 * the 5 MB cap with room for rows longer than the sample (a block refused
 * for its size is read again in halves).
 */
export const READ_BYTE_BUDGET = 4 * 1024 * 1024;
/** Rows sampled with the table's structure to estimate the size of a row. */
export const READ_SAMPLE_ROWS = 200;
/** However light the rows, a block never asks for more cells than this (a refused block is costly to retry). */
const READ_CELL_CEILING = 1_000_000;

const PAYLOAD_TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
]);

/** Whether Excel refused a request, or its answer, for its size. */
export function isPayloadError(error: unknown): boolean {
  return (
    !!error &&
    typeof error === "object" &&
    PAYLOAD_TOO_LARGE.has(String((error as { code?: unknown }).code))
  );
}

/** UTF-8 size of a value as JSON, the way Office.js sends it (one rule with Graph's). */
export { jsonBytes };

/**
 * Every string is written as text: its cell gets the "@" format in the same
 * request, before the value, so "=1+1", "+cmd", "-2" and "@SUM(A1)" are never
 * read as formulas or numbers. Other values take the column's format.
 */
export function formatsFor(
  rows: readonly (readonly CellValue[])[],
  columnFormats: readonly string[]
): string[][] {
  return rows.map((row) =>
    row.map((value, c) => (typeof value === "string" ? "@" : (columnFormats[c] ?? "General")))
  );
}

/** Cell values as Office.js takes them: null becomes "" (an empty cell), since null means "leave as is". */
export function officeValues(
  rows: readonly (readonly CellValue[])[],
  width: number
): (string | number | boolean)[][] {
  return rows.map((row) => {
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c];
      out.push(value === null || value === undefined ? "" : value);
    }
    return out;
  });
}

export interface RowChunk {
  /** Index of the first row of the chunk in the rows given. */
  start: number;
  values: (string | number | boolean)[][];
  formats: string[][];
}

/**
 * Splits rows into chunks whose values and formats together stay under
 * `budget` bytes. A single row larger than the budget is a chunk of its own
 * (Excel caps a cell at 32,767 characters, so a row cannot reach 5 MB).
 */
export function chunkRows(
  rows: readonly (readonly CellValue[])[],
  columnFormats: readonly string[],
  budget: number = ROW_CHUNK_BYTES
): RowChunk[] {
  const width = columnFormats.length;
  const values = officeValues(rows, width);
  const formats = formatsFor(
    values.map((row) => row.map((v) => (v === "" ? null : v))),
    columnFormats
  );
  const chunks: RowChunk[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    // +2 for the comma and bracket each row adds to both arrays.
    const rowBytes = jsonBytes(values[i]) + jsonBytes(formats[i]) + 2;
    if (i > start && size + rowBytes > budget) {
      chunks.push({ start, values: values.slice(start, i), formats: formats.slice(start, i) });
      start = i;
      size = 0;
    }
    size += rowBytes;
  }
  if (values.length > start)
    chunks.push({ start, values: values.slice(start), formats: formats.slice(start) });
  return chunks;
}

/**
 * Row blocks for reading `rowCount` rows of `columnCount` cells, each block
 * one request. With `bytesPerRow` (the JSON size of sampled rows) blocks are
 * sized by the answer's expected size, so a tracker of short rows is read in
 * one request whatever its length; without it, by a cautious cell count.
 */
export function readBlocks(
  rowCount: number,
  columnCount: number,
  bytesPerRow?: number
): { start: number; count: number }[] {
  const columns = Math.max(1, columnCount);
  const per = Math.max(
    1,
    bytesPerRow && bytesPerRow > 0
      ? Math.min(
          Math.floor(READ_BYTE_BUDGET / bytesPerRow),
          Math.floor(READ_CELL_CEILING / columns)
        )
      : Math.floor(READ_CELL_BUDGET / columns)
  );
  const blocks: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += per)
    blocks.push({ start, count: Math.min(per, rowCount - start) });
  return blocks;
}

/**
 * Moves the column references of a formula written for the schema's column
 * order ("$X2": absolute column, relative row) to where the columns are in
 * this workbook's table, and to its header row. References to other sheets
 * ("Lists!$A$2") and text in quotes are left alone.
 */
export function relocateColumnRefs(
  formula: string,
  columnMap: ReadonlyMap<number, number>,
  firstDataRow: number
): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(
        /(^|[^A-Za-z0-9_!$'])\$([A-Z]{1,3})(\d+)(?![\d(])/g,
        (whole, before: string, letters: string, row: string) => {
          const from = columnIndexOf(letters);
          const to = columnMap.get(from);
          if (to === undefined) return whole;
          const newRow = Number(row) - 2 + firstDataRow;
          return `${before}$${columnLetter(to)}${newRow}`;
        }
      );
    })
    .join("");
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 range of one sheet column from `firstRow` to the sheet's last row (rules that follow the table as it grows). */
export function columnToEnd(column: number, firstRow: number): string {
  const letter = columnLetter(column);
  return `${letter}${firstRow}:${letter}${LAST_ROW}`;
}

/**
 * A drop-down source planned for the Lists table at `planned` moved to where
 * that table really is (a tracker whose Lists sheet was built differently).
 */
export function relocateListSource(
  source: string,
  planned: { sheet: string; column: number },
  actual: { sheet: string; column: number; firstDataRow: number }
): string {
  const from = columnLetter(planned.column);
  const to = columnLetter(actual.column);
  const fromSheet = `${sheetRef(planned.sheet)}!`;
  const toSheet = `${sheetRef(actual.sheet)}!`;
  return source
    .split(`${fromSheet}$${from}$2:$${from}$${LAST_ROW}`)
    .join(`${toSheet}$${to}$${actual.firstDataRow}:$${to}$${LAST_ROW}`)
    .split(`${fromSheet}$${from}$2`)
    .join(`${toSheet}$${to}$${actual.firstDataRow}`);
}

/** Excel's column width unit (characters of the default font) to Office.js points. */
export function widthToPoints(characters: number): number {
  // Excel draws a character column as 7 pixels plus 5 pixels of padding; 1 pixel = 0.75 point.
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel refuses validation titles over 32 characters and messages over 255. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
