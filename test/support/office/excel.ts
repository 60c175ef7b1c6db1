/**
 * Strict fake of the Excel JavaScript API (a subset). Shapes follow
 * @types/office-js; behaviour follows Office.js (see core.ts and
 * excelModel.ts for the rules).
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  contains,
  formatA1,
  intersects,
  parseA1,
  splitSheet,
} from "./a1";
import {
  FakeCollection,
  FakeErrorCodes,
  FakeObject,
  FakeOfficeError,
  FakeRequestContext,
  HostState,
  NavDefs,
  PropertyDef,
  defineProperties,
  invalidArgument,
  itemNotFound,
  notImplemented,
} from "./core";
import { FakeCustomXmlPartCollection } from "./customXml";
import {
  CellData,
  CellStyle,
  ChartModel,
  ConditionalFormatRecord,
  NameModel,
  SheetModel,
  TableModel,
  ValidationRecord,
  WorkbookModel,
} from "./excelModel";

/** Calls Excel allows on a protected sheet: selecting and counting change nothing. */
const ALLOWED_ON_PROTECTED = new Set(["select", "getCount"]);

function accessDenied(where: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCodes.accessDenied,
    "You cannot perform the requested operation.",
    where,
    403
  );
}

/** As Excel does when every cell is locked: any change to a protected sheet fails its sync. */
function refuseOnProtectedSheet(sheet: SheetModel, payload: unknown): void {
  const call = (payload as { call?: string }).call;
  if (sheet.protection.protected && !(call && ALLOWED_ON_PROTECTED.has(call)))
    throw accessDenied(`protected sheet ${sheet.name}`);
}

/** Adding, deleting, renaming, moving or hiding a sheet of a workbook whose structure is protected. */
function refuseOnProtectedStructure(workbook: WorkbookModel): void {
  if (workbook.protection.protected) throw accessDenied("protected workbook structure");
}

/** Above this many cells a scalar format is kept as one layer instead of per cell. */
const LAYER_THRESHOLD = 10000;
/** Refuse to materialise absurd reads (Excel on the web fails them on payload size anyway). */
const MAX_READ_CELLS = 2_000_000;

interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

const rows = (r: Rect): number => r.r1 - r.r0 + 1;
const cols = (r: Rect): number => r.c1 - r.c0 + 1;

function requireInt(value: unknown, name: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min)
    throw invalidArgument(`${name}=${String(value)}`);
  return value;
}

