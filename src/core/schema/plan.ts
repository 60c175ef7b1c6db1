/**
 * The declarative workbook plan: everything a host adapter needs to turn a
 * workbook into a tracker, as plain data. The .xlsx adapter (src/files/xlsx,
 * exceljs) and the Excel adapter (src/office/excel, Office.js) both apply the
 * same plan, so what the pane builds and what `rectrack template` writes
 * cannot drift apart. No host types here: addresses are A1 strings, colours
 * "#RRGGBB", formulas English-function A1 text starting with "=" (what
 * Office.js `range.formulas` and the OOXML file both take).
 */

import type { Language } from "../language";

export type { Language };

/** Stable identity of each sheet; `name` is the display name in the workbook. */
export type SheetKey =
  | "recommendations"
  | "lists"
  | "dashboard"
  | "followUp"
  | "history"
  | "stakeholders"
  | "stakeholderGrid";

/** A literal cell value. Strings are always written as TEXT, even "=1+1" or "+cmd" (formula injection). */
export type CellValue = string | number | boolean | null;

export interface WorkbookPlan {
  schemaVersion: number;
  language: Language;
  /** In tab order. */
  sheets: SheetPlan[];
  /** The schema metadata part to store in the package (src/core/schema/customxml.ts builds it). */
  customXml: CustomXmlPlan;
  /** Sheet to show when the workbook opens. */
  activeSheet: SheetKey;
}

export interface CustomXmlPlan {
  namespace: string;
  /** Complete XML document text, declaration included. */
  xml: string;
}

export interface SheetPlan {
  key: SheetKey;
  /** Name of the worksheet (31 characters at most, no []:*?/\). */
  name: string;
  tables: TablePlan[];
  /** Cells outside tables: titles, labels, formulas. Written after the tables. */
  cells: CellPlan[];
  columnWidths: ColumnWidthPlan[];
  /** Rows/columns kept in view when scrolling; null for none. */
  freeze: { rows: number; columns: number } | null;
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  tabColor?: string;
  /** How the sheet prints; absent: the application's defaults. */
  print?: PrintPlan;
  /** Workbook names defined on cells of this sheet (the reply-deadline setting). */
  names?: NamePlan[];
}

/** A workbook-level defined name for one cell of the sheet, e.g. { name: "ReplyDeadlineDays", address: "B3" }. */
export interface NamePlan {
  name: string;
  address: string;
}

/** Page setup: orientation, scaling to the page's width, rows repeated at the top of every page. */
export interface PrintPlan {
  orientation: "portrait" | "landscape";
  /** Scale every column onto one page's width (as many pages down as needed). */
  fitToWidth: boolean;
  /** 1-based rows printed at the top of every page (the header row), e.g. { first: 1, last: 1 }. */
  titleRows?: { first: number; last: number };
}

export interface TablePlan {
  /** Excel table name (unique in the workbook, no spaces). */
  name: string;
  /** Top-left cell of the header row, e.g. "A1". */
  anchor: string;
  columns: TableColumnPlan[];
  /** Data rows, one value per column in column order. May be empty. */
  rows: CellValue[][];
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style: string;
  /**
   * Heights in points of the header row and of each data row, tall enough for
   * the wrapped text they hold (Excel does not fit rows of a file to their
   * text when it opens it); absent: the default height.
   */
  rowHeights?: { header: number; rows: number[] };
}

export interface TableColumnPlan {
  /** Schema column key (Recommendations) or list key (Lists); never shown to the user. */
  key: string;
  /** Header text as shown (translated). */
  header: string;
  /** Number format of the data cells: "@" text, "yyyy-mm-dd" date, "General", "0". */
  numberFormat: string;
  /** Wrap text in the data cells (long texts). */
  wrap?: boolean;
}

export interface CellPlan {
  /** A1 address on the sheet, e.g. "B3". */
  address: string;
  /** Literal value (text stays text). Exactly one of value / formula is set. */
  value?: CellValue;
  /** Formula text starting with "=", English function names, "," separators. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: "left" | "center" | "right";
}

export interface ColumnWidthPlan {
  /** Column letter(s), e.g. "A", "AB". */
  column: string;
  /** Width in Excel character units (the width Excel shows in "Column width"). */
  width: number;
  hidden?: boolean;
}

export type ValidationPlan = ListValidationPlan | DateValidationPlan | NumberValidationPlan;

interface ValidationBase {
  /** A1 range on the sheet, e.g. "W2:W1048576". */
  range: string;
  /** When the range is a table column: the adapter may attach the rule to the column so it grows with the table. */
  tableColumn?: { table: string; columnKey: string };
  allowBlank: boolean;
  /** "stop" rejects the value; "warning" lets the user keep it (extendable lists, legacy data). */
  errorStyle: "stop" | "warning" | "information";
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  prompt?: string;
}

export interface ListValidationPlan extends ValidationBase {
  type: "list";
  /**
   * Formula giving the allowed values, e.g. "=Lists!$A$2:$A$101", or (no
   * leading "=") the values themselves separated by commas, as Office.js takes them.
   */
  source: string;
}

export interface DateValidationPlan extends ValidationBase {
  type: "date";
  operator: "greaterThanOrEqual" | "between";
  /** Formulas or literal numbers as text, e.g. "=DATE(1990,1,1)". */
  formula1: string;
  formula2?: string;
}

export interface NumberValidationPlan extends ValidationBase {
  type: "decimal" | "wholeNumber";
  operator: "between";
  formula1: string;
  formula2: string;
}

/**
 * A conditional format as a formula rule: the formula is written for the
 * top-left cell of `range` (relative references move with the cell), as in
 * Excel's "Use a formula to determine which cells to format".
 */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  format: { fill?: string; fontColor?: string; bold?: boolean };
  /** Lower wins first; stop evaluating further rules once this one matches. */
  priority: number;
  stopIfTrue: boolean;
  /** What it shows, for the adapter's logs and tests. */
  description: string;
}

export interface ChartPlan {
  key: string;
  title: string;
  type: "columnStacked" | "columnClustered" | "barClustered" | "barStacked";
  /** Source range on the same sheet: first row = series names, first column = categories. */
  dataRange: string;
  seriesBy: "columns" | "rows";
  /** Placement: top-left and bottom-right cells. */
  from: string;
  to: string;
  /** Show a legend (several series); a chart of one series is named by its title. */
  legend: boolean;
  /** Categories drawn in the reverse order: a bar chart's first label at the top, as in the table. */
  reverseCategories: boolean;
}

/**
 * How to bring an existing tracker up to the current schema without losing a
 * cell: add what is missing, keep the user's header wording and extra columns.
 */
export interface UpgradePlan {
  /** Schema version found in the workbook (0 when there is no metadata part). */
  fromVersion: number;
  toVersion: number;
  /** Columns of the schema absent from the table: add them at the right end, with these headers. */
  missing: { key: string; header: string }[];
  /** Columns the user renamed: keep the user's header, record it in the metadata. */
  renamed: { key: string; header: string; schemaHeader: string }[];
  /** Columns found under their schema (or translated) header. */
  present: { key: string; header: string; index: number }[];
  /** User columns that are not in the schema: keep them as they are. */
  extra: { header: string; index: number }[];
  /** The workbook lacks the History sheet (a tracker of schema v1): the upgrade adds it. */
  addsHistory: boolean;
  /** The workbook lacks the Stakeholders table: the upgrade adds its sheet and the power/interest grid's. */
  addsStakeholders: boolean;
  /** True when nothing needs to change but the metadata part. */
  upToDate: boolean;
  /** The metadata part to store after the upgrade. */
  customXml: CustomXmlPlan;
}
