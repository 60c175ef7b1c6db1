/**
 * The open workbook as a TrackerStore (src/core/tracker/store.ts): the same
 * upsert that writes .xlsx files and Graph workbooks writes here. Reading
 * reuses the tracker reader; writing is one Excel.run with a fixed number of
 * requests whatever the table's size: two to find the table again, one to
 * check that each row to update still holds its recommendation, then one per
 * 3 MB of changes (a single one for any ordinary report).
 *
 * The user may sort, filter or edit the table between the preview and the
 * import. Rows are therefore found again by their Rec ID before anything is
 * written: a row that moved is written where it is now, and a row that is
 * gone (or whose Rec ID now appears twice) stops the import before the first
 * write, so a value never lands in another recommendation's row.
 */
import { parseRange } from "../../core/schema/a1";
import { ColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { CellValue, Language } from "../../core/schema/plan";
import { locateColumns } from "../../core/schema/upgrade";
import {
  listChange,
  ListChange,
  VOCABULARIES,
  VocabularyKey,
} from "../../core/schema/vocabularies";
import { numberFormatFor, wrapsText } from "../../core/schema/workbook-plan";
import { cellsToRecord, fieldToCell, listValuesOf } from "../../core/tracker/cells";
import { languageOfSheet } from "../../core/tracker/sheet-language";
import {
  nothingToWrite,
  recordsAfter,
  type RowUpdate,
  type TrackerChanges,
  type TrackerContent,
  type TrackerStore,
} from "../../core/tracker/store";
import { plannedDashboard, queueDashboardRefresh } from "./dashboard";
import type { CellInput, TrackerRecord } from "../../core/tracker/types";
import { packGreedy } from "../../core/model/packing";
import { chunkRows, jsonBytes, ROW_CHUNK_BYTES } from "./batch";
import { ExcelProblem } from "./errors";
import { ExcelHost, requireExcel } from "./host";
import {
  historyTableOf,
  hasHistory,
  inspectWorkbook,
  ListLocation,
  requireWritable,
  TrackerLocation,
  WorkbookState,
} from "./inspect";
import {
  HISTORY_COLUMN_BY_KEY,
  HISTORY_KEYS,
  HISTORY_TABLE,
  REPLY_DAYS_NAME,
} from "../../core/schema/history";
import {
  historyFromGrid,
  historyRecordToCells,
  locateHistoryColumns,
  NO_HISTORY,
  replyDaysOf,
  type HistoryContent,
} from "../../core/tracker/history";
import { readRows, readRowsOf, readTrackerIn, TrackerSnapshot } from "./read";
import { Deferred, Progress, sendDeferred } from "./write";

/** What the last write did, for the pane's summary and for tests. */
export interface ExcelWriteReport {
  /** Cells written in existing rows. */
  updatedCells: number;
  /** Rows added at the end of the table. */
  appendedRows: number;
  /** Empty rows at the end of the table that new recommendations filled instead of adding rows. */
  filledBlankRows: number;
  /** Rows found elsewhere than where they were read (sorted in between) and written where they are now. */
  moved: number;
  /** Schema columns the table lacks that had values to write: those values were not written. */
  missingColumns: ColumnKey[];
  /** Entries added to the Lists tables (new places, addressees, themes...). */
  listEntries: number;
}

const EMPTY_REPORT: ExcelWriteReport = {
  updatedCells: 0,
  appendedRows: 0,
  filledBlankRows: 0,
  moved: 0,
  missingColumns: [],
  listEntries: 0,
};

/** Rough JSON cost of the calls around a range write (object path, method names, address). */
const OPERATION_BYTES = 200;

const COLUMN_FORMATS: Record<ColumnKey, string> = Object.fromEntries(
  TRACKER_COLUMNS.map((column) => [column.key, numberFormatFor(column)])
) as Record<ColumnKey, string>;

/** Strings are always written as text ("@"), so "=1+1" or "-2" stay what the report says. */
function formatOf(key: ColumnKey, value: CellValue): string {
  return typeof value === "string" ? "@" : COLUMN_FORMATS[key];
}

function cellText(input: CellInput): string {
  return input === null || input === undefined ? "" : String(input).trim();
}

/** An id cell as core reads it (the reader trims and normalises the same way). */
function idOf(input: CellInput): string {
  const value = cellsToRecord({ id: input }).id;
  return value === undefined || value === null ? "" : String(value);
}

function textOf(input: CellInput): string {
  const value = cellsToRecord({ text: input }).text;
  return value === undefined || value === null ? "" : String(value);
}

/** Sheet columns of the schema columns, found again from the header row as it is now. */
function columnsNow(
  tracker: TrackerLocation,
  metadata: Parameters<typeof locateColumns>[1]
): Map<ColumnKey, number> {
  const { found } = locateColumns(tracker.headers, metadata);
  const out = new Map<ColumnKey, number>();
  for (const [key, index] of found) out.set(key, tracker.firstColumn + index);
  return out;
}

/** Consecutive sheet columns, so one range write covers them. */
interface ColumnRun {
  /** First sheet column (0-based). */
  column: number;
  keys: ColumnKey[];
}

function runsOf(columns: { key: ColumnKey; column: number }[]): ColumnRun[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const runs: ColumnRun[] = [];
  for (const entry of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.keys.length === entry.column) last.keys.push(entry.key);
    else runs.push({ column: entry.column, keys: [entry.key] });
  }
  return runs;
}

