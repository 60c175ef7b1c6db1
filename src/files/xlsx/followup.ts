import JSZip from "jszip";
import {
  CellRange,
  columnIndex,
  columnLetter,
  parseRange,
  rangeAddress,
} from "../../core/schema/a1";
import { COLUMN_BY_KEY, ColumnKey, LANGUAGES } from "../../core/schema/columns";
import type { CellValue, Language, SheetPlan, TableColumnPlan } from "../../core/schema/plan";
import { DEFAULT_ROW_POINTS, rowHeight } from "../../core/schema/layout";
import { PLAN_TEXTS } from "../../core/schema/texts";
import {
  buildWorkbookPlan,
  FOLLOW_UP_KEYS,
  FOLLOW_UP_LEAD,
  FOLLOW_UP_TABLE,
} from "../../core/schema/workbook-plan";
import { FollowUpItem, followUpList, followUpRow } from "../../core/tracker/followup";
import type { TrackerRecord } from "../../core/tracker/types";
import {
  CellWrite,
  columnStyles,
  patchSheetPieces,
  removeCells,
  rowHasValues,
  rowStyles,
  RowHeights,
  RowWrites,
  setColumnWidths,
  sheetDataOf,
  escapeAttribute,
} from "./sheet-patch";
import { PackageIndex, readSheetRows } from "./sheet-xml";
import { PartContent, partText } from "./zip";

/**
 * The Follow-up sheet of a tracker file, refreshed in the package XML (as
 * ./store.ts patches the Recommendations sheet): its table's data rows are
 * replaced by the list src/core/tracker/followup.ts computes, the same the
 * template, adopt and the Excel pane's "Refresh follow-up" write. The title,
 * note, header row and column styles stay as they are. The sheet is the
 * add-in's, but the user may have deleted it, renamed its table or changed
 * it: then it is left untouched and the outcome says why, never an error,
 * since the import it rides on matters more than the sheet.
 */

export type FollowUpOutcome =
  /** The table now holds the list. */
  | "refreshed"
  /** The table already held exactly the list. */
  | "unchanged"
  /** No FollowUp table (sheet deleted or table renamed). */
  | "missing"
  /** The table's shape was changed (columns, total row) or cells below it would be covered. */
  | "blocked";

export interface FollowUpRefresh {
  outcome: FollowUpOutcome;
  /** The sheet holding the table, when found. */
  sheet: string | null;
  items: FollowUpItem[];
  counts: {
    overdue: number;
    replyOverdue: number;
    dueSoon: number;
    notVerified: number;
    notImplemented: number;
  };
}

export interface FollowUpSheetOptions {
  today: string;
  language: Language;
  /** Headers of the tracker's columns as the workbook shows them (the Follow-up table repeats them). */
  headers?: Partial<Record<ColumnKey, string>>;
  date1904: boolean;
  /** The Recommendations sheet, which this never writes. */
  trackerSheetPath: string;
  /** The reply-deadline setting of a tracker of schema v2 (null or absent: none set). */
  replyDays?: number | null;
}

/** A ref attribute (table, autoFilter, sortState) set to end at `lastRow`. */
function endAt(xml: string, element: string, lastRow: number): string {
  return xml.replace(
    new RegExp(`(<${element}\\b[^>]*\\bref="\\$?[A-Z]+\\$?\\d+:\\$?[A-Z]+\\$?)(\\d+)(")`),
    (_m, a: string, _end: string, b: string) => `${a}${lastRow}${b}`
  );
}

/** The sheet's <dimension> ending at `lastRow`, the last row that still exists (it may shrink, unlike growDimension). */
function fitDimension(xml: string, lastRow: number, lastColumn: number): string {
  return xml.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/,
    (_m, c1: string, r1: string, c2: string | undefined) => {
      const endColumn = Math.max(columnIndex(c2 ?? c1), lastColumn);
      return `<dimension ref="${c1}${r1}:${columnLetter(endColumn)}${Math.max(lastRow, Number(r1))}"`;
    }
  );
}

/** The header of the reason column in every tracker language: how an older Follow-up table of ours is known. */
const REASON_HEADERS = new Set(
  LANGUAGES.map((language) => PLAN_TEXTS[language].followUpReason.toLowerCase())
);

/** The Follow-up table as the plan has it now, in the tracker's language and headers. */
function followUpPlan(options: FollowUpSheetOptions): {
  columns: TableColumnPlan[];
  columnWidths: { width: number }[];
} {
  const sheet = buildWorkbookPlan({
    language: options.language,
    headers: options.headers,
  }).sheets.find((s) => s.key === "followUp") as SheetPlan;
  return { columns: sheet.tables[0].columns, columnWidths: sheet.columnWidths };
}

