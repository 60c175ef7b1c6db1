import ExcelJS from "exceljs";
import { InputError } from "../../core/model/errors";
import { parseRange } from "../../core/schema/a1";
import { ColumnKey, RECOMMENDATIONS_TABLE } from "../../core/schema/columns";
import {
  isTrackerPart,
  MetadataProblem,
  parseMetadata,
  TrackerMetadata,
} from "../../core/schema/customxml";
import type { Language } from "../../core/schema/plan";
import { locateColumns } from "../../core/schema/upgrade";
import { gridRowReader } from "../../core/tracker/grid";
import type { CellInput, TrackerRow } from "../../core/tracker/types";
import JSZip from "jszip";
import { openPackage, prepareForExceljs, readCustomXmlParts } from "./package";
import {
  decodeXmlText,
  indexPackage,
  PackageIndex,
  PackageSheet,
  readSheetRows,
  visitSheetRows,
} from "./sheet-xml";
import { recogniseRenamed } from "../../core/tracker/plan-inputs";
import { languageOfSheet } from "../../core/tracker/sheet-language";

export interface TrackerFile {
  language: Language;
  metadata: TrackerMetadata | null;
  /** Set when the metadata part exists but cannot be read: why, by its code; the header row was used instead. */
  metadataProblem?: MetadataProblem;
  sheetName: string;
  /** Table name, or null when the tracker was found by its header row only. */
  tableName: string | null;
  /** Header of each schema column found, as the workbook shows it. */
  headers: Partial<Record<ColumnKey, string>>;
  extraHeaders: string[];
  rows: TrackerRow[];
  /** Where the tracker sits in the package, for the writer that patches it in place (./store.ts). */
  layout: TrackerLayout;
}

export interface TrackerLayout {
  sheetPath: string;
  /** Path of the table part, or null when the tracker was found by its header row only. */
  tablePath: string | null;
  /** 1-based header row and last row (the table's end, or the sheet's). */
  headerRow: number;
  lastRow: number;
  /** 0-based first and last sheet columns of the tracker. */
  firstColumn: number;
  lastColumn: number;
  /** 0-based sheet column of each schema column found. */
  columns: Partial<Record<ColumnKey, number>>;
  date1904: boolean;
  /** 0-based sheet column -> formula of the table's calculated columns (to give new rows). */
  calculated: Map<number, string>;
}

/** A cell as plain input for core: formulas give their cached result, rich text its text, links their address in link columns. */
export function cellInput(cell: ExcelJS.Cell, preferLink = false): CellInput {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value)
      return preferLink ? value.hyperlink : typeof value.text === "string" ? value.text : cell.text;
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return result as CellInput;
    }
    if ("error" in value) return String(value.error);
  }
  return cell.text;
}

/**
 * Opens a workbook with exceljs after checking the package. `purpose`
 * "read" drops data-validation rules (not needed to read cells); "rewrite"
 * keeps them, trimmed to the used rows (see prepareForExceljs).
 */
export async function loadWorkbook(
  data: Uint8Array,
  name: string,
  purpose: "read" | "rewrite" = "read"
): Promise<{ workbook: ExcelJS.Workbook; customXml: string[] }> {
  const zip = await openPackage(data, name);
  const customXml = (await readCustomXmlParts(zip)).map((part) => part.xml);
  const prepared = await prepareForExceljs(zip, data, purpose === "read" ? "strip" : "trim");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InputError(`${name} is damaged and cannot be read (${reason}).`, "workbookDamaged", {
      file: name,
    });
  }
  return { workbook, customXml };
}

/** The sheet's rows as plain cells (row 1 first), for legacy mapping. */
export function sheetRows(sheet: ExcelJS.Worksheet): CellInput[][] {
  const rows: CellInput[][] = [];
  const last = sheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: CellInput[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellInput(row.getCell(c)));
    while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === ""))
      cells.pop();
    rows.push(cells);
  }
  return rows;
}