/** One row's new values in one run of adjacent columns. */
interface UpdatePiece {
  row: number;
  column: number;
  keys: ColumnKey[];
  cells: CellValue[];
  formats: string[];
}

/**
 * Pieces of consecutive rows over the same columns, merged into blocks of at most `maxBytes`
 * of values (so a block always fits in one request).
 */
function blocksOf(pieces: readonly UpdatePiece[], maxBytes: number): UpdatePiece[][] {
  const signature = (piece: UpdatePiece) => `${piece.column}:${piece.keys.join(",")}`;
  const sorted = [...pieces].sort(
    (a, b) =>
      a.column - b.column ||
      (signature(a) < signature(b) ? -1 : signature(a) > signature(b) ? 1 : 0) ||
      a.row - b.row
  );
  return packGreedy(
    sorted,
    (piece) => jsonBytes(piece.cells) + jsonBytes(piece.formats),
    maxBytes,
    (block, piece) => {
      const last = block[block.length - 1];
      return last.row + 1 === piece.row && signature(last) === signature(piece);
    }
  );
}

/** Requests packed greedily under the byte budget; each pack becomes one request. */
class RequestPacker {
  readonly deferred: Deferred = [];
  private current: (() => void)[] = [];
  private bytes = 0;
  private rows = 0;

  constructor(private readonly budget: number) {}

  add(bytes: number, rows: number, write: () => void): void {
    if (this.current.length > 0 && this.bytes + bytes > this.budget) this.flush();
    this.current.push(write);
    this.bytes += bytes;
    this.rows += rows;
  }

  flush(): void {
    if (this.current.length === 0) return;
    const writes = this.current;
    this.deferred.push({ rows: this.rows, write: () => writes.forEach((write) => write()) });
    this.current = [];
    this.bytes = 0;
    this.rows = 0;
  }
}

export interface ExcelStoreOptions {
  progress?: Progress;
  /** Request budget for the changes (tests lower it to see the chunking); Excel on the web refuses 5 MB. */
  budget?: number;
}

/**
 * The Recommendations table of the open workbook. read() then write(): the
 * write checks the rows against the read (empty-id rows by their text).
 */
export class ExcelTrackerStore implements TrackerStore {
  private snapshot: TrackerSnapshot | null = null;
  /** What the last write() did. */
  lastWrite: ExcelWriteReport | null = null;

  constructor(
    private readonly host: ExcelHost,
    private readonly options: ExcelStoreOptions = {}
  ) {}

  /** The tracker as last read (sheet, headers, rows), or null before read(). */
  get tracker(): TrackerSnapshot | null {
    return this.snapshot;
  }

  async read(): Promise<TrackerContent> {
    requireExcel(this.host);
    const snapshot = await this.host.run((context) =>
      readTrackerIn(context, this.options.progress)
    );
    this.snapshot = snapshot;
    return contentOf(snapshot);
  }

