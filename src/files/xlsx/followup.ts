import JSZip from "jszip";
import { columnIndex, columnLetter } from "../../core/schema/a1";
import { COLUMN_BY_KEY } from "../../core/schema/columns";
import type { CellValue, Language } from "../../core/schema/plan";
import { FOLLOW_UP_KEYS, FOLLOW_UP_TABLE } from "../../core/schema/workbook-plan";
import { FollowUpItem, followUpList, followUpRows } from "../../core/tracker/followup";
import type { TrackerRecord } from "../../core/tracker/types";
import {
  CellWrite,
  columnStyles,
  patchSheet,
  removeCells,
  rowHasValues,
  rowStyles,
  sheetDataOf,
} from "./sheet-patch";
import type { PackageIndex } from "./sheet-xml";

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
  counts: { overdue: number; dueSoon: number; notVerified: number };
}

export interface FollowUpSheetOptions {
  today: string;
  language: Language;
  date1904: boolean;
  /** The Recommendations sheet, which this never writes. */
  trackerSheetPath: string;
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function rangeOf(ref: string): { c1: number; r1: number; c2: number; r2: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { c1: columnIndex(m[1]), r1: Number(m[2]), c2: columnIndex(m[3]), r2: Number(m[4]) };
}

/** A ref attribute (table, autoFilter, sortState) set to end at `lastRow`. */
function endAt(xml: string, element: string, lastRow: number): string {
  return xml.replace(
    new RegExp(`(<${element}\\b[^>]*\\bref="\\$?[A-Z]+\\$?\\d+:\\$?[A-Z]+\\$?)(\\d+)(")`),
    (_m, a: string, _end: string, b: string) => `${a}${lastRow}${b}`
  );
}

/** The sheet's <dimension> ending at the last row that still exists (it may shrink, unlike growDimension). */
function fitDimension(xml: string, lastColumn: number): string {
  const rows = sheetDataOf(xml).data.rows;
  const lastRow = rows.reduce((max, span) => Math.max(max, span.row), 1);
  return xml.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/,
    (_m, c1: string, r1: string, c2: string | undefined) => {
      const endColumn = Math.max(columnIndex(c2 ?? c1), lastColumn);
      return `<dimension ref="${c1}${r1}:${columnLetter(endColumn)}${Math.max(lastRow, Number(r1))}"`;
    }
  );
}

function countsOf(items: readonly FollowUpItem[]): FollowUpRefresh["counts"] {
  const counts = { overdue: 0, dueSoon: 0, notVerified: 0 };
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
): Promise<{ refresh: FollowUpRefresh; parts: Map<string, string> }> {
  const items = followUpList(records, { today: options.today });
  const parts = new Map<string, string>();
  const result = (outcome: FollowUpOutcome, sheet: string | null) => ({
    refresh: { outcome, sheet, items, counts: countsOf(items) },
    parts,
  });
  const wanted = FOLLOW_UP_TABLE.toLowerCase();
  const sheet = index.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === wanted));
  const table = sheet?.tables.find((t) => t.name.toLowerCase() === wanted);
  if (!sheet || !table || sheet.path === options.trackerSheetPath) return result("missing", null);
  const range = rangeOf(table.ref);
  const width = 2 + FOLLOW_UP_KEYS.length;
  const sheetXml = await partText(zip, sheet.path);
  const tableXml = await partText(zip, table.path);
  const head = tableXml ? /<table\b[^>]*>/.exec(tableXml)?.[0] : undefined;
  if (
    !range ||
    range.c2 - range.c1 + 1 !== width ||
    range.r2 <= range.r1 ||
    sheetXml === null ||
    tableXml === null ||
    !head ||
    /\btotalsRowCount="[1-9]/.test(head) ||
    /\bheaderRowCount="0"/.test(head)
  )
    return result("blocked", sheet.name);

  const rows: CellValue[][] = followUpRows(items, options.language).map((row) =>
    row.map((value, c) => {
      const kind = c >= 2 ? COLUMN_BY_KEY.get(FOLLOW_UP_KEYS[c - 2])?.kind : undefined;
      return options.date1904 &&
        typeof value === "number" &&
        (kind === "date" || kind === "dateTime")
        ? value - 1462
        : value;
    })
  );
  const firstData = range.r1 + 1;
  // An Excel table needs one data row: an empty list keeps one blank row, as the template has.
  const newLast = range.r1 + Math.max(1, rows.length);
  let data;
  try {
    data = sheetDataOf(sheetXml).data;
  } catch {
    return result("blocked", sheet.name);
  }
  if (
    newLast > range.r2 &&
    data.rows.some(
      (span) =>
        span.row > range.r2 &&
        span.row <= newLast &&
        rowHasValues(sheetXml, span, range.c1, range.c2)
    )
  )
    return result("blocked", sheet.name);

  // New cells look like the first data row's (the table's formats), else take the column's style.
  const firstStyles = rowStyles(
    sheetXml,
    data.rows.find((span) => span.row === firstData)
  );
  const byColumn = columnStyles(sheetXml);
  const writes = new Map<number, CellWrite[]>();
  for (let r = firstData; r <= newLast; r++) {
    const values = rows[r - firstData] ?? [];
    const cells: CellWrite[] = [];
    for (let c = 0; c < width; c++) {
      const column = range.c1 + c;
      cells.push({
        column,
        value: values[c] ?? null,
        style: firstStyles.get(column) ?? byColumn.get(column),
      });
    }
    writes.set(r, cells);
  }
  const newSheet = fitDimension(
    patchSheet(removeCells(sheetXml, firstData, range.r2, range.c1, range.c2), writes),
    range.c2
  );
  const newTable = ["table", "autoFilter", "sortState"].reduce(
    (xml, element) => endAt(xml, element, newLast),
    tableXml
  );
  if (newSheet === sheetXml && newTable === tableXml) return result("unchanged", sheet.name);
  parts.set(sheet.path, newSheet);
  parts.set(table.path, newTable);
  return result("refreshed", sheet.name);
}
