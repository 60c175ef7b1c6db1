import ExcelJS from "exceljs";
import { InputError } from "../../core/model/errors";
import { columnIndex } from "../../core/schema/a1";
import { ColumnKey, RECOMMENDATIONS_TABLE } from "../../core/schema/columns";
import { isTrackerPart, parseMetadata, TrackerMetadata } from "../../core/schema/customxml";
import type { Language } from "../../core/schema/plan";
import { locateColumns } from "../../core/schema/upgrade";
import { cellsToRecord } from "../../core/tracker/cells";
import type { CellInput, TrackerRow } from "../../core/tracker/types";
import { openPackage, prepareForExceljs, readCustomXmlParts } from "./package";

export interface TrackerFile {
  workbook: ExcelJS.Workbook;
  language: Language;
  metadata: TrackerMetadata | null;
  /** Set when the metadata part exists but cannot be read; the header row was used instead. */
  metadataProblem?: string;
  sheetName: string;
  /** Table name, or null when the tracker was found by its header row only. */
  tableName: string | null;
  /** Header of each schema column found, as the workbook shows it. */
  headers: Partial<Record<ColumnKey, string>>;
  extraHeaders: string[];
  rows: TrackerRow[];
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
    throw new InputError(`${name} is damaged and cannot be read (${reason}).`);
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
  sheet: ExcelJS.Worksheet;
  tableName: string | null;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
}

function findTable(workbook: ExcelJS.Workbook, tableName: string): Located | null {
  for (const sheet of workbook.worksheets) {
    const tables =
      (
        sheet as unknown as {
          tables: Record<string, { table: { tableRef?: string; ref?: string; name: string } }>;
        }
      ).tables ?? {};
    for (const entry of Object.values(tables)) {
      if (entry.table.name.toLowerCase() !== tableName.toLowerCase()) continue;
      const ref = entry.table.tableRef ?? entry.table.ref ?? "";
      const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
      if (!match) continue;
      return {
        sheet,
        tableName: entry.table.name,
        headerRow: Number(match[2]),
        firstColumn: columnIndex(match[1]) + 1,
        lastColumn: columnIndex(match[3]) + 1,
        lastRow: Number(match[4]),
      };
    }
  }
  return null;
}

function findByHeaders(
  workbook: ExcelJS.Workbook,
  metadata: TrackerMetadata | null
): Located | null {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
      const row = sheet.getRow(r);
      const headers = Array.from({ length: row.cellCount }, (_v, c) =>
        String(cellInput(row.getCell(c + 1)) ?? "")
      );
      const { found } = locateColumns(headers, metadata);
      if (found.size >= 4 && found.has("text")) {
        return {
          sheet,
          tableName: null,
          headerRow: r,
          firstColumn: 1,
          lastColumn: row.cellCount,
          lastRow: sheet.rowCount,
        };
      }
    }
  }
  return null;
}

/** Reads a tracker workbook: its metadata part if any, then the Recommendations table (or a sheet with the tracker's headers). */
export async function readTracker(data: Uint8Array, name: string): Promise<TrackerFile> {
  const { workbook, customXml } = await loadWorkbook(data, name);
  let metadata: TrackerMetadata | null = null;
  let metadataProblem: string | undefined;
  const part = customXml.find(isTrackerPart);
  if (part !== undefined) {
    const parsed = parseMetadata(part);
    if (parsed.ok) metadata = parsed.metadata;
    else metadataProblem = parsed.problem;
  }
  const located =
    findTable(workbook, metadata?.table ?? RECOMMENDATIONS_TABLE) ??
    findByHeaders(workbook, metadata);
  if (!located) {
    throw new InputError(
      `${name} has no Recommendations table; create one with \`rectrack template\`, or turn a hand-made sheet into one with \`rectrack adopt\`.`
    );
  }
  const { sheet } = located;
  const headerCells = sheet.getRow(located.headerRow);
  const headerTexts: string[] = [];
  for (let c = located.firstColumn; c <= located.lastColumn; c++)
    headerTexts.push(String(cellInput(headerCells.getCell(c)) ?? "").trim());
  const { found, extra } = locateColumns(headerTexts, metadata);
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, index] of found) headers[key] = headerTexts[index];
  const rows: TrackerRow[] = [];
  for (let r = located.headerRow + 1; r <= located.lastRow; r++) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<ColumnKey, CellInput>> = {};
    let filled = false;
    for (const [key, index] of found) {
      const input = cellInput(row.getCell(located.firstColumn + index), key === "reportLink");
      if (input !== null && input !== "") filled = true;
      cells[key] = input;
    }
    const extraValues: Record<string, string | number | boolean | null> = {};
    for (const column of extra) {
      const input = cellInput(row.getCell(located.firstColumn + column.index));
      if (input !== null && input !== "") filled = true;
      extraValues[column.header] =
        input instanceof Date ? input.toISOString().slice(0, 10) : (input ?? null);
    }
    if (!filled) continue;
    rows.push({
      row: r,
      values: cellsToRecord(cells),
      extra: extra.length ? extraValues : undefined,
    });
  }
  return {
    workbook,
    language: metadata?.language ?? guessLanguage(headers),
    metadata,
    metadataProblem,
    sheetName: sheet.name,
    tableName: located.tableName,
    headers,
    extraHeaders: extra.map((column) => column.header),
    rows,
  };
}

function guessLanguage(headers: Partial<Record<ColumnKey, string>>): Language {
  const text = (headers.text ?? "").toLowerCase();
  if (text.startsWith("recomendaci")) return "es";
  if (text.startsWith("recommandation")) return "fr";
  return "en";
}
