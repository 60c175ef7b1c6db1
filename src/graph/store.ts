import { CellRange, columnLetter, parseRange, rangeAddress } from "../core/schema/a1";
import { ColumnKey, RECOMMENDATIONS_TABLE, TRACKER_COLUMNS } from "../core/schema/columns";
import type { CellStyle, CellValue, Language } from "../core/schema/plan";
import { chartNames } from "../core/schema/charts";
import { isDashboardName, isOurDashboard } from "../core/schema/dashboard";
import { localDate } from "../core/schema/dates";
import { figuresColumns, figuresGrid, type FiguresGrid } from "../core/schema/figures";
import { PLAN_TEXTS } from "../core/schema/texts";
import { historyFigures } from "../core/tracker/figures";
import { locateColumns } from "../core/schema/upgrade";
import { fieldToCell, listValuesOf } from "../core/tracker/cells";
import { isEmptyCell, rowsFromGrid } from "../core/tracker/grid";
import { newListWords, VOCABULARIES, VocabularyKey } from "../core/schema/vocabularies";
import { recogniseRenamed } from "../core/tracker/plan-inputs";
import { languageOfSheet } from "../core/tracker/sheet-language";
import {
  recordsAfter,
  type TrackerChanges,
  type TrackerContent,
  type TrackerStore,
  type WriteOutcome,
} from "../core/tracker/store";
import { normaliseRecText } from "../core/tracker/upsert";
import { jsonBytes, packGreedy } from "../core/model/packing";
import { HISTORY_KEYS, HISTORY_TABLE, REPLY_DAYS_NAME } from "../core/schema/history";
import {
  historyFromGrid,
  historyRecordToCells,
  locateHistoryColumns,
  NO_HISTORY,
  replyDaysOf,
  type HistoryContent,
  type HistoryRecord,
} from "../core/tracker/history";
import type { TrackerRecord, TrackerRow } from "../core/tracker/types";
import {
  BATCH_LIMIT,
  BatchRequest,
  BatchResult,
  encodeSharingUrl,
  GraphClient,
  GraphClientOptions,
  GraphProblem,
  GraphRequest,
} from "./client";

/**
 * A tracker workbook in OneDrive or SharePoint as a TrackerStore, through
 * the Microsoft Graph workbook API (docs/architecture.md,
 * channel 2). read() needs no session (the item, the table's address, its
 * rows: 3 round trips, so a push of a report already there costs 3); a
 * write opens one persistent session and closes it in its last request.
 * A write is 3 round trips whatever the number of rows, through Graph's
 * JSON batching ($batch, up to 20 requests each, under chunkBytes): (1) the
 * session and the table as it is now (with the History and the Dashboard's
 * first cells and charts), (2) the updates and the new rows, (3) their
 * texts, the new list words, the read-back, the Rec IDs, the session
 * closed. More only past the limits, or when colleagues changed the table
 * meanwhile (rows moved, twins to remove, a lost connection).
 *
 * A write also refreshes the Dashboard's block of figures from the history
 * (columns U to AB, src/core/schema/figures.ts) and sets the year-end chart
 * on it, as the pane and rectrack do: worked out in core (historyFigures)
 * from the rows read, the changes and the History, written in the room left
 * in round trips 2 and 3 and read back. Its requests may fail without
 * failing the write (a protected Dashboard: `figures` says "failed"), and a
 * write put back puts the block back as the rows are.
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
  /** The day the Dashboard's figures are worked out for (default: today, on this computer's clock). */
  today?: () => string;
}

/**
 * What a write did to the Dashboard's block of figures from the history:
 * refreshed (written and read back); noHistory (a tracker of schema v1);
 * noDashboard (no Dashboard of ours); failed (Excel refused a part of it,
 * for example a protected Dashboard: the rows are written all the same).
 */
export type FiguresOutcome = "refreshed" | "noHistory" | "noDashboard" | "failed";

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
  /** The block of figures as the tracker was before this write: written again (clear, values, styles, chart). */
  | { kind: "figures"; requests: GraphRequest[] }
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

/** The table as prepare() found it just before writing. */
interface Now {
  table: RangeAddress;
  keys: RowKey[];
  patches: Patch[];
  lists: ListNow[];
  /** Where the figures go and what they are worked out from; null when there is nothing to write (see outcome). */
  figures: FiguresTarget | null;
}

/** The Dashboard's block of figures: its sheet, the chart that reads it, the History it comes from. */
interface FiguresTarget {
  sheet: string;
  /** Name of the chart of the status at each year end on that sheet, or null when it has none. */
  chart: string | null;
  history: HistoryContent;
}

/** The requests that write the block of figures, split over the two write round trips, and its read-back. */
interface FiguresWrite {
  /** Requests sent with the second round trip (as many as fit), then the rest with the third. */
  requests: GraphRequest[];
  /** How many of them went with the second round trip. */
  early: number;
  /** The read-back of the block, with the third round trip. */
  check: GraphRequest;
  grid: FiguresGrid;
  /** A request of the block failed or its read-back differs: the rows are written all the same. */
  failed: boolean;
}

/** A request sent after the writes of its round trip; an optional one may fail without failing the write. */
type Trailing = GraphRequest & { optional?: boolean };

/** A Lists table as it is now, and the words the changes bring to it. */
interface ListNow {
  table: TablePlace;
  end: number;
  items: string[];
  wanted: string[];
}

type ListAddition = ListNow & { words: string[] };

interface UpdateGroup {
  members: {
    update: TrackerChanges["updates"][number];
    cells: { at: number; value: Cell }[];
    row: number;
  }[];
  first: number;
  last: number;
  /** Table columns (0-based) the rectangle spans. */
  lo: number;
  hi: number;
  address: string;
}

interface Patch {
  address: string;
  values: Grid;
  formats: (string | null)[][];
  undo: Extract<Undo, { kind: "patch" }>;
}