function overlap(a: Rect, b: Rect): Rect {
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

function checkRect(rect: Rect): Rect {
  if (
    rect.r0 < 0 ||
    rect.c0 < 0 ||
    rect.r1 >= MAX_ROWS ||
    rect.c1 >= MAX_COLUMNS ||
    rect.r1 < rect.r0 ||
    rect.c1 < rect.c0
  ) {
    throw invalidArgument(
      `range outside the sheet (${rect.r0},${rect.c0})-(${rect.r1},${rect.c1})`
    );
  }
  return rect;
}

function grid<T>(ref: RangeRef, cell: (r: number, c: number) => T): T[][] {
  const { rect } = ref;
  if (rows(rect) * cols(rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError(
      FakeErrorCodes.responsePayloadSizeLimitExceeded,
      "The range is too large to read at once."
    );
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Writes `values` / `formulas`. A table's header row only holds unique,
 * non-empty text, so Excel rewrites header cells written through a range.
 */
function writeCells(t: RangeRef, input: unknown): void {
  writeGrid(t, input, (r, c, x) => t.sheet.writeInput(r, c, x));
  for (const table of t.sheet.workbook.tablesOn(t.sheet)) {
    const header = { ...table.rect, r1: table.rect.r0 };
    if (intersects(header, t.rect)) normaliseHeaders(table);
  }
}

/** Applies a 2-D array (exact dimensions) or a single value (to every cell) to a range. */
function writeGrid(
  ref: RangeRef,
  input: unknown,
  write: (r: number, c: number, v: unknown) => void,
  layer?: (v: unknown) => void
): void {
  const { rect } = ref;
  if (Array.isArray(input)) {
    if (
      input.length !== rows(rect) ||
      input.some((row) => !Array.isArray(row) || row.length !== cols(rect))
    ) {
      throw invalidArgument(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    }
    input.forEach((row: unknown[], i) => row.forEach((v, j) => write(rect.r0 + i, rect.c0 + j, v)));
    return;
  }
  if (layer && rows(rect) * cols(rect) > LAYER_THRESHOLD) {
    layer(input);
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) write(r, c, input);
}

function uniform<T>(ref: RangeRef, get: (r: number, c: number) => T): T | null {
  const first = get(ref.rect.r0, ref.rect.c0);
  const limit = Math.min(ref.rect.r1, ref.rect.r0 + 2000);
  for (let r = ref.rect.r0; r <= limit; r++)
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) if (get(r, c) !== first) return null;
  return first;
}

// ---------------------------------------------------------------------------
// Range and its format

export class FakeRange extends FakeObject<RangeRef> {
  _typeName(): string {
    return "Excel.Range";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<RangeRef>> {
    return {
      address: { get: (t) => t.sheet.addressOf(t.rect) },
      addressLocal: { get: (t) => t.sheet.addressOf(t.rect) },
      rowIndex: { get: (t) => t.rect.r0 },
      columnIndex: { get: (t) => t.rect.c0 },
      rowCount: { get: (t) => rows(t.rect) },
      columnCount: { get: (t) => cols(t.rect) },
      cellCount: { get: (t) => rows(t.rect) * cols(t.rect) },
      isEntireColumn: { get: (t) => t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1 },
      isEntireRow: { get: (t) => t.rect.c0 === 0 && t.rect.c1 === MAX_COLUMNS - 1 },
      values: {
        get: (t) => grid(t, (r, c) => t.sheet.valueAt(r, c)),
        set: (t, v) => writeCells(t, v),
      },
      formulas: {
        get: (t) => grid(t, (r, c) => t.sheet.formulaAt(r, c) ?? t.sheet.valueAt(r, c)),
        set: (t, v) => writeCells(t, v),
      },
      numberFormat: {
        get: (t) => grid(t, (r, c) => t.sheet.numberFormatAt(r, c)),
        set: (t, v) =>
          writeGrid(
            t,
            v,
            (r, c, x) => t.sheet.writeNumberFormat(r, c, x),
            (x) => {
              if (typeof x !== "string") throw invalidArgument("numberFormat must be text");
              t.sheet.addLayer(t.rect, { numberFormat: x });
            }
          ),
      },
      text: { get: (t) => grid(t, (r, c) => t.sheet.text(r, c)) },
      valueTypes: { get: (t) => grid(t, (r, c) => t.sheet.valueType(r, c)) },
      hyperlink: {
        get: (t) => t.sheet.cells.get(t.rect.r0 * MAX_COLUMNS + t.rect.c0)?.hyperlink ?? null,
        set: (t, v) => {
          if (v === null || v === undefined) {
            for (let r = t.rect.r0; r <= t.rect.r1; r++)
              for (let c = t.rect.c0; c <= t.rect.c1; c++)
                delete t.sheet.cells.get(r * MAX_COLUMNS + c)?.hyperlink;
            return;
          }
          const link = v as { address?: unknown; documentReference?: unknown };
          if (
            typeof v !== "object" ||
            (typeof link.address !== "string" && typeof link.documentReference !== "string")
          ) {
            throw invalidArgument("hyperlink needs an address or a documentReference");
          }
          if (rows(t.rect) * cols(t.rect) > LAYER_THRESHOLD)
            throw invalidArgument("hyperlink on too many cells");
          for (let r = t.rect.r0; r <= t.rect.r1; r++)
            for (let c = t.rect.c0; c <= t.rect.c1; c++) {
              const cell = t.sheet.ensure(r, c);
              cell.hyperlink = JSON.parse(JSON.stringify(v));
              const display = (v as { textToDisplay?: unknown }).textToDisplay;
              if (typeof display === "string") {
                cell.value = display;
                delete cell.formula;
              }
            }
        },
        requires: ["ExcelApi", "1.7"],
      },
      columnHidden: {
        get: (t) => {
          for (let c = t.rect.c0; c <= t.rect.c1; c++)
            if (!t.sheet.hiddenColumns.has(c)) return false;
          return true;
        },
        set: (t, v) => {
          if (typeof v !== "boolean") throw invalidArgument("columnHidden");
          for (let c = t.rect.c0; c <= t.rect.c1; c++) {
            if (v) t.sheet.hiddenColumns.add(c);
            else t.sheet.hiddenColumns.delete(c);
          }
        },
        requires: ["ExcelApi", "1.2"],
      },
      rowHidden: {
        get: (t) => {
          for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++)
            if (!t.sheet.hiddenRows.has(r)) return false;
          return true;
        },
        set: (t, v) => {
          if (typeof v !== "boolean") throw invalidArgument("rowHidden");
          if (rows(t.rect) > 100000) throw invalidArgument("rowHidden on too many rows");
          for (let r = t.rect.r0; r <= t.rect.r1; r++) {
            if (v) t.sheet.hiddenRows.add(r);
            else t.sheet.hiddenRows.delete(r);
          }
        },
        requires: ["ExcelApi", "1.2"],
      },
    };
  }
  override _navs(): NavDefs {
    return { format: true, dataValidation: true, conditionalFormats: true, worksheet: true };
  }

  private _derive(call: string, args: unknown[], make: (t: RangeRef) => Rect): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        return { sheet: t.sheet, rect: checkRect(make(t)) };
      },
      false,
      { id: this._id, call, args }
    );
  }

  get format(): FakeRangeFormat {
    return this._nav(
      "format",
      () => new FakeRangeFormat(this._ctx, () => this._t(), false, { id: this._id, nav: "format" })
    );
  }
  get dataValidation(): FakeDataValidation {
    return this._nav(
      "dataValidation",
      () =>
        new FakeDataValidation(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "dataValidation",
        })
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "conditionalFormats",
        })
    );
  }
  get worksheet(): FakeWorksheet {
    return this._nav(
      "worksheet",
      () =>
        new FakeWorksheet(this._ctx, () => this._t().sheet, false, {
          id: this._id,
          nav: "worksheet",
        })
    );
  }

  getCell(row: number, column: number): FakeRange {
    requireInt(row, "row", 0);
    requireInt(column, "column", 0);
    return this._derive("getCell", [row, column], (t) => {
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      return { r0: r, c0: c, r1: r, c1: c };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      ...t.rect,
      r1: t.rect.r1 + requireInt(deltaRows, "deltaRows", -MAX_ROWS),
      c1: t.rect.c1 + requireInt(deltaColumns, "deltaColumns", -MAX_COLUMNS),
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (t) => {
      const dr = requireInt(rowOffset, "rowOffset", -MAX_ROWS);
      const dc = requireInt(columnOffset, "columnOffset", -MAX_COLUMNS);
      return { r0: t.rect.r0 + dr, r1: t.rect.r1 + dr, c0: t.rect.c0 + dc, c1: t.rect.c1 + dc };
    });
  }
  getRow(row: number): FakeRange {
    return this._derive("getRow", [row], (t) => {
      if (requireInt(row, "row", 0) >= rows(t.rect)) throw invalidArgument("row");
      return { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row };
    });
  }
  getColumn(column: number): FakeRange {
    return this._derive("getColumn", [column], (t) => {
      if (requireInt(column, "column", 0) >= cols(t.rect)) throw invalidArgument("column");
      return { ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column };
    });
  }
  getEntireColumn(): FakeRange {
    return this._derive("getEntireColumn", [], (t) => ({ ...t.rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this._derive("getUsedRange", [valuesOnly], (t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const inside = used && intersects(used, t.rect) ? overlap(used, t.rect) : null;
      if (!inside) throw itemNotFound("the range has no used cells");
      return inside;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        const used = t.sheet.usedRect(valuesOnly);
        return used && intersects(used, t.rect)
          ? { sheet: t.sheet, rect: overlap(used, t.rect) }
          : null;
      },
      true,
      { id: this._id, call: "getUsedRangeOrNullObject", args: [valuesOnly] }
    );
  }
  getLastRow(): FakeRange {
    return this._derive("getLastRow", [], (t) => ({ ...t.rect, r0: t.rect.r1 }));
  }
  getLastColumn(): FakeRange {
    return this._derive("getLastColumn", [], (t) => ({ ...t.rect, c0: t.rect.c1 }));
  }
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        const other =
          typeof anotherRange === "string" ? parseA1(anotherRange) : anotherRange._t().rect;
        if (!other) throw invalidArgument(`address ${String(anotherRange)}`);
        if (!intersects(t.rect, other)) return null;
        return { sheet: t.sheet, rect: overlap(t.rect, other) };
      },
      true,
      { id: this._id, call: "getIntersectionOrNullObject" }
    );
  }
  getEntireRow(): FakeRange {
    return this._derive("getEntireRow", [], (t) => ({ ...t.rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  insert(shift: "Down" | "Right"): FakeRange {
    this._op({ call: "insert", args: [shift] }, (t) => shiftRange(t, shift, +1));
    return this._derive("insertResult", [], (t) => t.rect);
  }
  delete(shift: "Up" | "Left"): void {
    this._op({ call: "delete", args: [shift] }, (t) => shiftRange(t, shift, -1));
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    if (!["All", "Formats", "Contents"].includes(applyTo))
      throw notImplemented("Excel.Range.clear", String(applyTo));
    this._op({ call: "clear", args: [applyTo] }, (t) => t.sheet.clear(t.rect, applyTo));
  }
  /**
   * Copies the source's cells (values, formulas as written, number formats,
   * styles, links) onto this range from its top-left cell, as Paste All does;
   * ExcelApi 1.9. Only "All" is modelled; formulas are copied as they are
   * written (the fake never shifts references).
   */
  copyFrom(source: FakeRange | string, copyType: string = "All"): void {
    if (copyType !== "All") throw notImplemented("Excel.Range.copyFrom", `copyType ${copyType}`);
    this._op(
      {
        call: "copyFrom",
        args: [typeof source === "string" ? source : { id: source._id }, copyType],
      },
      (t) => {
        const from =
          typeof source === "string"
            ? { sheet: t.sheet, rect: parseA1(splitSheet(source).address) }
            : source._t();
        if (!from.rect) throw invalidArgument(`source ${String(source)}`);
        const rect = from.rect;
        const copies: [number, number, CellData | undefined][] = [];
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++)
            copies.push([r - rect.r0, c - rect.c0, from.sheet.cells.get(r * MAX_COLUMNS + c)]);
        checkRect({
          r0: t.rect.r0,
          c0: t.rect.c0,
          r1: t.rect.r0 + rows(rect) - 1,
          c1: t.rect.c0 + cols(rect) - 1,
        });
        for (const [dr, dc, cell] of copies) {
          const key = (t.rect.r0 + dr) * MAX_COLUMNS + t.rect.c0 + dc;
          if (cell) t.sheet.cells.set(key, JSON.parse(JSON.stringify(cell)) as CellData);
          else t.sheet.cells.delete(key);
        }
      },
      ["ExcelApi", "1.9"]
    );
  }
  select(): void {
    this._op({ call: "select" }, (t) => {
      t.sheet.workbook.selection = { sheet: t.sheet, rect: t.rect };
      t.sheet.workbook.activeSheet = t.sheet;
    });
  }
}
defineProperties(FakeRange, {
  address: "r",
  addressLocal: "r",
  rowIndex: "r",
  columnIndex: "r",
  rowCount: "r",
  columnCount: "r",
  cellCount: "r",
  isEntireColumn: "r",
  isEntireRow: "r",
  values: "rw",
  formulas: "rw",
  numberFormat: "rw",
  text: "r",
  valueTypes: "r",
  hyperlink: "rw",
  columnHidden: "rw",
  rowHidden: "rw",
});

/** Insert (+1) or delete (-1) cells, shifting the rest of the rows or columns. */
function shiftRange(t: RangeRef, shift: string, sign: 1 | -1): void {
  const { sheet, rect } = t;
  const wb = sheet.workbook;
  const down = shift === "Down" || shift === "Up";
  if (!["Down", "Up", "Right", "Left"].includes(shift)) throw invalidArgument(`shift ${shift}`);
  const area: Rect = down
    ? { r0: sign > 0 ? rect.r0 : rect.r1 + 1, c0: rect.c0, r1: MAX_ROWS - 1, c1: rect.c1 }
    : { r0: rect.r0, c0: sign > 0 ? rect.c0 : rect.c1 + 1, r1: rect.r1, c1: MAX_COLUMNS - 1 };
  for (const table of wb.tablesOn(sheet)) {
    if (
      intersects(table.rect, rect) ||
      (intersects(table.rect, area) && !contains(area, table.rect))
    ) {
      throw notImplemented(
        "Excel.Range",
        `${sign > 0 ? "insert" : "delete"} across a table (use table.rows / table.columns)`
      );
    }
  }
  if (sign < 0) sheet.clear(rect, "All");
  const n = down ? rows(rect) : cols(rect);
  sheet.shiftCells(area, down ? sign * n : 0, down ? 0 : sign * n);
  for (const table of wb.tablesOn(sheet)) {
    if (contains(area, table.rect)) {
      const d = sign * n;
      table.rect = down
        ? { ...table.rect, r0: table.rect.r0 + d, r1: table.rect.r1 + d }
        : { ...table.rect, c0: table.rect.c0 + d, c1: table.rect.c1 + d };
    }
  }
}

function styleProp<K extends keyof CellStyle>(
  prop: K,
  check: (v: unknown) => boolean
): PropertyDef<RangeRef> {
  return {
    get: (t) => uniform(t, (r, c) => t.sheet.styleAt(r, c, prop) ?? null),
    set: (t, v) => {
      if (!check(v)) throw invalidArgument(`${prop}=${JSON.stringify(v)}`);
      if (rows(t.rect) * cols(t.rect) > LAYER_THRESHOLD) {
        t.sheet.addLayer(t.rect, { style: { [prop]: v } as CellStyle });
        return;
      }
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          t.sheet.setOwnStyle(t.sheet.ensure(r, c), prop, v as CellStyle[K]);
        }
    },
  };
}

const isBool = (v: unknown): boolean => typeof v === "boolean";
const isColor = (v: unknown): boolean =>
  typeof v === "string" && /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v);

export class FakeRangeFormat extends FakeObject<RangeRef> {
  _typeName(): string {
    return "Excel.RangeFormat";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<RangeRef>> {
    return {
      columnWidth: {
        get: (t) => {
          const first = t.sheet.columnWidths.get(t.rect.c0) ?? 48;
          for (let c = t.rect.c0; c <= t.rect.c1; c++)
            if ((t.sheet.columnWidths.get(c) ?? 48) !== first) return null;
          return first;
        },
        set: (t, v) => {
          if (typeof v !== "number" || !(v >= 0) || v > 255 * 7.5)
            throw invalidArgument(`columnWidth=${String(v)}`);
          for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
        },
      },
      rowHeight: {
        get: (t) => t.sheet.rowHeights.get(t.rect.r0) ?? 15,
        set: (t, v) => {
          if (typeof v !== "number" || !(v >= 0) || v > 409)
            throw invalidArgument(`rowHeight=${String(v)}`);
          for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++)
            t.sheet.rowHeights.set(r, v);
        },
      },
      wrapText: styleProp("wrapText", isBool),
      horizontalAlignment: styleProp("horizontalAlignment", (v) =>
        [
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ].includes(String(v))
      ),
    };
  }
  override _navs(): NavDefs {
    return { font: true, fill: true };
  }
  get font(): FakeRangeFont {
    return this._nav(
      "font",
      () => new FakeRangeFont(this._ctx, () => this._t(), false, { id: this._id, nav: "font" })
    );
  }
  get fill(): FakeRangeFill {
    return this._nav(
      "fill",
      () => new FakeRangeFill(this._ctx, () => this._t(), false, { id: this._id, nav: "fill" })
    );
  }
  autofitColumns(): void {
    this._op({ call: "autofitColumns" }, (t) => {
      const used = t.sheet.usedRect(true);
      for (let c = t.rect.c0; c <= Math.min(t.rect.c1, used?.c1 ?? t.rect.c0); c++) {
        let longest = 0;
        if (used)
          for (let r = Math.max(used.r0, t.rect.r0); r <= Math.min(used.r1, t.rect.r1); r++)
            longest = Math.max(longest, t.sheet.text(r, c).length);
        t.sheet.columnWidths.set(c, Math.min(255 * 7.5, Math.max(8.43, longest) * 7 + 5));
      }
    });
  }
  autofitRows(): void {
    this._op({ call: "autofitRows" }, () => undefined);
  }
}
defineProperties(FakeRangeFormat, {
  columnWidth: "rw",
  rowHeight: "rw",
  wrapText: "rw",
  horizontalAlignment: "rw",
});

export class FakeRangeFont extends FakeObject<RangeRef> {
  _typeName(): string {
    return "Excel.RangeFont";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<RangeRef>> {
    return {
      bold: styleProp("bold", isBool),
      italic: styleProp("italic", isBool),
      color: styleProp("fontColor", isColor),
      size: styleProp("fontSize", (v) => typeof v === "number" && v >= 1 && v <= 409),
      name: styleProp("fontName", (v) => typeof v === "string" && v.length > 0),
    };
  }
}
defineProperties(FakeRangeFont, { bold: "rw", italic: "rw", color: "rw", size: "rw", name: "rw" });

export class FakeRangeFill extends FakeObject<RangeRef> {
  _typeName(): string {
    return "Excel.RangeFill";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<RangeRef>> {
    return { color: styleProp("fill", isColor) };
  }
  clear(): void {
    this._op({ call: "clear" }, (t) => {
      if (rows(t.rect) * cols(t.rect) > LAYER_THRESHOLD) {
        t.sheet.addLayer(t.rect, { style: { fill: "" } });
        return;
      }
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const cell = t.sheet.cells.get(r * MAX_COLUMNS + c);
          if (cell?.style?.fill !== undefined) t.sheet.setOwnStyle(cell, "fill", "");
        }
    });
  }
}
defineProperties(FakeRangeFill, { color: "rw" });

// ---------------------------------------------------------------------------
// Data validation and conditional formats

const RULE_KINDS = ["list", "date", "decimal", "wholeNumber", "textLength", "custom", "time"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw invalidArgument("dataValidation.rule");
  const keys = Object.keys(rule);
  if (keys.length !== 1 || !RULE_KINDS.includes(keys[0]))
    throw invalidArgument(`dataValidation.rule kinds ${keys.join(",")}`);
  const body = (rule as Record<string, Record<string, unknown>>)[keys[0]];
  if (keys[0] === "list") {
    if (typeof body.source !== "string" || body.source === "")
      throw invalidArgument("list rule needs a source");
  } else if (keys[0] === "custom") {
    if (typeof body.formula !== "string") throw invalidArgument("custom rule needs a formula");
  } else {
    if (!OPERATORS.includes(String(body.operator)))
      throw invalidArgument(`operator ${String(body.operator)}`);
    if (body.formula1 === undefined) throw invalidArgument("formula1 missing");
    if (
      (body.operator === "Between" || body.operator === "NotBetween") &&
      body.formula2 === undefined
    ) {
      throw invalidArgument("formula2 missing for Between");
    }
  }
  return JSON.parse(JSON.stringify(rule));
}

function validationFor(t: RangeRef, create: boolean): ValidationRecord | null {
  const exact = t.sheet.validations.find(
    (v) =>
      v.rect.r0 === t.rect.r0 &&
      v.rect.c0 === t.rect.c0 &&
      v.rect.r1 === t.rect.r1 &&
      v.rect.c1 === t.rect.c1
  );
  if (exact || !create)
    return exact ?? t.sheet.validations.find((v) => contains(v.rect, t.rect)) ?? null;
  // Excel replaces any rule in the cells it covers.
  removeValidations(t);
  const record: ValidationRecord = {
    rect: t.rect,
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
  t.sheet.validations.push(record);
  return record;
}

function removeValidations(t: RangeRef): void {
  const list = t.sheet.validations;
  for (let i = list.length - 1; i >= 0; i--)
    if (intersects(list[i].rect, t.rect)) list.splice(i, 1);
}

export class FakeDataValidation extends FakeObject<RangeRef> {
  _typeName(): string {
    return "Excel.DataValidation";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<RangeRef>> {
    const field = (name: "errorAlert" | "prompt" | "ignoreBlanks"): PropertyDef<RangeRef> => ({
      get: (t) => validationFor(t, false)?.[name] ?? null,
      set: (t, v) => {
        const record = validationFor(t, true)!;
        if (name === "ignoreBlanks") record.ignoreBlanks = Boolean(v);
        else record[name] = { ...record[name], ...(v as object) };
      },
      requires: ["ExcelApi", "1.8"],
    });
    return {
      rule: {
        get: (t) => validationFor(t, false)?.rule ?? {},
        set: (t, v) => {
          const rule = checkRule(v);
          validationFor(t, true)!.rule = rule;
        },
        requires: ["ExcelApi", "1.8"],
      },
      type: {
        get: (t) => {
          const rule = validationFor(t, false)?.rule;
          if (!rule) return "None";
          const kind = Object.keys(rule)[0];
          return kind.charAt(0).toUpperCase() + kind.slice(1);
        },
      },
      errorAlert: field("errorAlert"),
      prompt: field("prompt"),
      ignoreBlanks: field("ignoreBlanks"),
    };
  }
  clear(): void {
    this._op({ call: "clear" }, (t) => removeValidations(t), ["ExcelApi", "1.8"]);
  }
}
defineProperties(FakeDataValidation, {
  rule: "rw",
  type: "r",
  errorAlert: "rw",
  prompt: "rw",
  ignoreBlanks: "rw",
});

interface CfRef {
  sheet: SheetModel;
  record: ConditionalFormatRecord;
}

export class FakeConditionalFormatCollection extends FakeCollection<
  RangeRef,
  CfRef,
  FakeConditionalFormat
> {
  _typeName(): string {
    return "Excel.ConditionalFormatCollection";
  }
  override _allow(t: RangeRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _list(t: RangeRef): CfRef[] {
    return t.sheet.conditionalFormats
      .filter((f) => intersects(f.rect, t.rect))
      .map((record) => ({ sheet: t.sheet, record }));
  }
  _makeItem(target: CfRef): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { id: 1, type: 1, priority: 1, stopIfTrue: 1 },
      navs: { custom: true as const },
      typeName: "Excel.ConditionalFormat",
    };
  }
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom")
      throw notImplemented("Excel.ConditionalFormatCollection.add", `type ${type} (only "Custom")`);
    let created: CfRef | null = null;
    this._op(
      { call: "add", args: [type] },
      (t) => {
        const record: ConditionalFormatRecord = {
          id: t.sheet.workbook.newId("cf"),
          rect: t.rect,
          type,
          priority: 0,
          stopIfTrue: false,
          formula: "",
          fill: null,
          fontColor: null,
          bold: null,
          italic: null,
        };
        // A new rule goes first, as in Excel.
        for (const f of t.sheet.conditionalFormats) f.priority++;
        t.sheet.conditionalFormats.push(record);
        created = { sheet: t.sheet, record };
      },
      ["ExcelApi", "1.6"]
    );
    return new FakeConditionalFormat(this._ctx, () => created, false, { addResult: true });
  }
  clearAll(): void {
    this._op({ call: "clearAll" }, (t) => {
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--)
        if (intersects(list[i].rect, t.rect)) list.splice(i, 1);
    });
  }
}

export class FakeConditionalFormat extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.ConditionalFormat";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {
      id: { get: (t) => t.record.id },
      type: { get: (t) => t.record.type },
      priority: {
        get: (t) => t.record.priority,
        set: (t, v) => {
          t.record.priority = requireInt(v, "priority", 0);
        },
      },
      stopIfTrue: {
        get: (t) => t.record.stopIfTrue,
        set: (t, v) => {
          if (typeof v !== "boolean") throw invalidArgument("stopIfTrue");
          t.record.stopIfTrue = v;
        },
      },
    };
  }
  override _navs(): NavDefs {
    return { custom: true };
  }
  get custom(): FakeCustomConditionalFormat {
    return this._nav(
      "custom",
      () =>
        new FakeCustomConditionalFormat(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "custom",
        })
    );
  }
  getRange(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        return { sheet: t.sheet, rect: t.record.rect };
      },
      false,
      { id: this._id, call: "getRange" }
    );
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const i = t.sheet.conditionalFormats.indexOf(t.record);
      if (i >= 0) t.sheet.conditionalFormats.splice(i, 1);
    });
  }
}
defineProperties(FakeConditionalFormat, { id: "r", type: "r", priority: "rw", stopIfTrue: "rw" });

