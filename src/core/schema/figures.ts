/**
 * The Dashboard's block of figures from the history: values no formula can
 * compute (the implementation at each year end, medians and on-time shares
 * per addressee, repeats per place and theme), worked out in core
 * (src/core/tracker/figures.ts) and written by every store that writes the
 * tracker. Its place is defined here once: columns U to AB of the Dashboard,
 * beside the charts, from row 1, so it never moves when the Dashboard's
 * formula sections (columns A to H) grow. The block is a list of titled
 * tables; a new table is one more entry of that list, nothing else.
 */
import { address, columnLetter, parseAddress } from "./a1";
import type { CellPlan, CellStyle, CellValue } from "./plan";
import type { PlanTexts } from "./texts";

/** How a column's values read: text, a whole number, days (a median may end in .5), a share. */
export type FiguresFormat = "text" | "count" | "days" | "share";

export interface FiguresColumn {
  header: string;
  format: FiguresFormat;
}

/** One titled table of the block. */
export interface FiguresTable {
  /** Stable key: "yearEnd" feeds the chart of the status at each year end. */
  key: string;
  title: string;
  columns: FiguresColumn[];
  /** One array per row, a value per column (null: nothing to show). */
  rows: CellValue[][];
  /** A chart reads the first this many columns (categories, then series); all of them by default. */
  chartColumns?: number;
}

/** The block's content: its tables and the day they were worked out. */
export interface HistoryFigures {
  /** ISO day (YYYY-MM-DD) the values were last worked out. */
  refreshed: string;
  tables: FiguresTable[];
}

/** Where the block lives on the Dashboard: its first column (0-based: U), width and first row. */
export const FIGURES_BLOCK = { firstColumn: 20, columns: 8, firstRow: 1 } as const;

/** The block's columns as letters (U and AB), for ranges that clear or read it. */
export function figuresColumns(): { first: string; last: string } {
  return {
    first: columnLetter(FIGURES_BLOCK.firstColumn),
    last: columnLetter(FIGURES_BLOCK.firstColumn + FIGURES_BLOCK.columns - 1),
  };
}

/** The block's column widths: the first holds titles and names, the others numbers. */
export function figuresWidths(): { column: string; width: number }[] {
  return Array.from({ length: FIGURES_BLOCK.columns }, (_v, i) => ({
    column: columnLetter(FIGURES_BLOCK.firstColumn + i),
    width: i === 0 ? 34 : 14,
  }));
}

const NUMBER_FORMATS: Record<FiguresFormat, string | undefined> = {
  text: undefined,
  count: "0",
  days: undefined,
  share: "0%",
};

export interface FiguresBlockPlan {
  cells: CellPlan[];
  /** The last row the block writes. */
  lastRow: number;
  /** Each table's A1 range as a chart reads it (header row and rows, at least one; its chartColumns), by key. */
  ranges: Map<string, string>;
}

/** The block as plan cells: title, note, when last refreshed, then each table (title, header, rows). */
export function figuresBlock(figures: HistoryFigures, texts: PlanTexts): FiguresBlockPlan {
  const t = texts.figures;
  const cells: CellPlan[] = [];
  const first = FIGURES_BLOCK.firstColumn;
  const heading = { bold: true, fill: "#DDEBF7" };
  const quiet = { italic: true, fontColor: "#595959" };
  let row = FIGURES_BLOCK.firstRow;
  const put = (column: number, cell: Omit<CellPlan, "address">) =>
    cells.push({ address: address(row, first + column), ...cell });
  put(0, { value: t.title, style: { bold: true, fontSize: 14 } });
  row++;
  put(0, { value: t.note, style: quiet });
  row++;
  put(0, { value: t.refreshed, style: { bold: true } });
  // Text, so it reads the same in every store and language: an ISO day.
  put(1, { value: figures.refreshed, style: { bold: true } });
  row += 2;
  const ranges = new Map<string, string>();
  for (const table of figures.tables) {
    put(0, { value: table.title, style: { bold: true, fontSize: 12 } });
    row++;
    const header = row;
    table.columns.forEach((column, c) => put(c, { value: column.header, style: heading }));
    row++;
    if (table.rows.length === 0) {
      put(0, { value: t.nothingYet, style: quiet });
      row++;
    }
    for (const values of table.rows) {
      table.columns.forEach((column, c) => {
        const value = values[c] ?? null;
        if (value === null || value === "") return;
        const numberFormat = typeof value === "number" ? NUMBER_FORMATS[column.format] : undefined;
        put(c, numberFormat ? { value, numberFormat } : { value });
      });
      row++;
    }
    const last = Math.max(row - 1, header + 1);
    ranges.set(
      table.key,
      `${columnLetter(first)}${header}:${columnLetter(first + (table.chartColumns ?? table.columns.length) - 1)}${last}`
    );
    row++;
  }
  return { cells, lastRow: Math.max(FIGURES_BLOCK.firstRow, row - 2), ranges };
}

