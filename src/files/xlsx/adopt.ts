import ExcelJS from "exceljs";
import { InputError } from "../../core/model/errors";
import { CELL_TEXT_LIMIT, cellTextLength, cellTooLongMessage } from "../../core/schema/a1";
import { ColumnKey, columnHeader, isColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { CellValue, Language } from "../../core/schema/plan";
import { buildWorkbookPlan } from "../../core/schema/workbook-plan";
import type { RandomSource } from "../../core/tracker/ids";
import { adoptedTrackerContent, freeSheetNames } from "../../core/tracker/plan-inputs";
import {
  AdoptedSheet,
  adoptRows,
  correctMapping,
  findHeaderRow,
  LegacyMapping,
  proposeMapping,
} from "../../core/tracker/legacy";
import type { CellInput } from "../../core/tracker/types";
import { languageOfLegacySheet } from "../../core/tracker/sheet-language";
import { applyPlan, workbookBytes } from "./apply-plan";
import { openPackage, partsExceljsDrops } from "./package";
import { loadWorkbook, sheetRows } from "./reader";

export interface AdoptOptions {
  /** Sheet holding the hand-made tracker; by default the one that looks most like one. */
  sheet?: string;
  language?: Language;
  /** Corrections to the proposed mapping: column (header text or 0-based index) -> key, or null for "keep as my own column". */
  mapping?: Record<string, ColumnKey | null>;
  random?: RandomSource;
  /** ISO date, for the Follow-up sheet. */
  today: string;
}

export interface AdoptResult {
  bytes: Buffer;
  sheetName: string;
  mapping: LegacyMapping;
  adopted: AdoptedSheet;
  language: Language;
  /** What exceljs could not carry into the new file (charts, pivot tables...): the original file still has them. */
  notCarried: string[];
}

function pickSheet(
  workbook: ExcelJS.Workbook,
  wanted: string | undefined,
  name: string
): { sheet: ExcelJS.Worksheet; rows: CellInput[][] } {
  if (wanted !== undefined) {
    const sheet =
      workbook.worksheets.find((ws) => ws.name === wanted) ??
      workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) {
      throw new InputError(
        `${name} has no sheet called "${wanted}" (its sheets: ${workbook.worksheets.map((ws) => ws.name).join(", ")}).`,
        "noSuchSheet",
        { file: name, sheet: wanted, sheets: workbook.worksheets.map((ws) => ws.name).join(", ") }
      );
    }
    return { sheet, rows: sheetRows(sheet) };
  }
  let best: { sheet: ExcelJS.Worksheet; rows: CellInput[][]; score: number } | null = null;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    const mapping = proposeMapping(rows);
    const mapped = mapping.columns.filter((column) => column.key !== null).length;
    const hasText = mapping.columns.some((column) => column.key === "text");
    const score = (hasText ? 100 : 0) + mapped * 10 + Math.min(rows.length, 9);
    if (!best || score > best.score) best = { sheet, rows, score };
  }
  if (!best) throw new InputError(`${name} has no sheets.`, "noSheets", { file: name });
  return best;
}

/** Names the first cell of the hand-made sheet whose text no Excel cell can hold, before anything is written. */
function refuseTooLong(
  rows: CellValue[][],
  adopted: AdoptedSheet,
  mapping: LegacyMapping,
  sheetName: string,
  language: Language
): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "string" || cellTextLength(value) <= CELL_TEXT_LIMIT) return;
      const key = TRACKER_COLUMNS[c]?.key;
      const header = key
        ? (mapping.columns.find((column) => column.key === key)?.header ??
          columnHeader(key, language))
        : adopted.extraHeaders[c - TRACKER_COLUMNS.length];
      throw new InputError(
        cellTooLongMessage(
          `sheet "${sheetName}", row ${adopted.sourceRows[r]}, column "${header}"`,
          value.length
        ),
        "sourceCellTooLong",
        {
          sheet: sheetName,
          row: String(adopted.sourceRows[r]),
          column: header,
          length: String(value.length),
          limit: String(CELL_TEXT_LIMIT),
        }
      );
    })
  );
}

/** Makes a tracker from a hand-made workbook; the original sheets stay as they are. */
export async function adoptWorkbook(
  data: Uint8Array,
  name: string,
  options: AdoptOptions
): Promise<AdoptResult> {
  const zip = await openPackage(data, name);
  const notCarried = partsExceljsDrops(zip);
  const { workbook } = await loadWorkbook(data, name, "rewrite");
  for (const sheet of workbook.worksheets) {
    const tables = Object.keys(
      (sheet as unknown as { tables: Record<string, unknown> }).tables ?? {}
    );
    if (tables.some((table) => table.toLowerCase() === "recommendations")) {
      throw new InputError(
        `${name} is already a tracker (it has a Recommendations table); use \`rectrack validate\` on it instead.`,
        "alreadyTracker",
        { file: name }
      );
    }
  }
  const { sheet, rows } = pickSheet(workbook, options.sheet, name);
  const headerRow = findHeaderRow(rows);
  let mapping = proposeMapping(rows, headerRow);
  if (options.mapping) {
    for (const key of Object.values(options.mapping)) {
      if (key !== null && !isColumnKey(key))
        throw new InputError(`"${key}" is not a tracker column key.`);
    }
    mapping = correctMapping(mapping, options.mapping);
  }
  if (!mapping.columns.some((column) => column.key === "text")) {
    throw new InputError(
      `no column of sheet "${sheet.name}" looks like the recommendations themselves; say which one with --map "HEADER=text".`,
      "noTextColumn",
      { sheet: sheet.name }
    );
  }
  const adopted = adoptRows(rows, mapping, options.random);
  const language = options.language ?? languageOfLegacySheet(rows, mapping);
  const sheetNames = freeSheetNames(
    language,
    workbook.worksheets.map((ws) => ws.name)
  );
  const content = adoptedTrackerContent(adopted, language, options.today);
  refuseTooLong(content.rows, adopted, mapping, sheet.name, language);
  const plan = buildWorkbookPlan({
    language,
    ...content,
    sheetNames,
  });
  applyPlan(workbook, plan);
  const bytes = await workbookBytes(workbook, plan);
  return { bytes, sheetName: sheet.name, mapping, adopted, language, notCarried };
}