export class FakeCustomConditionalFormat extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.CustomConditionalFormat";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {};
  }
  override _navs(): NavDefs {
    return { rule: true, format: true };
  }
  get rule(): FakeConditionalFormatRule {
    return this._nav(
      "rule",
      () =>
        new FakeConditionalFormatRule(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "rule",
        })
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav(
      "format",
      () =>
        new FakeConditionalRangeFormat(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "format",
        })
    );
  }
}

export class FakeConditionalFormatRule extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.ConditionalFormatRule";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {
      formula: {
        get: (t) => t.record.formula,
        set: (t, v) => {
          if (typeof v !== "string" || !v.startsWith("="))
            throw invalidArgument(`conditional format formula ${String(v)}`);
          t.record.formula = v;
        },
      },
    };
  }
}
defineProperties(FakeConditionalFormatRule, { formula: "rw" });

export class FakeConditionalRangeFormat extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.ConditionalRangeFormat";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {};
  }
  override _navs(): NavDefs {
    return { fill: true, font: true };
  }
  get fill(): FakeCfFill {
    return this._nav(
      "fill",
      () => new FakeCfFill(this._ctx, () => this._t(), false, { id: this._id, nav: "fill" })
    );
  }
  get font(): FakeCfFont {
    return this._nav(
      "font",
      () => new FakeCfFont(this._ctx, () => this._t(), false, { id: this._id, nav: "font" })
    );
  }
}

export class FakeCfFill extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.ConditionalRangeFill";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {
      color: {
        get: (t) => t.record.fill,
        set: (t, v) => {
          if (!isColor(v)) throw invalidArgument(`color ${String(v)}`);
          t.record.fill = String(v);
        },
      },
    };
  }
}
defineProperties(FakeCfFill, { color: "rw" });

