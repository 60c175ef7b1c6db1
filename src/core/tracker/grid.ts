import { COLUMN_BY_KEY, type ColumnKey } from "../schema/columns";
import { cellsToRecord } from "./cells";
import type { CellInput, TrackerRow } from "./types";

/**
 * Tracker rows from a block of cells as every store reads it (the .xlsx
 * reader, the Excel pane, Graph): one idea of an empty cell and of an empty
 * row, so the three stores see the same recommendations in the same table.
 */

/** Where the tracker's columns are in the grid (0-based indexes into each row). */
export interface GridColumns {
  found: ReadonlyMap<ColumnKey, number>;
  /** The user's own columns, kept as they are. */
  extra: readonly { header: string; index: number }[];
  /**
   * Calculated columns (a formula on every row of the table): their values
   * alone do not make a recommendation, so rows a table was extended by in
   * advance are not taken as recommendations.
   */
  computed?: ReadonlySet<number>;
}

export interface GridOptions {
  /** Worksheet row number of the grid's first row. */
  firstRow: number;
  /** The workbook counts dates from 1904: date serials are 1,462 days smaller than Excel's usual ones. */
  date1904?: boolean;
}

/** Nothing in the cell: no value, or only spaces. */
export function isEmptyCell(value: CellInput): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const DAYS_1900_TO_1904 = 1462;

/**
 * Reads the rows of a grid one at a time, as a store streaming its rows
 * gets them: the row at index `i` (0 for `options.firstRow`) as a tracker
 * row, or null when it holds nothing.
 */
export function gridRowReader(
  columns: GridColumns,
  options: GridOptions
): (cells: readonly CellInput[] | undefined, i: number) => TrackerRow | null {
  const computed = columns.computed ?? new Set<number>();
  const kinds = new Map([...columns.found].map(([key]) => [key, COLUMN_BY_KEY.get(key)?.kind]));
  return (cells = [], i) => {
    const inputs: Partial<Record<ColumnKey, CellInput>> = {};
    let filled = false;
    for (const [key, index] of columns.found) {
      let input = cells[index] ?? null;
      if (typeof input === "string" && input === "") input = null;
      if (!isEmptyCell(input) && !computed.has(index)) filled = true;
      const kind = kinds.get(key);
      if (options.date1904 && typeof input === "number" && (kind === "date" || kind === "dateTime"))
        input += DAYS_1900_TO_1904;
      inputs[key] = input;
    }
    const extra: Record<string, string | number | boolean | null> | undefined =
      columns.extra.length > 0 ? {} : undefined;
    for (const column of columns.extra) {
      const input = cells[column.index] ?? null;
      if (!isEmptyCell(input) && !computed.has(column.index)) filled = true;
      (extra as Record<string, string | number | boolean | null>)[column.header] =
        input === "" ? null : input instanceof Date ? input.toISOString().slice(0, 10) : input;
    }
    if (!filled) return null;
    return {
      row: options.firstRow + i,
      values: cellsToRecord(inputs),
      extra,
    };
  };
}

export function rowsFromGrid(
  grid: readonly (readonly CellInput[] | undefined)[],
  columns: GridColumns,
  options: GridOptions
): TrackerRow[] {
  const read = gridRowReader(columns, options);
  const rows: TrackerRow[] = [];
  grid.forEach((cells, i) => {
    const row = read(cells, i);
    if (row) rows.push(row);
  });
  return rows;
}
