import ExcelJS from "exceljs";
import { randomUUID } from "crypto";
import JSZip from "jszip";
import {
  address,
  CELL_TEXT_LIMIT,
  cellTextLength,
  cellTooLongMessage,
  columnLetter,
  parseAddress,
  sheetRef,
} from "../../core/schema/a1";
import { InputError } from "../../core/model/errors";
import { DEFAULT_ROW_POINTS } from "../../core/schema/layout";
import type {
  CellPlan,
  CellStyle,
  CellValue,
  PrintPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../../core/schema/plan";
import { addPlanCharts } from "./charts";
import { putCustomXmlPart } from "./package";

/**
 * Applies a WorkbookPlan (src/core/schema) to an exceljs workbook. exceljs
 * has no chart support: the plan's charts are added to the package as
 * DrawingML parts once exceljs has written it (./charts.ts).
 */

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

/** Writes a literal value; a string is always stored as text, never read as a formula (=, +, -, @). */
export function writeValue(cell: ExcelJS.Cell, value: CellValue, numberFormat?: string): void {
  if (typeof value === "string") {
    // Excel would refuse or cut the cell: never write a workbook that loses part of a text.
    if (cellTextLength(value) > CELL_TEXT_LIMIT)
      throw new InputError(
        cellTooLongMessage(`cell ${cell.address}`, value.length),
        "cellTooLong",
        {
          cell: cell.address,
          length: String(value.length),
          limit: String(CELL_TEXT_LIMIT),
        }
      );
    cell.value = value;
    // Text format keeps Excel and LibreOffice from re-reading a typed-over "=..." as a formula.
    if (/^[=+\-@\t\r]/.test(value) || numberFormat === "@") cell.numFmt = "@";
    else if (numberFormat) cell.numFmt = numberFormat;
    return;
  }
  cell.value = value;
  if (numberFormat) cell.numFmt = numberFormat;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  cell.font = {
    bold: style.bold,
    italic: style.italic,
    size: style.fontSize,
    color: style.fontColor ? { argb: argb(style.fontColor) } : undefined,
  };
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontalAlignment) {
    cell.alignment = { wrapText: style.wrap, horizontal: style.horizontalAlignment };
  }
}

function writeCell(sheet: ExcelJS.Worksheet, plan: CellPlan): void {
  const cell = sheet.getCell(plan.address);
  if (plan.formula !== undefined) {
    cell.value = { formula: plan.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    if (plan.numberFormat) cell.numFmt = plan.numberFormat;
  } else {
    writeValue(cell, plan.value ?? null, plan.numberFormat);
  }
  applyStyle(cell, plan.style);
}

function writeTable(sheet: ExcelJS.Worksheet, table: TablePlan): void {
  const anchor = parseAddress(table.anchor);
  // An Excel table needs one data row; an empty tracker gets a blank one, which readers skip.
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.anchor,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    // addTable writes the values; formats (and text-safety) are set cell by cell below.
    rows: rows.map((row) => row.map((value) => (value === null ? null : value))),
  });
  table.columns.forEach((column, c) => {
    const col = sheet.getColumn(anchor.column + 1 + c);
    col.numFmt = column.numberFormat;
    if (column.wrap) col.alignment = { wrapText: true, vertical: "top" };
    rows.forEach((row, r) => {
      const cell = sheet.getCell(address(anchor.row + 1 + r, anchor.column + c));
      writeValue(cell, row[c] ?? null, column.numberFormat);
      if (column.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    });
    const header = sheet.getCell(address(anchor.row, anchor.column + c));
    header.numFmt = "General";
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
  });
  // Excel keeps a file's row heights and does not fit them to wrapped text: the plan says how tall.
  if (table.rowHeights) {
    sheet.getRow(anchor.row).height = table.rowHeights.header;
    table.rowHeights.rows.forEach((height, r) => {
      if (height > DEFAULT_ROW_POINTS) sheet.getRow(anchor.row + 1 + r).height = height;
    });
  }
}

function applyPrint(sheet: ExcelJS.Worksheet, print: PrintPlan | undefined): void {
  if (!print) return;
  sheet.pageSetup.orientation = print.orientation;
  if (print.fitToWidth) {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    // 0: as many pages down as the rows need.
    sheet.pageSetup.fitToHeight = 0;
  }
  if (print.titleRows)
    sheet.pageSetup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
}

