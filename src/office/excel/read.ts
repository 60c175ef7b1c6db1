/**
 * Reading the tracker's rows and a sheet's cells. Responses are capped at
 * 5 MB like requests, so the cells come in blocks of rows (one request per
 * block); a block refused for its size is read again in halves.
 */
import { ColumnKey } from "../../core/schema/columns";
import type { TrackerMetadata } from "../../core/schema/customxml";
import type { Language } from "../../core/schema/plan";
import { locateColumns } from "../../core/schema/upgrade";
import { rowsFromGrid } from "../../core/tracker/grid";
import type { CellInput, TrackerRow } from "../../core/tracker/types";
import { isPayloadError, readBlocks } from "./batch";
import { ExcelProblem } from "./errors";
import { ExcelHost, requireExcel } from "./host";
import { inspectWorkbook, WorkbookState } from "./inspect";
import type { Progress } from "./write";
import { languageOfSheet } from "../../core/tracker/sheet-language";

export interface TrackerSnapshot {
  sheet: string;
  table: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  language: Language;
  metadata: TrackerMetadata | null;
  /** Header of each schema column found, as the workbook shows it. */
  headers: Partial<Record<ColumnKey, string>>;
  /** 0-based sheet column of each schema column found. */
  columns: Partial<Record<ColumnKey, number>>;
  extraHeaders: string[];
  /** Rows with at least one filled cell; `row` is the worksheet row number. */
  rows: TrackerRow[];
  state: WorkbookState;
}

/** Values of a block of rows; one request per block, halved when Excel finds the answer too big. */
export async function readRows(
  context: Excel.RequestContext,
  sheet: string,
  firstRow: number,
  firstColumn: number,
  rowCount: number,
  columnCount: number,
  progress?: Progress,
  bytesPerRow?: number
): Promise<(string | number | boolean)[][]> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const out: (string | number | boolean)[][] = [];
  const queue = readBlocks(rowCount, columnCount, bytesPerRow);
  while (queue.length > 0) {
    const block = queue.shift() as { start: number; count: number };
    const range = worksheet
      .getRangeByIndexes(firstRow + block.start, firstColumn, block.count, columnCount)
      .load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: responses are capped at 5 MB too
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || block.count === 1) throw error;
      const half = Math.ceil(block.count / 2);
      queue.unshift(
        { start: block.start, count: half },
        { start: block.start + half, count: block.count - half }
      );
      continue;
    }
    for (const row of range.values) out.push(row as (string | number | boolean)[]);
    progress?.(out.length, rowCount);
  }
  return out;
}

/**
 * Reads the tracker's rows in an open request context: 2 requests for the
 * structure, then one per block of rows (one block while the rows add up to
 * under 4 MB).
 */
export async function readTrackerIn(
  context: Excel.RequestContext,
  progress?: Progress
): Promise<TrackerSnapshot> {
  return readRowsOf(context, await inspectWorkbook(context), progress);
}

/** The tracker's rows once the workbook is inspected: one request per block of rows. */
export async function readRowsOf(
  context: Excel.RequestContext,
  state: WorkbookState,
  progress?: Progress
): Promise<TrackerSnapshot> {
  const tracker = state.tracker;
  if (!tracker) throw new ExcelProblem("noTracker");
  const { found, extra } = locateColumns(tracker.headers, state.metadata);
  const values = await readRows(
    context,
    tracker.sheet,
    tracker.headerRow + 1,
    tracker.firstColumn,
    tracker.rowCount,
    tracker.columnCount,
    progress,
    tracker.bytesPerRow
  );
  const headers: Partial<Record<ColumnKey, string>> = {};
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const [key, index] of found) {
    headers[key] = tracker.headers[index];
    columns[key] = tracker.firstColumn + index;
  }
  const rows = rowsFromGrid(
    values,
    { found, extra, computed: new Set(tracker.computed) },
    { firstRow: tracker.headerRow + 2 }
  );
  return {
    sheet: tracker.sheet,
    table: tracker.table,
    headerRow: tracker.headerRow,
    language: state.metadata?.language ?? languageOfSheet(tracker.headers),
    metadata: state.metadata,
    headers,
    columns,
    extraHeaders: extra.map((column) => column.header),
    rows,
    state,
  };
}

export async function readTracker(
  host: ExcelHost,
  options: { progress?: Progress } = {}
): Promise<TrackerSnapshot> {
  requireExcel(host);
  return host.run((context) => readTrackerIn(context, options.progress));
}

/** Selects one cell (to show the user a data-quality issue) and brings its sheet to the front. One request. */
export async function selectCell(
  host: ExcelHost,
  target: { sheet: string; row: number; column: number }
): Promise<void> {
  await host.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(target.sheet);
    worksheet.activate();
    worksheet.getRangeByIndexes(target.row - 1, target.column, 1, 1).select();
    await context.sync();
  });
}

/** Brings a sheet to the front (after an import: the Recommendations sheet, the Dashboard). One request. */
export async function showSheet(host: ExcelHost, sheet: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

export interface SheetSummary {
  name: string;
  /** Size of the used range (0 when empty). */
  rows: number;
  columns: number;
}

/** The workbook's sheets and how much each holds, for choosing the sheet to adopt. Two requests. */
export async function listSheets(host: ExcelHost): Promise<SheetSummary[]> {
  requireExcel(host);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load("rowCount,columnCount")
    );
    await context.sync();
    return sheets.items.map((sheet, i) => ({
      name: sheet.name,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      columns: used[i].isNullObject ? 0 : used[i].columnCount,
    }));
  });
}

/** A sheet's cells from A1 to the end of its used range (rows and columns before it come back empty). */
export async function readSheetIn(
  context: Excel.RequestContext,
  sheet: string,
  progress?: Progress
): Promise<CellInput[][]> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (worksheet.isNullObject) throw new ExcelProblem("sheetMissing", { sheet });
  const used = worksheet
    .getUsedRangeOrNullObject(true)
    .load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) throw new ExcelProblem("sheetEmpty", { sheet });
  const values = await readRows(
    context,
    sheet,
    used.rowIndex,
    used.columnIndex,
    used.rowCount,
    used.columnCount,
    progress
  );
  const pad: CellInput[] = Array.from({ length: used.columnIndex }, () => null);
  const rows: CellInput[][] = Array.from({ length: used.rowIndex }, () => []);
  for (const row of values) rows.push([...pad, ...row.map((cell) => (cell === "" ? null : cell))]);
  return rows;
}

export async function readSheet(
  host: ExcelHost,
  sheet: string,
  options: { progress?: Progress } = {}
): Promise<CellInput[][]> {
  requireExcel(host);
  return host.run((context) => readSheetIn(context, sheet, options.progress));
}