  /**
   * The History table's events and the reply-deadline setting (NO_HISTORY
   * for a tracker of schema v1): two requests for the structure, one per
   * block of events.
   */
  async readHistory(): Promise<HistoryContent> {
    requireExcel(this.host);
    return this.host.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const state = await inspectWorkbook(context);
      const loads = queueHistory(context, state, names);
      if (loads) await context.sync();
      return historyFrom(context, loads);
    });
  }

  /** read() and readHistory() in one run: what the data check needs, one request more than read(). */
  async readWithHistory(): Promise<{ content: TrackerContent; history: HistoryContent }> {
    requireExcel(this.host);
    const { snapshot, history } = await this.host.run((context) =>
      readTrackerAndHistoryIn(context, this.options.progress)
    );
    this.snapshot = snapshot;
    return { content: contentOf(snapshot), history };
  }

  async write(changes: TrackerChanges): Promise<void> {
    if (nothingToWrite(changes)) {
      this.lastWrite = { ...EMPTY_REPORT };
      return;
    }
    requireExcel(this.host);
    const snapshot = this.snapshot;
    this.lastWrite = await this.host.run((context) =>
      writeChanges(context, this.host, changes, snapshot, this.options)
    );
  }
}

function contentOf(snapshot: TrackerSnapshot): TrackerContent {
  return {
    language: snapshot.language,
    rows: snapshot.rows,
    columns: TRACKER_COLUMNS.map((column) => column.key).filter(
      (key) => snapshot.columns[key] !== undefined
    ),
    history: hasHistory(snapshot.state),
  };
}

/** Empty rows at the table's end looked at before filling them (a bounded read). */
const MAX_BLANK_ROWS_CHECKED = 20000;

interface Located {
  update: RowUpdate;
  /** Worksheet row (1-based) where the recommendation is now. */
  row: number;
}

