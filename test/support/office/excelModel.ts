/**
 * The Excel fake's workbook: sparse cell grids that tests can seed and
 * inspect directly, plus tables, validations, conditional formats, charts,
 * names and custom XML parts.
 *
 * Cell writes follow Excel where our tests depend on it:
 * - a string starting with "=" becomes a formula unless the cell's number
 *   format is "@" (text), where it stays text. The fake is stricter than
 *   Excel for "+", "-" and "@": text starting with them (and not a number)
 *   is also stored as a formula, so a missing formula-injection guard shows.
 * - numeric text ("12", "-3.5") becomes a number, and "yyyy-mm-dd" a date
 *   serial with format "yyyy-mm-dd", unless the cell is text-formatted;
 * - "" clears the value; null in an array leaves the cell unchanged.
 * Formulas are stored as text and never computed: reading `values` or `text`
 * of a formula cell returns the formula text itself (documented placeholder).
 */
import { CustomXmlStore } from "./customXml";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  contains,
  formatA1,
  intersects,
  parseA1,
  quoteSheet,
} from "./a1";
import { invalidArgument } from "./core";

export type CellScalar = string | number | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export interface CellData {
  value: CellScalar;
  hyperlink?: {
    address?: string;
    documentReference?: string;
    screenTip?: string;
    textToDisplay?: string;
  };
  /** Formula text as written ("=A1+1"); set only for formula cells. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  /** When each own format was written (numberFormat or a style property), to order it against layers. */
  stamps?: Record<string, number>;
}

/**
 * A format written to a large range at once, kept as one record instead of
 * a million cells. A cell's own format wins only if written after the layer.
 */
interface FormatLayer {
  rect: Rect;
  seq: number;
  numberFormat?: string;
  style?: CellStyle;
}