export class FakeCfFont extends FakeObject<CfRef> {
  _typeName(): string {
    return "Excel.ConditionalRangeFont";
  }
  override _allow(t: CfRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<CfRef>> {
    return {
      color: {
        get: (t) => t.record.fontColor,
        set: (t, v) => {
          if (!isColor(v)) throw invalidArgument(`color ${String(v)}`);
          t.record.fontColor = String(v);
        },
      },
      bold: { get: (t) => t.record.bold, set: (t, v) => void (t.record.bold = Boolean(v)) },
      italic: { get: (t) => t.record.italic, set: (t, v) => void (t.record.italic = Boolean(v)) },
    };
  }
}
defineProperties(FakeCfFont, { color: "rw", bold: "rw", italic: "rw" });

// ---------------------------------------------------------------------------
// Worksheets

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

function checkSheetName(wb: WorkbookModel, name: unknown, self?: SheetModel): string {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    SHEET_NAME_BAD.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw invalidArgument(`worksheet name ${JSON.stringify(name)}`);
  }
  const other = wb.findSheet(name);
  if (other && other !== self)
    throw new FakeOfficeError(
      FakeErrorCodes.itemAlreadyExists,
      `A worksheet named ${name} already exists.`
    );
  return name;
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  _typeName(): string {
    return "Excel.Worksheet";
  }
  _props(): Record<string, PropertyDef<SheetModel>> {
    return {
      id: { get: (t) => t.id },
      name: { get: (t) => t.name, set: (t, v) => void (t.name = checkSheetName(t.workbook, v, t)) },
      position: {
        get: (t) => t.position,
        set: (t, v) => {
          const list = t.workbook.sheets;
          const p = requireInt(v, "position", 0);
          if (p >= list.length) throw invalidArgument("position");
          list.splice(list.indexOf(t), 1);
          list.splice(p, 0, t);
        },
      },
      visibility: {
        get: (t) => t.visibility,
        set: (t, v) => {
          if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
            throw invalidArgument(`visibility ${String(v)}`);
          if (
            v !== "Visible" &&
            t.workbook.sheets.filter((s) => s.visibility === "Visible" && s !== t).length === 0
          ) {
            throw new FakeOfficeError(
              FakeErrorCodes.invalidOperation,
              "A workbook must keep at least one visible sheet."
            );
          }
          t.visibility = v;
        },
      },
      tabColor: {
        get: (t) => t.tabColor,
        set: (t, v) => void (t.tabColor = String(v)),
        requires: ["ExcelApi", "1.7"],
      },
    };
  }
  override _allow(t: SheetModel, payload: unknown): void {
    const { set, call } = payload as { set?: string; call?: string };
    if (call === "delete" || set === "name" || set === "position" || set === "visibility")
      refuseOnProtectedStructure(t.workbook);
  }
  override _navs(): NavDefs {
    return { tables: true, charts: true, freezePanes: true, protection: true, pageLayout: true };
  }
  get pageLayout(): FakePageLayout {
    return this._nav(
      "pageLayout",
      () =>
        new FakePageLayout(this._ctx, () => this._t(), false, { id: this._id, nav: "pageLayout" })
    );
  }
  get protection(): FakeWorksheetProtection {
    return this._nav(
      "protection",
      () =>
        new FakeWorksheetProtection(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "protection",
        })
    );
  }
  get tables(): FakeTableCollection {
    return this._nav(
      "tables",
      () =>
        new FakeTableCollection(
          this._ctx,
          () => ({ wb: this._t().workbook, sheet: this._t() }),
          false,
          { id: this._id, nav: "tables" }
        )
    );
  }
  get charts(): FakeChartCollection {
    return this._nav(
      "charts",
      () =>
        new FakeChartCollection(this._ctx, () => this._t(), false, { id: this._id, nav: "charts" })
    );
  }
  get freezePanes(): FakeFreezePanes {
    return this._nav(
      "freezePanes",
      () =>
        new FakeFreezePanes(this._ctx, () => this._t(), false, { id: this._id, nav: "freezePanes" })
    );
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const sheet = this._t();
        if (address === undefined || address === "")
          return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
        const split = splitSheet(address);
        if (split.sheet !== null && split.sheet.toLowerCase() !== sheet.name.toLowerCase())
          throw invalidArgument(`address ${address} is on another sheet`);
        const rect = parseA1(split.address);
        if (!rect) throw invalidArgument(`address ${address}`);
        return { sheet, rect };
      },
      false,
      { id: this._id, call: "getRange", args: [address] }
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        requireInt(startRow, "startRow", 0);
        requireInt(startColumn, "startColumn", 0);
        requireInt(rowCount, "rowCount", 1);
        requireInt(columnCount, "columnCount", 1);
        return {
          sheet: this._t(),
          rect: checkRect({
            r0: startRow,
            c0: startColumn,
            r1: startRow + rowCount - 1,
            c1: startColumn + columnCount - 1,
          }),
        };
      },
      false,
      {
        id: this._id,
        call: "getRangeByIndexes",
        args: [startRow, startColumn, rowCount, columnCount],
      }
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const sheet = this._t();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      false,
      { id: this._id, call: "getUsedRange", args: [valuesOnly] }
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const sheet = this._t();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
      { id: this._id, call: "getUsedRangeOrNullObject", args: [valuesOnly] }
    );
  }
  activate(): void {
    this._op({ call: "activate" }, (t) => {
      if (t.visibility !== "Visible")
        throw new FakeOfficeError(
          FakeErrorCodes.invalidOperation,
          "A hidden sheet cannot be activated."
        );
      t.workbook.activeSheet = t;
    });
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const wb = t.workbook;
      if (wb.sheets.length === 1)
        throw new FakeOfficeError(
          FakeErrorCodes.invalidOperation,
          "A workbook must keep one sheet."
        );
      wb.sheets.splice(wb.sheets.indexOf(t), 1);
      for (let i = wb.tables.length - 1; i >= 0; i--)
        if (wb.tables[i].sheet === t) wb.tables.splice(i, 1);
      if (wb.activeSheet === t) wb.activeSheet = wb.sheets[0];
    });
  }
}
defineProperties(FakeWorksheet, {
  id: "r",
  name: "rw",
  position: "rw",
  visibility: "rw",
  tabColor: "rw",
});

const SHEET_PROTO = {
  props: { id: 1, name: 1, position: 1, visibility: 1, tabColor: 1 },
  navs: {
    tables: true as const,
    charts: true as const,
    freezePanes: true as const,
    protection: true as const,
    pageLayout: true as const,
  },
  typeName: "Excel.Worksheet",
};

export class FakeWorksheetCollection extends FakeCollection<
  WorkbookModel,
  SheetModel,
  FakeWorksheet
> {
  _typeName(): string {
    return "Excel.WorksheetCollection";
  }
  _list(t: WorkbookModel): SheetModel[] {
    return [...t.sheets];
  }
  _makeItem(target: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return SHEET_PROTO;
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this._op({ call: "add", args: [name] }, (wb) => {
      refuseOnProtectedStructure(wb);
      let chosen = name;
      if (chosen === undefined) {
        let n = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      created = wb.addSheet(checkSheetName(wb, chosen));
    });
    return new FakeWorksheet(this._ctx, () => created, false, { addResult: true });
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this._ctx,
      () => {
        const sheet = this._t().findSheet(key);
        if (!sheet) throw itemNotFound(`worksheet ${key}`);
        return sheet;
      },
      false,
      { id: this._id, call: "getItem", args: [key] }
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, () => this._t().findSheet(key) ?? null, true, {
      id: this._id,
      call: "getItemOrNullObject",
      args: [key],
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, () => this._t().activeSheet, false, {
      id: this._id,
      call: "getActiveWorksheet",
    });
  }
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, () => this._t().sheets[0], false, {
      id: this._id,
      call: "getFirst",
    });
  }
}

/**
 * Protection of a sheet (Review > Protect Sheet) or of the workbook's structure
 * (Review > Protect Workbook); protect() and unprotect() as Excel does them,
 * options and password ignored.
 */
abstract class FakeProtection<
  T extends { protection: { protected: boolean } },
> extends FakeObject<T> {
  abstract _requires(): [string, string];
  _props(): Record<string, PropertyDef<T>> {
    return { protected: { get: (t) => t.protection.protected, requires: this._requires() } };
  }
  protect(...args: unknown[]): void {
    this._op(
      { call: "protect", args },
      (t) => void (t.protection.protected = true),
      this._requires()
    );
  }
  unprotect(password?: string): void {
    this._op(
      { call: "unprotect", args: [password] },
      (t) => void (t.protection.protected = false),
      this._requires()
    );
  }
}
defineProperties(FakeProtection, { protected: "r" });

export class FakeWorksheetProtection extends FakeProtection<SheetModel> {
  _typeName(): string {
    return "Excel.WorksheetProtection";
  }
  _requires(): [string, string] {
    return ["ExcelApi", "1.2"];
  }
}

export class FakeWorkbookProtection extends FakeProtection<WorkbookModel> {
  _typeName(): string {
    return "Excel.WorkbookProtection";
  }
  _requires(): [string, string] {
    return ["ExcelApi", "1.7"];
  }
}

/** Page Layout of a sheet (ExcelApi 1.9): orientation, fit to pages, print titles. */
export class FakePageLayout extends FakeObject<SheetModel> {
  _typeName(): string {
    return "Excel.PageLayout";
  }
  override _allow(t: SheetModel, payload: unknown): void {
    refuseOnProtectedSheet(t, payload);
  }
  _props(): Record<string, PropertyDef<SheetModel>> {
    return {
      orientation: {
        get: (t) => t.pageLayout.orientation,
        set: (t, v) => {
          if (v !== "Portrait" && v !== "Landscape")
            throw invalidArgument(`orientation ${String(v)}`);
          t.pageLayout.orientation = v;
        },
        requires: ["ExcelApi", "1.9"],
      },
      zoom: {
        get: (t) => ({ ...t.pageLayout.zoom }),
        set: (t, v) => {
          const zoom = v as Record<string, unknown>;
          const whole = (x: unknown) =>
            x === undefined || (Number.isInteger(x) && (x as number) >= 0);
          if (
            !zoom ||
            typeof zoom !== "object" ||
            !whole(zoom.horizontalFitToPages) ||
            !whole(zoom.verticalFitToPages) ||
            (zoom.scale !== undefined &&
              (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400))
          )
            throw invalidArgument(`zoom ${JSON.stringify(v)}`);
          t.pageLayout.zoom = JSON.parse(JSON.stringify(zoom));
        },
        requires: ["ExcelApi", "1.9"],
      },
    };
  }
  setPrintTitleRows(range: FakeRange | string): void {
    this._op(
      { call: "setPrintTitleRows", args: [typeof range === "string" ? range : { id: range._id }] },
      (t) => {
        const text = typeof range === "string" ? range : formatA1(range._t().rect);
        if (!/^\$?\d+:\$?\d+$/.test(text) && !parseA1(text))
          throw invalidArgument(`print title rows ${text}`);
        t.pageLayout.printTitleRows = text;
      },
      ["ExcelApi", "1.9"]
    );
  }
}
defineProperties(FakePageLayout, { orientation: "rw", zoom: "rw" });