async function writeChanges(
  context: Excel.RequestContext,
  host: ExcelHost,
  changes: TrackerChanges,
  snapshot: TrackerSnapshot | null,
  options: ExcelStoreOptions
): Promise<ExcelWriteReport> {
  const state = await inspectWorkbook(context);
  const tracker = state.tracker;
  if (!tracker) throw new ExcelProblem("noTracker");
  // Lists the data check tidies are rewritten whole: what stays, closed up, then what is new.
  const listChanges = listChangesOf(
    state.lists,
    [...changes.additions, ...changes.updates.map((update) => update.values)],
    changes.listRemovals ?? {}
  );
  requireWritable(state, [
    tracker.sheet,
    ...listChanges.map((entry) => entry.list.sheet),
    state.dashboard?.sheet,
  ]);
  const language: Language =
    snapshot?.language ?? state.metadata?.language ?? languageOfSheet(tracker.headers);
  // Follow-up events go to the History table in the same requests as the current columns.
  const events = changes.events ?? [];
  const historyTable = historyTableOf(state);
  if (events.length > 0 && !historyTable) throw new ExcelProblem("noHistory");
  if (events.length > 0 && historyTable) requireWritable(state, [historyTable.sheet]);
  const history =
    events.length > 0 && historyTable
      ? {
          table: context.workbook.tables.getItem(historyTable.name).load("showTotals"),
          header: context.workbook.tables
            .getItem(historyTable.name)
            .getHeaderRowRange()
            .load("values,columnIndex,rowIndex"),
          body: context.workbook.tables
            .getItem(historyTable.name)
            .getDataBodyRange()
            .load("rowCount"),
          first: context.workbook.tables
            .getItem(historyTable.name)
            .getDataBodyRange()
            .getRow(0)
            .load("values"),
        }
      : null;
  const columns = columnsNow(tracker, state.metadata);
  const worksheet = context.workbook.worksheets.getItem(tracker.sheet);
  const firstDataRow = tracker.headerRow + 1; // 0-based
  const rowCount = tracker.rowCount;

  // --- One request: the Rec IDs as they are now, the text of rows without one, the empty rows at the end.
  const noIdChecks = changes.updates
    .filter((update) => !update.id || !columns.has("id"))
    .map((update) => {
      const textColumn = columns.get("text");
      if (textColumn === undefined || update.row - 1 < firstDataRow)
        throw new ExcelProblem("rowChanged", { row: String(update.row) });
      return {
        update,
        cell: worksheet.getRangeByIndexes(update.row - 1, textColumn, 1, 1).load("values"),
      };
    });
  const blankAsRead = snapshot ? trailingBlankRows(snapshot) : 0;
  // Every empty row at the end is checked (a table extended in advance may have many), so the
  // first of them is filled first: new rows follow the last recommendation without a gap.
  const candidates =
    changes.additions.length > 0 ? Math.min(blankAsRead, rowCount, MAX_BLANK_ROWS_CHECKED) : 0;
  const tail =
    candidates > 0
      ? worksheet
          .getRangeByIndexes(
            firstDataRow + rowCount - candidates,
            tracker.firstColumn,
            candidates,
            tracker.columnCount
          )
          .load("values")
      : null;
  // A total row sits below the data: rows would be added above it, where this write does not expect them.
  const table = context.workbook.tables.getItem(tracker.table).load("showTotals");
  const idColumn = columns.get("id");
  let ids: string[] = [];
  if (idColumn !== undefined && changes.updates.length > 0 && rowCount > 0) {
    // readRows sends the loads queued above with its first block.
    const values = await readRows(context, tracker.sheet, firstDataRow, idColumn, rowCount, 1);
    ids = values.map((row) => idOf(row[0]));
  } else {
    await context.sync();
  }

  if (table.showTotals) throw new ExcelProblem("totalsRow", { table: tracker.table });
  if (history?.table.showTotals) throw new ExcelProblem("totalsRow", { table: HISTORY_TABLE });
  const located = locateUpdates(changes.updates, ids, idColumn !== undefined, firstDataRow);
  for (const check of noIdChecks) {
    const expected = snapshot?.rows.find((row) => row.row === check.update.row)?.values.text;
    const now = textOf(check.cell.values[0][0] as CellInput);
    const idNow = idColumn !== undefined ? (ids[check.update.row - 1 - firstDataRow] ?? "") : "";
    if (expected === undefined || now !== String(expected) || idNow !== "")
      throw new ExcelProblem("rowChanged", { row: String(check.update.row) });
  }
  let blank = 0;
  if (tail) {
    // A calculated column's values in rows the table was extended by do not make them used.
    const computed = new Set(tracker.computed);
    for (let i = tail.values.length - 1; i >= 0; i--) {
      if (tail.values[i].some((cell, c) => !computed.has(c) && cellText(cell as CellInput) !== ""))
        break;
      blank++;
    }
  }

  // --- The writes, packed into requests under the budget.
  const packer = new RequestPacker(options.budget ?? ROW_CHUNK_BYTES);
  const missing = new Set<ColumnKey>();
  let updatedCells = 0;

  // Rows side by side that change the same columns go in one range: a follow-up event for a block
  // of selected rows is a few writes, not one per row, so its requests stay few whatever the count.
  const pieces: UpdatePiece[] = [];
  for (const { update, row } of located) {
    const entries: { key: ColumnKey; column: number }[] = [];
    for (const key of Object.keys(update.values) as ColumnKey[]) {
      const column = columns.get(key);
      if (column === undefined) {
        if (!isEmpty(update.values[key])) missing.add(key);
        continue;
      }
      entries.push({ key, column });
    }
    for (const run of runsOf(entries)) {
      const line = run.keys.map((key) => fieldToCell(key, update.values[key], language));
      pieces.push({
        row,
        column: run.column,
        keys: run.keys,
        cells: line.map((value) => (value === null ? "" : value)),
        formats: run.keys.map((key, i) => formatOf(key, line[i])),
      });
      updatedCells += run.keys.length;
    }
  }
  for (const block of blocksOf(pieces, (options.budget ?? ROW_CHUNK_BYTES) / 4)) {
    const cells = block.map((piece) => piece.cells);
    const formats = block.map((piece) => piece.formats);
    const { row, column, keys } = block[0];
    packer.add(jsonBytes(cells) + jsonBytes(formats) + OPERATION_BYTES, 0, () => {
      const range = worksheet.getRangeByIndexes(row - 1, column, block.length, keys.length);
      range.numberFormat = formats;
      range.values = cells;
    });
  }

  const additions = changes.additions;
  for (const record of additions) {
    for (const key of Object.keys(record) as ColumnKey[])
      if (!columns.has(key) && !isEmpty(record[key])) missing.add(key);
  }
  const present = [...columns.entries()]
    .map(([key, column]) => ({ key, column }))
    .sort((a, b) => a.column - b.column);
  const runs = runsOf(present);
  const order = runs.flatMap((run) => run.keys);
  const rows: CellValue[][] = additions.map((record) =>
    order.map((key) => fieldToCell(key, record[key], language))
  );
  const fill = Math.min(blank, additions.length);
  const fillFrom = firstDataRow + rowCount - blank; // 0-based sheet row of the first empty row reused
  const appendFrom = firstDataRow + rowCount; // 0-based sheet row of the first added row
  const formats = order.map((key) => COLUMN_FORMATS[key]);
  for (const chunk of chunkRows(rows, formats)) {
    // Chunks follow request size; a chunk can straddle the reused empty rows and the added ones.
    const pieces: { start: number; count: number; sheetRow: number; append: boolean }[] = [];
    const end = chunk.start + chunk.values.length;
    if (chunk.start < fill)
      pieces.push({
        start: chunk.start,
        count: Math.min(end, fill) - chunk.start,
        sheetRow: fillFrom + chunk.start,
        append: false,
      });
    if (end > fill) {
      const from = Math.max(chunk.start, fill);
      pieces.push({
        start: from,
        count: end - from,
        sheetRow: appendFrom + (from - fill),
        append: true,
      });
    }
    for (const piece of pieces) {
      const offset = piece.start - chunk.start;
      const values = chunk.values.slice(offset, offset + piece.count);
      const cellFormats = chunk.formats.slice(offset, offset + piece.count);
      // Added rows come in empty first: the values follow with their formats, so text never passes as a formula.
      const blankRows = piece.append
        ? Array.from({ length: piece.count }, () =>
            Array.from({ length: tracker.columnCount }, () => "")
          )
        : null;
      const bytes =
        jsonBytes(values) +
        jsonBytes(cellFormats) +
        (blankRows ? jsonBytes(blankRows) : 0) +
        OPERATION_BYTES * (runs.length + 1);
      packer.add(bytes, piece.count, () => {
        if (blankRows) table.rows.add(undefined, blankRows);
        let at = 0;
        for (const run of runs) {
          const width = run.keys.length;
          const range = worksheet.getRangeByIndexes(piece.sheetRow, run.column, piece.count, width);
          range.numberFormat = cellFormats.map((line) => line.slice(at, at + width));
          range.values = values.map((line) => line.slice(at, at + width));
          at += width;
        }
      });
    }
  }

  for (const { list, add, rewrite: items } of listChanges) {
    if (!items) {
      const grid = add.map((value) => [value]);
      packer.add(jsonBytes(grid) + OPERATION_BYTES, 0, () =>
        context.workbook.tables.getItem(list.table).rows.add(undefined, grid)
      );
      continue;
    }
    const body = Array.from({ length: list.rows }, (_v, i) => [items[i] ?? ""]);
    const extra = items.slice(list.rows).map((item) => [item]);
    packer.add(jsonBytes(body) * 2 + jsonBytes(extra) + OPERATION_BYTES, 0, () => {
      const table = context.workbook.tables.getItem(list.table);
      const range = table.getDataBodyRange();
      range.numberFormat = body.map(() => ["@"]);
      range.values = body;
      if (extra.length > 0) table.rows.add(undefined, extra);
    });
  }
  if (history && historyTable) {
    // One row per event, its cells in the table's own column order; a new table's one blank row is filled first.
    const headers = (history.header.values[0] ?? []).map((cell) => String(cell ?? ""));
    const found = locateHistoryColumns(headers);
    const keyAt = new Map([...found].map(([key, at]) => [at, key]));
    const rows = events.map((event) => {
      const cells = historyRecordToCells(event, language, HISTORY_KEYS);
      return headers.map((_h, at) => {
        const key = keyAt.get(at);
        const value = key ? cells[HISTORY_KEYS.indexOf(key)] : null;
        return value === null ? "" : value;
      });
    });
    const formats = rows.map((row) =>
      row.map((value, at) => {
        const key = keyAt.get(at);
        const like = key ? HISTORY_COLUMN_BY_KEY.get(key)?.like : undefined;
        return typeof value === "string" || !like ? "@" : COLUMN_FORMATS[like];
      })
    );
    const firstBlank =
      history.body.rowCount === 1 &&
      (history.first.values[0] ?? []).every((cell) => cellText(cell as CellInput) === "");
    const blanks = rows.map((row) => row.map(() => ""));
    packer.add(jsonBytes(rows) * 2 + jsonBytes(formats) + OPERATION_BYTES * 2, 0, () => {
      const target = context.workbook.tables.getItem(historyTable.name);
      const appended = firstBlank ? rows.length - 1 : rows.length;
      if (appended > 0) target.rows.add(undefined, blanks.slice(0, appended));
      const sheet = context.workbook.worksheets.getItem(historyTable.sheet);
      const start = history.header.rowIndex + 1 + (firstBlank ? 0 : history.body.rowCount);
      const range = sheet.getRangeByIndexes(
        start,
        history.header.columnIndex,
        rows.length,
        headers.length
      );
      range.numberFormat = formats;
      range.values = rows;
    });
  }
  // Rows as tall as their wrapped texts: Excel measures them (new rows, and rows whose long texts changed).
  const wrapped = new Set(
    TRACKER_COLUMNS.filter((column) => wrapsText(column)).map((column) => column.key)
  );
  const refit = located
    .filter(({ update }) =>
      (Object.keys(update.values) as ColumnKey[]).some((key) => wrapped.has(key))
    )
    .map(({ row }) => row);
  if (refit.length > 0 || additions.length > 0)
    packer.add(OPERATION_BYTES * (refit.length + 1), 0, () => {
      for (const row of refit)
        worksheet
          .getRangeByIndexes(row - 1, tracker.firstColumn, 1, tracker.columnCount)
          .format.autofitRows();
      if (additions.length > 0)
        worksheet
          .getRangeByIndexes(fillFrom, tracker.firstColumn, additions.length, tracker.columnCount)
          .format.autofitRows();
    });
  // The Dashboard's labels follow the rows as they are after this write, in its last request.
  if (snapshot && state.dashboard) {
    const input = {
      language,
      headers: snapshot.headers,
      records: recordsAfter(snapshot.rows, changes, new Set(columns.keys())),
    };
    const lists = new Map(state.lists);
    for (const { key, list, add, rewrite } of listChanges)
      lists.set(key, { ...list, items: rewrite ?? [...list.items, ...add] });
    const withLists = { ...state, lists };
    packer.add(jsonBytes(plannedDashboard(withLists, input).cells) * 2, 0, () =>
      queueDashboardRefresh(context, host, withLists, input)
    );
  }
  packer.flush();
  await sendDeferred(context, packer.deferred, options.progress);
  return {
    updatedCells,
    appendedRows: additions.length - fill,
    filledBlankRows: fill,
    moved: located.filter((entry) => entry.row !== entry.update.row).length,
    missingColumns: TRACKER_COLUMNS.map((column) => column.key).filter((key) => missing.has(key)),
    listEntries: listChanges.reduce((sum, entry) => sum + entry.add.length, 0),
  };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Empty table rows after the last filled one, as read. */
function trailingBlankRows(snapshot: TrackerSnapshot): number {
  const tracker = snapshot.state.tracker;
  if (!tracker) return 0;
  const firstRow = tracker.headerRow + 2; // 1-based
  const lastFilled = snapshot.rows.reduce((max, row) => Math.max(max, row.row), firstRow - 1);
  return Math.max(0, firstRow + tracker.rowCount - 1 - lastFilled);
}

/**
 * Where each row to update is now. Rows with a Rec ID are found by it: in
 * place, or moved (written where they are now); gone or duplicated, the
 * import stops. Rows without one are checked by their text (by the caller).
 */
function locateUpdates(
  updates: readonly RowUpdate[],
  ids: readonly string[],
  haveIds: boolean,
  firstDataRow: number
): Located[] {
  const rowsOf = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (!id) return;
    const rows = rowsOf.get(id);
    const row = firstDataRow + 1 + i;
    if (rows) rows.push(row);
    else rowsOf.set(id, [row]);
  });
  return updates.map((update) => {
    if (!update.id || !haveIds) return { update, row: update.row };
    const rows = rowsOf.get(update.id) ?? [];
    if (rows.length === 1) return { update, row: rows[0] };
    throw new ExcelProblem(rows.length === 0 ? "rowGone" : "idRepeated", {
      id: update.id,
      row: String(update.row),
    });
  });
}

