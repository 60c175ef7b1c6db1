import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { parseRange } from "../../core/schema/a1";
import { COLUMN_BY_KEY, ColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import { DEFAULT_ROW_POINTS, rowHeight } from "../../core/schema/layout";
import { wrapsText } from "../../core/schema/workbook-plan";
import type { CellValue } from "../../core/schema/plan";
import { listChange, VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import { fieldToCell, listValuesOf } from "../../core/tracker/cells";
import {
  nothingToWrite,
  recordsAfter,
  type TrackerChanges,
  type TrackerContent,
  type TrackerStore,
} from "../../core/tracker/store";
import type { TrackerRecord } from "../../core/tracker/types";
import {
  dashboardParts,
  DashboardRefresh,
  DashboardSheetOptions,
  readListItems,
} from "./dashboard";
import { followUpParts, FollowUpRefresh } from "./followup";
import { appendEventParts, HistoryFile, readHistoryPackage } from "./history";
import type { HistoryContent, HistoryRow } from "../../core/tracker/history";
import type { HistoryFigures } from "../../core/schema/figures";
import { historyFigures } from "../../core/tracker/figures";
import { StyleBook } from "./styles";
import { openPackage, readChecked } from "./package";
import { readTrackerPackage, TrackerFile } from "./reader";
import {
  CellWrite,
  columnStyles,
  columnWidths,
  extendRanges,
  growDimension,
  patchSheet,
  patchSheetStreamed,
  readSheetHead,
  rowHasValues,
  rowStyles,
  RowWatch,
  RowWrites,
  sheetDataOf,
} from "./sheet-patch";
import { indexPackage, PackageIndex, readSheetRows } from "./sheet-xml";
import { packageFromZip, partChunks, requiredPartText as partText, WrittenContent } from "./zip";

/**
 * A tracker .xlsx file as a TrackerStore (src/core/tracker/store.ts): read
 * with the fast package reader, written by patching the package in place
 * (./sheet-patch.ts), so a 50,000-row tracker imports in seconds and every
 * part the import does not touch (other sheets, the user's columns, charts,
 * pivot tables, macros, the metadata part) stays byte for byte as it was.
 * Nothing touches the disk: `bytes()` is the new file, built whole in
 * memory; the caller writes it atomically (src/files/local.ts).
 * Given `followUpToday`, a write also refreshes the Follow-up sheet from the
 * rows as they are after it (./followup.ts), as the sheet's note promises.
 */
export class XlsxTrackerStore implements TrackerStore {
  private opened: Opened | null = null;
  private file: TrackerFile | null = null;
  private historyFile: HistoryFile | null = null;
  private result: Uint8Array | null = null;
  private refresh: FollowUpRefresh | null = null;
  private dashboardRefresh: DashboardRefresh | null = null;

  constructor(
    private readonly data: Uint8Array,
    private readonly name: string,
    private readonly options: { followUpToday?: string } = {}
  ) {}

  /** What the last write or refreshFollowUp() did to the Follow-up sheet (null: not asked). */
  get followUp(): FollowUpRefresh | null {
    return this.refresh;
  }

  /** What the last write or refresh did to the Dashboard sheet (null: nothing written yet). */
  get dashboard(): DashboardRefresh | null {
    return this.dashboardRefresh;
  }

  /** Entries of the extendable lists on the Lists sheet (after read()). */
  async listItems(): Promise<Partial<Record<VocabularyKey, string[]>>> {
    if (!this.opened) await this.read();
    const opened = this.opened as Opened;
    return readListItems(opened.zip, opened.index);
  }

  /** The tracker as read (after read()), with its layout in the package. */
  get tracker(): TrackerFile | null {
    return this.file;
  }

  /** True once write() has changed something. */
  get changed(): boolean {
    return this.result !== null;
  }

  /** The file's bytes: the original ones until write() changes something. */
  bytes(): Uint8Array {
    return this.result ?? this.data;
  }

  async read(): Promise<TrackerContent> {
    // A tracker written by this store is read from its new bytes; its big parts checked as they are read.
    const zip = await openPackage(this.bytes(), this.name, { deferBig: true });
    const { index, file, historyFile } = await readChecked(zip, this.name, async () => {
      // One index (the shared strings of a large tracker are megabytes) for reading and writing.
      const index = await indexPackage(zip);
      const file = await readTrackerPackage(zip, this.name, index);
      return { index, file, historyFile: await readHistoryPackage(zip, index) };
    });
    this.file = file;
    this.opened = { zip, index };
    this.historyFile = historyFile;
    return {
      language: file.language,
      rows: file.rows,
      columns: TRACKER_COLUMNS.map((column) => column.key).filter(
        (key) => file.layout.columns[key] !== undefined
      ),
      history: historyFile.content.present,
    };
  }

  /** The History table's events and the reply-deadline setting (NO_HISTORY for a tracker of schema v1). */
  async readHistory(): Promise<HistoryContent> {
    if (!this.historyFile) await this.read();
    return (this.historyFile as HistoryFile).content;
  }

  async write(changes: TrackerChanges): Promise<void> {
    if (nothingToWrite(changes)) return;
    if (!this.opened || !this.file || !this.historyFile) await this.read();
    const { bytes, followUp, dashboard } = await patchTracker(
      this.opened as Opened,
      this.file as TrackerFile,
      this.historyFile as HistoryFile,
      changes,
      this.name,
      this.options.followUpToday
    );
    this.result = bytes;
    this.refresh = followUp;
    this.dashboardRefresh = dashboard;
    // The zip now holds the new parts: read again from the new bytes if asked.
    this.opened = null;
    this.file = null;
    this.historyFile = null;
  }

  /**
   * Rewrites only the Follow-up and Dashboard sheets from the tracker's rows,
   * for `today`; the file changes only when the sheets' content does.
   */
  async refreshFollowUp(today: string): Promise<FollowUpRefresh> {
    if (!this.opened || !this.file) await this.read();
    const opened = this.opened as Opened;
    const file = this.file as TrackerFile;
    const history = (this.historyFile as HistoryFile).content;
    const records = file.rows.map((row) => row.values);
    const { refresh, parts } = await followUpParts(
      opened.zip,
      opened.index,
      records,
      followUpOptions(file, today, history)
    );
    this.refresh = refresh;
    const styles = new StyleBook(await partText(opened.zip, STYLES_PATH));
    const dashboard = await dashboardParts(
      opened.zip,
      opened.index,
      records,
      dashboardOptions(file, styles, history)
    );
    this.dashboardRefresh = dashboard.refresh;
    for (const [path, xml] of dashboard.parts) parts.set(path, xml);
    if (styles.changed) parts.set(STYLES_PATH, styles.toXml());
    if (parts.size > 0) {
      // Formulas rewritten without results: the workbook computes them when it opens.
      if (dashboard.parts.size > 0)
        parts.set("xl/workbook.xml", recalcOnLoad(await partText(opened.zip, "xl/workbook.xml")));
      this.result = await packageBytes(opened, parts);
      this.opened = null;
      this.file = null;
      this.historyFile = null;
    }
    return refresh;
  }

  /**
   * Rewrites the Dashboard (its labels, and the block of figures from the
   * history with its chart) for `today`; the file changes only when the
   * sheet's content does. A tracker of schema v1 (no History) is left as it is.
   */
  async refreshFigures(today: string): Promise<DashboardRefresh> {
    if (!this.opened || !this.file || !this.historyFile) await this.read();
    const opened = this.opened as Opened;
    const file = this.file as TrackerFile;
    const history = (this.historyFile as HistoryFile).content;
    const records = file.rows.map((row) => row.values);
    const styles = new StyleBook(await partText(opened.zip, STYLES_PATH));
    const dashboard = await dashboardParts(opened.zip, opened.index, records, {
      ...dashboardOptions(file, styles, history),
      figures: figuresFor(file, records, history, today),
    });
    this.dashboardRefresh = dashboard.refresh;
    const parts = dashboard.parts;
    if (parts.size > 0) {
      if (styles.changed) parts.set(STYLES_PATH, styles.toXml());
      parts.set("xl/workbook.xml", recalcOnLoad(await partText(opened.zip, "xl/workbook.xml")));
      this.result = await packageBytes(opened, parts);
      this.opened = null;
      this.file = null;
      this.historyFile = null;
    }
    return dashboard.refresh;
  }
}

/** The figures from the history for the Dashboard's block, or undefined for a tracker of schema v1. */
function figuresFor(
  tracker: TrackerFile,
  records: readonly TrackerRecord[],
  history: HistoryContent,
  today: string,
  events: readonly HistoryRow[] = []
): HistoryFigures | undefined {
  if (!history.present) return undefined;
  return historyFigures(records, {
    today,
    language: tracker.language,
    replyDays: history.replyDays,
    history: [...history.rows, ...events],
  });
}

const STYLES_PATH = "xl/styles.xml";

function dashboardOptions(
  tracker: TrackerFile,
  styles: StyleBook,
  history: HistoryContent
): DashboardSheetOptions {
  return {
    language: tracker.language,
    headers: tracker.headers,
    trackerSheetPath: tracker.layout.sheetPath,
    styles,
    history: history.present,
  };
}

function followUpOptions(tracker: TrackerFile, today: string, history: HistoryContent) {
  return {
    today,
    language: tracker.language,
    headers: tracker.headers,
    date1904: tracker.layout.date1904,
    trackerSheetPath: tracker.layout.sheetPath,
    replyDays: history.replyDays,
  };
}

/** The tracker's records once `changes` are written. */
function recordsAfterWrite(tracker: TrackerFile, changes: TrackerChanges): TrackerRecord[] {
  return recordsAfter(
    tracker.rows,
    changes,
    new Set(Object.keys(tracker.layout.columns) as ColumnKey[])
  );
}

type SheetWrites = Map<string, Map<number, CellWrite[]>>;

export interface Opened {
  /** The package as openPackage opened it (./zip.ts keeps where it came from). */
  zip: JSZip;
  index: PackageIndex;
}

function addWrite(writes: SheetWrites, path: string, row: number, write: CellWrite): void {
  let rows = writes.get(path);
  if (!rows) writes.set(path, (rows = new Map()));
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = []));
  const same = cells.findIndex((cell) => cell.column === write.column);
  if (same >= 0) cells[same] = write;
  else cells.push(write);
}