interface Located {
  sheetName: string;
  sheetPath: string;
  tableName: string | null;
  tablePath: string | null;
  /** 1-based row of the header. */
  headerRow: number;
  /** 0-based first and last columns of the tracker. */
  firstColumn: number;
  lastColumn: number;
  /** 1-based last row (the table's end, or the sheet's). */
  lastRow: number;
  /**
   * Reads the block: the header row's cells (from the sheet's first column)
   * to `onHeader` first, then each row below it up to lastRow, cut to the
   * tracker's columns, to the reader it returns (i: 0 for the row below the
   * header). The sheet is read row by row and no row is held longer than
   * its reading.
   */
  read(onHeader: (header: CellInput[]) => BlockRowReader): Promise<void>;
}

type BlockRowReader = (cells: CellInput[], i: number) => void;

function text(cell: CellInput | undefined): string {
  if (cell === null || cell === undefined) return "";
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

/** Located.read for a block of a sheet read from the package. */
function blockReader(
  zip: JSZip,
  sheet: PackageSheet,
  index: PackageIndex,
  block: { headerRow: number; firstColumn: number; lastColumn: number; lastRow: number }
): Located["read"] {
  return async (onHeader) => {
    let onRow: BlockRowReader | null = null;
    // Rows written before the header row (a file not made by a spreadsheet program) wait for it.
    const early: [CellInput[], number][] = [];
    await visitSheetRows(
      zip,
      sheet,
      index,
      (row, cells) => {
        if (row === block.headerRow) {
          const reader = onHeader(cells);
          onRow = reader;
          for (const [waiting, i] of early.splice(0)) reader(waiting, i);
        } else if (row > block.headerRow) {
          // A row within the block's columns (the usual table from column A) is not copied.
          const cut =
            block.firstColumn === 0 && cells.length <= block.lastColumn + 1
              ? cells
              : cells.slice(block.firstColumn, block.lastColumn + 1);
          const i = row - block.headerRow - 1;
          if (onRow) onRow(cut, i);
          else early.push([cut, i]);
        }
      },
      block.lastRow
    );
    if (!onRow) {
      const late = onHeader([]);
      for (const [waiting, i] of early) late(waiting, i);
    }
  };
}

async function locate(
  zip: JSZip,
  index: PackageIndex,
  tableName: string,
  metadata: TrackerMetadata | null
): Promise<Located | null> {
  for (const sheet of index.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    const range = table ? parseRange(table.ref) : null;
    if (table && range) {
      const block = {
        headerRow: range.firstRow,
        firstColumn: range.firstColumn,
        lastColumn: range.lastColumn,
        lastRow: range.lastRow,
      };
      return {
        sheetName: sheet.name,
        sheetPath: sheet.path,
        tableName: table.name,
        tablePath: table.path,
        ...block,
        read: blockReader(zip, sheet, index, block),
      };
    }
  }
  // No table (copied without it, or made by hand in the tracker's layout): a sheet whose header row names the columns.
  for (const sheet of index.sheets) {
    const head = await readSheetRows(zip, sheet, index, 10);
    for (let r = 0; r < head.length; r++) {
      const headers = head[r].map(text);
      const { found } = locateColumns(headers, metadata);
      if (found.size >= 4 && found.has("text")) {
        const rows = await readSheetRows(zip, sheet, index);
        return {
          sheetName: sheet.name,
          sheetPath: sheet.path,
          tableName: null,
          tablePath: null,
          headerRow: r + 1,
          firstColumn: 0,
          lastColumn: headers.length - 1,
          lastRow: rows.length,
          read: async (onHeader) => {
            const onRow = onHeader(rows[r]);
            rows.slice(r + 1).forEach((cells, i) => onRow(cells.slice(0, headers.length), i));
          },
        };
      }
    }
  }
  return null;
}

/**
 * Table columns (0-based, from the table's first column) that Excel fills
 * with one formula on every row: a table extended in advance has them in
 * its empty rows too.
 */
export function calculatedColumns(tableXml: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!tableXml) return out;
  let index = 0;
  for (const match of tableXml.matchAll(
    /<tableColumn\b[^>]*?(?:\/>|>([\s\S]*?)<\/tableColumn>)/g
  )) {
    const formula = match[1]
      ? /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(match[1])
      : null;
    if (formula) out.set(index, decodeXmlText(formula[1]));
    index++;
  }
  return out;
}