/**
 * What the write does to each Lists table (core's one decision, listChange):
 * the new words of the extendable lists (places, addressees, themes...), so
 * drop-downs and the Dashboard know them, and the lists the data check takes
 * words out of, rewritten whole.
 */
function listChangesOf(
  lists: ReadonlyMap<VocabularyKey, ListLocation>,
  records: readonly TrackerRecord[],
  removals: Partial<Record<VocabularyKey, string[]>>
): ({ key: VocabularyKey; list: ListLocation } & ListChange)[] {
  const wanted = listValuesOf(records);
  const out: ({ key: VocabularyKey; list: ListLocation } & ListChange)[] = [];
  for (const [key, list] of lists) {
    const change = listChange(
      list.items,
      VOCABULARIES[key].extendable ? (wanted[key] ?? []) : [],
      removals[key] ?? []
    );
    if (change.add.length > 0 || change.rewrite) out.push({ key, list, ...change });
  }
  return out;
}
/** Queued loads of the History table: its header and size, the setting's cell. */
interface HistoryLoads {
  where: { name: string; sheet: string };
  header: Excel.Range;
  body: Excel.Range;
  setting: Excel.Range | null;
  /** With the events asked for in the same request: how to ask for the History again without them. */
  again: (() => HistoryLoads) | null;
}