export class FakeFreezePanes extends FakeObject<SheetModel> {
  _typeName(): string {
    return "Excel.WorksheetFreezePanes";
  }
  _props(): Record<string, PropertyDef<SheetModel>> {
    return {};
  }
  freezeRows(count = 1): void {
    this._op(
      { call: "freezeRows", args: [count] },
      (t) => void (t.freeze = { rows: requireInt(count, "count", 0), columns: 0 }),
      ["ExcelApi", "1.7"]
    );
  }
  freezeColumns(count = 1): void {
    this._op(
      { call: "freezeColumns", args: [count] },
      (t) => void (t.freeze = { rows: 0, columns: requireInt(count, "count", 0) }),
      ["ExcelApi", "1.7"]
    );
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._op(
      {
        call: "freezeAt",
        args: [typeof frozenRange === "string" ? frozenRange : { id: frozenRange._id }],
      },
      (t) => {
        const rect = typeof frozenRange === "string" ? parseA1(frozenRange) : frozenRange._t().rect;
        if (!rect || rect.r0 !== 0 || rect.c0 !== 0)
          throw invalidArgument("freezeAt needs a range starting at A1");
        t.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
      },
      ["ExcelApi", "1.7"]
    );
  }
  unfreeze(): void {
    this._op({ call: "unfreeze" }, (t) => void (t.freeze = { rows: 0, columns: 0 }), [
      "ExcelApi",
      "1.7",
    ]);
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        const { rows: r, columns: c } = t.freeze;
        if (r === 0 && c === 0) return null;
        return {
          sheet: t,
          rect: {
            r0: 0,
            c0: 0,
            r1: r === 0 ? MAX_ROWS - 1 : r - 1,
            c1: c === 0 ? MAX_COLUMNS - 1 : c - 1,
          },
        };
      },
      true,
      { id: this._id, call: "getLocationOrNullObject" }
    );
  }
}

// ---------------------------------------------------------------------------
// Tables

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function checkTableName(wb: WorkbookModel, name: unknown, self?: TableModel): string {
  if (
    typeof name !== "string" ||
    !TABLE_NAME.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw invalidArgument(`table name ${JSON.stringify(name)}`);
  }
  const other = wb.findTable(name);
  const clash = wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  if ((other && other !== self) || clash)
    throw new FakeOfficeError(
      FakeErrorCodes.itemAlreadyExists,
      `A table or name ${name} already exists.`
    );
  return name;
}

/**
 * Conditional formats and validation rules on the table's rows follow its
 * columns when one is added (+1) or deleted (-1) at sheet column `c`; the
 * rules of a deleted column go with it, as in Excel.
 */
function shiftRules(table: TableModel, c: number, delta: 1 | -1): void {
  const sheet = table.sheet;
  const overlaps = (rect: Rect) => rect.r1 >= table.rect.r0 && rect.r0 <= table.rect.r1;
  for (const list of [sheet.conditionalFormats, sheet.validations] as { rect: Rect }[][]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const rect = list[i].rect;
      if (!overlaps(rect)) continue;
      if (delta < 0 && rect.c0 === c && rect.c1 === c) list.splice(i, 1);
      else if (rect.c0 >= c + (delta < 0 ? 1 : 0))
        list[i].rect = { ...rect, c0: rect.c0 + delta, c1: rect.c1 + delta };
    }
  }
}

