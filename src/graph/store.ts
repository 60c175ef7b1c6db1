import { CellRange, columnLetter, parseRange, rangeAddress } from "../core/schema/a1";
import { ColumnKey, RECOMMENDATIONS_TABLE, TRACKER_COLUMNS } from "../core/schema/columns";
import type { CellValue, Language } from "../core/schema/plan";
import { locateColumns } from "../core/schema/upgrade";
import { fieldToCell, listValuesOf } from "../core/tracker/cells";
import { isEmptyCell, rowsFromGrid } from "../core/tracker/grid";
import { newListWords, VOCABULARIES, VocabularyKey } from "../core/schema/vocabularies";
import { languageOfHeaders, recogniseRenamed } from "../core/tracker/plan-inputs";
import type {
  TrackerChanges,
  TrackerContent,
  TrackerStore,
  WriteOutcome,
} from "../core/tracker/store";
import { normaliseRecText } from "../core/tracker/upsert";
import { HISTORY_KEYS, HISTORY_TABLE, REPLY_DAYS_NAME } from "../core/schema/history";
import {
  historyRecordToCells,
  historyRowsFromGrid,
  locateHistoryColumns,
  NO_HISTORY,
  replyDaysOf,
  type HistoryContent,
  type HistoryRecord,
} from "../core/tracker/history";
import type { TrackerRecord } from "../core/tracker/types";
import {
  encodeSharingUrl,
  GraphClient,
  GraphClientOptions,
  GraphProblem,
  GraphRequest,
} from "./client";

/**
 * A tracker workbook in OneDrive or SharePoint as a TrackerStore, through
 * the Microsoft Graph workbook API (docs/architecture.md,
 * channel 2). One persistent workbook session per push: read() opens it,
 * write() (or close()) closes it.
 *
 * "A batch is written in full or not at all, as seen by a re-read": write()
 * remembers what each request changed (the prior values and number formats
 * of patched cells, the rows it added) and, when a later request fails,
 * puts them back before reporting. A dropped connection on a request that
 * is not idempotent (rows/add, range delete) is resolved by reading the
 * table again, never by sending blindly twice.
 *
 * Cell values follow Excel's API rules ("Blank and null values in Excel
 * add-ins", documented for Office.js; Graph's workbook API is the same
 * service): in a 2-D array, null leaves a cell as it is and "" clears it; a string is parsed like typed input unless the cell's
 * number format is text ("@"), so every string goes in with "@" (formula
 * injection, and "12" or "2024-01-01" staying text).
 */

export type WorkbookRef = { shareUrl: string } | { driveId: string; itemId: string };

export interface GraphStoreOptions extends GraphClientOptions {
  /**
   * Bytes of JSON per write request. Graph (SharePoint/OneDrive) refuses
   * request bodies over 4 MB and Excel on the web over 5 MB; 2 MB leaves
   * room for the envelope and multi-byte text measured as UTF-8.
   */
  chunkBytes?: number;
  /** Cells per read request (values of long texts included, this stays well under 4 MB). */
  readCells?: number;
  /** Read a tracker whose schema columns are not all there instead of refusing it (olderSchema). */
  allowMissingColumns?: boolean;
}

export const WRITE_CHUNK_BYTES = 2 * 1024 * 1024;
export const READ_CELL_BUDGET = 30000;

/** A range address as Graph gives it: sheet name, 1-based rows, 0-based columns. */
export type RangeAddress = CellRange;

/** "Recommendations!A1:AG3", "'My sheet'!B2" -> RangeAddress. */
export function parseRangeAddress(address: string): RangeAddress {
  const range = parseRange(address);
  if (!range) throw new GraphProblem("unknown", { detail: `unreadable range address ${address}` });
  return range;
}

function a1(firstRow: number, lastRow: number, firstColumn: number, lastColumn: number): string {
  return rangeAddress({ firstRow, lastRow, firstColumn, lastColumn });
}

const encoder = new TextEncoder();
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

type Cell = string | number | boolean;
/** A write grid: null leaves the cell as it is. */
type Grid = (Cell | null)[][];

interface RangeJson {
  address?: string;
  values?: Cell[][];
  numberFormat?: (string | null)[][];
}

interface Layout {
  sheet: string;
  headerRow: number;
  lastRow: number;
  firstColumn: number;
  width: number;
  /** Table column (0-based, within the table) of each schema column found. */
  columns: Map<ColumnKey, number>;
  language: Language;
  /** Mean JSON size of a data row as read: what a read of rows between two updates costs. */
  rowBytes: number;
}

/** Where a table sits: its sheet, header row and columns (0-based). */
interface TablePlace {
  name: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
}

/**
 * What one write request changed, to put back if a later one fails. Rows are
 * found again by what they hold (a Rec ID, a list word), never by their
 * address alone: a colleague may sort or insert rows while a send runs.
 */
type Undo =
  | {
      kind: "patch";
      sheet: string;
      /** Sheet columns of the rectangle written. */
      firstColumn: number;
      lastColumn: number;
      /** Each row patched: its Rec ID and its values and formats before (null: not written). */
      rows: { id: string; values: (Cell | null)[]; formats: (string | null)[] }[];
    }
  | {
      kind: "addRecommendations";
      table: TablePlace;
      /** Rec IDs added, the first at `firstRow` (where rows/add put them: their ids come in a later request). */
      ids: string[];
      firstRow: number;
    }
  | { kind: "addWords"; table: TablePlace; words: string[] }
  | {
      kind: "addEvents";
      table: TablePlace;
      /** Table columns (0-based) of the Rec ID and "Recorded on", and each event's values there. */
      idAt: number;
      recordedAt: number;
      events: { id: string; recorded: Cell }[];
      /** Where rows/add put the first (their text comes in a later request). */
      firstRow: number;
    };

