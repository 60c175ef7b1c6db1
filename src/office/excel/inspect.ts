/**
 * Reads what the adapter needs to know about the open workbook in two
 * requests, whatever its size: the sheets, the tables, the tracker's
 * metadata part, the Recommendations table's header row and position, the
 * Lists tables' entries and the Dashboard's charts. Of the cell data, only
 * the tracker's first rows are read, to tell how big its rows are.
 */
import { columnLetter } from "../../core/schema/a1";
import { RECOMMENDATIONS_TABLE, TRACKER_NAMESPACE } from "../../core/schema/columns";
import { HISTORY_TABLE } from "../../core/schema/history";
import { STAKEHOLDERS_TABLE } from "../../core/schema/stakeholders";
import {
  DASHBOARD_COLUMNS,
  dashboardExtent,
  isDashboardName,
  isOurDashboard,
} from "../../core/schema/dashboard";
import {
  isTrackerPart,
  MetadataProblem,
  parseMetadata,
  TrackerMetadata,
} from "../../core/schema/customxml";
import { VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import { FOLLOW_UP_TABLE } from "../../core/schema/workbook-plan";
import { recogniseRenamed } from "../../core/tracker/plan-inputs";
import { languageOfSheet } from "../../core/tracker/sheet-language";
import { isPayloadError, jsonBytes, READ_SAMPLE_ROWS } from "./batch";
import { ExcelProblem } from "./errors";

export interface TrackerLocation {
  sheet: string;
  table: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  columnCount: number;
  /** Data rows of the table (an empty tracker has one blank row). */
  rowCount: number;
  headers: string[];
  /** JSON size of a data row, from the first rows; reads size their blocks with it. */
  bytesPerRow: number;
  /**
   * Table columns (0-based from the first) holding a formula in the first
   * and the last data row: a calculated column, whose values alone do not
   * make a row a recommendation (a table extended in advance).
   */
  computed: number[];
}

export interface ListLocation {
  sheet: string;
  table: string;
  /** 0-based sheet column. */
  column: number;
  /** 1-based sheet row of the first entry. */
  firstDataRow: number;
  /** Rows of the table's body, blank ones included. */
  rows: number;
  items: string[];
}

export interface WorkbookState {
  sheetNames: string[];
  tables: { name: string; sheet: string }[];
  metadata: TrackerMetadata | null;
  /** Why a tracker part that exists cannot be read, by its code (the header row is used instead). */
  metadataProblem: MetadataProblem | null;
  /** Ids of our metadata parts (normally one). */
  metadataPartIds: string[];
  tracker: TrackerLocation | null;
  lists: Map<VocabularyKey, ListLocation>;
  followUpSheet: string | null;
  /**
   * A sheet named like the Dashboard in one of the tracker languages, the
   * chart names on it, the last row the add-in wrote there (1-based; 0 when
   * empty), and whether something is written below it in columns A to H (the user's).
   */
  dashboard: { sheet: string; charts: string[]; lastRow: number; usedBelow: boolean } | null;
  /** Sheets protected in Review > Protect Sheet: Excel refuses any change to them. */
  protectedSheets: string[];
  /** Review > Protect Workbook: no sheet can be added. */
  structureProtected: boolean;
}

/** The History table of schema v2, when the workbook has it. */
export function historyTableOf(state: WorkbookState): { name: string; sheet: string } | null {
  return (
    state.tables.find((table) => table.name.toLowerCase() === HISTORY_TABLE.toLowerCase()) ?? null
  );
}

/** The workbook has the History table of schema v2. */
export function hasHistory(state: WorkbookState): boolean {
  return historyTableOf(state) !== null;
}

/** The workbook has the Stakeholders table (an upgrade adds it, with the power-interest grid, when not). */
export function hasStakeholders(state: WorkbookState): boolean {
  return state.tables.some(
    (table) => table.name.toLowerCase() === STAKEHOLDERS_TABLE.toLowerCase()
  );
}

/** Table columns whose first and last data cells are formulas: Excel's calculated columns. */
function calculatedColumns(first: readonly unknown[], last: readonly unknown[]): number[] {
  const isFormula = (cell: unknown) => typeof cell === "string" && cell.startsWith("=");
  const out: number[] = [];
  first.forEach((cell, i) => {
    if (isFormula(cell) && isFormula(last[i])) out.push(i);
  });
  return out;
}

const text = (value: unknown): string =>
  (value === null || value === undefined ? "" : String(value)).trim();

/** Two syncs (three when the sampled rows are too big for one answer). */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookState> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/protection/protected");
  const structure = workbook.protection.load("protected");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const parts = workbook.customXmlParts.getByNamespace(TRACKER_NAMESPACE).load("items/id");
  await context.sync();

  const sheetNames = sheets.items.map((sheet) => sheet.name);
  const tableList = tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.name,
  }));
  const findTable = (name: string) =>
    tableList.find((table) => table.name.toLowerCase() === name.toLowerCase());

  // Ours is the sheet named like a Dashboard (or "Dashboard (2)"...) whose first cells count the Recommendations table;
  // a user's own sheet called Dashboard is never taken for it.
  // The first rows come with the structure; rows so long that they overflow Excel's answer are left to the
  // cautious default block size.
  const queueReads = (sampleRows: number) => {
    const xml = parts.items.map((part) => ({ id: part.id, xml: part.getXml() }));
    const trackerEntry = findTable(RECOMMENDATIONS_TABLE);
    let trackerReads: {
      header: Excel.Range;
      range: Excel.Range;
      sample: Excel.Range | null;
      firstFormulas: Excel.Range;
      lastFormulas: Excel.Range;
    } | null = null;
    if (trackerEntry) {
      const table = workbook.tables.getItem(trackerEntry.name);
      trackerReads = {
        header: table.getHeaderRowRange().load("values"),
        range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
        firstFormulas: table.getDataBodyRange().getRow(0).load("formulas"),
        lastFormulas: table.getDataBodyRange().getLastRow().load("formulas"),
        // The rows under the header; past the table's end they are ignored.
        sample:
          sampleRows > 0
            ? table
                .getHeaderRowRange()
                .getOffsetRange(1, 0)
                .getResizedRange(sampleRows - 1, 0)
                .load("values")
            : null,
      };
    }
    const listReads = new Map<
      VocabularyKey,
      { entry: { name: string; sheet: string }; range: Excel.Range; body: Excel.Range }
    >();
    for (const vocab of Object.values(VOCABULARIES)) {
      const entry = findTable(vocab.table);
      if (!entry) continue;
      const table = workbook.tables.getItem(entry.name);
      listReads.set(vocab.key, {
        entry,
        range: table.getRange().load("rowIndex,columnIndex,rowCount"),
        body: table.getDataBodyRange().load("values"),
      });
    }
    const dashboardReads = sheetNames.filter(isDashboardName).map((name) => {
      const worksheet = workbook.worksheets.getItem(name);
      return {
        name,
        top: worksheet.getRange("A1:C5").load("formulas"),
        charts: worksheet.charts.load("items/name"),
        used: worksheet
          .getRange(`A:${columnLetter(DASHBOARD_COLUMNS - 1)}`)
          .getUsedRangeOrNullObject()
          .load("rowIndex,rowCount"),
        // Column A alone (labels), to tell where the add-in's rows end: a small answer.
        labels: worksheet.getRange("A:A").getUsedRangeOrNullObject().load("rowIndex,values"),
      };
    });
    return { xml, trackerEntry, trackerReads, listReads, dashboardReads };
  };
  let reads = queueReads(READ_SAMPLE_ROWS);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error) || !reads.trackerReads) throw error;
    reads = queueReads(0);
    await context.sync();
  }
  const { xml, trackerEntry, trackerReads, listReads, dashboardReads } = reads;

  let metadata: TrackerMetadata | null = null;
  let metadataProblem: MetadataProblem | null = null;
  for (const part of xml) {
    if (!isTrackerPart(part.xml.value)) continue;
    const parsed = parseMetadata(part.xml.value);
    if (parsed.ok) {
      metadata = parsed.metadata;
      break;
    }
    metadataProblem = parsed.problem;
  }

  const ours = dashboardReads.find((read) => isOurDashboard(read.top.formulas)) ?? null;

  let tracker: TrackerLocation | null = null;
  if (trackerEntry && trackerReads) {
    const range = trackerReads.range;
    const headers = (trackerReads.header.values[0] ?? []).map(text);
    metadata = recogniseRenamed(headers, metadata, metadata?.language ?? languageOfSheet(headers));
    const rowCount = range.rowCount - 1;
    const sampled = (trackerReads.sample?.values ?? []).slice(0, rowCount);
    tracker = {
      sheet: trackerEntry.sheet,
      table: trackerEntry.name,
      headerRow: range.rowIndex,
      firstColumn: range.columnIndex,
      columnCount: range.columnCount,
      rowCount,
      headers,
      bytesPerRow: sampled.length > 0 ? Math.ceil(jsonBytes(sampled) / sampled.length) : 0,
      computed: calculatedColumns(
        trackerReads.firstFormulas.formulas[0] ?? [],
        trackerReads.lastFormulas.formulas[0] ?? []
      ),
    };
  }
  const lists = new Map<VocabularyKey, ListLocation>();
  for (const [key, read] of listReads) {
    lists.set(key, {
      sheet: read.entry.sheet,
      table: read.entry.name,
      column: read.range.columnIndex,
      firstDataRow: read.range.rowIndex + 2,
      rows: read.range.rowCount - 1,
      items: read.body.values.map((row) => text(row[0])).filter((item) => item !== ""),
    });
  }
  return {
    sheetNames,
    tables: tableList,
    metadata,
    metadataProblem: metadata ? null : metadataProblem,
    metadataPartIds: xml.filter((part) => isTrackerPart(part.xml.value)).map((part) => part.id),
    tracker,
    lists,
    followUpSheet: findTable(FOLLOW_UP_TABLE)?.sheet ?? null,
    dashboard: ours ? dashboardOf(ours) : null,
    protectedSheets: sheets.items
      .filter((sheet) => sheet.protection.protected)
      .map((sheet) => sheet.name),
    structureProtected: structure.protected,
  };
}

