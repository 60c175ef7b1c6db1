/**
 * Queues the operations that build a sheet of the WorkbookPlan. Nothing here
 * syncs: the caller sends one request for the structure and the first rows,
 * then one request per further chunk of rows (see chunkRows).
 */
import { columnIndex, parseAddress } from "../../core/schema/a1";
import type {
  CellPlan,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  PrintPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from "../../core/schema/plan";
import { chunkRows, clip, columnToEnd, widthToPoints } from "./batch";
import { ExcelHost, Feature, supports } from "./host";

/** Operations left for later requests (row chunks); each runs then syncs once. */
export type Deferred = { rows: number; write: () => void }[];

/** Told how many rows are done out of how many, for the pane's progress bar. */
export type Progress = (done: number, total: number) => void;

/**
 * Sends the deferred row chunks, one request each. The number of requests
 * follows the data's size (3 MB a request, under Excel on the web's 5 MB
 * limit), not the number of rows or operations.
 */
export async function sendDeferred(
  context: Excel.RequestContext,
  deferred: Deferred,
  progress?: Progress
): Promise<void> {
  const total = deferred.reduce((n, chunk) => n + chunk.rows, 0);
  let done = 0;
  for (const chunk of deferred) {
    chunk.write();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per 3 MB of rows, see above
    await context.sync();
    done += chunk.rows;
    progress?.(done, total);
  }
}

/** Office.js takes a single value for a whole range; its typings only declare the 2-D form. */
export function setAll(
  range: Excel.Range,
  property: "numberFormat" | "values",
  value: string
): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

export interface TableWrite {
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the first column. */
  firstColumn: number;
  /** Data rows written (at least one: a table keeps one row, blank when there is no data). */
  rowCount: number;
}

/** Header, table object, column formats and rows; the first chunk now, the others deferred. */
export function writeTable(
  worksheet: Excel.Worksheet,
  plan: TablePlan,
  deferred: Deferred
): TableWrite {
  const anchor = parseAddress(plan.anchor);
  const headerRow = anchor.row - 1;
  const firstColumn = anchor.column;
  const width = plan.columns.length;
  const rowCount = Math.max(1, plan.rows.length);
  const header = worksheet.getRangeByIndexes(headerRow, firstColumn, 1, width);
  header.numberFormat = [plan.columns.map(() => "@")];
  header.values = [plan.columns.map((column) => column.header)];
  // Formats first, to the sheet's last row: rows the user adds later are typed the same way.
  plan.columns.forEach((column, c) => {
    const below = worksheet.getRange(columnToEnd(firstColumn + c, headerRow + 2));
    setAll(below, "numberFormat", column.numberFormat);
    if (column.wrap) below.format.wrapText = true;
  });
  const table = worksheet.tables.add(
    worksheet.getRangeByIndexes(headerRow, firstColumn, rowCount + 1, width),
    true
  );
  table.name = plan.name;
  table.style = plan.style;
  const formats = plan.columns.map((column) => column.numberFormat);
  const chunks = chunkRows(plan.rows, formats);
  // Rows as tall as their wrapped text, once the last rows are in (Excel measures the text itself).
  const fitRows = () => {
    if (plan.rowHeights || plan.columns.some((column) => column.wrap))
      worksheet.getRangeByIndexes(headerRow, firstColumn, rowCount + 1, width).format.autofitRows();
  };
  chunks.forEach((chunk, index) => {
    const last = index === chunks.length - 1;
    const write = () => {
      const range = worksheet.getRangeByIndexes(
        headerRow + 1 + chunk.start,
        firstColumn,
        chunk.values.length,
        width
      );
      range.numberFormat = chunk.formats;
      range.values = chunk.values;
      if (last) fitRows();
    };
    if (index === 0) write();
    else deferred.push({ rows: chunk.values.length, write });
  });
  if (chunks.length === 0) fitRows();
  return { headerRow, firstColumn, rowCount };
}

/** Landscape or portrait, scaled to the page's width, the header repeated on every page (ExcelApi 1.9). */
export function applyPrint(worksheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows)
    layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
}

/** Freezes the header rows and, when planned, the columns up to the recommendation's text. */
export function applyFreeze(
  worksheet: Excel.Worksheet,
  freeze: { rows: number; columns: number }
): void {
  if (freeze.columns > 0 && freeze.rows > 0)
    worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

export function writeCell(worksheet: Excel.Worksheet, cell: CellPlan): void {
  const range = worksheet.getRange(cell.address);
  if (cell.formula !== undefined) {
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    range.formulas = [[cell.formula]];
  } else {
    const value = cell.value ?? null;
    range.numberFormat = [[typeof value === "string" ? "@" : (cell.numberFormat ?? "General")]];
    range.values = [[value === null ? "" : value]];
  }
  if (cell.style) writeCellStyle(range, cell.style);
}

/** A planned cell style on a range (font, fill, wrapping, alignment). */
export function writeCellStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor) range.format.font.color = style.fontColor;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontalAlignment)
    range.format.horizontalAlignment = ALIGN[style.horizontalAlignment];
}