/** One write of the second round trip. */
type WriteStep =
  | { kind: "patch"; request: GraphRequest; written: Written }
  | {
      kind: "add";
      table: TablePlace;
      /** What rows/add sends (text cells empty), and the rows in full. */
      values: Cell[][];
      rows: Cell[][];
      records: TrackerRecord[];
    }
  | { kind: "words"; table: TablePlace; values: Cell[][]; rows: Cell[][]; words: string[] };

/** New rows of the Recommendations table, where rows/add put them. */
interface AddedChunk {
  records: TrackerRecord[];
  rows: Cell[][];
  firstRow: number;
}

interface Span {
  sheet: string;
  range: RangeAddress;
  expected: Grid;
}

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

/** One push's writes as they go: what to put back, what to read back, and the figures. */
interface PushInProgress {
  layout: Layout;
  undo: Undo[];
  written: Written[];
  figures: FiguresWrite | null;
}

/** A request left for the next round trip. */
function notRun(): BatchResult {
  return {
    ok: false,
    notRun: true,
    problem: new GraphProblem("offline", { detail: "not sent yet" }),
  };
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
  /** The rows read() gave and the schema columns found: the figures are worked out from them and the changes. */
  private rowsRead: TrackerRow[] = [];
  private columnsRead = new Set<ColumnKey>();
  /** Where read() found the History table (null: none), and the sheets named like a Dashboard. */
  private historyAt: RangeAddress | null = null;
  private dashboardSheets: string[] = [];
  private figuresDone: FiguresOutcome | null = null;

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

  /** What the last write did to the Dashboard's block of figures (null: no write yet, or nothing written). */
  get figures(): FiguresOutcome | null {
    return this.figuresDone;
  }

  /** HTTP requests sent so far, retries included. */
  get requestCount(): number {
    return this.client.requests;
  }

  async read(): Promise<TrackerContent> {
    await this.open();
    const table = await this.structure();
    const blocks = await this.readRows(table.firstRow, table.lastRow, table);
    const header = (blocks[0] ?? []).map((cell) => idText(cell));
    // No metadata part through Graph: the headers alone place the columns, a reworded one
    // ("Recommendation text") included, as the .xlsx reader and the Excel pane do.
    const { found, extra } = locateColumns(
      header,
      recogniseRenamed(header, null, languageOfSheet(header))
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
    const language = languageOfSheet([...found.values()].map((at) => header[at]));
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
    this.rowsRead = rows;
    this.columnsRead = new Set(found.keys());
    return {
      language,
      rows,
      columns: TRACKER_COLUMNS.map((c) => c.key).filter((key) => found.has(key)),
    };
  }

  /**
   * One round trip: where the Recommendations table is, and for the
   * Dashboard's figures, where the History table is and which sheets are
   * named like a Dashboard (a failure of those two only leaves the figures out).
   */
  private async structure(): Promise<RangeAddress> {
    const results = await this.sendAll([
      this.tableAddressRequest(),
      this.tableAddressRequest(HISTORY_TABLE),
      { method: "GET", path: `${this.workbookPath}/worksheets?$select=name`, idempotent: true },
    ]);
    const [table, history, sheets] = results;
    if (!table.ok) {
      const problem = this.tableProblem(table.problem);
      if (problem !== table.problem) await this.close();
      throw problem;
    }
    this.historyAt = history.ok
      ? parseRangeAddress((history.value as RangeJson).address ?? "")
      : null;
    this.dashboardSheets = sheets.ok
      ? ((sheets.value as { value?: { name?: string }[] }).value ?? [])
          .map((sheet) => sheet.name ?? "")
          .filter(isDashboardName)
      : [];
    return parseRangeAddress((table.value as RangeJson).address ?? "");
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
    return historyFromGrid(blocks[0] ?? [], blocks.slice(1), {
      firstRow: place.firstRow + 1,
      replyDays,
    }).content;
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
      const firstRow = await this.addRowsOnce(table, placeholders, tableEnd);
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
    await this.verifyWritten(written);
  }

  async write(changes: TrackerChanges): Promise<WriteOutcome> {
    this.figuresDone = null;
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
      // Round trip 1: a session, and the table as it is now (colleagues may have sent or sorted).
      const now = await this.prepare(layout, changes);
      // Follow-up events in the same session, before the rows: a failure anywhere puts them back
      // with the current columns (the push of a report has none and keeps its round trips).
      await this.writeEvents(changes.events ?? [], undo, []);
      // A colleague may have sent the same report since read(): what the table holds now is not added again.
      const additions = await this.withoutPresent(layout, changes.additions, now.keys);
      alreadyPresent = changes.additions.length - additions.length;
      const lists = this.listAdditions(
        [...changes.updates.map((u) => u.values), ...additions],
        now.lists
      );
      // The Dashboard's figures from the rows and events as they will be, and as they were (to put back).
      const figures = this.figuresWrite(layout, now.figures, changes, additions, undo);
      // Round trip 2: the updates, and the new rows with their non-text cells (then as much of the
      // figures as the batch has room for).
      const push: PushInProgress = { layout, undo, written: [], figures };
      const added = await this.writeRows(push, now, additions);
      // Round trip 3: the new rows' texts, the new list words, the rest of the figures, the read-back
      // of everything written, the Rec IDs as they are now, the session closed.
      const keys = await this.finish(push, added, lists);
      alreadyPresent += await this.dropLateTwins(
        layout,
        added.flatMap((chunk) =>
          chunk.records.map((record, i) => ({ record, row: chunk.firstRow + i }))
        ),
        undo,
        keys
      );
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

  private tableAddressRequest(name = RECOMMENDATIONS_TABLE): GraphRequest {
    return {
      method: "GET",
      path: `${this.workbookPath}/tables/${encodeURIComponent(name)}/range?$select=address`,
      idempotent: true,
    };
  }

  /** A Recommendations table Graph cannot find: not a tracker. */
  private tableProblem(error: unknown, name = RECOMMENDATIONS_TABLE): unknown {
    if (
      name === RECOMMENDATIONS_TABLE &&
      error instanceof GraphProblem &&
      error.info.status === 404 &&
      error.code === "noAccess"
    )
      return new GraphProblem("notTracker", { ...error.info, detail: "no Recommendations table" });
    return error;
  }

  private async tableAddress(name = RECOMMENDATIONS_TABLE): Promise<RangeAddress> {
    try {
      const range = await this.call<RangeJson>(this.tableAddressRequest(name));
      return parseRangeAddress(range.address ?? "");
    } catch (error) {
      const problem = this.tableProblem(error, name);
      if (problem !== error) await this.close();
      throw problem;
    }
  }

  /** Reads of rows firstRow..lastRow of the columns, in blocks of readCells cells. */
  private rowRequests(
    firstRow: number,
    lastRow: number,
    table: { sheet: string; firstColumn: number; lastColumn: number },
    select = "values"
  ): GraphRequest[] {
    const width = table.lastColumn - table.firstColumn + 1;
    const per = Math.max(1, Math.floor(this.readCells / width));
    const requests: GraphRequest[] = [];
    for (let start = firstRow; start <= lastRow; start += per) {
      const end = Math.min(lastRow, start + per - 1);
      requests.push({
        method: "GET",
        path: `${this.rangePath(table.sheet, a1(start, end, table.firstColumn, table.lastColumn))}?$select=${select}`,
        idempotent: true,
      });
    }
    return requests;
  }

  /** Rows firstRow..lastRow of the columns: the blocks read together (JSON batches). */
  private async readRows(
    firstRow: number,
    lastRow: number,
    table: { sheet: string; firstColumn: number; lastColumn: number },
    select = "values"
  ): Promise<Cell[][]> {
    const rows: Cell[][] = [];
    for (const result of await this.sendAll(this.rowRequests(firstRow, lastRow, table, select))) {
      if (!result.ok) throw result.problem;
      for (const values of (result.value as RangeJson).values ?? []) rows.push(values);
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
    additions: TrackerRecord[],
    keys: RowKey[]
  ): Promise<TrackerRecord[]> {
    if (additions.length === 0) return additions;
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
    undo: Undo[],
    keys: RowKey[]
  ): Promise<number> {
    if (added.length === 0) return 0;
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
   * One round trip before writing: a workbook session, and what the table
   * holds now (its address, every Rec ID and source, the prior values of
   * the cells to update, the Lists tables), read just before the writes so
   * rows are found again by their Rec ID and nothing is added twice. The
   * update rectangles are read where read() saw the rows; when a colleague
   * moved them, once more where they are now.
   */
  private async prepare(layout: Layout, changes: TrackerChanges): Promise<Now> {
    const pending = changes.updates
      .map((update) => ({ update, cells: this.cellsOf(layout, update.values) }))
      .filter((u) => u.cells.length > 0);
    let groups = this.updateGroups(
      layout,
      pending.map((u) => ({ ...u, row: u.update.row }))
    );
    const wanted = Object.entries(
      listValuesOf([...changes.updates.map((u) => u.values), ...changes.additions])
    ).filter(
      ([key, values]) => VOCABULARIES[key as VocabularyKey].extendable && values.length > 0
    ) as [VocabularyKey, string[]][];
    const keyRequests = this.keyRequests(layout, layout.headerRow, layout.lastRow);
    const session: GraphRequest = {
      method: "POST",
      path: `${this.workbookPath}/createSession`,
      body: { persistChanges: true },
      idempotent: true,
    };
    const figuresReads = this.figuresReads();
    const requests: GraphRequest[] = [
      session,
      this.tableAddressRequest(),
      ...keyRequests.requests,
      ...groups.map((group) => this.priorRequest(layout, group)),
      ...wanted.map(([key]) => this.listRequest(VOCABULARIES[key].table)),
      ...figuresReads.requests,
    ].map((request) => ({ ...request, noSession: true }));
    const results = await this.sendAll(requests);
    const value = <T>(index: number): T => {
      const result = results[index];
      if (!result.ok) throw result.problem;
      return result.value as T;
    };
    this.client.sessionId = value<{ id: string }>(0).id;
    let table: RangeAddress;
    try {
      table = parseRangeAddress(value<RangeJson>(1).address ?? "");
    } catch (error) {
      throw this.tableProblem(error);
    }
    let at = 2;
    let keys: RowKey[];
    if (table.firstRow === layout.headerRow && table.lastRow === layout.lastRow) {
      keys = keyRequests.keys(
        results.slice(at, at + keyRequests.requests.length).map((r) => {
          if (!r.ok) throw r.problem;
          return r.value as RangeJson;
        })
      );
    } else keys = await this.rowKeys(layout);
    at += keyRequests.requests.length;
    let priors = results.slice(at, at + groups.length);
    at += groups.length;
    const rowOf = new Map<string, number>();
    for (const key of keys) if (key.id && !rowOf.has(key.id)) rowOf.set(key.id, key.row);
    const moved = pending.some((u) => rowOf.get(u.update.id) !== u.update.row);
    if (moved) {
      groups = this.updateGroups(
        layout,
        pending.map((u) => {
          const row = rowOf.get(u.update.id);
          if (row === undefined)
            throw new GraphProblem("changed", {
              detail: `${u.update.id} is no longer in the table`,
            });
          return { ...u, row };
        })
      );
      priors = await this.sendAll(groups.map((group) => this.priorRequest(layout, group)));
    }
    const patches = groups.map((group, i) => {
      const prior = priors[i];
      if (!prior.ok) throw prior.problem;
      return this.patchOf(layout, group, prior.value as RangeJson);
    });
    const lists: ListNow[] = [];
    wanted.forEach(([key, values], i) => {
      const result = results[at + i];
      if (!result.ok) {
        if (result.problem.info.status === 404) return;
        throw result.problem;
      }
      const range = result.value as RangeJson;
      const place = parseRangeAddress(range.address ?? "");
      lists.push({
        table: {
          name: VOCABULARIES[key].table,
          sheet: place.sheet,
          headerRow: place.firstRow,
          firstColumn: place.firstColumn,
          lastColumn: place.lastColumn,
        },
        end: place.lastRow,
        items: (range.values ?? []).slice(1).map((row) => idText(row[0])),
        wanted: values,
      });
    });
    at += wanted.length;
    const figures = figuresReads.target(results.slice(at, at + figuresReads.requests.length));
    return { table, keys, patches, lists, figures };
  }

  /**
   * Reads for the Dashboard's figures, with the first write round trip: the
   * History's rows and the reply-deadline setting, and for each sheet named
   * like a Dashboard its first cells (is it ours?) and its charts. `target`
   * makes sense of the answers (null, with the outcome said, when there is
   * nothing to write).
   */
  private figuresReads(): {
    requests: GraphRequest[];
    target: (results: BatchResult[]) => FiguresTarget | null;
  } {
    const history = this.historyAt;
    const sheets = this.dashboardSheets;
    if (!history || sheets.length === 0)
      return {
        requests: [],
        target: () => {
          this.figuresDone = history ? "noDashboard" : "noHistory";
          return null;
        },
      };
    const rows = this.rowRequests(history.firstRow, history.lastRow, history);
    const setting: GraphRequest = {
      method: "GET",
      path: `${this.workbookPath}/names/${encodeURIComponent(REPLY_DAYS_NAME)}/range?$select=values`,
      idempotent: true,
    };
    const perSheet = sheets.flatMap((sheet): GraphRequest[] => [
      {
        method: "GET",
        path: `${this.rangePath(sheet, "A1:C5")}?$select=formulas`,
        idempotent: true,
      },
      {
        method: "GET",
        path: `${this.workbookPath}/worksheets/${encodeURIComponent(sheet)}/charts?$select=name`,
        idempotent: true,
      },
    ]);
    return {
      requests: [...rows, setting, ...perSheet],
      target: (results) => {
        const ok = (result: BatchResult | undefined) => (result?.ok ? result.value : undefined);
        const ours = sheets.findIndex((_sheet, i) => {
          const top = ok(results[rows.length + 1 + 2 * i]) as
            { formulas?: unknown[][] } | undefined;
          return top !== undefined && isOurDashboard(top.formulas ?? []);
        });
        if (ours < 0) {
          this.figuresDone = "noDashboard";
          return null;
        }
        if (results.slice(0, rows.length).some((result) => !result.ok)) {
          this.figuresDone = "failed";
          return null;
        }
        const grid = results
          .slice(0, rows.length)
          .flatMap((result) => ((result.ok ? result.value : {}) as RangeJson).values ?? []);
        const named = results[rows.length];
        const replyDays = named.ok
          ? replyDaysOf((named.value as RangeJson).values?.[0]?.[0] ?? null)
          : null;
        const charts = (
          (ok(results[rows.length + 2 + 2 * ours]) as { value?: { name?: string }[] } | undefined)
            ?.value ?? []
        ).map((chart) => chart.name ?? "");
        const names = chartNames("statusAtYearEnd");
        return {
          sheet: sheets[ours],
          chart: charts.find((name) => names.includes(name)) ?? null,
          history: historyFromGrid(grid[0] ?? [], grid.slice(1), {
            firstRow: history.firstRow + 1,
            replyDays,
          }).content,
        };
      },
    };
  }

  /**
   * The Dashboard's block of figures for the tracker once `changes` are
   * written: the same historyFigures and block as every store, from the rows
   * read, the changes and the History with this write's events. The block as
   * it is worked out without them goes in `undo`: a write put back leaves
   * figures that agree with the rows.
   */
  private figuresWrite(
    layout: Layout,
    target: FiguresTarget | null,
    changes: TrackerChanges,
    additions: TrackerRecord[],
    undo: Undo[]
  ): FiguresWrite | null {
    if (!target) return null;
    const options = {
      today: (this.options.today ?? (() => localDate(new Date())))(),
      language: layout.language,
      replyDays: target.history.replyDays,
    };
    const texts = PLAN_TEXTS[layout.language];
    const lastEvent = target.history.rows.reduce((max, row) => Math.max(max, row.row), 0);
    const events = (changes.events ?? []).map((values, i) => ({ row: lastEvent + 1 + i, values }));
    const after = recordsAfter(this.rowsRead, { ...changes, additions }, this.columnsRead);
    const grid = figuresGrid(
      historyFigures(after, { ...options, history: [...target.history.rows, ...events] }),
      texts
    );
    const before = figuresGrid(
      historyFigures(
        this.rowsRead.map((row) => row.values),
        { ...options, history: target.history.rows }
      ),
      texts
    );
    undo.push({ kind: "figures", requests: this.figuresRequests(target, before) });
    return {
      requests: this.figuresRequests(target, grid),
      early: 0,
      check: {
        method: "GET",
        path: `${this.rangePath(target.sheet, grid.address)}?$select=values`,
        idempotent: true,
      },
      grid,
      failed: false,
    };
  }

  /** The block written: its columns cleared, its values and number formats, its styles, the chart set on its range. */
  private figuresRequests(target: FiguresTarget, grid: FiguresGrid): GraphRequest[] {
    const { first, last } = figuresColumns();
    const requests: GraphRequest[] = [
      {
        method: "POST",
        path: `${this.rangePath(target.sheet, `${first}:${last}`)}/clear`,
        body: { applyTo: "All" },
        idempotent: true,
      },
      {
        method: "PATCH",
        path: this.rangePath(target.sheet, grid.address),
        body: { numberFormat: grid.numberFormats, values: grid.values },
        idempotent: true,
      },
      ...grid.styles.flatMap((run) => this.styleRequests(target.sheet, run.range, run.style)),
    ];
    if (target.chart && grid.chartRange)
      requests.push({
        method: "POST",
        path: `${this.workbookPath}/worksheets/${encodeURIComponent(target.sheet)}/charts/${encodeURIComponent(target.chart)}/setData`,
        body: { sourceData: grid.chartRange, seriesBy: "Columns" },
        idempotent: true,
      });
    return requests;
  }

  /** A style as Graph's range format requests: the font, the fill, the alignment (only what the style sets). */
  private styleRequests(sheet: string, range: string, style: CellStyle): GraphRequest[] {
    const path = `${this.rangePath(sheet, range)}/format`;
    const font = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: style.fontColor } : {}),
    };
    const format = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontalAlignment !== undefined
        ? {
            horizontalAlignment:
              style.horizontalAlignment.charAt(0).toUpperCase() +
              style.horizontalAlignment.slice(1),
          }
        : {}),
    };
    const requests: GraphRequest[] = [];
    if (Object.keys(font).length > 0)
      requests.push({ method: "PATCH", path: `${path}/font`, body: font, idempotent: true });
    if (style.fill !== undefined)
      requests.push({
        method: "PATCH",
        path: `${path}/fill`,
        body: { color: style.fill },
        idempotent: true,
      });
    if (Object.keys(format).length > 0)
      requests.push({ method: "PATCH", path, body: format, idempotent: true });
    return requests;
  }

  /** The block read back holds what was written (text as text, numbers within rounding). */
  private sameGrid(grid: FiguresGrid, got: Cell[][]): boolean {
    return grid.values.every((row, r) => row.every((value, c) => sameCell(value, got[r]?.[c])));
  }

  /** The words each list lacks, as every store decides it (newListWords). */
  private listAdditions(records: TrackerRecord[], lists: ListNow[]): ListAddition[] {
    const wanted = listValuesOf(records);
    const out: ListAddition[] = [];
    for (const list of lists) {
      const key = (Object.keys(VOCABULARIES) as VocabularyKey[]).find(
        (k) => VOCABULARIES[k].table === list.table.name
      ) as VocabularyKey;
      const words = newListWords(list.items, wanted[key] ?? []);
      if (words.length > 0) out.push({ ...list, words });
    }
    return out;
  }

  /**
   * One round trip (more only past the byte or request limits): the
   * updates and the new rows with their non-text cells (rows/add parses
   * strings like typed input; texts follow with the text format), each
   * after the one before. What each did is recorded to be put back if a
   * later step fails.
   */
  private async writeRows(
    push: PushInProgress,
    now: Now,
    additions: TrackerRecord[]
  ): Promise<AddedChunk[]> {
    const { layout, undo, written, figures } = push;
    const steps: WriteStep[] = [];
    for (const patch of now.patches) {
      undo.push(patch.undo);
      steps.push({
        kind: "patch",
        request: {
          method: "PATCH",
          path: this.rangePath(layout.sheet, patch.address),
          body: { numberFormat: patch.formats, values: patch.values },
          idempotent: true,
        },
        written: { sheet: layout.sheet, address: patch.address, expected: patch.values },
      });
    }
    const table: TablePlace = {
      name: RECOMMENDATIONS_TABLE,
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      firstColumn: layout.firstColumn,
      lastColumn: layout.firstColumn + layout.width - 1,
    };
    const rows: Cell[][] = additions.map((record) => {
      const row: Cell[] = Array<Cell>(layout.width).fill("");
      for (const { at, value } of this.cellsOf(layout, record)) row[at] = value;
      return row;
    });
    let next = 0;
    for (const chunk of this.chunks(rows, (row) => jsonBytes(row) + 5 * row.length)) {
      const records = additions.slice(next, next + chunk.length);
      next += chunk.length;
      const placeholders: Cell[][] = chunk.map((row) =>
        row.map((v) => (typeof v === "string" ? "" : v))
      );
      steps.push({ kind: "add", table, values: placeholders, rows: chunk, records });
    }
    const added: AddedChunk[] = [];
    const ends = new Map<string, number>([[RECOMMENDATIONS_TABLE, now.table.lastRow]]);
    // The figures' first requests ride on this round trip's last batch, as many as it has room for
    // (none when this write sends nothing here: no round trip is added for them).
    const groups = this.pack(steps.map((step) => this.writeRequest(step)));
    const room = groups.length > 0 ? BATCH_LIMIT - groups[groups.length - 1].length : 0;
    const early = figures ? figures.requests.slice(0, room) : [];
    if (figures) figures.early = early.length;
    const results = await this.runSteps(
      steps,
      ends,
      early.map((request) => ({ ...request, optional: true })),
      (step, firstRow) => {
        if (step.kind === "patch") written.push(step.written);
        else if (step.kind === "add") {
          undo.push({
            kind: "addRecommendations",
            table: step.table,
            ids: step.records.map((record) => String(record.id ?? "")),
            firstRow,
          });
          added.push({ records: step.records, rows: step.rows, firstRow });
        }
      }
    );
    if (figures && results.some((result) => !result.ok)) figures.failed = true;
    return added;
  }

  /**
   * Runs write steps in order, in as few round trips as the limits allow,
   * with `trailing` requests (idempotent reads, closeSession) after them in
   * the last one; resolves to the trailing results. A step refused stops
   * the rest (thrown); a connection lost on the way is settled by the
   * tables' sizes, never by adding blindly twice.
   */
  private async runSteps(
    steps: WriteStep[],
    ends: Map<string, number>,
    trailing: Trailing[],
    done: (step: WriteStep, firstRow: number) => void
  ): Promise<BatchResult[]> {
    const requests: Trailing[] = [...steps.map((step) => this.writeRequest(step)), ...trailing];
    const out: BatchResult[] = [];
    for (const group of this.pack(requests)) {
      let left = group;
      for (let attempt = 0; left.length > 0; attempt++) {
        if (attempt >= 3)
          throw new GraphProblem("offline", { detail: "writes kept losing their connection" });
        const mine = left.filter((i) => i < steps.length).map((i) => steps[i]);
        let results: BatchResult[];
        try {
          results = await this.sendInSession(
            left.map((i, k) => ({ ...requests[i], afterPrevious: k > 0 }))
          );
        } catch (error) {
          if (!(error instanceof GraphProblem) || !error.info.maybeApplied) throw error;
          // The trailing reads are not run: they go again with what is left.
          results = [
            ...(await this.settle(mine, ends)),
            ...left.slice(mine.length).map(() => notRun()),
          ];
        }
        const again: number[] = [];
        results.forEach((result, k) => {
          const i = left[k];
          if (i >= steps.length) {
            // An optional request not run because the one before it failed stays not run: only a
            // lost connection sends it again.
            const settled =
              result.ok ||
              !result.notRun ||
              (requests[i].optional === true && result.problem.code !== "offline");
            if (settled) out[i - steps.length] = result;
            else again.push(i);
            return;
          }
          if (!result.ok) {
            if (result.notRun) again.push(i);
            else throw result.problem;
            return;
          }
          const step = steps[i];
          if (step.kind === "patch") return done(step, 0);
          const end = ends.get(step.table.name) as number;
          const index = (result.value as { index?: unknown } | null)?.index;
          const firstRow = typeof index === "number" ? step.table.headerRow + 1 + index : end + 1;
          ends.set(step.table.name, Math.max(end, firstRow + step.values.length - 1));
          done(step, firstRow);
        });
        left = again;
      }
    }
    return out;
  }

  private writeRequest(step: WriteStep): GraphRequest {
    if (step.kind === "patch") return step.request;
    return {
      method: "POST",
      path: `${this.workbookPath}/tables/${encodeURIComponent(step.table.name)}/rows/add`,
      body: { index: null, values: step.values },
    };
  }

  /**
   * After a lost connection: which of the rows/add were applied, told by
   * each table's size and, when it grew, by reading the new rows. The
   * steps applied come back as done; the others, as not run (sent again).
   */
  private async settle(steps: WriteStep[], ends: Map<string, number>): Promise<BatchResult[]> {
    const results: BatchResult[] = steps.map(() => notRun());
    const names = [
      ...new Set(steps.flatMap((step) => (step.kind === "patch" ? [] : [step.table.name]))),
    ];
    const sizes = await this.sendAll(names.map((name) => this.tableAddressRequest(name)));
    for (const [n, name] of names.entries()) {
      const size = sizes[n];
      if (!size.ok) throw size.problem;
      const nowEnd = parseRangeAddress((size.value as RangeJson).address ?? "").lastRow;
      const end = ends.get(name) as number;
      const mine = steps
        .map((step, i) => ({ step, i }))
        .filter(({ step }) => step.kind !== "patch" && step.table.name === name);
      let rows = 0;
      let applied = 0;
      while (applied < mine.length && rows < nowEnd - end) {
        const step = mine[applied].step as Exclude<WriteStep, { kind: "patch" }>;
        rows += step.values.length;
        applied++;
      }
      if (rows !== nowEnd - end)
        throw new GraphProblem("changed", {
          detail: `the ${name} table grew by other rows while new rows were being added`,
        });
      if (applied === 0) continue;
      const first = mine[0].step as Exclude<WriteStep, { kind: "patch" }>;
      const got = await this.readRows(end + 1, nowEnd, first.table);
      const sent = mine
        .slice(0, applied)
        .flatMap(({ step }) => (step as Exclude<WriteStep, { kind: "patch" }>).values);
      if (!sent.every((row, r) => row.every((v, c) => sameCell(v, got[r]?.[c]))))
        throw new GraphProblem("changed", {
          detail: `the ${name} table grew by other rows while new rows were being added`,
        });
      let offset = 0;
      for (const { step, i } of mine.slice(0, applied)) {
        const values = (step as Exclude<WriteStep, { kind: "patch" }>).values;
        results[i] = { ok: true, value: { index: end + offset - first.table.headerRow } };
        offset += values.length;
      }
    }
    return results;
  }

  /**
   * The last round trip (more only past the limits): the new rows' texts
   * with the text format (the Rec IDs first of all, so every new row can be
   * found again), the new list words, then everything written read back and
   * compared, the table's Rec IDs as they are now (for twins a colleague
   * added at the same moment), and the session closed.
   */
  private async finish(
    push: PushInProgress,
    added: AddedChunk[],
    lists: ListAddition[]
  ): Promise<RowKey[]> {
    const { layout, undo, written, figures } = push;
    const steps: WriteStep[] = [];
    for (const chunk of added) {
      const last = chunk.firstRow + chunk.rows.length - 1;
      const address = a1(
        chunk.firstRow,
        last,
        layout.firstColumn,
        layout.firstColumn + layout.width - 1
      );
      const values: Grid = chunk.rows.map((row) =>
        row.map((v) => (typeof v === "string" && v !== "" ? v : null))
      );
      const formats = values.map((row) => row.map((v) => (v === null ? null : "@")));
      const text: Written = { sheet: layout.sheet, address, expected: chunk.rows };
      if (values.some((row) => row.some((v) => v !== null)))
        steps.push({
          kind: "patch",
          request: {
            method: "PATCH",
            path: this.rangePath(layout.sheet, address),
            body: { numberFormat: formats, values },
            idempotent: true,
          },
          written: text,
        });
      else written.push(text);
    }
    for (const list of lists) {
      const width = list.table.lastColumn - list.table.firstColumn + 1;
      const values: Cell[][] = list.words.map((word) => [word, ...Array<Cell>(width - 1).fill("")]);
      steps.push({ kind: "words", table: list.table, values, rows: values, words: list.words });
    }
    // What is read back once the steps are done: known before they run.
    const planned = [
      ...written,
      ...steps.flatMap((step) => (step.kind === "patch" ? [step.written] : [])),
    ];
    const spans = this.spansOf(planned);
    const reads = spans.map((span) =>
      this.rowRequests(span.range.firstRow, span.range.lastRow, {
        sheet: span.sheet,
        firstColumn: span.range.firstColumn,
        lastColumn: span.range.lastColumn,
      })
    );
    const end = added.reduce(
      (max, chunk) => Math.max(max, chunk.firstRow + chunk.rows.length - 1),
      layout.lastRow
    );
    const keyRequests = this.keyRequests(layout, layout.headerRow, end);
    // The Rec IDs only matter when rows were added (twins a colleague added at the same moment).
    const withKeys = added.length > 0;
    // The rest of the figures and their read-back: after the reads, so a refusal of one (a protected
    // Dashboard) never holds up the rows' checks.
    const figuresTail: Trailing[] = figures
      ? [...figures.requests.slice(figures.early), figures.check].map((request) => ({
          ...request,
          optional: true,
        }))
      : [];
    const trailing: Trailing[] = [
      ...reads.flat(),
      ...lists.map((list) => this.listRequest(list.table.name)),
      this.tableAddressRequest(),
      ...(withKeys ? keyRequests.requests : []),
      ...figuresTail,
      { method: "POST", path: `${this.workbookPath}/closeSession`, idempotent: true },
    ];
    const ends = new Map(lists.map((list) => [list.table.name, list.end]));
    const results = await this.runSteps(steps, ends, trailing, (step) => {
      if (step.kind === "patch") written.push(step.written);
      else if (step.kind === "words")
        undo.push({ kind: "addWords", table: step.table, words: step.words });
    });
    if (results[results.length - 1]?.ok) this.client.sessionId = null;
    const value = <T>(index: number): T => {
      const result = results[index];
      if (!result.ok) throw result.problem;
      return result.value as T;
    };
    let at = 0;
    spans.forEach((span, s) => {
      const got: Cell[][] = [];
      for (let k = 0; k < reads[s].length; k++)
        got.push(...(value<RangeJson>(at + k).values ?? []));
      at += reads[s].length;
      this.compare(span, got);
    });
    for (const list of lists) {
      const now = new Set(
        (value<RangeJson>(at).values ?? []).slice(1).map((row) => idText(row[0]))
      );
      at++;
      const missing = list.words.find((word) => !now.has(word));
      if (missing !== undefined)
        throw new GraphProblem("unknown", {
          detail: `read-back of the ${list.table.name} table lacks ${missing}`,
        });
    }
    const table = parseRangeAddress(value<RangeJson>(at).address ?? "");
    at++;
    if (figures) {
      const from = at + (withKeys ? keyRequests.requests.length : 0);
      const tail = results.slice(from, from + figuresTail.length);
      const back = tail[tail.length - 1];
      if (tail.some((result) => !result?.ok) || !back?.ok) figures.failed = true;
      else figures.failed ||= !this.sameGrid(figures.grid, (back.value as RangeJson).values ?? []);
      this.figuresDone = figures.failed ? "failed" : "refreshed";
    }
    if (!withKeys) return [];
    if (table.firstRow !== layout.headerRow || table.lastRow !== end) return this.rowKeys(layout);
    return keyRequests.keys(
      results.slice(at, at + keyRequests.requests.length).map((r) => {
        if (!r.ok) throw r.problem;
        return r.value as RangeJson;
      })
    );
  }

  /** Updates grouped in rectangles, each PATCH under chunkBytes (rows between two updates ride along as nulls). */
  private updateGroups(
    layout: Layout,
    updates: {
      update: TrackerChanges["updates"][number];
      cells: { at: number; value: Cell }[];
      row: number;
    }[]
  ): UpdateGroup[] {
    const idAt = layout.columns.get("id") as number;
    const sorted = updates.slice().sort((a, b) => a.row - b.row);
    // One rectangle per group: rows first..last, columns spanning the changed cells and the Rec ID
    // (read first, so each row is checked to still hold its recommendation). A group ends when the
    // rows it spans would take the request over chunkBytes.
    const groups: (typeof sorted)[] = [];
    let bytes = 0;
    for (const u of sorted) {
      const group = groups[groups.length - 1];
      const gap = group ? u.row - group[group.length - 1].row : 1;
      const cost = gap * (layout.rowBytes + 12 * layout.width) + jsonBytes(u.cells) * 2;
      if (group && bytes + cost <= this.chunkBytes) {
        group.push(u);
        bytes += cost;
      } else {
        groups.push([u]);
        bytes = layout.rowBytes + 12 * layout.width + jsonBytes(u.cells) * 2;
      }
    }
    return groups.map((members) => {
      let lo = idAt;
      let hi = idAt;
      for (const u of members)
        for (const c of u.cells) {
          lo = Math.min(lo, c.at);
          hi = Math.max(hi, c.at);
        }
      const first = members[0].row;
      const last = members[members.length - 1].row;
      return {
        members,
        first,
        last,
        lo,
        hi,
        address: a1(first, last, layout.firstColumn + lo, layout.firstColumn + hi),
      };
    });
  }

  private priorRequest(layout: Layout, group: UpdateGroup): GraphRequest {
    return {
      method: "GET",
      path: `${this.rangePath(layout.sheet, group.address)}?$select=values,numberFormat`,
      idempotent: true,
    };
  }

  /** The PATCH of one rectangle, and how to put it back; refused when a row no longer holds its recommendation. */
  private patchOf(layout: Layout, group: UpdateGroup, prior: RangeJson): Patch {
    const idAt = layout.columns.get("id") as number;
    const { first, last, lo, hi } = group;
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
    for (const { update, cells, row } of group.members) {
      const r = row - first;
      if (idText(priorValues[r]?.[idAt - lo]) !== update.id) {
        throw new GraphProblem("changed", { detail: `row ${row} no longer holds ${update.id}` });
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
    return {
      address: group.address,
      values,
      formats,
      undo: {
        kind: "patch",
        sheet: layout.sheet,
        firstColumn: layout.firstColumn + lo,
        lastColumn: layout.firstColumn + hi,
        rows: undoRows,
      },
    };
  }

  private listRequest(table: string): GraphRequest {
    return {
      method: "GET",
      path: `${this.workbookPath}/tables/${encodeURIComponent(table)}/range?$select=address,values`,
      idempotent: true,
    };
  }

  /** Reads of the Rec ID and Source document columns over rows firstRow + 1..lastRow, and how to make RowKeys of them. */
  private keyRequests(
    layout: Layout,
    headerRow: number,
    lastRow: number
  ): { requests: GraphRequest[]; keys: (ranges: RangeJson[]) => RowKey[] } {
    const column = (key: ColumnKey): GraphRequest[] => {
      const at = layout.columns.get(key);
      if (at === undefined || lastRow <= headerRow) return [];
      const sheetColumn = layout.firstColumn + at;
      return this.rowRequests(headerRow + 1, lastRow, {
        sheet: layout.sheet,
        firstColumn: sheetColumn,
        lastColumn: sheetColumn,
      });
    };
    const ids = column("id");
    const sources = column("source");
    return {
      requests: [...ids, ...sources],
      keys: (ranges) => {
        const cells = (list: RangeJson[]) =>
          list.flatMap((range) => (range.values ?? []).map((row) => idText(row[0])));
        const idCells = cells(ranges.slice(0, ids.length));
        const sourceCells = cells(ranges.slice(ids.length));
        return idCells.map((id, i) => ({
          row: headerRow + 1 + i,
          id,
          source: sourceCells[i] ?? "",
        }));
      },
    };
  }

  /** Groups of requests for one round trip each: at most BATCH_LIMIT, and under chunkBytes together. */
  private pack(requests: GraphRequest[]): number[][] {
    return packGreedy(
      requests.keys(),
      (i) => (requests[i].body === undefined ? 0 : jsonBytes(requests[i].body)),
      this.chunkBytes,
      (group) => group.length < BATCH_LIMIT
    );
  }

  /** Requests that do not depend on one another, in as few round trips as the limits allow. */
  private async sendAll(requests: GraphRequest[]): Promise<BatchResult[]> {
    const results: BatchResult[] = [];
    for (const group of this.pack(requests))
      results.push(...(await this.sendInSession(group.map((i) => requests[i]))));
    return results;
  }

  /** Requests that must run in order (each after the one before succeeded), in as few round trips as the limits allow. */
  private async sendChained(requests: GraphRequest[]): Promise<BatchResult[]> {
    const results: BatchResult[] = [];
    for (const group of this.pack(requests))
      results.push(
        ...(await this.sendInSession(
          group.map((i, k) => ({ ...requests[i], afterPrevious: k > 0 }))
        ))
      );
    return results;
  }

  /**
   * One round trip: a request alone, or a JSON batch. A session Graph
   * dropped is opened again once, and what it refused is sent again (a
   * request refused for its session was not applied).
   */
  private async sendInSession(items: BatchRequest[]): Promise<BatchResult[]> {
    const once = async (list: BatchRequest[]): Promise<BatchResult[]> => {
      if (list.length !== 1) return this.client.batch(list);
      try {
        return [{ ok: true, value: await this.client.send(list[0]) }];
      } catch (error) {
        if (!(error instanceof GraphProblem) || error.info.maybeApplied || error.code === "offline")
          throw error;
        return [{ ok: false, problem: error }];
      }
    };
    const results = await once(items);
    const expired = results.findIndex((r) => !r.ok && r.problem.code === "sessionExpired");
    if (expired < 0) return results;
    this.client.sessionId = null;
    await this.createSession();
    const redo = items
      .map((item, i) => ({ item, i }))
      .filter(({ i }) => i >= expired && !results[i].ok);
    const again = await once(
      redo.map(({ item }, k) => (k === 0 ? { ...item, afterPrevious: false } : item))
    );
    redo.forEach(({ i }, k) => (results[i] = again[k]));
    return results;
  }

  /** Written ranges that follow one another (the chunks of new rows), read back together. */
  private spansOf(written: Written[]): Span[] {
    const spans: Span[] = [];
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
    return spans;
  }

  /** A written range read back: it must hold what was sent. */
  private compare({ sheet, range, expected }: Span, got: Cell[][]): void {
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

  /** One rows/add; resolves to the sheet row of the first new row. A lost answer is settled by reading the table. */
  private async addRowsOnce(
    table: TablePlace,
    values: Cell[][],
    tableEnd: number
  ): Promise<number> {
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
  private async verifyWritten(written: Written[]): Promise<void> {
    for (const span of this.spansOf(written)) {
      const { sheet, range } = span;
      const got = await this.readRows(range.firstRow, range.lastRow, {
        sheet,
        firstColumn: range.firstColumn,
        lastColumn: range.lastColumn,
      });
      this.compare(span, got);
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
        if (step.kind === "figures") {
          // The figures follow the rows back; a Dashboard that refuses them loses no data, and the
          // other steps are put back whatever happens to them.
          await this.sendChained(step.requests).catch(() => undefined);
          continue;
        }
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