/** Where the add-in's Dashboard ends, and the rows below it where something is written (the user's). */
function dashboardOf(read: {
  name: string;
  charts: Excel.ChartCollection;
  used: Excel.Range;
  labels: Excel.Range;
}): NonNullable<WorkbookState["dashboard"]> {
  const charts = read.charts.items.map((chart) => chart.name);
  if (read.used.isNullObject) return { sheet: read.name, charts, lastRow: 0, usedBelow: false };
  const lastUsed = read.used.rowIndex + read.used.rowCount;
  const columnA: unknown[] = read.labels.isNullObject
    ? []
    : [
        ...Array.from({ length: read.labels.rowIndex }, () => null),
        ...read.labels.values.map((row) => row[0]),
      ];
  const extent = dashboardExtent(columnA) || lastUsed;
  // Below the add-in's rows, anything in A to H is the user's: a longer Dashboard does not go there.
  return { sheet: read.name, charts, lastRow: extent, usedBelow: lastUsed > extent };
}

/**
 * Refuses, before anything is queued, a write that Excel would stop part-way:
 * a change to a protected sheet fails its request, and the requests before it
 * would stay applied. `sheets` are those the write changes; `addsSheets` when
 * it adds one.
 */
export function requireWritable(
  state: WorkbookState,
  sheets: readonly (string | null | undefined)[],
  addsSheets = false
): void {
  const locked = sheets.find(
    (sheet) =>
      sheet && state.protectedSheets.some((name) => name.toLowerCase() === sheet.toLowerCase())
  );
  if (locked) throw new ExcelProblem("sheetProtected", { sheet: locked });
  if (addsSheets && state.structureProtected) throw new ExcelProblem("structureProtected");
}