/** A table part with its range grown to `lastRow` (its autoFilter too). */
export function growTable(xml: string, lastRow: number, name: string, fileName: string): string {
  const head = /<table\b[^>]*>/.exec(xml);
  if (!head)
    throw new InputError(`${fileName}: the ${name} table cannot be read.`, "tableUnreadable", {
      file: fileName,
      table: name,
    });
  if (/\btotalsRowCount="[1-9]/.test(head[0]))
    throw new InputError(
      `${fileName}: the ${name} table has a total row; turn it off in Excel (Table Design > Total Row) so new rows can be added, then import again.`,
      "tableTotalRow",
      { file: fileName, table: name }
    );
  const grow = (ref: string) =>
    ref.replace(/^(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?)(\d+)$/, (_m, start: string, end: string) =>
      Number(end) < lastRow ? `${start}${lastRow}` : `${start}${end}`
    );
  return xml
    .replace(
      /(<table\b[^>]*\bref=")([^"]+)(")/,
      (_m, a: string, ref: string, b: string) => a + grow(ref) + b
    )
    .replace(
      /(<autoFilter\b[^>]*\bref=")([^"]+)(")/,
      (_m, a: string, ref: string, b: string) => a + grow(ref) + b
    );
}

/** Makes Excel recalculate on opening, so the Dashboard counts the new rows (its cached results are stale). */
export function recalcOnLoad(workbook: string): string {
  if (/<calcPr\b[^>]*\bfullCalcOnLoad="(1|true)"/.test(workbook)) return workbook;
  if (/<calcPr\b/.test(workbook)) {
    return workbook.replace(/<calcPr\b([^>]*?)(\s*\/?>)/, (_m, attrs: string, end: string) => {
      const cleaned = attrs.replace(/\sfullCalcOnLoad="[^"]*"/, "");
      return `<calcPr${cleaned} fullCalcOnLoad="1"${end}`;
    });
  }
  // calcPr comes after these in the schema's order; before whichever follows it.
  const after =
    /<(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(
      workbook
    );
  if (!after) return workbook;
  return `${workbook.slice(0, after.index)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(after.index)}`;
}

/** One cell value as the workbook stores it: dates as serials (1904 workbooks count from 1904). */
function cellValue(key: ColumnKey, record: TrackerRecord, tracker: TrackerFile): CellValue {
  const value = fieldToCell(key, record[key], tracker.language);
  const kind = COLUMN_BY_KEY.get(key)?.kind;
  if (
    tracker.layout.date1904 &&
    typeof value === "number" &&
    (kind === "date" || kind === "dateTime")
  )
    return value - 1462;
  return value;
}

async function patchTracker(
  opened: Opened,
  tracker: TrackerFile,
  history: HistoryFile,
  changes: TrackerChanges,
  name: string,
  followUpToday: string | undefined
): Promise<{
  bytes: Uint8Array;
  followUp: FollowUpRefresh | null;
  dashboard: DashboardRefresh;
}> {
  const { zip, index } = opened;
  const { layout } = tracker;
  const writes: SheetWrites = new Map();
  const tableParts = new Map<string, string>();
  const rowIds = new Map(tracker.rows.map((row) => [row.row, String(row.values.id ?? "")]));

  for (const update of changes.updates) {
    if (!rowIds.has(update.row) || rowIds.get(update.row) !== update.id) {
      throw new InputError(
        `${name}: row ${update.row} no longer holds recommendation ${update.id}; nothing was written. Import again.`,
        "rowMoved",
        { file: name, row: String(update.row), id: update.id }
      );
    }
    for (const key of Object.keys(update.values) as ColumnKey[]) {
      const column = layout.columns[key];
      if (column === undefined) continue;
      addWrite(writes, layout.sheetPath, update.row, {
        column,
        value: cellValue(key, update.values, tracker),
      });
    }
  }

  // The Recommendations sheet is patched from its bytes row by row as they inflate (./sheet-bytes.ts),
  // never held whole: its text before the rows read first, the rows new ones follow seen as they go by.
  if (!zip.file(layout.sheetPath))
    throw new InputError(`${name}: the Recommendations sheet cannot be read.`, "tableUnreadable", {
      file: name,
      table: "Recommendations",
    });
  let sheetHead = await readSheetHead(partChunks(zip, layout.sheetPath));
  let sheetTail = (tail: string) => tail;
  let watch: RowWatch | undefined;
  // The rows added (from newRows on) take their cells' styles as they are written.
  let newRows = Infinity;
  let styled = (write: CellWrite): CellWrite => write;
  let lastRow = layout.lastRow;
  if (changes.additions.length > 0) {
    const lastFilled = tracker.rows.reduce((max, row) => Math.max(max, row.row), layout.headerRow);
    const first = lastFilled + 1;
    const newLast = lastFilled + changes.additions.length;
    const styleRowNumber = lastFilled > layout.headerRow ? lastFilled : layout.headerRow + 1;
    // New cells take the column's style, else that of the last row of the table (the header's when empty).
    const byColumn = columnStyles(sheetHead);
    let rowStyle = new Map<number, string>();
    watch = {
      first: styleRowNumber,
      last: Math.max(styleRowNumber, newLast),
      see: ({ xml, span }) => {
        if (span.row === styleRowNumber) rowStyle = rowStyles(xml, span);
        // Rows past the table's end must be empty in its columns: the table grows over them.
        if (span.row <= layout.lastRow || span.row > newLast) return;
        if (rowHasValues(xml, span, layout.firstColumn, layout.lastColumn)) {
          throw new InputError(
            `${name}: row ${span.row}, just below the Recommendations table, is not empty; move what is there so the table can grow, then import again.`,
            "rowBelowTable",
            { file: name, row: String(span.row), table: "Recommendations" }
          );
        }
      },
    };
    newRows = first;
    // Styles given as the new rows are written, once the sheet has gone by the row they follow.
    const styleOf = (column: number) => byColumn.get(column) ?? rowStyle.get(column);
    styled = (write) => ({ ...write, style: styleOf(write.column) });
    changes.additions.forEach((record, i) => {
      const row = first + i;
      for (let column = layout.firstColumn; column <= layout.lastColumn; column++) {
        const formula = layout.calculated.get(column);
        // A calculated column keeps its formula in rows the table already had, and gives it to new ones.
        if (formula !== undefined && row <= layout.lastRow) continue;
        addWrite(writes, layout.sheetPath, row, { column, value: null, formula });
      }
      for (const key of Object.keys(record) as ColumnKey[]) {
        const column = layout.columns[key];
        if (column === undefined) continue;
        addWrite(writes, layout.sheetPath, row, {
          column,
          value: cellValue(key, record, tracker),
        });
      }
    });
    if (newLast > layout.lastRow) {
      lastRow = newLast;
      if (layout.tablePath) {
        tableParts.set(
          layout.tablePath,
          growTable(await partText(zip, layout.tablePath), newLast, "Recommendations", name)
        );
      }
      sheetTail = (tail) =>
        extendRanges(
          tail,
          layout.firstColumn,
          layout.lastColumn,
          layout.headerRow + 1,
          layout.lastRow,
          newLast
        );
    }
  }

  await extendLists(zip, index, tracker, changes, writes, tableParts);
  const heights = rowHeightsFor(tracker, changes, sheetHead);

  const parts = new Map<string, WrittenContent>();
  for (const [path, rows] of writes) {
    // A loop, not a spread: a 10,000-row batch has over 300,000 cells, too many arguments for Math.max.
    let maxRow = 0;
    let maxColumn = 0;
    for (const [row, cells] of rows) {
      maxRow = Math.max(maxRow, row);
      for (const write of cells) maxColumn = Math.max(maxColumn, write.column);
    }
    if (path === layout.sheetPath) {
      sheetHead = growDimension(sheetHead, Math.max(maxRow, lastRow), maxColumn);
      const newRowWrites: RowWrites = {
        size: rows.size,
        keys: () => rows.keys(),
        get: (row) => (row >= newRows ? rows.get(row)?.map(styled) : rows.get(row)),
      };
      parts.set(
        path,
        patchSheetStreamed(
          partChunks(zip, path),
          sheetHead,
          sheetTail,
          newRowWrites,
          heights,
          watch
        )
      );
      continue;
    }
    const xml = patchSheet(await partText(zip, path), rows);
    parts.set(path, growDimension(xml, maxRow, maxColumn));
  }
  for (const [path, xml] of tableParts) parts.set(path, xml);
  const events = changes.events ?? [];
  if (events.length > 0) {
    if (!history.layout)
      throw new InputError(
        `${name} has no History table (a tracker of schema version 1); run \`rectrack upgrade ${name}\` first, then record the event again. Nothing was written.`,
        "noHistoryTable",
        { file: name }
      );
    const layout = history.layout;
    if (parts.has(layout.sheetPath) || tableParts.has(layout.tablePath))
      throw new InputError(
        `${name}: the History table shares its sheet with the recommendations or a list; move it to a sheet of its own. Nothing was written.`,
        "historyNotOwnSheet",
        { file: name }
      );
    const appended = await appendEventParts(
      zip,
      layout,
      events,
      {
        language: tracker.language,
        date1904: tracker.layout.date1904,
        fileName: name,
      },
      (xml, last) => growTable(xml, last, "History", name)
    );
    for (const [path, xml] of appended) parts.set(path, xml);
  }
  let followUp: FollowUpRefresh | null = null;
  const after = recordsAfterWrite(tracker, changes);
  if (followUpToday !== undefined) {
    const refreshed = await followUpParts(
      zip,
      index,
      after,
      followUpOptions(tracker, followUpToday, history.content)
    );
    followUp = refreshed.refresh;
    // The Follow-up sheet is its own: a list or the Recommendations sheet never shares its parts.
    for (const [path, xml] of refreshed.parts) if (!parts.has(path)) parts.set(path, xml);
  }
  // The Dashboard's labels follow the data (new addressees, the order by count), in the same write.
  const styles = new StyleBook(await partText(zip, STYLES_PATH));
  // Written with the Follow-up sheet (the commands that record, reply and import give today): the
  // block of figures from the history follows the new rows and events in the same write.
  const lastEvent = history.layout?.lastFilled ?? 0;
  const dashboard = await dashboardParts(zip, index, after, {
    ...dashboardOptions(tracker, styles, history.content),
    listRemovals: changes.listRemovals,
    figures:
      followUpToday === undefined
        ? undefined
        : figuresFor(
            tracker,
            after,
            history.content,
            followUpToday,
            events.map((values, i) => ({ row: lastEvent + 1 + i, values }))
          ),
  });
  for (const [path, xml] of dashboard.parts) if (!parts.has(path)) parts.set(path, xml);
  if (styles.changed) parts.set(STYLES_PATH, styles.toXml());
  parts.set("xl/workbook.xml", recalcOnLoad(await partText(zip, "xl/workbook.xml")));
  return { bytes: await packageBytes(opened, parts), followUp, dashboard: dashboard.refresh };
}

/**
 * Heights of the rows an import writes, tall enough for their wrapped texts
 * at the sheet's column widths (Excel keeps a file's row heights and does
 * not fit rows to text on opening); rows whose wrapped texts do not change
 * keep theirs.
 */
function rowHeightsFor(
  tracker: TrackerFile,
  changes: TrackerChanges,
  sheetHead: string
): Map<number, number> {
  const widths = columnWidths(sheetHead);
  const wrapped = TRACKER_COLUMNS.filter(
    (column) => wrapsText(column) && tracker.layout.columns[column.key] !== undefined
  ).map((column) => ({
    key: column.key,
    width: widths.get(tracker.layout.columns[column.key] as number) ?? column.width,
  }));
  const heights = new Map<number, number>();
  const heightOf = (record: TrackerRecord) =>
    rowHeight(
      wrapped.map((column) => ({
        text: typeof record[column.key] === "string" ? (record[column.key] as string) : "",
        width: column.width,
      }))
    );
  const byRow = new Map(tracker.rows.map((row) => [row.row, row.values]));
  for (const update of changes.updates) {
    if (!wrapped.some((column) => update.values[column.key] !== undefined)) continue;
    heights.set(update.row, heightOf({ ...byRow.get(update.row), ...update.values }));
  }
  const lastFilled = tracker.rows.reduce(
    (max, row) => Math.max(max, row.row),
    tracker.layout.headerRow
  );
  changes.additions.forEach((record, i) => {
    const height = heightOf(record);
    if (height > DEFAULT_ROW_POINTS) heights.set(lastFilled + 1 + i, height);
  });
  return heights;
}

/**
 * Adds the new words of the extendable lists (places, addressees, themes...)
 * to their tables on the Lists sheet, as the pane does: the drop-downs and
 * the Dashboard's rows follow those tables. A list that cannot grow (its
 * table missing, or cells below it) is left as it is; its drop-down only warns.
 */
async function extendLists(
  zip: JSZip,
  index: PackageIndex,
  tracker: TrackerFile,
  changes: TrackerChanges,
  writes: SheetWrites,
  tableParts: Map<string, string>
): Promise<void> {
  const records = [...changes.additions, ...changes.updates.map((update) => update.values)];
  const wanted = listValuesOf(records);
  const removals = changes.listRemovals ?? {};
  const sheetCache = new Map<
    string,
    { xml: string; rows: ReturnType<typeof sheetDataOf>["data"]["rows"] }
  >();
  const vocabularies = new Set([
    ...(Object.keys(wanted) as VocabularyKey[]),
    ...(Object.keys(removals) as VocabularyKey[]),
  ]);
  for (const vocabulary of vocabularies) {
    const values = wanted[vocabulary] ?? [];
    const remove = removals[vocabulary] ?? [];
    if (values.length === 0 && remove.length === 0) continue;
    const tableName = VOCABULARIES[vocabulary].table;
    const sheet = index.sheets.find((s) =>
      s.tables.some((t) => t.name.toLowerCase() === tableName.toLowerCase())
    );
    const table = sheet?.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    const range = table ? parseRange(table.ref) : null;
    if (
      !sheet ||
      !table ||
      !range ||
      range.firstColumn !== range.lastColumn ||
      sheet.path === tracker.layout.sheetPath
    )
      continue;
    const cells = await readSheetRows(zip, sheet, index, range.lastRow);
    const items: string[] = [];
    for (let r = range.firstRow + 1; r <= range.lastRow; r++) {
      const value = cells[r - 1]?.[range.firstColumn];
      if (value !== null && value !== undefined && String(value).trim() !== "")
        items.push(String(value).trim());
    }
    const { add, rewrite } = listChange(items, values, remove);
    if (add.length === 0 && !rewrite) continue;
    let cached = sheetCache.get(sheet.path);
    if (!cached) {
      const xml = await partText(zip, sheet.path);
      cached = { xml, rows: sheetDataOf(xml).data.rows };
      sheetCache.set(sheet.path, cached);
    }
    // Blank cells at the end of the table are filled first; taken-out entries close up.
    let lastUsed = range.firstRow;
    for (let r = range.firstRow + 1; r <= range.lastRow; r++) {
      const value = cells[r - 1]?.[range.firstColumn];
      if (value !== null && value !== undefined && value !== "") lastUsed = r;
    }
    const kept = rewrite ?? add;
    const from = rewrite ? range.firstRow + 1 : lastUsed + 1;
    const newLast = from + kept.length - 1;
    const pending = writes.get(sheet.path);
    const blocked = cached.rows.some(
      (span) =>
        span.row > range.lastRow &&
        span.row <= newLast &&
        (rowHasValues(cached!.xml, span, range.firstColumn, range.firstColumn) ||
          pending?.get(span.row)?.some((write) => write.column === range.firstColumn))
    );
    if (blocked) continue;
    const style =
      columnStyles(cached.xml).get(range.firstColumn) ??
      rowStyles(
        cached.xml,
        cached.rows.find((span) => span.row === Math.max(lastUsed, range.firstRow + 1))
      ).get(range.firstColumn);
    kept.forEach((value, i) =>
      addWrite(writes, sheet.path, from + i, { column: range.firstColumn, value, style })
    );
    // The rows the list no longer fills are emptied; the table keeps its size.
    for (let r = newLast + 1; r <= lastUsed; r++)
      addWrite(writes, sheet.path, r, { column: range.firstColumn, value: null, style });
    if (newLast > range.lastRow) {
      const xml = tableParts.get(table.path) ?? (await partText(zip, table.path));
      tableParts.set(table.path, growTable(xml, newLast, tableName, sheet.name));
    }
  }
}

/**
 * The package with `parts` replaced. Unchanged parts keep their compressed
 * bytes; changed ones are deflated with Node's zlib (./zip.ts).
 */
export function packageBytes(
  opened: Opened,
  parts: ReadonlyMap<string, WrittenContent>
): Promise<Uint8Array> {
  return packageFromZip(opened.zip, parts);
}