/**
 * Queues what reading the History needs (sent with the caller's next sync);
 * null for a tracker of schema v1. With `events`, the events themselves ride
 * on that request too, so no request is added for them (historyFrom falls
 * back to reading them by blocks when that answer was too large).
 */
export function queueHistory(
  context: Excel.RequestContext,
  state: WorkbookState,
  names: Excel.NamedItemCollection,
  events = false
): HistoryLoads | null {
  const where = historyTableOf(state);
  if (!where) return null;
  const table = context.workbook.tables.getItem(where.name);
  return {
    where,
    header: table.getHeaderRowRange().load("values,columnIndex,rowIndex,columnCount"),
    body: table.getDataBodyRange().load(events ? "rowCount,values" : "rowCount"),
    setting: queueReplyDays(context, names),
    again: events ? () => queueHistory(context, state, names) as HistoryLoads : null,
  };
}

/** A loaded property, or undefined when its request failed (an answer over the payload cap, retried without it). */
function loaded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The events once the queued loads are back: one request per block of events (none when they came with the loads). */
export async function historyFrom(
  context: Excel.RequestContext,
  loads: HistoryLoads | null
): Promise<HistoryContent> {
  if (!loads) return NO_HISTORY;
  const eager = loads.again ? loaded(() => loads.body.values) : undefined;
  if (loads.again && eager === undefined) {
    // The request that carried them was refused for its size and sent again without them: asked again, by blocks.
    const again = loads.again();
    await context.sync();
    return historyFrom(context, again);
  }
  const { where, header, body, setting } = loads;
  const values =
    eager ??
    (await readRows(
      context,
      where.sheet,
      header.rowIndex + 1,
      header.columnIndex,
      body.rowCount,
      header.columnCount
    ));
  return historyFromGrid(header.values[0] ?? [], values as CellInput[][], {
    firstRow: header.rowIndex + 2,
    replyDays: replyDaysIn(setting),
  }).content;
}