/** Gives empty or repeated header cells unique text, as Excel does when a table is created. */
function normaliseHeaders(table: TableModel): void {
  const seen = new Set<string>();
  for (let c = table.rect.c0; c <= table.rect.c1; c++) {
    let text = table.sheet.text(table.rect.r0, c);
    if (text === "") text = `Column${c - table.rect.c0 + 1}`;
    let unique = text;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${text}${n}`;
    seen.add(unique.toLowerCase());
    const cell = table.sheet.ensure(table.rect.r0, c);
    cell.value = unique;
    delete cell.formula;
  }
}

interface TablesScope {
  wb: WorkbookModel;
  sheet: SheetModel | null;
}

const TABLE_PROTO = {
  props: {
    id: 1,
    name: 1,
    style: 1,
    showHeaders: 1,
    showTotals: 1,
    showFilterButton: 1,
    showBandedRows: 1,
  },
  navs: {
    columns: true as const,
    rows: true as const,
    sort: true as const,
    worksheet: true as const,
  },
  typeName: "Excel.Table",
};

export class FakeTableCollection extends FakeCollection<TablesScope, TableModel, FakeTable> {
  _typeName(): string {
    return "Excel.TableCollection";
  }
  _list(t: TablesScope): TableModel[] {
    return t.sheet ? t.wb.tablesOn(t.sheet) : [...t.wb.tables];
  }
  _makeItem(target: TableModel): FakeTable {
    return new FakeTable(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return TABLE_PROTO;
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this._op(
      {
        call: "add",
        args: [typeof address === "string" ? address : { id: address._id }, hasHeaders],
      },
      (scope) => {
        let ref: RangeRef;
        if (typeof address === "string") {
          const split = splitSheet(address);
          const sheet =
            split.sheet !== null
              ? scope.wb.findSheet(split.sheet)
              : (scope.sheet ?? scope.wb.activeSheet);
          if (!sheet) throw invalidArgument(`address ${address}`);
          if (scope.sheet && sheet !== scope.sheet)
            throw invalidArgument(`address ${address} is on another sheet`);
          const rect = parseA1(split.address);
          if (!rect) throw invalidArgument(`address ${address}`);
          ref = { sheet, rect };
        } else ref = address._t();
        refuseOnProtectedSheet(ref.sheet, { call: "add" });
        if (!hasHeaders) throw notImplemented("Excel.TableCollection.add", "hasHeaders=false");
        if (rows(ref.rect) > 100000 * 10 || ref.rect.r1 === MAX_ROWS - 1)
          throw invalidArgument("table range too large");
        if (scope.wb.tableAt(ref.sheet, ref.rect))
          throw invalidArgument("A table can't overlap another table.");
        let n = scope.wb.tables.length + 1;
        while (scope.wb.findTable(`Table${n}`)) n++;
        const rect = { ...ref.rect };
        // A table always has at least one data row.
        if (rect.r1 === rect.r0) rect.r1++;
        const table: TableModel = {
          id: String(n),
          name: `Table${n}`,
          sheet: ref.sheet,
          rect,
          columnIds: Array.from({ length: cols(rect) }, (_, i) => i + 1),
          nextColumnId: cols(rect) + 1,
          style: "TableStyleMedium2",
          showHeaders: true,
          showTotals: false,
          showFilterButton: true,
          showBandedRows: true,
          sortFields: [],
          filters: new Map(),
        };
        normaliseHeaders(table);
        scope.wb.tables.push(table);
        created = table;
      }
    );
    return new FakeTable(this._ctx, () => created, false, { addResult: true });
  }
  getItem(key: string): FakeTable {
    return new FakeTable(
      this._ctx,
      () => {
        const t = this._t();
        const table = t.wb.findTable(key);
        if (!table || (t.sheet && table.sheet !== t.sheet)) throw itemNotFound(`table ${key}`);
        return table;
      },
      false,
      { id: this._id, call: "getItem", args: [key] }
    );
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this._ctx,
      () => {
        const t = this._t();
        const table = t.wb.findTable(key);
        return !table || (t.sheet && table.sheet !== t.sheet) ? null : table;
      },
      true,
      { id: this._id, call: "getItemOrNullObject", args: [key] }
    );
  }
  getItemAt(index: number): FakeTable {
    return new FakeTable(
      this._ctx,
      () => {
        const table = this._list(this._t())[index];
        if (!table) throw invalidArgument(`index ${index}`);
        return table;
      },
      false,
      { id: this._id, call: "getItemAt", args: [index] }
    );
  }
}

export class FakeTable extends FakeObject<TableModel> {
  _typeName(): string {
    return "Excel.Table";
  }
  override _allow(t: TableModel, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<TableModel>> {
    const flag = (
      name: "showHeaders" | "showTotals" | "showFilterButton" | "showBandedRows"
    ): PropertyDef<TableModel> => ({
      get: (t) => t[name],
      set: (t, v) => {
        if (typeof v !== "boolean") throw invalidArgument(name);
        if ((name === "showHeaders" || name === "showTotals") && v !== t[name])
          throw notImplemented("Excel.Table", `${name} change`);
        t[name] = v;
      },
    });
    return {
      id: { get: (t) => t.id },
      name: {
        get: (t) => t.name,
        set: (t, v) => void (t.name = checkTableName(t.sheet.workbook, v, t)),
      },
      style: { get: (t) => t.style, set: (t, v) => void (t.style = String(v)) },
      showHeaders: flag("showHeaders"),
      showTotals: flag("showTotals"),
      showFilterButton: { ...flag("showFilterButton"), requires: ["ExcelApi", "1.3"] },
      showBandedRows: flag("showBandedRows"),
    };
  }
  override _navs(): NavDefs {
    return { columns: true, rows: true, sort: true, worksheet: true, autoFilter: true };
  }
  private _rangeOf(call: string, rect: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        return { sheet: t.sheet, rect: rect(t) };
      },
      false,
      { id: this._id, call }
    );
  }
  get columns(): FakeTableColumnCollection {
    return this._nav(
      "columns",
      () =>
        new FakeTableColumnCollection(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "columns",
        })
    );
  }
  get rows(): FakeTableRowCollection {
    return this._nav(
      "rows",
      () =>
        new FakeTableRowCollection(this._ctx, () => this._t(), false, { id: this._id, nav: "rows" })
    );
  }
  get sort(): FakeTableSort {
    return this._nav(
      "sort",
      () => new FakeTableSort(this._ctx, () => this._t(), false, { id: this._id, nav: "sort" })
    );
  }
  get worksheet(): FakeWorksheet {
    return this._nav(
      "worksheet",
      () =>
        new FakeWorksheet(this._ctx, () => this._t().sheet, false, {
          id: this._id,
          nav: "worksheet",
        })
    );
  }
  getRange(): FakeRange {
    return this._rangeOf("getRange", (t) => t.rect);
  }
  get autoFilter(): FakeTableAutoFilter {
    return this._nav(
      "autoFilter",
      () =>
        new FakeTableAutoFilter(this._ctx, () => this._t(), false, {
          id: this._id,
          nav: "autoFilter",
        })
    );
  }
  getHeaderRowRange(): FakeRange {
    return this._rangeOf("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }
  getDataBodyRange(): FakeRange {
    return this._rangeOf("getDataBodyRange", (t) => ({ ...t.rect, r0: t.rect.r0 + 1 }));
  }
  clearFilters(): void {
    this._op({ call: "clearFilters" }, (t) => t.filters.clear());
  }
  reapplyFilters(): void {
    this._op({ call: "reapplyFilters" }, () => undefined);
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const wb = t.sheet.workbook;
      t.sheet.clear(t.rect, "All");
      wb.tables.splice(wb.tables.indexOf(t), 1);
    });
  }
  convertToRange(): FakeRange {
    this._op({ call: "convertToRange" }, (t) => {
      const wb = t.sheet.workbook;
      wb.tables.splice(wb.tables.indexOf(t), 1);
    });
    return this._rangeOf("convertToRangeResult", (t) => t.rect);
  }
}
defineProperties(FakeTable, {
  id: "r",
  name: "rw",
  style: "rw",
  showHeaders: "rw",
  showTotals: "rw",
  showFilterButton: "rw",
  showBandedRows: "rw",
});

/** Grows a table by `count` rows inserted before data row `index` (or at the end); cells below shift down. */
function insertTableRows(t: TableModel, index: number | null, count: number): number {
  const dataRows = t.rect.r1 - t.rect.r0;
  const at = index === null ? dataRows : index;
  if (at < 0 || at > dataRows) throw invalidArgument(`row index ${at}`);
  const firstNew = t.rect.r0 + 1 + at;
  const below: Rect = { r0: firstNew, c0: t.rect.c0, r1: MAX_ROWS - 1, c1: t.rect.c1 };
  for (const other of t.sheet.workbook.tablesOn(t.sheet)) {
    if (other !== t && intersects(other.rect, { ...below, c0: 0, c1: MAX_COLUMNS - 1 })) {
      if (!(other.rect.c1 < t.rect.c0 || other.rect.c0 > t.rect.c1))
        throw notImplemented("Excel.TableRowCollection.add", "a table below another table");
    }
  }
  t.sheet.shiftCells(below, count, 0);
  const lastOld = t.rect.r1;
  t.rect = { ...t.rect, r1: t.rect.r1 + count };
  // New rows take the formats of the row above, and rules covering the whole column grow with it.
  const source = firstNew - 1 > t.rect.r0 ? firstNew - 1 : null;
  if (source !== null) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const fmt = t.sheet.cells.get(source * MAX_COLUMNS + c);
      if (!fmt?.numberFormat && !fmt?.style) continue;
      for (let r = firstNew; r < firstNew + count; r++) {
        const cell = t.sheet.ensure(r, c);
        const nf = t.sheet.numberFormatAt(source, c);
        if (nf !== "General") t.sheet.setOwnNumberFormat(cell, nf);
        for (const [prop, value] of Object.entries(fmt.style ?? {})) {
          t.sheet.setOwnStyle(cell, prop as keyof CellStyle, value as never);
        }
      }
    }
  }
  for (const rule of [...t.sheet.validations, ...t.sheet.conditionalFormats]) {
    if (
      rule.rect.r1 === lastOld &&
      rule.rect.r0 > t.rect.r0 &&
      rule.rect.c0 >= t.rect.c0 &&
      rule.rect.c1 <= t.rect.c1
    ) {
      rule.rect = { ...rule.rect, r1: rule.rect.r1 + count };
    }
  }
  return firstNew;
}

interface ColumnRef {
  table: TableModel;
  columnId: number;
}

function columnIndexOf(ref: ColumnRef): number {
  const i = ref.table.columnIds.indexOf(ref.columnId);
  if (i < 0) throw itemNotFound("table column was deleted");
  return i;
}

const COLUMN_PROTO = {
  props: { id: 1, index: 1, name: 1, values: 1 },
  navs: { filter: true as const },
  typeName: "Excel.TableColumn",
};

export class FakeTableColumnCollection extends FakeCollection<
  TableModel,
  ColumnRef,
  FakeTableColumn
> {
  _typeName(): string {
    return "Excel.TableColumnCollection";
  }
  override _allow(t: TableModel, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _list(t: TableModel): ColumnRef[] {
    return t.columnIds.map((columnId) => ({ table: t, columnId }));
  }
  _makeItem(target: ColumnRef): FakeTableColumn {
    return new FakeTableColumn(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return COLUMN_PROTO;
  }
  private _find(t: TableModel, key: string | number): ColumnRef | null {
    const headers = t.sheet.workbook.headers(t);
    const byName =
      typeof key === "string"
        ? headers.findIndex((h) => h.toLowerCase() === key.toLowerCase())
        : -1;
    if (byName >= 0) return { table: t, columnId: t.columnIds[byName] };
    const id = Number(key);
    return t.columnIds.includes(id) ? { table: t, columnId: id } : null;
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(
      this._ctx,
      () => {
        const found = this._find(this._t(), key);
        if (!found) throw itemNotFound(`table column ${key}`);
        return found;
      },
      false,
      { id: this._id, call: "getItem", args: [key] }
    );
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this._ctx, () => this._find(this._t(), key), true, {
      id: this._id,
      call: "getItemOrNullObject",
      args: [key],
    });
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this._ctx,
      () => {
        const t = this._t();
        if (index < 0 || index >= t.columnIds.length) throw invalidArgument(`index ${index}`);
        return { table: t, columnId: t.columnIds[index] };
      },
      false,
      { id: this._id, call: "getItemAt", args: [index] }
    );
  }
  add(index?: number | null, values?: unknown[][] | unknown, name?: string): FakeTableColumn {
    let created: ColumnRef | null = null;
    this._op({ call: "add", args: [index, values, name] }, (t) => {
      const at = index === undefined || index === null ? t.columnIds.length : index;
      if (at < 0 || at > t.columnIds.length) throw invalidArgument(`column index ${at}`);
      const c = t.rect.c0 + at;
      const right: Rect = { r0: t.rect.r0, c0: c, r1: t.rect.r1, c1: MAX_COLUMNS - 1 };
      for (const other of t.sheet.workbook.tablesOn(t.sheet)) {
        if (other !== t && intersects(other.rect, right))
          throw notImplemented("Excel.TableColumnCollection.add", "a table right of another table");
      }
      t.sheet.shiftCells(right, 0, 1);
      shiftRules(t, c, 1);
      t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
      const id = t.nextColumnId++;
      t.columnIds.splice(at, 0, id);
      const height = rows(t.rect);
      if (values !== undefined && values !== null) {
        if (
          !Array.isArray(values) ||
          values.length !== height ||
          values.some((r) => !Array.isArray(r) || r.length !== 1)
        ) {
          throw invalidArgument(
            "column values must have one row per table row (header included) and one column"
          );
        }
        values.forEach((row: unknown[], i) => t.sheet.writeInput(t.rect.r0 + i, c, row[0]));
      }
      if (name !== undefined) {
        const cell = t.sheet.ensure(t.rect.r0, c);
        cell.value = name;
        delete cell.formula;
      }
      normaliseHeaders(t);
      created = { table: t, columnId: id };
    });
    return new FakeTableColumn(this._ctx, () => created, false, { addResult: true });
  }
}

export class FakeTableColumn extends FakeObject<ColumnRef> {
  _typeName(): string {
    return "Excel.TableColumn";
  }
  override _allow(t: ColumnRef, payload: unknown): void {
    refuseOnProtectedSheet(t.table.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ColumnRef>> {
    return {
      id: { get: (t) => t.columnId },
      index: { get: (t) => columnIndexOf(t) },
      name: {
        get: (t) => t.table.sheet.text(t.table.rect.r0, t.table.rect.c0 + columnIndexOf(t)),
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw invalidArgument("column name");
          const c = t.table.rect.c0 + columnIndexOf(t);
          const clash = t.table.sheet.workbook
            .headers(t.table)
            .some((h, i) => i !== c - t.table.rect.c0 && h.toLowerCase() === v.toLowerCase());
          if (clash)
            throw new FakeOfficeError(
              FakeErrorCodes.itemAlreadyExists,
              `A column named ${v} already exists.`
            );
          const cell = t.table.sheet.ensure(t.table.rect.r0, c);
          cell.value = v;
          delete cell.formula;
        },
      },
      values: {
        get: (t) => {
          const c = t.table.rect.c0 + columnIndexOf(t);
          return grid({ sheet: t.table.sheet, rect: { ...t.table.rect, c0: c, c1: c } }, (r, cc) =>
            t.table.sheet.valueAt(r, cc)
          );
        },
      },
    };
  }
  override _navs(): NavDefs {
    return { filter: true };
  }
  private _rangeOf(call: string, rect: (t: TableModel, c: number) => Rect): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        const c = t.table.rect.c0 + columnIndexOf(t);
        return { sheet: t.table.sheet, rect: rect(t.table, c) };
      },
      false,
      { id: this._id, call }
    );
  }
  get filter(): FakeFilter {
    return this._nav(
      "filter",
      () => new FakeFilter(this._ctx, () => this._t(), false, { id: this._id, nav: "filter" })
    );
  }
  getRange(): FakeRange {
    return this._rangeOf("getRange", (t, c) => ({ ...t.rect, c0: c, c1: c }));
  }
  getHeaderRowRange(): FakeRange {
    return this._rangeOf("getHeaderRowRange", (t, c) => ({
      r0: t.rect.r0,
      r1: t.rect.r0,
      c0: c,
      c1: c,
    }));
  }
  getDataBodyRange(): FakeRange {
    return this._rangeOf("getDataBodyRange", (t, c) => ({
      r0: t.rect.r0 + 1,
      r1: t.rect.r1,
      c0: c,
      c1: c,
    }));
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const i = columnIndexOf(t);
      if (t.table.columnIds.length === 1)
        throw new FakeOfficeError(FakeErrorCodes.invalidOperation, "A table keeps one column.");
      const c = t.table.rect.c0 + i;
      t.table.sheet.clear({ ...t.table.rect, c0: c, c1: c }, "All");
      t.table.sheet.shiftCells(
        { r0: t.table.rect.r0, c0: c + 1, r1: t.table.rect.r1, c1: MAX_COLUMNS - 1 },
        0,
        -1
      );
      shiftRules(t.table, c, -1);
      t.table.columnIds.splice(i, 1);
      t.table.filters.delete(t.columnId);
      t.table.rect = { ...t.table.rect, c1: t.table.rect.c1 - 1 };
    });
  }
}
defineProperties(FakeTableColumn, { id: "r", index: "r", name: "rw", values: "r" });

export class FakeFilter extends FakeObject<ColumnRef> {
  _typeName(): string {
    return "Excel.Filter";
  }
  override _allow(t: ColumnRef, payload: unknown): void {
    refuseOnProtectedSheet(t.table.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ColumnRef>> {
    return { criteria: { get: (t) => t.table.filters.get(t.columnId) ?? null } };
  }
  apply(criteria: unknown): void {
    this._op(
      { call: "apply", args: [criteria] },
      (t) => void t.table.filters.set(t.columnId, criteria)
    );
  }
  applyValuesFilter(values: unknown[]): void {
    this._op(
      { call: "applyValuesFilter", args: [values] },
      (t) => void t.table.filters.set(t.columnId, { filterOn: "Values", values })
    );
  }
  clear(): void {
    this._op({ call: "clear" }, (t) => void t.table.filters.delete(t.columnId));
  }
}
defineProperties(FakeFilter, { criteria: "r" });

interface RowRef {
  table: TableModel;
  index: number;
}

export class FakeTableRowCollection extends FakeCollection<TableModel, RowRef, FakeTableRow> {
  _typeName(): string {
    return "Excel.TableRowCollection";
  }
  override _allow(t: TableModel, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _list(t: TableModel): RowRef[] {
    return Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, index) => ({ table: t, index }));
  }
  _makeItem(target: RowRef): FakeTableRow {
    return new FakeTableRow(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return { props: { index: 1, values: 1 }, navs: {}, typeName: "Excel.TableRow" };
  }
  add(index?: number | null, values?: unknown[][] | unknown, alwaysInsert?: boolean): FakeTableRow {
    void alwaysInsert;
    let created: RowRef | null = null;
    this._op({ call: "add", args: [index, values] }, (t) => {
      const width = t.columnIds.length;
      let input: unknown[][] | null = null;
      if (values !== undefined && values !== null) {
        if (
          !Array.isArray(values) ||
          values.length === 0 ||
          values.some((r) => !Array.isArray(r) || r.length !== width)
        ) {
          throw invalidArgument(
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        }
        input = values as unknown[][];
      }
      const count = input ? input.length : 1;
      const first = insertTableRows(t, index ?? null, count);
      input?.forEach((row, i) =>
        row.forEach((v, j) => t.sheet.writeInput(first + i, t.rect.c0 + j, v))
      );
      created = { table: t, index: first - t.rect.r0 - 1 };
    });
    return new FakeTableRow(this._ctx, () => created, false, { addResult: true });
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(
      this._ctx,
      () => {
        const t = this._t();
        if (index < 0 || index >= t.rect.r1 - t.rect.r0)
          throw invalidArgument(`row index ${index}`);
        return { table: t, index };
      },
      false,
      { id: this._id, call: "getItemAt", args: [index] }
    );
  }
}

export class FakeTableRow extends FakeObject<RowRef> {
  _typeName(): string {
    return "Excel.TableRow";
  }
  override _allow(t: RowRef, payload: unknown): void {
    refuseOnProtectedSheet(t.table.sheet, payload);
  }
  private static _rect(t: RowRef): Rect {
    const r = t.table.rect.r0 + 1 + t.index;
    return { ...t.table.rect, r0: r, r1: r };
  }
  _props(): Record<string, PropertyDef<RowRef>> {
    return {
      index: { get: (t) => t.index },
      values: {
        get: (t) =>
          grid({ sheet: t.table.sheet, rect: FakeTableRow._rect(t) }, (r, c) =>
            t.table.sheet.valueAt(r, c)
          ),
        set: (t, v) => {
          const ref = { sheet: t.table.sheet, rect: FakeTableRow._rect(t) };
          writeGrid(ref, v, (r, c, x) => t.table.sheet.writeInput(r, c, x));
        },
      },
    };
  }
  getRange(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._t();
        return { sheet: t.table.sheet, rect: FakeTableRow._rect(t) };
      },
      false,
      { id: this._id, call: "getRange" }
    );
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const rect = FakeTableRow._rect(t);
      t.table.sheet.clear(rect, "All");
      if (t.table.rect.r1 - t.table.rect.r0 === 1) return;
      t.table.sheet.shiftCells(
        { r0: rect.r0 + 1, c0: rect.c0, r1: MAX_ROWS - 1, c1: rect.c1 },
        -1,
        0
      );
      t.table.rect = { ...t.table.rect, r1: t.table.rect.r1 - 1 };
    });
  }
}
defineProperties(FakeTableRow, { index: "r", values: "rw" });

/** A table's filter state (ExcelApi 1.9): kept, never applied to rows. */
export class FakeTableAutoFilter extends FakeObject<TableModel> {
  _typeName(): string {
    return "Excel.AutoFilter";
  }
  override _allow(t: TableModel, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<TableModel>> {
    return {
      enabled: { get: (t) => t.showFilterButton, requires: ["ExcelApi", "1.9"] },
      isDataFiltered: { get: (t) => t.filters.size > 0, requires: ["ExcelApi", "1.9"] },
      criteria: {
        get: (t) => t.columnIds.map((id) => t.filters.get(id) ?? { filterOn: "Custom" }),
        requires: ["ExcelApi", "1.9"],
      },
    };
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this._op(
      {
        call: "apply",
        args: [typeof range === "string" ? range : { id: range._id }, columnIndex, criteria],
      },
      (t) => {
        if (columnIndex === undefined) return;
        if (
          !Number.isInteger(columnIndex) ||
          columnIndex < 0 ||
          columnIndex >= t.columnIds.length
        ) {
          throw invalidArgument(`columnIndex ${columnIndex}`);
        }
        t.filters.set(t.columnIds[columnIndex], JSON.parse(JSON.stringify(criteria ?? null)));
      },
      ["ExcelApi", "1.9"]
    );
  }
  clearColumnCriteria(columnIndex: number): void {
    this._op(
      { call: "clearColumnCriteria", args: [columnIndex] },
      (t) => void t.filters.delete(t.columnIds[columnIndex]),
      ["ExcelApi", "1.14"]
    );
  }
  clearCriteria(): void {
    this._op({ call: "clearCriteria" }, (t) => t.filters.clear(), ["ExcelApi", "1.9"]);
  }
  reapply(): void {
    this._op({ call: "reapply" }, () => undefined, ["ExcelApi", "1.9"]);
  }
}
defineProperties(FakeTableAutoFilter, { enabled: "r", isDataFiltered: "r", criteria: "r" });

export class FakeTableSort extends FakeObject<TableModel> {
  _typeName(): string {
    return "Excel.TableSort";
  }
  override _allow(t: TableModel, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<TableModel>> {
    return { fields: { get: (t) => t.sortFields }, matchCase: { get: () => false } };
  }
  /** Keeps the sort state; the fake does not reorder rows. */
  apply(fields: { key: number; ascending?: boolean }[], matchCase?: boolean): void {
    void matchCase;
    this._op({ call: "apply", args: [fields] }, (t) => {
      if (
        !Array.isArray(fields) ||
        fields.some((f) => typeof f.key !== "number" || f.key < 0 || f.key >= t.columnIds.length)
      ) {
        throw invalidArgument("sort fields");
      }
      t.sortFields = JSON.parse(JSON.stringify(fields));
    });
  }
  clear(): void {
    this._op({ call: "clear" }, (t) => void (t.sortFields = []));
  }
}
defineProperties(FakeTableSort, { fields: "r", matchCase: "r" });

// ---------------------------------------------------------------------------
// Charts and names

const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

export class FakeChartCollection extends FakeCollection<SheetModel, ChartRef, FakeChart> {
  _typeName(): string {
    return "Excel.ChartCollection";
  }
  override _allow(t: SheetModel, payload: unknown): void {
    refuseOnProtectedSheet(t, payload);
  }
  _list(t: SheetModel): ChartRef[] {
    return t.charts.map((chart) => ({ sheet: t, chart }));
  }
  _makeItem(target: ChartRef): FakeChart {
    return new FakeChart(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { id: 1, name: 1, chartType: 1, top: 1, left: 1, width: 1, height: 1 },
      navs: { title: true as const, legend: true as const },
      typeName: "Excel.Chart",
    };
  }
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    if (!CHART_TYPES.has(type))
      throw notImplemented("Excel.ChartCollection.add", `chart type ${type}`);
    let created: ChartRef | null = null;
    this._op({ call: "add", args: [type, { id: sourceData._id }, seriesBy] }, (sheet) => {
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        throw invalidArgument(`seriesBy ${seriesBy}`);
      const source = sourceData._t();
      const chart: ChartModel = {
        id: sheet.workbook.newId("chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: type,
        source: source.sheet.addressOf(source.rect),
        seriesBy,
        title: "",
        titleVisible: true,
        legendVisible: true,
        categoriesReversed: false,
        legendPosition: "Right",
        position: null,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(this._ctx, () => created, false, { addResult: true });
  }
  getItem(name: string): FakeChart {
    return new FakeChart(
      this._ctx,
      () => {
        const t = this._t();
        const chart = t.charts.find((c) => c.name === name);
        if (!chart) throw itemNotFound(`chart ${name}`);
        return { sheet: t, chart };
      },
      false,
      { id: this._id, call: "getItem", args: [name] }
    );
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this._ctx,
      () => {
        const t = this._t();
        const chart = t.charts.find((c) => c.name === name);
        return chart ? { sheet: t, chart } : null;
      },
      true,
      { id: this._id, call: "getItemOrNullObject", args: [name] }
    );
  }
}

export class FakeChart extends FakeObject<ChartRef> {
  _typeName(): string {
    return "Excel.Chart";
  }
  override _allow(t: ChartRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ChartRef>> {
    const num = (name: "top" | "left" | "width" | "height"): PropertyDef<ChartRef> => ({
      get: (t) => t.chart[name],
      set: (t, v) => {
        if (typeof v !== "number" || v < 0) throw invalidArgument(name);
        t.chart[name] = v;
      },
    });
    return {
      id: { get: (t) => t.chart.id },
      name: {
        get: (t) => t.chart.name,
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw invalidArgument("chart name");
          t.chart.name = v;
        },
      },
      chartType: {
        get: (t) => t.chart.chartType,
        set: (t, v) => {
          if (!CHART_TYPES.has(String(v))) throw invalidArgument(`chartType ${String(v)}`);
          t.chart.chartType = String(v);
        },
      },
      top: num("top"),
      left: num("left"),
      width: num("width"),
      height: num("height"),
    };
  }
  override _navs(): NavDefs {
    return { title: true, legend: true, axes: true };
  }
  get axes(): FakeChartAxes {
    return this._nav(
      "axes",
      () => new FakeChartAxes(this._ctx, () => this._t(), false, { id: this._id, nav: "axes" })
    );
  }
  get title(): FakeChartTitle {
    return this._nav(
      "title",
      () => new FakeChartTitle(this._ctx, () => this._t(), false, { id: this._id, nav: "title" })
    );
  }
  get legend(): FakeChartLegend {
    return this._nav(
      "legend",
      () => new FakeChartLegend(this._ctx, () => this._t(), false, { id: this._id, nav: "legend" })
    );
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const addr = (x: FakeRange | string | undefined): string | null => {
      if (x === undefined) return null;
      if (typeof x === "string") {
        if (!parseA1(x)) throw invalidArgument(`address ${x}`);
        return x;
      }
      return formatA1(x._t().rect);
    };
    this._op(
      {
        call: "setPosition",
        args: [String(startCell), endCell === undefined ? null : String(endCell)],
      },
      (t) => {
        t.chart.position = { start: addr(startCell)!, end: addr(endCell) };
      }
    );
  }
  setData(sourceData: FakeRange, seriesBy: string = "Auto"): void {
    this._op({ call: "setData", args: [{ id: sourceData._id }, seriesBy] }, (t) => {
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        throw invalidArgument(`seriesBy ${seriesBy}`);
      const source = sourceData._t();
      t.chart.source = source.sheet.addressOf(source.rect);
      t.chart.seriesBy = seriesBy;
    });
  }
  delete(): void {
    this._op(
      { call: "delete" },
      (t) => void t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1)
    );
  }
}
defineProperties(FakeChart, {
  id: "r",
  name: "rw",
  chartType: "rw",
  top: "rw",
  left: "rw",
  width: "rw",
  height: "rw",
});

export class FakeChartTitle extends FakeObject<ChartRef> {
  _typeName(): string {
    return "Excel.ChartTitle";
  }
  override _allow(t: ChartRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ChartRef>> {
    return {
      text: { get: (t) => t.chart.title, set: (t, v) => void (t.chart.title = String(v)) },
      visible: {
        get: (t) => t.chart.titleVisible,
        set: (t, v) => void (t.chart.titleVisible = Boolean(v)),
      },
    };
  }
}
defineProperties(FakeChartTitle, { text: "rw", visible: "rw" });

export class FakeChartAxes extends FakeObject<ChartRef> {
  _typeName(): string {
    return "Excel.ChartAxes";
  }
  _props(): Record<string, PropertyDef<ChartRef>> {
    return {};
  }
  override _navs(): NavDefs {
    return { categoryAxis: true };
  }
  get categoryAxis(): FakeChartAxis {
    return this._nav(
      "categoryAxis",
      () =>
        new FakeChartAxis(this._ctx, () => this._t(), false, { id: this._id, nav: "categoryAxis" })
    );
  }
}

/** The category axis: only the order of the categories is modelled. */
export class FakeChartAxis extends FakeObject<ChartRef> {
  _typeName(): string {
    return "Excel.ChartAxis";
  }
  override _allow(t: ChartRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ChartRef>> {
    return {
      reversePlotOrder: {
        get: (t) => t.chart.categoriesReversed,
        set: (t, v) => void (t.chart.categoriesReversed = Boolean(v)),
        requires: ["ExcelApi", "1.7"],
      },
    };
  }
}
defineProperties(FakeChartAxis, { reversePlotOrder: "rw" });

export class FakeChartLegend extends FakeObject<ChartRef> {
  _typeName(): string {
    return "Excel.ChartLegend";
  }
  override _allow(t: ChartRef, payload: unknown): void {
    refuseOnProtectedSheet(t.sheet, payload);
  }
  _props(): Record<string, PropertyDef<ChartRef>> {
    return {
      visible: {
        get: (t) => t.chart.legendVisible,
        set: (t, v) => void (t.chart.legendVisible = Boolean(v)),
      },
      position: {
        get: (t) => t.chart.legendPosition,
        set: (t, v) => {
          if (
            !["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(String(v))
          )
            throw invalidArgument("legend position");
          t.chart.legendPosition = String(v);
        },
      },
    };
  }
}
defineProperties(FakeChartLegend, { visible: "rw", position: "rw" });

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeNamedItemCollection extends FakeCollection<
  WorkbookModel,
  NameModel,
  FakeNamedItem
> {
  _typeName(): string {
    return "Excel.NamedItemCollection";
  }
  _list(t: WorkbookModel): NameModel[] {
    return [...t.names];
  }
  _makeItem(target: NameModel): FakeNamedItem {
    return new FakeNamedItem(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { name: 1, formula: 1, comment: 1, visible: 1, type: 1 },
      navs: {},
      typeName: "Excel.NamedItem",
    };
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameModel | null = null;
    this._op(
      {
        call: "add",
        args: [name, typeof reference === "string" ? reference : { id: reference._id }, comment],
      },
      (wb) => {
        if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw invalidArgument(`name ${name}`);
        if (
          wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          wb.findTable(name)
        ) {
          throw new FakeOfficeError(
            FakeErrorCodes.itemAlreadyExists,
            `The name ${name} already exists.`
          );
        }
        let formula: string;
        if (typeof reference === "string")
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const ref = reference._t();
          formula = `=${ref.sheet.addressOf(ref.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        }
        const model: NameModel = {
          name,
          formula,
          comment: comment ?? "",
          visible: true,
          sheet: null,
        };
        wb.names.push(model);
        created = model;
      },
      ["ExcelApi", "1.4"]
    );
    return new FakeNamedItem(this._ctx, () => created, false, { addResult: true });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this._ctx,
      () => {
        const found = this._t().names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!found) throw itemNotFound(`name ${name}`);
        return found;
      },
      false,
      { id: this._id, call: "getItem", args: [name] }
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this._ctx,
      () => this._t().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
      true,
      {
        id: this._id,
        call: "getItemOrNullObject",
        args: [name],
      }
    );
  }
}