/** The table part with the planned columns (names, count, range), its filters and sort cleared (they named old columns). */
function reshapeTable(
  xml: string,
  range: CellRange,
  lastColumn: number,
  headers: readonly string[]
): string {
  const ref = rangeAddress({ ...range, sheet: "", lastColumn });
  const columns = headers
    .map((header, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(header)}"/>`)
    .join("");
  return xml
    .replace(/(<table\b[^>]*\bref=")[^"]*(")/, `$1${ref}$2`)
    .replace(/<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/, `<autoFilter ref="${ref}"/>`)
    .replace(/<sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/sortState>)/, "")
    .replace(
      /<tableColumns\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumns>)/,
      `<tableColumns count="${headers.length}">${columns}</tableColumns>`
    );
}

/** True when the pieces, one after the other, are `text` (made only until one differs). */
function sameText(pieces: Iterable<string>, text: string): boolean {
  let at = 0;
  for (const piece of pieces) {
    if (!text.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === text.length;
}

function countsOf(items: readonly FollowUpItem[]): FollowUpRefresh["counts"] {
  const counts = { overdue: 0, replyOverdue: 0, dueSoon: 0, notVerified: 0, notImplemented: 0 };
  for (const item of items) counts[item.reason]++;
  return counts;
}

/**
 * The new XML of the Follow-up sheet and its table part for `records`, as
 * parts to put in the package (empty unless the outcome is "refreshed").
 */
export async function followUpParts(
  zip: JSZip,
  index: PackageIndex,
  records: readonly TrackerRecord[],
  options: FollowUpSheetOptions
): Promise<{ refresh: FollowUpRefresh; parts: Map<string, PartContent> }> {
  const items = followUpList(records, { today: options.today, replyDays: options.replyDays });
  const parts = new Map<string, PartContent>();
  const result = (outcome: FollowUpOutcome, sheet: string | null) => ({
    refresh: { outcome, sheet, items, counts: countsOf(items) },
    parts,
  });
  const wanted = FOLLOW_UP_TABLE.toLowerCase();
  const sheet = index.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === wanted));
  const table = sheet?.tables.find((t) => t.name.toLowerCase() === wanted);
  if (!sheet || !table || sheet.path === options.trackerSheetPath) return result("missing", null);
  const range = parseRange(table.ref);
  const sheetXml = await partText(zip, sheet.path);
  const tableXml = await partText(zip, table.path);
  const head = tableXml ? /<table\b[^>]*>/.exec(tableXml)?.[0] : undefined;
  if (
    !range ||
    range.lastRow <= range.firstRow ||
    sheetXml === null ||
    tableXml === null ||
    !head ||
    /\btotalsRowCount="[1-9]/.test(head) ||
    /\bheaderRowCount="0"/.test(head)
  )
    return result("blocked", sheet.name);
  let data;
  try {
    data = sheetDataOf(sheetXml).data;
  } catch {
    return result("blocked", sheet.name);
  }
  const planned = followUpPlan(options);
  const width = planned.columns.length;
  const headerCells =
    (await readSheetRows(zip, sheet, index, range.firstRow))[range.firstRow - 1] ?? [];
  const headers = Array.from({ length: range.lastColumn - range.firstColumn + 1 }, (_v, c) =>
    String(headerCells[range.firstColumn + c] ?? "").trim()
  );
  const same =
    headers.length === width && planned.columns.every((column, c) => column.header === headers[c]);
  // An older layout of the sheet (or another language's) is rebuilt; a table the user made over is left alone.
  const reshape = !same && REASON_HEADERS.has(headers[0]?.toLowerCase() ?? "");
  if (!same && !reshape) return result("blocked", sheet.name);
  const lastColumn = range.firstColumn + width - 1;

  // A row's values are made when the patch reaches it (its height, then its cells), one row at a
  // time: a list of thousands of rows is never held as values.
  let made = -1;
  let madeRow: CellValue[] = [];
  const rowValues = (i: number): CellValue[] => {
    if (i === made) return madeRow;
    const row = followUpRow(items[i], options.language);
    if (options.date1904)
      row.forEach((value, c) => {
        const kind =
          c >= FOLLOW_UP_LEAD.length
            ? COLUMN_BY_KEY.get(FOLLOW_UP_KEYS[c - FOLLOW_UP_LEAD.length])?.kind
            : undefined;
        if (typeof value === "number" && (kind === "date" || kind === "dateTime"))
          row[c] = value - 1462;
      });
    made = i;
    madeRow = row;
    return row;
  };
  const firstData = range.firstRow + 1;
  // An Excel table needs one data row: an empty list keeps one blank row, as the template has.
  const newLast = range.firstRow + Math.max(1, items.length);
  const covered = (fromRow: number, toRow: number, c1: number, c2: number) =>
    c2 >= c1 &&
    data.rows.some(
      (span) => span.row >= fromRow && span.row <= toRow && rowHasValues(sheetXml, span, c1, c2)
    );
  if (
    (newLast > range.lastRow &&
      covered(range.lastRow + 1, newLast, range.firstColumn, lastColumn)) ||
    (lastColumn > range.lastColumn &&
      covered(range.firstRow, range.lastRow, range.lastColumn + 1, lastColumn))
  )
    return result("blocked", sheet.name);

  // New cells look like the first data row's (the table's formats), else take the column's style.
  const firstStyles = rowStyles(
    sheetXml,
    data.rows.find((span) => span.row === firstData)
  );
  const headerStyles = rowStyles(
    sheetXml,
    data.rows.find((span) => span.row === range.firstRow)
  );
  const byColumn = columnStyles(sheetXml);
  const headerWrites: CellWrite[] | undefined = reshape
    ? planned.columns.map((column, c) => ({
        column: range.firstColumn + c,
        value: column.header,
        style: headerStyles.get(range.firstColumn + c) ?? headerStyles.get(range.firstColumn),
      }))
    : undefined;
  const styles = Array.from({ length: width }, (_v, c) => {
    const column = range.firstColumn + c;
    return (
      firstStyles.get(column) ?? byColumn.get(column) ?? firstStyles.get(range.firstColumn + 1)
    );
  });
  const written: number[] = reshape ? [range.firstRow] : [];
  for (let r = firstData; r <= newLast; r++) written.push(r);
  // A row's writes are made when the patch reaches it: thousands of rows are never held as writes.
  const writes: RowWrites = {
    size: written.length,
    keys: () => written,
    get: (r) => {
      if (r === range.firstRow) return headerWrites;
      if (r < firstData || r > newLast) return undefined;
      const values = r - firstData < items.length ? rowValues(r - firstData) : [];
      const cells: CellWrite[] = [];
      for (let c = 0; c < styles.length; c++)
        cells.push({ column: range.firstColumn + c, value: values[c] ?? null, style: styles[c] });
      return cells;
    },
  };
  let cleared = removeCells(
    sheetXml,
    firstData,
    range.lastRow,
    range.firstColumn,
    Math.max(range.lastColumn, lastColumn)
  );
  if (reshape) {
    cleared = removeCells(
      cleared,
      range.firstRow,
      range.firstRow,
      range.firstColumn,
      Math.max(range.lastColumn, lastColumn)
    );
    cleared = setColumnWidths(
      cleared,
      planned.columnWidths.map((entry, c) => ({
        column: range.firstColumn + c,
        width: entry.width,
      }))
    );
  }
  let newTableXml = tableXml;
  if (reshape)
    newTableXml = reshapeTable(
      tableXml,
      range,
      lastColumn,
      planned.columns.map((c) => c.header)
    );
  // Rows as tall as their wrapped text (Excel keeps a file's row heights and does not fit them).
  const wrapped = planned.columns
    .map((column, c) => ({ c, wrap: column.wrap, width: planned.columnWidths[c]?.width ?? 14 }))
    .filter((column) => column.wrap);
  const heights: RowHeights = {
    get: (r) => {
      if (r < firstData || r - firstData >= items.length) return undefined;
      const values = rowValues(r - firstData);
      const cells: { text: string; width: number }[] = [];
      for (let w = 0; w < wrapped.length; w++) {
        const value = values[wrapped[w].c];
        cells.push({ text: typeof value === "string" ? value : "", width: wrapped[w].width });
      }
      const height = rowHeight(cells);
      return height > DEFAULT_ROW_POINTS ? height : undefined;
    },
  };
  // The last row is the list's, or one the sheet keeps below it (what removeCells left).
  const keptLast = sheetDataOf(cleared).data.rows.reduce((max, span) => Math.max(max, span.row), 1);
  // In pieces made as the compressor asks for them (../zip.ts): a list of thousands of rows is never
  // held whole, as pieces or joined into one text.
  const newSheet: Iterable<string> = {
    *[Symbol.iterator]() {
      let first = true;
      for (const piece of patchSheetPieces(cleared, writes, heights)) {
        yield first ? fitDimension(piece, Math.max(keptLast, newLast), lastColumn) : piece;
        first = false;
      }
    },
  };
  const newTable = ["table", "autoFilter", "sortState"].reduce(
    (xml, element) => endAt(xml, element, newLast),
    newTableXml
  );
  if (sameText(newSheet, sheetXml) && newTable === tableXml) return result("unchanged", sheet.name);
  parts.set(sheet.path, newSheet);
  parts.set(table.path, newTable);
  return result("refreshed", sheet.name);
}