export interface ValidationRecord {
  rect: Rect;
  rule: Record<string, unknown> | null;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatRecord {
  id: string;
  rect: Rect;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  source: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  legendPosition: string;
  /** Categories listed from the top (a bar chart read like the table beside it). */
  categoriesReversed: boolean;
  position: { start: string; end: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  sheet: SheetModel | null;
}

/** Number format for new dates; Excel picks a locale date format, we pick ISO for readable tests. */
const DATE_FORMAT = "yyyy-mm-dd";
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMULA_START = /^[=+\-@]/;
/** Excel's limits: a cell holds at most 32,767 characters, a formula 8,192. */
export const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;

/** Excel serial number of a calendar date (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

const key = (r: number, c: number): number => r * MAX_COLUMNS + c;

export class SheetModel {
  readonly cells = new Map<number, CellData>();
  readonly layers: FormatLayer[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  freeze = { rows: 0, columns: 0 };
  /** Page Layout: orientation, scaling to pages (horizontal, vertical; 0 = as many as needed), rows repeated on every page. */
  readonly pageLayout: {
    orientation: "Portrait" | "Landscape";
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printTitleRows: string | null;
  } = { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null };
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  /** Review > Protect Sheet: every cell locked (Excel's default), so any change to the sheet is refused. */
  readonly protection = { protected: false };
  readonly validations: ValidationRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartModel[] = [];

  constructor(
    readonly workbook: WorkbookModel,
    public name: string,
    readonly id: string
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  // --- direct access for tests -------------------------------------------

  /** The cell at an A1 address ("B2"), undefined when never written. */
  cell(address: string): CellData | undefined {
    const rect = mustParse(address);
    return this.cells.get(key(rect.r0, rect.c0));
  }

  /** Value at an A1 address; "" when empty; formula text for formula cells. */
  value(address: string): CellScalar {
    return this.cell(address)?.value ?? "";
  }

  formulaAt(r: number, c: number): string | null {
    return this.cells.get(key(r, c))?.formula ?? null;
  }

  valueAt(r: number, c: number): CellScalar {
    return this.cells.get(key(r, c))?.value ?? "";
  }

  /**
   * Fast path for big fixtures: stores values as they are (strings stay
   * text, nothing becomes a formula), starting at an A1 cell.
   */
  seed(topLeft: string, rows: readonly (readonly CellScalar[])[]): void {
    const at = mustParse(topLeft);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === "") return;
        const cell = this.ensure(at.r0 + i, at.c0 + j);
        cell.value = value;
        delete cell.formula;
      })
    );
  }

  /** Every non-empty cell as "A1" -> value (formula text for formulas), for cell-by-cell comparisons. */
  snapshot(): Map<string, { value: CellScalar; formula: string | null; numberFormat: string }> {
    const out = new Map<
      string,
      { value: CellScalar; formula: string | null; numberFormat: string }
    >();
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      out.set(formatA1({ r0: r, c0: c, r1: r, c1: c }), {
        value: cell.value,
        formula: cell.formula ?? null,
        numberFormat: this.numberFormatAt(r, c),
      });
    }
    return out;
  }

  // --- cell semantics -------------------------------------------------------

  ensure(r: number, c: number): CellData {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }

  private formatSeq = 0;

  /** Sets a cell's own number format (after every layer written so far). */
  setOwnNumberFormat(cell: CellData, format: string): void {
    cell.numberFormat = format;
    cell.stamps = { ...cell.stamps, numberFormat: ++this.formatSeq };
  }

  /** Sets one of a cell's own style properties (after every layer written so far). */
  setOwnStyle<K extends keyof CellStyle>(cell: CellData, prop: K, value: CellStyle[K]): void {
    cell.style = { ...cell.style, [prop]: value };
    cell.stamps = { ...cell.stamps, [prop]: ++this.formatSeq };
  }

  private formatAt(
    r: number,
    c: number,
    prop: string,
    own: unknown,
    layerValue: (l: FormatLayer) => unknown
  ): unknown {
    const stamp = own === undefined ? -1 : (this.cells.get(key(r, c))?.stamps?.[prop] ?? 0);
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer.seq < stamp) break;
      const v = layerValue(layer);
      if (v !== undefined && inRect(layer.rect, r, c)) return v;
    }
    return own;
  }

  numberFormatAt(r: number, c: number): string {
    const own = this.cells.get(key(r, c))?.numberFormat;
    return (
      (this.formatAt(r, c, "numberFormat", own, (l) => l.numberFormat) as string | undefined) ??
      "General"
    );
  }

  styleAt<K extends keyof CellStyle>(r: number, c: number, prop: K): CellStyle[K] | undefined {
    const own = this.cells.get(key(r, c))?.style?.[prop];
    return this.formatAt(r, c, prop, own, (l) => l.style?.[prop]) as CellStyle[K] | undefined;
  }

  /** Writes one input of `values` / `formulas` with Excel's interpretation. */
  writeInput(r: number, c: number, input: unknown): void {
    if (input === null) return;
    if (typeof input === "number") {
      if (!Number.isFinite(input)) throw invalidArgument("values must be finite numbers");
      const cell = this.ensure(r, c);
      cell.value = input;
      delete cell.formula;
      return;
    }
    if (typeof input === "boolean") {
      const cell = this.ensure(r, c);
      cell.value = input;
      delete cell.formula;
      return;
    }
    if (typeof input !== "string")
      throw invalidArgument(`unsupported cell value ${JSON.stringify(input)}`);
    if (input.length > MAX_CELL_TEXT)
      throw invalidArgument(`text longer than ${MAX_CELL_TEXT} characters`);
    if (input === "") {
      const cell = this.cells.get(key(r, c));
      if (cell) {
        cell.value = "";
        delete cell.formula;
      }
      return;
    }
    const cell = this.ensure(r, c);
    delete cell.formula;
    if (this.numberFormatAt(r, c) === "@") {
      cell.value = input;
      return;
    }
    if (NUMERIC.test(input.trim())) {
      cell.value = Number(input);
      return;
    }
    if (FORMULA_START.test(input)) {
      if (input.length > MAX_FORMULA)
        throw invalidArgument(`formula longer than ${MAX_FORMULA} characters`);
      cell.formula = input;
      cell.value = input;
      return;
    }
    const date = ISO_DATE.exec(input);
    if (date) {
      cell.value = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
      if (this.numberFormatAt(r, c) === "General") this.setOwnNumberFormat(cell, DATE_FORMAT);
      return;
    }
    cell.value = input;
  }

  writeNumberFormat(r: number, c: number, format: unknown): void {
    if (format === null) return;
    if (typeof format !== "string") throw invalidArgument("numberFormat must be text");
    this.setOwnNumberFormat(this.ensure(r, c), format);
  }

  /** A format applied to a whole rectangle at once: one record that overrides what the cells had. */
  addLayer(rect: Rect, layer: { numberFormat?: string; style?: CellStyle }): void {
    this.layers.push({ rect, seq: ++this.formatSeq, ...layer });
  }

  text(r: number, c: number): string {
    const cell = this.cells.get(key(r, c));
    if (!cell) return "";
    if (cell.formula !== undefined) return cell.formula;
    if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
    if (typeof cell.value === "number") return formatNumber(cell.value, this.numberFormatAt(r, c));
    return cell.value;
  }

  valueType(r: number, c: number): string {
    const v = this.valueAt(r, c);
    if (v === "") return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  /** Bounding box of the cells in use; null when the sheet is empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      if (
        !valuesOnly &&
        cell.value === "" &&
        cell.formula === undefined &&
        !cell.numberFormat &&
        !hasStyle(cell)
      )
        continue;
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (!rect) rect = { r0: r, c0: c, r1: r, c1: c };
      else {
        rect.r0 = Math.min(rect.r0, r);
        rect.c0 = Math.min(rect.c0, c);
        rect.r1 = Math.max(rect.r1, r);
        rect.c1 = Math.max(rect.c1, c);
      }
    }
    return rect;
  }

  clear(rect: Rect, applyTo: string): void {
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (!inRect(rect, r, c)) continue;
      if (applyTo === "All" || applyTo === "Contents") {
        cell.value = "";
        delete cell.formula;
      }
      if (applyTo === "All" || applyTo === "Formats") {
        delete cell.numberFormat;
        delete cell.style;
      }
      if (cell.value === "" && cell.formula === undefined && !cell.numberFormat && !hasStyle(cell))
        this.cells.delete(k);
    }
  }

  /** Moves every cell in `area` by (dr, dc); cells pushed off the sheet are lost, as in Excel. */
  shiftCells(area: Rect, dr: number, dc: number): void {
    const moving: [number, number, CellData][] = [];
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (inRect(area, r, c)) moving.push([r, c, cell]);
    }
    for (const [r, c] of moving) this.cells.delete(key(r, c));
    for (const [r, c, cell] of moving) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr >= 0 && nr < MAX_ROWS && nc >= 0 && nc < MAX_COLUMNS)
        this.cells.set(key(nr, nc), cell);
    }
  }

  addressOf(rect: Rect): string {
    return `${quoteSheet(this.name)}!${formatA1(rect)}`;
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The displayed text of a number for the formats our adapters write: dates
 * (yyyy, yy, mmm, mm, m, dd, d), "0", "0.00"-style decimals and "0%".
 * Anything else shows the number as JavaScript prints it.
 */
export function formatNumber(value: number, format: string): string {
  if (/[yd]/i.test(format) && /^[ymd\s\-/.,]+$/i.test(format)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
      switch (token.toLowerCase()) {
        case "yyyy":
          return String(y);
        case "yy":
          return String(y % 100).padStart(2, "0");
        case "mmmm":
        case "mmm":
          return MONTHS[m - 1];
        case "mm":
          return String(m).padStart(2, "0");
        case "m":
          return String(m);
        case "dd":
          return String(d).padStart(2, "0");
        default:
          return String(d);
      }
    });
  }
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(format);
  if (fixed) {
    const shown = fixed[2] ? value * 100 : value;
    return `${shown.toFixed(fixed[1]?.length ?? 0)}${fixed[2]}`;
  }
  return String(value);
}