/**
 * exceljs writes a date rule's bounds as serial numbers from Date objects
 * (a formula string becomes "NaN", which Excel reports as unreadable
 * content), so the plan's "=DATE(y,m,d)" is handed over as that date.
 */
function dateBound(formula: string): Date {
  const match = /^=?DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/.exec(formula.replace(/\s+/g, ""));
  if (!match) throw new Error(`date validation bound not supported in files: ${formula}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function addValidation(sheet: ExcelJS.Worksheet, rule: ValidationPlan): void {
  const common = {
    allowBlank: rule.allowBlank,
    showErrorMessage: true,
    errorStyle: rule.errorStyle,
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
    showInputMessage: Boolean(rule.prompt),
    promptTitle: rule.promptTitle,
    prompt: rule.prompt,
  };
  const strip = (formula: string) => formula.replace(/^=/, "");
  let validation: ExcelJS.DataValidation;
  if (rule.type === "list")
    validation = {
      ...common,
      type: "list",
      // A formula, or the values themselves (quoted, as the file format keeps them).
      formulae: [rule.source.startsWith("=") ? strip(rule.source) : `"${rule.source}"`],
    };
  else if (rule.type === "date") {
    validation = {
      ...common,
      type: "date",
      operator: rule.operator,
      formulae: [dateBound(rule.formula1), ...(rule.formula2 ? [dateBound(rule.formula2)] : [])],
    };
  } else {
    validation = {
      ...common,
      type: rule.type === "wholeNumber" ? "whole" : "decimal",
      operator: rule.operator,
      formulae: [strip(rule.formula1), strip(rule.formula2)],
    };
  }
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(rule.range, validation);
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: plan.freeze
      ? [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }]
      : [],
  });
  for (const width of plan.columnWidths) {
    const column = sheet.getColumn(width.column);
    column.width = width.width;
    if (width.hidden) column.hidden = true;
  }
  for (const table of plan.tables) writeTable(sheet, table);
  for (const cell of plan.cells) writeCell(sheet, cell);
  applyPrint(sheet, plan.print);
  for (const rule of plan.validations) addValidation(sheet, rule);
  for (const name of plan.names ?? []) {
    const { row, column } = parseAddress(name.address);
    // Absolute, so the name points at the setting's cell wherever a formula uses it.
    workbook.definedNames.add(`${sheetRef(plan.name)}!$${columnLetter(column)}$${row}`, name.name);
  }
  for (const format of plan.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: format.priority,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            fill: format.format.fill
              ? { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.format.fill) } }
              : undefined,
            font: {
              bold: format.format.bold,
              color: format.format.fontColor ? { argb: argb(format.format.fontColor) } : undefined,
            },
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  return sheet;
}

/** Adds the plan's sheets to `workbook` (which may already hold the user's own sheets). */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    if (workbook.getWorksheet(sheet.name)) {
      throw new Error(`a sheet named ${sheet.name} already exists`);
    }
    writeSheet(workbook, sheet);
  }
  const active = plan.sheets.findIndex((sheet) => sheet.key === plan.activeSheet);
  const activeSheet = workbook.getWorksheet(plan.sheets[active].name) as ExcelJS.Worksheet;
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: activeSheet.id - 1,
      visibility: "visible",
    },
  ];
  workbook.calcProperties = { fullCalcOnLoad: true };
}

/** Serialises the workbook and stores the plan's Custom XML part in the package. */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  plan: Pick<WorkbookPlan, "customXml"> & Partial<Pick<WorkbookPlan, "sheets">>
): Promise<Buffer> {
  // Stored, not compressed: the package is compressed once, after the metadata part is added.
  const raw = await workbook.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  await putCustomXmlPart(zip, plan.customXml.namespace, plan.customXml.xml, randomUUID());
  if (plan.sheets) await addPlanCharts(zip, { sheets: plan.sheets });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A new tracker workbook from a plan. */
export async function buildTemplate(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "OPCAT Recommendation Tracker";
  applyPlan(workbook, plan);
  return workbookBytes(workbook, plan);
}