/** A row of the tracker table as a concurrent send sees it: where it is and what identifies it. */
interface RowKey {
  row: number;
  id: string;
  source: string;
}

interface Written {
  sheet: string;
  address: string;
  /** null: not written, not checked. */
  expected: Grid;
}

function sameCell(expected: Cell, actual: Cell | null | undefined): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(expected - actual) < 1e-7;
  return expected === actual;
}

function idText(value: Cell | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

export class GraphTrackerStore implements TrackerStore {
  readonly client: GraphClient;
  private itemPath: string | null = null;
  private item: { name: string; webUrl: string } | null = null;
  private layout: Layout | null = null;
  /** Rec IDs of the rows read(): rows holding others were added by someone else since. */
  private readIds = new Set<string>();
  private readonly chunkBytes: number;
  private readonly readCells: number;

  constructor(
    private readonly workbook: WorkbookRef,
    private readonly options: GraphStoreOptions
  ) {
    this.client = new GraphClient(options);
    this.chunkBytes = options.chunkBytes ?? WRITE_CHUNK_BYTES;
    this.readCells = options.readCells ?? READ_CELL_BUDGET;
  }

  /** The workbook's address in the browser (Excel for the web), known after read(). */
  get webUrl(): string | null {
    return this.item?.webUrl ?? null;
  }

  /** The file name, known after read(). */
  get fileName(): string | null {
    return this.item?.name ?? null;
  }

  /** HTTP requests sent so far, retries included. */
  get requestCount(): number {
    return this.client.requests;
  }

  async read(): Promise<TrackerContent> {
    await this.open();
    const table = await this.tableAddress();
    const blocks = await this.readRows(table.firstRow, table.lastRow, table);
    const header = (blocks[0] ?? []).map((cell) => idText(cell));
    // No metadata part through Graph: the headers alone place the columns, a reworded one
    // ("Recommendation text") included, as the .xlsx reader and the Excel pane do.
    const { found, extra } = locateColumns(
      header,
      recogniseRenamed(header, null, languageOfHeaders(header, "en"))
    );
    if (!found.has("id") || !found.has("text")) {
      await this.close();
      throw new GraphProblem("notTracker", {
        detail: "the Recommendations table has no Rec ID column",
      });
    }
    const missing = TRACKER_COLUMNS.map((c) => c.key).filter((key) => !found.has(key));
    if (missing.length > 0 && !this.options.allowMissingColumns) {
      await this.close();
      throw new GraphProblem("olderSchema", { missing, detail: `missing ${missing.join(", ")}` });
    }
    const language = languageOfHeaders(
      [...found.values()].map((at) => header[at]),
      "en"
    );
    const data = blocks.slice(1);
    const firstRow = table.firstRow + 1;
    let rows = rowsFromGrid(data, { found, extra }, { firstRow });
    // A last row that holds nothing but the user's own columns may belong to a table extended in
    // advance with a calculated column: its formulas (first and last rows) tell.
    const last = data[data.length - 1];
    const onlyOwnColumns =
      last !== undefined &&
      [...found.values()].every((at) => isEmptyCell(last[at])) &&
      last.some((value) => !isEmptyCell(value));
    if (onlyOwnColumns) {
      const computed = await this.calculatedColumns(table, table.firstRow + 1, table.lastRow);
      if (computed.size > 0) rows = rowsFromGrid(data, { found, extra, computed }, { firstRow });
    }
    this.layout = {
      sheet: table.sheet,
      headerRow: table.firstRow,
      lastRow: table.lastRow,
      firstColumn: table.firstColumn,
      width: table.lastColumn - table.firstColumn + 1,
      columns: found,
      language,
      rowBytes: blocks.length > 1 ? jsonBytes(blocks.slice(1)) / (blocks.length - 1) : 0,
    };
    for (const row of rows)
      if (typeof row.values.id === "string" && row.values.id !== "")
        this.readIds.add(row.values.id);
    return {
      language,
      rows,
      columns: TRACKER_COLUMNS.map((c) => c.key).filter((key) => found.has(key)),
    };
  }

  /**
   * The History table (schema v2) and the reply-deadline setting; NO_HISTORY
   * when the workbook has no History table (a tracker of schema v1).
   */
  async readHistory(): Promise<HistoryContent> {
    await this.open();
    const place = await this.historyPlace();
    if (!place) return NO_HISTORY;
    const blocks = await this.readRows(place.firstRow, place.lastRow, place);
    const found = locateHistoryColumns((blocks[0] ?? []).map((cell) => idText(cell)));
    const rows = historyRowsFromGrid(blocks.slice(1), found, { firstRow: place.firstRow + 1 });
    let replyDays: number | null = null;
    try {
      const setting = await this.call<RangeJson>({
        method: "GET",
        path: `${this.workbookPath}/names/${encodeURIComponent(REPLY_DAYS_NAME)}/range?$select=values`,
        idempotent: true,
      });
      replyDays = replyDaysOf(setting.values?.[0]?.[0] ?? null);
    } catch (error) {
      if (!(error instanceof GraphProblem) || error.info.status !== 404) throw error;
    }
    return { present: true, columns: [...found.keys()], rows, replyDays };
  }

  /** Where the History table is, or null when the workbook has none. */
  private async historyPlace(): Promise<RangeAddress | null> {
    try {
      return await this.tableAddress(HISTORY_TABLE);
    } catch (error) {
      if (error instanceof GraphProblem && error.info.status === 404) return null;
      throw error;
    }
  }

  /** Appends one row per event to the History table (rows/add, then the text with its format). */
  private async writeEvents(
    events: readonly HistoryRecord[],
    undo: Undo[],
    written: Written[]
  ): Promise<void> {
    if (events.length === 0) return;
    const place = await this.historyPlace();
    if (!place)
      throw new GraphProblem("olderSchema", {
        missing: [],
        detail: "the workbook has no History table; upgrade the tracker first",
      });
    const header = (await this.readRows(place.firstRow, place.firstRow, place))[0] ?? [];
    const found = locateHistoryColumns(header.map((cell) => idText(cell)));
    const language = (this.layout as Layout).language;
    const table: TablePlace = {
      name: HISTORY_TABLE,
      sheet: place.sheet,
      headerRow: place.firstRow,
      firstColumn: place.firstColumn,
      lastColumn: place.lastColumn,
    };
    const width = place.lastColumn - place.firstColumn + 1;
    const rows: Cell[][] = events.map((event) => {
      const cells = historyRecordToCells(event, language, HISTORY_KEYS);
      const row: Cell[] = Array<Cell>(width).fill("");
      HISTORY_KEYS.forEach((key, k) => {
        const at = found.get(key);
        if (at !== undefined) row[at] = cells[k] ?? "";
      });
      return row;
    });
    const idAt = found.get("recId") ?? -1;
    const recordedAt = found.get("recorded") ?? -1;
    let tableEnd = place.lastRow;
    for (const chunk of this.chunks(rows, (row) => jsonBytes(row) + 5 * row.length)) {
      const placeholders: Cell[][] = chunk.map((row) =>
        row.map((v) => (typeof v === "string" ? "" : v))
      );
      const firstRow = await this.addRows(table, placeholders, tableEnd);
      tableEnd = firstRow + chunk.length - 1;
      undo.push({
        kind: "addEvents",
        table,
        idAt,
        recordedAt,
        events: chunk.map((row) => ({ id: String(row[idAt] ?? ""), recorded: row[recordedAt] })),
        firstRow,
      });
      const address = a1(firstRow, tableEnd, table.firstColumn, table.lastColumn);
      const values: Grid = chunk.map((row) =>
        row.map((v) => (typeof v === "string" && v !== "" ? v : null))
      );
      const formats = values.map((row) => row.map((v) => (v === null ? null : "@")));
      if (values.some((row) => row.some((v) => v !== null)))
        await this.call({
          method: "PATCH",
          path: this.rangePath(table.sheet, address),
          body: { numberFormat: formats, values },
          idempotent: true,
        });
      written.push({ sheet: table.sheet, address, expected: chunk });
    }
  }

  async write(changes: TrackerChanges): Promise<WriteOutcome> {
    if (
      changes.updates.length === 0 &&
      changes.additions.length === 0 &&
      (changes.events ?? []).length === 0
    ) {
      await this.close();
      return { alreadyPresent: 0 };
    }
    if (!this.layout) await this.read();
    const layout = this.layout as Layout;
    const undo: Undo[] = [];
    let alreadyPresent = 0;
    try {
      await this.open();
      const written: Written[] = [];
      await this.writeUpdates(layout, changes, undo, written);
      // A colleague may have sent the same report since read(): what the table holds now is not added again.
      const additions = await this.withoutPresent(layout, changes.additions);
      alreadyPresent = changes.additions.length - additions.length;
      const added = await this.writeAdditions(layout, additions, undo, written);
      await this.extendLists(
        [...changes.updates.map((u) => u.values), ...additions],
        undo,
        written
      );
      // Follow-up events in the same write: a failure puts back the current columns too.
      await this.writeEvents(changes.events ?? [], undo, written);
      await this.verify(written);
      alreadyPresent += await this.dropLateTwins(layout, added, undo);
    } catch (error) {
      const problem =
        error instanceof GraphProblem
          ? error.code === "noAccess" && error.info.status === 403
            ? new GraphProblem("readOnly", error.info)
            : error
          : new GraphProblem("unknown", {
              detail: error instanceof Error ? error.message : String(error),
            });
      const undone = await this.rollback(undo);
      await this.close();
      if (!undone) {
        throw new GraphProblem(problem.code, { ...problem.info, partlyWritten: true });
      }
      throw problem;
    }
    await this.close();
    return { alreadyPresent };
  }

  /** Ends the workbook session; safe to call twice. A session left open expires on its own. */
  async close(): Promise<void> {
    if (!this.client.sessionId || !this.itemPath) return;
    try {
      await this.client.send({
        method: "POST",
        path: `${this.itemPath}/workbook/closeSession`,
        idempotent: true,
      });
    } catch {
      // The session times out on the server; nothing the user must know.
    } finally {
      this.client.sessionId = null;
    }
  }

  // -------------------------------------------------------------------------

  private async open(): Promise<void> {
    if (!this.itemPath) {
      const path =
        "shareUrl" in this.workbook
          ? `/shares/${encodeSharingUrl(this.workbook.shareUrl)}/driveItem?$select=id,name,webUrl,parentReference`
          : `/drives/${encodeURIComponent(this.workbook.driveId)}/items/${encodeURIComponent(this.workbook.itemId)}?$select=id,name,webUrl,parentReference`;
      const item = await this.client.send<{
        id: string;
        name?: string;
        webUrl?: string;
        parentReference?: { driveId?: string };
      }>({ method: "GET", path, idempotent: true, noSession: true });
      const driveId =
        item.parentReference?.driveId ?? ("driveId" in this.workbook ? this.workbook.driveId : "");
      this.item = { name: item.name ?? "", webUrl: item.webUrl ?? "" };
      if (!/\.xls[xm]$/i.test(this.item.name)) {
        throw new GraphProblem("notTracker", {
          detail: `${this.item.name} is not an Excel workbook`,
        });
      }
      this.itemPath = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(item.id)}`;
    }
    if (!this.client.sessionId) await this.createSession();
  }

  private async createSession(): Promise<void> {
    // A session that was created but whose answer was lost expires on its own: retrying is safe.
    const session = await this.client.send<{ id: string }>({
      method: "POST",
      path: `${this.itemPath}/workbook/createSession`,
      body: { persistChanges: true },
      idempotent: true,
      noSession: true,
    });
    this.client.sessionId = session.id;
  }

  /** A request in the session; a session Graph dropped is opened again once (the failed request was not applied). */
  private async call<T>(request: GraphRequest): Promise<T> {
    try {
      return await this.client.send<T>(request);
    } catch (error) {
      if (!(error instanceof GraphProblem) || error.code !== "sessionExpired") throw error;
      this.client.sessionId = null;
      await this.createSession();
      return this.client.send<T>(request);
    }
  }

  private get workbookPath(): string {
    return `${this.itemPath}/workbook`;
  }

  private rangePath(sheet: string, address: string): string {
    return `${this.workbookPath}/worksheets/${encodeURIComponent(sheet)}/range(address='${encodeURIComponent(address)}')`;
  }

  private async tableAddress(name = RECOMMENDATIONS_TABLE): Promise<RangeAddress> {
    try {
      const range = await this.call<RangeJson>({
        method: "GET",
        path: `${this.workbookPath}/tables/${encodeURIComponent(name)}/range?$select=address`,
        idempotent: true,
      });
      return parseRangeAddress(range.address ?? "");
    } catch (error) {
      if (
        name === RECOMMENDATIONS_TABLE &&
        error instanceof GraphProblem &&
        error.info.status === 404 &&
        error.code === "noAccess"
      ) {
        await this.close();
        throw new GraphProblem("notTracker", { ...error.info, detail: "no Recommendations table" });
      }
      throw error;
    }
  }

  /** Rows firstRow..lastRow of the table's columns, in blocks of readCells cells. */
  private async readRows(
    firstRow: number,
    lastRow: number,
    table: { sheet: string; firstColumn: number; lastColumn: number },
    select = "values"
  ): Promise<Cell[][]> {
    const width = table.lastColumn - table.firstColumn + 1;
    const per = Math.max(1, Math.floor(this.readCells / width));
    const rows: Cell[][] = [];
    for (let start = firstRow; start <= lastRow; start += per) {
      const end = Math.min(lastRow, start + per - 1);
      const range = await this.call<RangeJson>({
        method: "GET",
        path: `${this.rangePath(table.sheet, a1(start, end, table.firstColumn, table.lastColumn))}?$select=${select}`,
        idempotent: true,
      });
      for (const values of range.values ?? []) rows.push(values);
    }
    return rows;
  }

  /** Row groups whose write request stays under chunkBytes (a row larger than that goes alone). */
  private chunks<T>(items: T[], size: (item: T) => number): T[][] {
    const out: T[][] = [];
    let current: T[] = [];
    let bytes = 0;
    for (const item of items) {
      const b = size(item) + 2;
      if (current.length > 0 && bytes + b > this.chunkBytes) {
        out.push(current);
        current = [];
        bytes = 0;
      }
      current.push(item);
      bytes += b;
    }
    if (current.length) out.push(current);
    return out;
  }

  private cellsOf(layout: Layout, record: TrackerRecord): { at: number; value: Cell }[] {
    const out: { at: number; value: Cell }[] = [];
    for (const [key, value] of Object.entries(record) as [ColumnKey, TrackerRecord[ColumnKey]][]) {
      const at = layout.columns.get(key);
      if (at === undefined || value === undefined) continue;
      const cell: CellValue = fieldToCell(key, value, layout.language);
      out.push({ at, value: cell ?? "" });
    }
    return out;
  }

  private async writeUpdates(
    layout: Layout,
    changes: TrackerChanges,
    undo: Undo[],
    written: Written[]
  ): Promise<void> {
    const idAt = layout.columns.get("id") as number;
    const pending = changes.updates
      .map((update) => ({ update, cells: this.cellsOf(layout, update.values) }))
      .filter((u) => u.cells.length > 0);
    if (pending.length === 0) return;
    // Colleagues may have sorted, inserted or deleted rows since read(): each row is found
    // again by its Rec ID (one narrow read), as the Excel adapter does.
    const table = await this.tableAddress();
    const idColumn = layout.firstColumn + idAt;
    const ids = await this.readRows(table.firstRow + 1, table.lastRow, {
      sheet: layout.sheet,
      firstColumn: idColumn,
      lastColumn: idColumn,
    });
    const rowOf = new Map<string, number>();
    ids.forEach((cells, i) => {
      const id = idText(cells[0]);
      if (id && !rowOf.has(id)) rowOf.set(id, table.firstRow + 1 + i);
    });
    const updates = pending
      .map(({ update, cells }) => {
        const row = rowOf.get(update.id);
        if (row === undefined)
          throw new GraphProblem("changed", { detail: `${update.id} is no longer in the table` });
        return { update: { ...update, row }, cells };
      })
      .sort((a, b) => a.update.row - b.update.row);
    // One rectangle per chunk: rows first..last, columns spanning the changed cells and the Rec ID
    // (read first, so each row is checked to still hold its recommendation). Rows in between that
    // are not updated are all null: left as they are.
    // A rectangle also carries the rows between its updates (read before, null in the PATCH): a
    // group ends when the rows it spans would take the request over chunkBytes.
    const groups: (typeof updates)[] = [];
    let bytes = 0;
    for (const u of updates) {
      const group = groups[groups.length - 1];
      const gap = group ? u.update.row - group[group.length - 1].update.row : 1;
      const cost = gap * (layout.rowBytes + 12 * layout.width) + jsonBytes(u.cells) * 2;
      if (group && bytes + cost <= this.chunkBytes) {
        group.push(u);
        bytes += cost;
      } else {
        groups.push([u]);
        bytes = layout.rowBytes + 12 * layout.width + jsonBytes(u.cells) * 2;
      }
    }
    for (const group of groups) {
      let lo = idAt;
      let hi = idAt;
      for (const u of group)
        for (const c of u.cells) {
          lo = Math.min(lo, c.at);
          hi = Math.max(hi, c.at);
        }
      const first = group[0].update.row;
      const last = group[group.length - 1].update.row;
      const sheetFirst = layout.firstColumn + lo;
      const sheetLast = layout.firstColumn + hi;
      const address = a1(first, last, sheetFirst, sheetLast);
      const prior = await this.call<RangeJson>({
        method: "GET",
        path: `${this.rangePath(layout.sheet, address)}?$select=values,numberFormat`,
        idempotent: true,
      });
      const priorValues = prior.values ?? [];
      const priorFormats = prior.numberFormat ?? [];
      const height = last - first + 1;
      const widthHere = hi - lo + 1;
      const values: Grid = Array.from({ length: height }, () =>
        Array<Cell | null>(widthHere).fill(null)
      );
      const formats: (string | null)[][] = Array.from({ length: height }, () =>
        Array<string | null>(widthHere).fill(null)
      );
      const undoRows: Extract<Undo, { kind: "patch" }>["rows"] = [];
      for (const { update, cells } of group) {
        const r = update.row - first;
        if (idText(priorValues[r]?.[idAt - lo]) !== update.id) {
          throw new GraphProblem("changed", {
            detail: `row ${update.row} no longer holds ${update.id}`,
          });
        }
        const before = {
          id: update.id,
          values: Array<Cell | null>(widthHere).fill(null),
          formats: Array<string | null>(widthHere).fill(null),
        };
        for (const { at, value } of cells) {
          const c = at - lo;
          values[r][c] = value;
          if (typeof value === "string" && value !== "") formats[r][c] = "@";
          before.values[c] = priorValues[r]?.[c] ?? "";
          before.formats[c] = priorFormats[r]?.[c] ?? "General";
        }
        undoRows.push(before);
      }
      const path = this.rangePath(layout.sheet, address);
      undo.push({
        kind: "patch",
        sheet: layout.sheet,
        firstColumn: sheetFirst,
        lastColumn: sheetLast,
        rows: undoRows,
      });
      await this.call({
        method: "PATCH",
        path,
        body: { numberFormat: formats, values },
        idempotent: true,
      });
      written.push({ sheet: layout.sheet, address, expected: values });
    }
  }

  private async writeAdditions(
    layout: Layout,
    additions: TrackerRecord[],
    undo: Undo[],
    written: Written[]
  ): Promise<{ record: TrackerRecord; row: number }[]> {
    const added: { record: TrackerRecord; row: number }[] = [];
    if (additions.length === 0) return added;
    const rows: Cell[][] = additions.map((record) => {
      const row: Cell[] = Array<Cell>(layout.width).fill("");
      for (const { at, value } of this.cellsOf(layout, record)) row[at] = value;
      return row;
    });
    const table: TablePlace = {
      name: RECOMMENDATIONS_TABLE,
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      firstColumn: layout.firstColumn,
      lastColumn: layout.firstColumn + layout.width - 1,
    };
    // Where the table ends now (someone may have added rows since read()); then known from each add.
    let tableEnd = (await this.tableAddress()).lastRow;
    // Empty rows a table was extended by stay as they are: filling them in place is not safe when
    // colleagues send at the same moment (both would fill the same row); rows/add is.
    let next = 0;
    for (const chunk of this.chunks(rows, (row) => jsonBytes(row) + 5 * row.length)) {
      const records = additions.slice(next, next + chunk.length);
      next += chunk.length;
      // rows/add parses strings like typed input, so text goes in afterwards with the text format.
      const placeholders: Cell[][] = chunk.map((row) =>
        row.map((v) => (typeof v === "string" ? "" : v))
      );
      const firstRow = await this.addRows(table, placeholders, tableEnd);
      tableEnd = firstRow + chunk.length - 1;
      undo.push({
        kind: "addRecommendations",
        table,
        ids: records.map((record) => String(record.id ?? "")),
        firstRow,
      });
      records.forEach((record, i) => added.push({ record, row: firstRow + i }));
      const address = a1(firstRow, tableEnd, table.firstColumn, table.lastColumn);
      const values: Grid = chunk.map((row) =>
        row.map((v) => (typeof v === "string" && v !== "" ? v : null))
      );
      const formats = values.map((row) => row.map((v) => (v === null ? null : "@")));
      if (values.some((row) => row.some((v) => v !== null))) {
        await this.call({
          method: "PATCH",
          path: this.rangePath(layout.sheet, address),
          body: { numberFormat: formats, values },
          idempotent: true,
        });
      }
      written.push({ sheet: layout.sheet, address, expected: chunk });
    }
    return added;
  }

  /** Table columns (0-based) whose cells in two rows both hold formulas: Excel's calculated columns. */
  private async calculatedColumns(
    table: RangeAddress,
    first: number,
    last: number
  ): Promise<Set<number>> {
    const formulas = async (row: number) =>
      (
        await this.call<{ formulas?: unknown[][] }>({
          method: "GET",
          path: `${this.rangePath(table.sheet, a1(row, row, table.firstColumn, table.lastColumn))}?$select=formulas`,
          idempotent: true,
        })
      ).formulas?.[0] ?? [];
    const top = await formulas(first);
    const bottom = last === first ? top : await formulas(last);
    const isFormula = (cell: unknown) => typeof cell === "string" && cell.startsWith("=");
    const out = new Set<number>();
    top.forEach((cell, i) => {
      if (isFormula(cell) && isFormula(bottom[i])) out.add(i);
    });
    return out;
  }

  /** Rec ID and Source document of every row of the table, as it is now (one or two narrow reads). */
  private async rowKeys(layout: Layout): Promise<RowKey[]> {
    const table = await this.tableAddress();
    const column = async (key: ColumnKey): Promise<string[]> => {
      const at = layout.columns.get(key);
      if (at === undefined || table.lastRow <= table.firstRow) return [];
      const sheetColumn = layout.firstColumn + at;
      const cells = await this.readRows(table.firstRow + 1, table.lastRow, {
        sheet: layout.sheet,
        firstColumn: sheetColumn,
        lastColumn: sheetColumn,
      });
      return cells.map((row) => idText(row[0]));
    };
    const ids = await column("id");
    const sources = layout.columns.has("source") ? await column("source") : [];
    return ids.map((id, i) => ({ row: table.firstRow + 1 + i, id, source: sources[i] ?? "" }));
  }

  /** Texts of the given rows (runs of consecutive rows read together). */
  private async textsOf(layout: Layout, rows: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    const at = layout.columns.get("text");
    if (at === undefined) return out;
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const column = layout.firstColumn + at;
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const cells = await this.readRows(sorted[i], sorted[j], {
        sheet: layout.sheet,
        firstColumn: column,
        lastColumn: column,
      });
      cells.forEach((cell, k) => out.set(sorted[i] + k, normaliseRecText(idText(cell[0]))));
      i = j + 1;
    }
    return out;
  }

  /**
   * The additions the table does not hold yet: an addition whose Rec ID is
   * in the table, or (a report sent untagged, so with new ids each time)
   * whose text a row of the same report added since read() holds, is left out.
   */
  private async withoutPresent(
    layout: Layout,
    additions: TrackerRecord[]
  ): Promise<TrackerRecord[]> {
    if (additions.length === 0) return additions;
    const keys = await this.rowKeys(layout);
    const present = new Set(keys.map((key) => key.id).filter(Boolean));
    const newcomers = this.newcomers(keys, additions, new Set());
    const texts = await this.textsOf(
      layout,
      newcomers.map((key) => key.row)
    );
    const theirs = new Set(
      newcomers.map((key) => `${key.source}\u0000${texts.get(key.row) ?? ""}`)
    );
    return additions.filter(
      (record) =>
        !present.has(String(record.id ?? "")) &&
        !theirs.has(
          `${String(record.source ?? "")}\u0000${normaliseRecText(String(record.text ?? ""))}`
        )
    );
  }

  /** Rows of the additions' reports that someone else added since read(): the only ones that can be their twins. */
  private newcomers(keys: RowKey[], additions: TrackerRecord[], ours: Set<string>): RowKey[] {
    const sources = new Set(additions.map((a) => String(a.source ?? "")).filter(Boolean));
    return keys.filter(
      (key) =>
        key.id !== "" && !this.readIds.has(key.id) && !ours.has(key.id) && sources.has(key.source)
    );
  }

  /**
   * After adding: a colleague's send of the same recommendations that
   * landed before ours (an earlier row with the same Rec ID, or of the same
   * report with the same text) wins; our copies are removed, so each
   * recommendation is in the table once. Returns how many were removed.
   */
  private async dropLateTwins(
    layout: Layout,
    added: { record: TrackerRecord; row: number }[],
    undo: Undo[]
  ): Promise<number> {
    if (added.length === 0) return 0;
    const keys = await this.rowKeys(layout);
    const ours = new Set(added.map((a) => String(a.record.id ?? "")));
    const rowsById = new Map<string, number[]>();
    for (const key of keys) {
      if (!ours.has(key.id)) continue;
      const list = rowsById.get(key.id);
      if (list) list.push(key.row);
      else rowsById.set(key.id, [key.row]);
    }
    // Our copy of an id is the one nearest to where rows/add put it (a colleague's copy may share the id).
    const rowOfOurs = new Map<string, number>();
    for (const { record, row } of added) {
      const id = String(record.id ?? "");
      const candidates = rowsById.get(id) ?? [];
      if (candidates.length === 0) continue;
      rowOfOurs.set(
        id,
        candidates.reduce((best, r) => (Math.abs(r - row) < Math.abs(best - row) ? r : best))
      );
    }
    // Rows of the same reports that someone else added since read(): the only ones that can be twins.
    const sources = new Set(added.map((a) => String(a.record.source ?? "")).filter(Boolean));
    const theirs = keys.filter(
      (key) =>
        key.id !== "" && !this.readIds.has(key.id) && !ours.has(key.id) && sources.has(key.source)
    );
    const texts = await this.textsOf(
      layout,
      theirs.map((key) => key.row)
    );
    const late: { id: string; row: number }[] = [];
    for (const { record } of added) {
      const id = String(record.id ?? "");
      const row = rowOfOurs.get(id);
      if (row === undefined) continue;
      const sameId = keys.some((key) => key.id === id && key.row < row);
      const text = normaliseRecText(String(record.text ?? ""));
      const sameText = theirs.some(
        (key) => key.row < row && key.source === record.source && texts.get(key.row) === text
      );
      if (sameId || sameText) late.push({ id, row });
    }
    if (late.length === 0) return 0;
    await this.deleteRows(
      layout.sheet,
      late.map((l) => l.row),
      { firstColumn: layout.firstColumn, lastColumn: layout.firstColumn + layout.width - 1 },
      RECOMMENDATIONS_TABLE
    );
    // Removed rows need no putting back if something fails later.
    const gone = new Set(late.map((l) => l.id));
    for (const step of undo)
      if (step.kind === "addRecommendations")
        step.ids = step.ids.map((id) => (gone.has(id) ? "" : id));
    return late.length;
  }

  /** Deletes table rows (sheet row numbers), bottom first so the others keep their place. */
  private async deleteRows(
    sheet: string,
    rows: number[],
    columns: { firstColumn: number; lastColumn: number },
    tableName: string
  ): Promise<void> {
    const sorted = [...new Set(rows)].sort((a, b) => b - a);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
      const first = sorted[j];
      const last = sorted[i];
      const before = await this.tableAddress(tableName);
      const path = `${this.rangePath(sheet, a1(first, last, columns.firstColumn, columns.lastColumn))}/delete`;
      try {
        await this.call({ method: "POST", path, body: { shift: "Up" } });
      } catch (error) {
        // A range delete is not idempotent: a lost answer is settled by the table's size.
        if (!(error instanceof GraphProblem) || !error.info.maybeApplied) throw error;
        const now = await this.tableAddress(tableName);
        if (now.lastRow === before.lastRow)
          await this.call({ method: "POST", path, body: { shift: "Up" } });
        else if (now.lastRow !== before.lastRow - (last - first + 1)) throw error;
      }
      i = j + 1;
    }
  }

  /**
   * New words of the extendable lists (places, addressees, themes...) go
   * into their tables on the Lists sheet, as the other channels do, so the
   * drop-downs and the Dashboard know them. A workbook without a list
   * table simply has nothing to extend. At most two requests a list.
   */
  private async extendLists(
    records: TrackerRecord[],
    undo: Undo[],
    written: Written[]
  ): Promise<void> {
    const wanted = listValuesOf(records);
    for (const [key, values] of Object.entries(wanted) as [VocabularyKey, string[]][]) {
      const vocabulary = VOCABULARIES[key];
      if (!vocabulary.extendable || values.length === 0) continue;
      let range: RangeJson;
      try {
        range = await this.call<RangeJson>({
          method: "GET",
          path: `${this.workbookPath}/tables/${encodeURIComponent(vocabulary.table)}/range?$select=address,values`,
          idempotent: true,
        });
      } catch (error) {
        if (error instanceof GraphProblem && error.info.status === 404) continue;
        throw error;
      }
      const at = parseRangeAddress(range.address ?? "");
      const add = newListWords(
        (range.values ?? []).slice(1).map((row) => idText(row[0])),
        values
      );
      if (add.length === 0) continue;
      const table: TablePlace = {
        name: vocabulary.table,
        sheet: at.sheet,
        headerRow: at.firstRow,
        firstColumn: at.firstColumn,
        lastColumn: at.lastColumn,
      };
      const width = at.lastColumn - at.firstColumn + 1;
      const grid: Cell[][] = add.map((word) => [word, ...Array<Cell>(width - 1).fill("")]);
      const firstRow = await this.addRows(table, grid, at.lastRow);
      undo.push({ kind: "addWords", table, words: add });
      written.push({
        sheet: at.sheet,
        address: a1(firstRow, firstRow + grid.length - 1, at.firstColumn, at.lastColumn),
        expected: grid,
      });
    }
  }

  /** One rows/add; resolves to the sheet row of the first new row. A lost answer is settled by reading the table. */
  private async addRows(table: TablePlace, values: Cell[][], tableEnd: number): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const added = await this.call<{ index?: number }>({
          method: "POST",
          path: `${this.workbookPath}/tables/${encodeURIComponent(table.name)}/rows/add`,
          body: { index: null, values },
        });
        return typeof added?.index === "number" ? table.headerRow + 1 + added.index : tableEnd + 1;
      } catch (error) {
        if (!(error instanceof GraphProblem) || !error.info.maybeApplied) throw error;
        const now = await this.tableAddress(table.name);
        if (now.lastRow === tableEnd) continue;
        if (now.lastRow === tableEnd + values.length) {
          const got = await this.readRows(tableEnd + 1, now.lastRow, table);
          if (values.every((row, r) => row.every((v, c) => sameCell(v, got[r]?.[c])))) {
            return tableEnd + 1;
          }
        }
        throw new GraphProblem("changed", {
          detail: `the ${table.name} table grew by other rows while new rows were being added`,
        });
      }
    }
    throw new GraphProblem("offline", { detail: "rows/add kept losing its connection" });
  }

  /** Reads back every range written and compares it with what was sent. */
  private async verify(written: Written[]): Promise<void> {
    // Ranges that follow one another (the chunks of new rows) are read back together.
    const spans: { sheet: string; range: RangeAddress; expected: Grid }[] = [];
    for (const { sheet, address, expected } of written) {
      const range = parseRangeAddress(address);
      const last = spans[spans.length - 1];
      if (
        last &&
        last.sheet === sheet &&
        last.range.firstColumn === range.firstColumn &&
        last.range.lastColumn === range.lastColumn &&
        last.range.lastRow + 1 === range.firstRow
      ) {
        last.range.lastRow = range.lastRow;
        last.expected.push(...expected);
      } else spans.push({ sheet, range, expected: expected.slice() });
    }
    for (const { sheet, range, expected } of spans) {
      const got = await this.readRows(range.firstRow, range.lastRow, {
        sheet,
        firstColumn: range.firstColumn,
        lastColumn: range.lastColumn,
      });
      for (let r = 0; r < expected.length; r++) {
        for (let c = 0; c < expected[r].length; c++) {
          const want = expected[r][c];
          if (want === null) continue;
          if (!sameCell(want, got[r]?.[c])) {
            throw new GraphProblem("unknown", {
              detail: `read-back of ${sheet} differs at row ${range.firstRow + r}, column ${columnLetter(range.firstColumn + c)}`,
            });
          }
        }
      }
    }
  }

  /**
   * Puts back what `undo` records, last first, finding each row again by
   * what it holds. False when some of it could not be undone (a request
   * failed, or a row this send wrote can no longer be found).
   */
  private async rollback(undo: Undo[]): Promise<boolean> {
    if (undo.length === 0) return true;
    let complete = true;
    try {
      if (!this.client.sessionId) await this.createSession();
      const layout = this.layout as Layout;
      for (const step of undo.slice().reverse()) {
        if (step.kind === "patch") {
          const rowOf = new Map<string, number>();
          for (const key of await this.rowKeys(layout))
            if (key.id && !rowOf.has(key.id)) rowOf.set(key.id, key.row);
          for (const row of step.rows) {
            const at = rowOf.get(row.id);
            if (at === undefined) {
              complete = false;
              continue;
            }
            await this.call({
              method: "PATCH",
              path: this.rangePath(step.sheet, a1(at, at, step.firstColumn, step.lastColumn)),
              body: { numberFormat: [row.formats], values: [row.values] },
              idempotent: true,
            });
          }
          continue;
        }
        if (step.kind === "addEvents") {
          // This write's events, found by their Rec ID and the moment they were recorded.
          const range = await this.call<RangeJson>({
            method: "GET",
            path: `${this.workbookPath}/tables/${encodeURIComponent(step.table.name)}/range?$select=address,values`,
            idempotent: true,
          });
          const at = parseRangeAddress(range.address ?? "");
          const values = range.values ?? [];
          const keyOf = (row: Cell[] | undefined) =>
            `${idText(row?.[step.idAt])}\u0000${String(row?.[step.recordedAt] ?? "")}`;
          const rows: number[] = [];
          step.events.forEach((event, i) => {
            const key = `${event.id}\u0000${String(event.recorded ?? "")}`;
            const found = values.findIndex(
              (row, r) => r > 0 && !rows.includes(at.firstRow + r) && keyOf(row) === key
            );
            // A row whose text never arrived is still where rows/add put it, without a Rec ID.
            const placed = step.firstRow + i - at.firstRow;
            if (found > 0) rows.push(at.firstRow + found);
            else if (placed > 0 && idText(values[placed]?.[step.idAt]) === "")
              rows.push(step.firstRow + i);
            else complete = false;
          });
          await this.deleteRows(step.table.sheet, rows, step.table, step.table.name);
          continue;
        }
        if (step.kind === "addRecommendations") {
          if (!step.ids.some(Boolean)) continue;
          const keys = await this.rowKeys(layout);
          // The last row holding each id: a colleague's earlier copy of it stays.
          const rowOf = new Map<string, number>();
          for (const key of keys) if (key.id) rowOf.set(key.id, key.row);
          const byRow = new Map(keys.map((key) => [key.row, key.id]));
          const rows: number[] = [];
          step.ids.forEach((id, i) => {
            if (!id) return;
            const found = rowOf.get(id);
            // A row whose id never arrived (the request that writes it failed) is still where rows/add put it, empty.
            const placed = step.firstRow + i;
            if (found !== undefined) rows.push(found);
            else if (byRow.get(placed) === "") rows.push(placed);
            else complete = false;
          });
          await this.deleteRows(step.table.sheet, rows, step.table, step.table.name);
          continue;
        }
        const range = await this.call<RangeJson>({
          method: "GET",
          path: `${this.workbookPath}/tables/${encodeURIComponent(step.table.name)}/range?$select=address,values`,
          idempotent: true,
        });
        const at = parseRangeAddress(range.address ?? "");
        const words = new Map<string, number>();
        (range.values ?? []).forEach((row, i) => {
          const word = idText(row[0]);
          if (i > 0 && step.words.includes(word)) words.set(word, at.firstRow + i);
        });
        await this.deleteRows(step.table.sheet, [...words.values()], step.table, step.table.name);
      }
      return complete;
    } catch {
      return false;
    }
  }
}
