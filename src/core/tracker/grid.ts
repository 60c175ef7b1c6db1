import { COLUMN_BY_KEY, type ColumnKey } from "../schema/columns";
import { columnReader } from "./cells";
import type { CellInput, TrackerRecord, TrackerRow } from "./types";

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
  const found = [...columns.found].map(([key, index]) => {
    const kind = COLUMN_BY_KEY.get(key)?.kind;
    return {
      key,
      index,
      computed: computed.has(index),
      date: kind === "date" || kind === "dateTime",
      read: columnReader(key),
    };
  });
  // One array of inputs for every row: a row's record is built from it, in the columns' order.
  const inputs: CellInput[] = new Array<CellInput>(found.length);
  return (cells = [], i) => {
    let filled = false;
    for (let f = 0; f < found.length; f++) {
      const column = found[f];
      let input = cells[column.index] ?? null;
      if (typeof input === "string" && input === "") input = null;
      if (!filled && !column.computed && !isEmptyCell(input)) filled = true;
      if (options.date1904 && typeof input === "number" && column.date) input += DAYS_1900_TO_1904;
      inputs[f] = input;
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
    // As cellsToRecord: each field read into its canonical form, empty ones left out.
    const values: TrackerRecord = {};
    for (let f = 0; f < found.length; f++) {
      const value = found[f].read(inputs[f]);
      if (value !== null) values[found[f].key] = value;
    }
    return { row: options.firstRow + i, values, extra };
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