export class FakeNamedItem extends FakeObject<NameModel> {
  _typeName(): string {
    return "Excel.NamedItem";
  }
  _props(): Record<string, PropertyDef<NameModel>> {
    return {
      name: { get: (t) => t.name },
      formula: { get: (t) => t.formula, set: (t, v) => void (t.formula = String(v)) },
      comment: { get: (t) => t.comment, set: (t, v) => void (t.comment = String(v)) },
      visible: { get: (t) => t.visible, set: (t, v) => void (t.visible = Boolean(v)) },
      type: { get: () => "Range" },
    };
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const wb = (this._ctx as FakeExcelContext).workbookModel;
      wb.names.splice(wb.names.indexOf(t), 1);
    });
  }
}
defineProperties(FakeNamedItem, {
  name: "r",
  formula: "rw",
  comment: "rw",
  visible: "rw",
  type: "r",
});

// ---------------------------------------------------------------------------
// Workbook and context

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  _typeName(): string {
    return "Excel.Workbook";
  }
  _props(): Record<string, PropertyDef<WorkbookModel>> {
    return {};
  }
  override _navs(): NavDefs {
    return {
      worksheets: true,
      tables: true,
      names: true,
      customXmlParts: true,
      application: true,
      protection: true,
    };
  }
  get protection(): FakeWorkbookProtection {
    return this._nav(
      "protection",
      () => new FakeWorkbookProtection(this._ctx, () => this._t(), false, { nav: "protection" })
    );
  }
  get worksheets(): FakeWorksheetCollection {
    return this._nav(
      "worksheets",
      () => new FakeWorksheetCollection(this._ctx, () => this._t(), false, { nav: "worksheets" })
    );
  }
  get tables(): FakeTableCollection {
    return this._nav(
      "tables",
      () =>
        new FakeTableCollection(this._ctx, () => ({ wb: this._t(), sheet: null }), false, {
          nav: "tables",
        })
    );
  }
  get names(): FakeNamedItemCollection {
    return this._nav(
      "names",
      () => new FakeNamedItemCollection(this._ctx, () => this._t(), false, { nav: "names" })
    );
  }
  get customXmlParts(): FakeCustomXmlPartCollection {
    return this._nav(
      "customXmlParts",
      () =>
        new FakeCustomXmlPartCollection(
          this._ctx,
          () => ({ store: this._t().customXml, ns: null }),
          ["ExcelApi", "1.5"]
        )
    );
  }
  get application(): FakeApplication {
    return this._nav(
      "application",
      () => new FakeApplication(this._ctx, () => this._t(), false, { nav: "application" })
    );
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const wb = this._t();
        return wb.selection ?? { sheet: wb.activeSheet!, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      false,
      { call: "getSelectedRange" }
    );
  }
  getActiveCell(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const wb = this._t();
        const sel = wb.selection ?? {
          sheet: wb.activeSheet!,
          rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
        };
        return {
          sheet: sel.sheet,
          rect: { r0: sel.rect.r0, c0: sel.rect.c0, r1: sel.rect.r0, c1: sel.rect.c0 },
        };
      },
      false,
      { call: "getActiveCell" }
    );
  }
}

export class FakeApplication extends FakeObject<WorkbookModel> {
  _typeName(): string {
    return "Excel.Application";
  }
  _props(): Record<string, PropertyDef<WorkbookModel>> {
    return {
      calculationMode: {
        get: (t) => t.calculationMode,
        set: (t, v) => {
          if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual")
            throw invalidArgument(`calculationMode ${String(v)}`);
          t.calculationMode = v;
        },
        requires: ["ExcelApi", "1.8"],
      },
    };
  }
  /** The fake never calculates; counted so tests can see an adapter asked for it. */
  calculate(calculationType: string): void {
    this._op({ call: "calculate", args: [calculationType] }, (t) => void t.calculations++);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._op({ call: "suspendApiCalculationUntilNextSync" }, () => undefined, ["ExcelApi", "1.6"]);
  }
}
defineProperties(FakeApplication, { calculationMode: "rw" });

export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(
    host: HostState,
    readonly workbookModel: WorkbookModel
  ) {
    super(host);
    this.workbook = new FakeWorkbook(this, () => workbookModel, false, "workbook");
  }
}