/**
 * The tracker's rows and its History in one run: the structure (2
 * requests, the names with the first), then the rows with the History's
 * place, setting and events (one request per block; events too large to
 * come with the rows are asked again by blocks).
 */
export async function readTrackerAndHistoryIn(
  context: Excel.RequestContext,
  progress?: Progress
): Promise<{ snapshot: TrackerSnapshot; history: HistoryContent }> {
  const names = context.workbook.names.load("items/name,items/formula");
  const state = await inspectWorkbook(context);
  const loads = queueHistory(context, state, names, true);
  const snapshot = await readRowsOf(context, state, progress);
  return { snapshot, history: await historyFrom(context, loads) };
}

/**
 * Queues the load of the reply-deadline setting's cell, found by its name
 * among `names` (loaded with items/name and items/formula); null when the
 * workbook has no such name. Read it with replyDaysIn after the next sync.
 */
export function queueReplyDays(
  context: Excel.RequestContext,
  names: Excel.NamedItemCollection
): Excel.Range | null {
  const named = names.items.find(
    (item) => item.name.toLowerCase() === REPLY_DAYS_NAME.toLowerCase()
  );
  const target = named ? parseRange(named.formula.trim().replace(/^=/, "")) : null;
  if (!target?.sheet) return null;
  return context.workbook.worksheets
    .getItem(target.sheet)
    .getRangeByIndexes(target.firstRow - 1, target.firstColumn, 1, 1)
    .load("values");
}

/** The setting's value once its range was loaded (null: none set, or not a whole number of days). */
export function replyDaysIn(setting: Excel.Range | null): number | null {
  return setting ? replyDaysOf((setting.values[0]?.[0] ?? null) as CellInput) : null;
}