/** Reads a tracker workbook: its metadata part if any, then the Recommendations table (or a sheet with the tracker's headers). */
export async function readTracker(data: Uint8Array, name: string): Promise<TrackerFile> {
  return readTrackerPackage(await openPackage(data, name), name);
}

/** readTracker on a package already opened (openPackage), so a writer can reuse it (and its index, if it has one). */
export async function readTrackerPackage(
  zip: JSZip,
  name: string,
  indexed?: PackageIndex
): Promise<TrackerFile> {
  const customXml = (await readCustomXmlParts(zip)).map((part) => part.xml);
  let metadata: TrackerMetadata | null = null;
  let metadataProblem: MetadataProblem | undefined;
  const part = customXml.find(isTrackerPart);
  if (part !== undefined) {
    const parsed = parseMetadata(part);
    if (parsed.ok) metadata = parsed.metadata;
    else metadataProblem = parsed.problem;
  }
  const index = indexed ?? (await indexPackage(zip));
  // The sheet reader does not know the file's name; the user needs it.
  const named = (error: unknown) => {
    throw error instanceof InputError
      ? new InputError(`${name}: ${error.message}`, error.code, { file: name, ...error.values })
      : error;
  };
  const located = await locate(
    zip,
    index,
    metadata?.table ?? RECOMMENDATIONS_TABLE,
    metadata
  ).catch(named);
  if (!located) {
    throw new InputError(
      `${name} has no Recommendations table; create one with \`rectrack template\`, or turn a hand-made sheet into one with \`rectrack adopt\`.`,
      "noTrackerTable",
      { file: name }
    );
  }
  const { firstColumn } = located;
  const calculated = located.tablePath
    ? calculatedColumns(await zip.file(located.tablePath)?.async("string"))
    : new Map<number, string>();
  let headers: Partial<Record<ColumnKey, string>> = {};
  let found: ReadonlyMap<ColumnKey, number> = new Map();
  let extra: readonly { header: string; index: number }[] = [];
  const rows: TrackerRow[] = [];
  let inOrder = true;
  await located
    .read((headerCells) => {
      const headerTexts: string[] = [];
      for (let c = firstColumn; c <= located.lastColumn; c++)
        headerTexts.push(text(headerCells[c]));
      // A header reworded without the add-in ("Recommendation text") is taken for its column, as in the Excel pane.
      ({ found, extra } = locateColumns(
        headerTexts,
        recogniseRenamed(headerTexts, metadata, metadata?.language ?? languageOfSheet(headerTexts))
      ));
      headers = {};
      for (const [key, at] of found) headers[key] = headerTexts[at];
      const read = gridRowReader(
        { found, extra, computed: new Set(calculated.keys()) },
        { firstRow: located.headerRow + 1, date1904: index.date1904 }
      );
      return (cells, i) => {
        const row = read(cells, i);
        if (!row) return;
        if (rows.length > 0 && rows[rows.length - 1].row >= row.row) inOrder = false;
        rows.push(row);
      };
    })
    .catch(named);
  // Rows out of order in the file (not made by a spreadsheet program): in row order, the last of a number kept.
  if (!inOrder) {
    const byRow = new Map(rows.map((row) => [row.row, row]));
    rows.length = 0;
    for (const row of [...byRow.values()].sort((a, b) => a.row - b.row)) rows.push(row);
  }
  return {
    language: metadata?.language ?? languageOfSheet(Object.values(headers)),
    metadata,
    metadataProblem,
    sheetName: located.sheetName,
    tableName: located.tableName,
    headers,
    extraHeaders: extra.map((column) => column.header),
    rows,
    layout: {
      sheetPath: located.sheetPath,
      tablePath: located.tablePath,
      headerRow: located.headerRow,
      lastRow: located.lastRow,
      firstColumn,
      lastColumn: located.lastColumn,
      columns: Object.fromEntries([...found].map(([key, at]) => [key, firstColumn + at])),
      date1904: index.date1904,
      calculated: new Map([...calculated].map(([at, formula]) => [firstColumn + at, formula])),
    },
  };
}