/** Width of a whole column (letters, e.g. "AB"); `hidden` hides it (bookkeeping columns, never deleted) or, false, shows it. */
export function setColumnWidth(
  worksheet: Excel.Worksheet,
  column: string,
  width: number,
  hidden?: boolean
): void {
  const range = worksheet.getRange(`${column}:${column}`);
  range.format.columnWidth = widthToPoints(width);
  if (hidden !== undefined) range.columnHidden = hidden;
}

const OPERATORS = { greaterThanOrEqual: "GreaterThanOrEqualTo", between: "Between" } as const;
const ALERT_STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** Replaces the range's validation with the planned one. */
export function applyValidation(range: Excel.Range, plan: ValidationPlan, source?: string): void {
  const validation = range.dataValidation;
  validation.clear();
  if (plan.type === "list") {
    validation.rule = { list: { inCellDropDown: true, source: source ?? plan.source } };
  } else if (plan.type === "date") {
    validation.rule = {
      date: {
        operator: OPERATORS[plan.operator],
        formula1: plan.formula1,
        ...(plan.formula2 !== undefined ? { formula2: plan.formula2 } : {}),
      },
    };
  } else {
    const basic = {
      operator: OPERATORS[plan.operator],
      formula1: plan.formula1,
      formula2: plan.formula2,
    };
    validation.rule = plan.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
  }
  validation.errorAlert = {
    showAlert: true,
    style: ALERT_STYLES[plan.errorStyle],
    title: clip(plan.errorTitle, 32),
    message: clip(plan.errorMessage, 255),
  };
  if (plan.prompt) {
    validation.prompt = {
      showPrompt: true,
      title: clip(plan.promptTitle ?? "", 32),
      message: clip(plan.prompt, 255),
    };
  }
  validation.ignoreBlanks = plan.allowBlank;
}

export function addConditionalFormat(
  range: Excel.Range,
  plan: ConditionalFormatPlan,
  formula: string = plan.formula
): void {
  const format = range.conditionalFormats.add("Custom");
  format.custom.rule.formula = formula;
  if (plan.format.fill) format.custom.format.fill.color = plan.format.fill;
  if (plan.format.fontColor) format.custom.format.font.color = plan.format.fontColor;
  if (plan.format.bold !== undefined) format.custom.format.font.bold = plan.format.bold;
  format.priority = Math.max(0, plan.priority - 1);
  format.stopIfTrue = plan.stopIfTrue;
}

const CHART_TYPES = {
  columnStacked: "ColumnStacked",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
} as const;

export function addChart(worksheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = worksheet.charts.add(
    CHART_TYPES[plan.type],
    worksheet.getRange(plan.dataRange),
    plan.seriesBy === "columns" ? "Columns" : "Rows"
  );
  // Its title as its name: Excel shows it when the chart is selected (no key on any sheet).
  chart.name = plan.title;
  chart.title.text = plan.title;
  chart.legend.visible = plan.legend;
  if (plan.legend) chart.legend.position = "Bottom";
  if (plan.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(plan.from, plan.to);
}

/** The sheet-level rules of a new sheet: all of them, in the plan's places. */
export function writeSheet(
  worksheet: Excel.Worksheet,
  sheet: SheetPlan,
  host: ExcelHost,
  deferred: Deferred,
  skipped: Set<Feature>
): TableWrite[] {
  const written = sheet.tables.map((table) => writeTable(worksheet, table, deferred));
  for (const cell of sheet.cells) writeCell(worksheet, cell);
  for (const width of sheet.columnWidths)
    setColumnWidth(worksheet, width.column, width.width, width.hidden);
  const can = (feature: Feature) => {
    if (supports(host, feature)) return true;
    skipped.add(feature);
    return false;
  };
  if (sheet.freeze) applyFreeze(worksheet, sheet.freeze);
  if (sheet.tabColor) worksheet.tabColor = sheet.tabColor;
  if (sheet.print && can("print")) applyPrint(worksheet, sheet.print);
  if (sheet.validations.length > 0 && can("validation")) {
    for (const validation of sheet.validations)
      applyValidation(worksheet.getRange(validation.range), validation);
  }
  if (sheet.conditionalFormats.length > 0) {
    for (const format of sheet.conditionalFormats)
      addConditionalFormat(worksheet.getRange(format.range), format);
  }
  if (sheet.charts.length > 0 && can("charts"))
    for (const chart of sheet.charts) addChart(worksheet, chart);
  return written;
}

/** 0-based column of the first cell of an A1 range ("S2:S1048576" -> 18). */
export function rangeColumn(range: string): number {
  const match = /^\$?([A-Z]{1,3})/.exec(range);
  if (!match) throw new Error(`not an A1 range: ${range}`);
  return columnIndex(match[1]);
}