/** Cells of one row of the block that share a style, as one A1 range (no sheet). */
export interface FiguresStyleRun {
  range: string;
  style: CellStyle;
}

/**
 * The block as one rectangle, for a store that writes ranges rather than
 * cells (Graph's workbook API): the values and number formats row by row
 * from the block's first cell, the styled cells as runs along each row, and
 * the range the chart of the status at each year end reads. The content and
 * place are figuresBlock's; this only lays them out.
 */
export interface FiguresGrid {
  /** A1 range of the rectangle written (no sheet), from the block's first cell to its last row. */
  address: string;
  /** Every cell of the rectangle: "" where the block writes nothing. */
  values: (string | number)[][];
  /** "@" for text (so a name starting with "=" stays text), the column's format for a number, else "General". */
  numberFormats: string[][];
  styles: FiguresStyleRun[];
  /** The range the chart of the status at each year end reads, or null when the block has no such table. */
  chartRange: string | null;
}

export function figuresGrid(figures: HistoryFigures, texts: PlanTexts): FiguresGrid {
  const block = figuresBlock(figures, texts);
  const first = FIGURES_BLOCK.firstColumn;
  const width = FIGURES_BLOCK.columns;
  const height = block.lastRow - FIGURES_BLOCK.firstRow + 1;
  const values = Array.from({ length: height }, () => Array<string | number>(width).fill(""));
  const numberFormats = Array.from({ length: height }, () => Array<string>(width).fill("General"));
  const styled = new Map<number, { column: number; style: CellStyle }[]>();
  for (const cell of block.cells) {
    const { row, column } = parseAddress(cell.address);
    const r = row - FIGURES_BLOCK.firstRow;
    const c = column - first;
    const value = cell.value ?? "";
    values[r][c] = typeof value === "boolean" ? String(value) : value;
    numberFormats[r][c] = typeof value === "string" ? "@" : (cell.numberFormat ?? "General");
    if (cell.style) {
      const list = styled.get(row) ?? [];
      list.push({ column, style: cell.style });
      styled.set(row, list);
    }
  }
  const styles: FiguresStyleRun[] = [];
  for (const [row, cells] of [...styled].sort((a, b) => a[0] - b[0])) {
    cells.sort((a, b) => a.column - b.column);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const same =
        i < cells.length &&
        cells[i].column === cells[i - 1].column + 1 &&
        JSON.stringify(cells[i].style) === JSON.stringify(cells[start].style);
      if (same) continue;
      const from = address(row, cells[start].column);
      const to = address(row, cells[i - 1].column);
      styles.push({ range: from === to ? from : `${from}:${to}`, style: cells[start].style });
      start = i;
    }
  }
  return {
    address: `${address(FIGURES_BLOCK.firstRow, first)}:${address(block.lastRow, first + width - 1)}`,
    values,
    numberFormats,
    styles,
    chartRange: block.ranges.get("yearEnd") ?? null,
  };
}