function hasStyle(cell: CellData): boolean {
  return !!cell.style && Object.values(cell.style).some((v) => v !== undefined);
}

export function inRect(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

function mustParse(address: string): Rect {
  const rect = parseA1(address);
  if (!rect) throw new Error(`Bad A1 address in test: ${address}`);
  return rect;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  rect: Rect;
  columnIds: number[];
  nextColumnId: number;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  showBandedRows: boolean;
  sortFields: unknown[];
  /** Column id -> filter criteria. */
  filters: Map<number, unknown>;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  readonly customXml = new CustomXmlStore();
  activeSheet: SheetModel | null = null;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  calculations = 0;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed, moved or hidden. */
  readonly protection = { protected: false };
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this, name, this.newId("sheet"));
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw new Error(`No sheet ${name} in the fake workbook`);
    return found;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  findTable(nameOrId: string): TableModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === nameOrId);
  }

  /** Header texts of a table, read from its header row. */
  headers(table: TableModel): string[] {
    const out: string[] = [];
    for (let c = table.rect.c0; c <= table.rect.c1; c++)
      out.push(table.sheet.text(table.rect.r0, c));
    return out;
  }

  /** Data rows of a table as raw values, for tests. */
  tableRows(name: string): CellScalar[][] {
    const table = this.findTable(name);
    if (!table) throw new Error(`No table ${name} in the fake workbook`);
    const rows: CellScalar[][] = [];
    for (let r = table.rect.r0 + 1; r <= table.rect.r1; r++) {
      const row: CellScalar[] = [];
      for (let c = table.rect.c0; c <= table.rect.c1; c++) row.push(table.sheet.valueAt(r, c));
      rows.push(row);
    }
    return rows;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  tableAt(sheet: SheetModel, rect: Rect): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && intersects(t.rect, rect));
  }

  tableContaining(sheet: SheetModel, rect: Rect): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && contains(t.rect, rect));
  }
}
