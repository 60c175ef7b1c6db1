import { columnIndex, columnLetter } from "../../core/schema/a1";
import { InputError } from "../../core/model/errors";
import type { CellValue } from "../../core/schema/plan";
import { ByteRow, rowPlaces, sheetPieces } from "./sheet-bytes";

/**
 * Writing cells into a worksheet's XML text in place, for trackers too large
 * for exceljs (a 50,000-row workbook takes it tens of seconds to load and
 * write). Only the rows that change are re-serialised; every other byte of
 * the sheet (styles, formulas, the user's columns, extensions exceljs does
 * not know) stays as it was. Strings are written as inline strings, which
 * Excel and LibreOffice never read as formulas whatever they start with.
 */

/** A cell to write: its 0-based column, its value (null empties it) and, for a new cell, its style index. */
export interface CellWrite {
  column: number;
  value: CellValue;
  style?: string;
  /** A formula (English function names, no leading "="), written without a cached result: the workbook recalculates on opening. */
  formula?: string;
  /** The style to use even where the cell has one already (a rewritten sheet of the add-in's). */
  forceStyle?: boolean;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character cellText changes (or that starts a "_xHHHH_" it protects). */
const NEEDS_ESCAPE = /[&<>\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as the content of <t>: XML-escaped, with what XML 1.0 cannot carry
 * written as Excel's _xHHHH_ escapes (and a literal "_xHHHH_" protected, so
 * it reads back as typed).
 */
export function cellText(text: string): string {
  // Most texts need none of it: one test instead of seven passes.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "_x000D_")
    .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** One <c> element. */
export function cellXml(
  ref: string,
  value: CellValue,
  style: string | undefined,
  formula?: string
): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (formula !== undefined)
    return `<c r="${ref}"${s}><f>${cellText(formula.replace(/^=/, ""))}</f></c>`;
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return cellXml(ref, String(value), style);
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
}

interface CellSpan {
  column: number;
  start: number;
  end: number;
  head: string;
}

const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

function cellsOf(body: string): CellSpan[] {
  const cells: CellSpan[] = [];
  let next = 0;
  CELL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CELL.exec(body)) !== null) {
    const ref = /\br="([A-Z]+)\d+"/.exec(match[1]);
    const column = ref ? columnIndex(ref[1]) : next;
    next = column + 1;
    cells.push({ column, start: match.index, end: match.index + match[0].length, head: match[1] });
  }
  return cells;
}

/** The style attribute of a cell head, if any. */
function styleOf(head: string): string | undefined {
  return /\bs="(\d+)"/.exec(head)?.[1];
}

/** Letters of the first columns, made once: a new row of a long list names each of its cells. */
const LETTERS = Array.from({ length: 64 }, (_v, c) => columnLetter(c));

function letterOf(column: number): string {
  return LETTERS[column] ?? columnLetter(column);
}

/** The inner part of a <row> (its cells) with `writes` applied; untouched cells are kept byte for byte. */
function patchRowBody(body: string, row: number, writes: CellWrite[]): string {
  // A new row whose writes come one per column, in order (a list written row by row): its cells as they come.
  if (body === "" && writes.every((write, i) => i === 0 || writes[i - 1].column < write.column)) {
    // Joined, not concatenated: a row kept as a chain of its cells' texts would take several times the memory.
    return writes
      .map((write) =>
        cellXml(`${letterOf(write.column)}${row}`, write.value, write.style, write.formula)
      )
      .join("");
  }
  const cells = cellsOf(body);
  // Cells without an r attribute are positional: give every cell its reference before inserting.
  const positional = cells.some((cell) => !/\br="/.test(cell.head));
  const byColumn = new Map(writes.map((write) => [write.column, write]));
  const parts: string[] = [];
  let at = 0;
  const pending = [...byColumn.keys()].sort((a, b) => a - b);
  let p = 0;
  const emit = (write: CellWrite, style: string | undefined) =>
    parts.push(
      cellXml(
        `${columnLetter(write.column)}${row}`,
        write.value,
        write.forceStyle ? write.style : (style ?? write.style),
        write.formula
      )
    );
  for (const cell of cells) {
    while (p < pending.length && pending[p] < cell.column) {
      parts.push(body.slice(at, cell.start));
      at = cell.start;
      emit(byColumn.get(pending[p]) as CellWrite, undefined);
      p++;
    }
    const write = byColumn.get(cell.column);
    parts.push(body.slice(at, cell.start));
    if (write && /<f\b[^>]*\bt="shared"[^>]*\bref="/.test(body.slice(cell.start, cell.end))) {
      // Other cells' formulas are stored as references to this one: overwriting it would break them.
      throw new InputError(
        `cell ${columnLetter(cell.column)}${row} holds a formula that other cells share, so the import cannot write there; in Excel, copy that column and paste it as values, then import again.`,
        "sharedFormula",
        { cell: `${columnLetter(cell.column)}${row}` }
      );
    }
    if (write) {
      emit(write, styleOf(cell.head));
      if (pending[p] === cell.column) p++;
    } else if (positional && !/\br="/.test(cell.head)) {
      parts.push(
        body
          .slice(cell.start, cell.end)
          .replace(/^<c\b/, `<c r="${columnLetter(cell.column)}${row}"`)
      );
    } else parts.push(body.slice(cell.start, cell.end));
    at = cell.end;
  }
  parts.push(body.slice(at));
  for (; p < pending.length; p++) emit(byColumn.get(pending[p]) as CellWrite, undefined);
  return parts.join("");
}

/** A row of sheetData and where it is in the sheet's text. */
type RowSpan = ByteRow;

const ROW_OPEN = /<row\b([^>]*?)(\/?)>/g;

/** The rows of sheetData in document order, with where each starts and ends. */
function rowsOf(xml: string, from: number, to: number): RowSpan[] {
  const rows: RowSpan[] = [];
  ROW_OPEN.lastIndex = from;
  let next = 1;
  let match: RegExpExecArray | null;
  while ((match = ROW_OPEN.exec(xml)) !== null && match.index < to) {
    const row = Number(/\br="(\d+)"/.exec(match[1])?.[1] ?? next);
    next = row + 1;
    const open = match.index + match[0].length;
    if (match[2] === "/") {
      rows.push({
        row,
        start: match.index,
        end: open,
        bodyStart: open,
        bodyEnd: open,
        selfClosing: true,
      });
      continue;
    }
    const close = xml.indexOf("</row>", open);
    if (close < 0) throw new Error(`row ${row} is not closed`);
    rows.push({
      row,
      start: match.index,
      end: close + 6,
      bodyStart: open,
      bodyEnd: close,
      selfClosing: false,
    });
    ROW_OPEN.lastIndex = close + 6;
  }
  return rows;
}

export interface SheetData {
  /** Offsets of the sheetData element's content in the sheet XML. */
  start: number;
  end: number;
  rows: RowSpan[];
}

/** Finds sheetData and its rows; an empty <sheetData/> is opened so rows can be added. */
export function sheetDataOf(xml: string): { xml: string; data: SheetData } {
  let text = xml;
  if (!/<sheetData\b[^>]*>/.test(text) || /<sheetData\b[^>]*\/>/.test(text)) {
    if (/<sheetData\b[^>]*\/>/.test(text))
      text = text.replace(/<sheetData\b([^>]*)\/>/, "<sheetData$1></sheetData>");
    else throw new Error("the worksheet has no sheetData");
  }
  const open = /<sheetData\b[^>]*>/.exec(text) as RegExpExecArray;
  const start = open.index + open[0].length;
  const end = text.indexOf("</sheetData>", start);
  if (end < 0) throw new Error("the worksheet's sheetData is not closed");
  return { xml: text, data: { start, end, rows: rowsOf(text, start, end) } };
}

/** The values of the given columns in one row span: true when any of them holds something. */
export function rowHasValues(
  xml: string,
  span: RowSpan,
  firstColumn: number,
  lastColumn: number
): boolean {
  if (span.selfClosing) return false;
  const body = xml.slice(span.bodyStart, span.bodyEnd);
  for (const cell of cellsOf(body)) {
    if (cell.column < firstColumn || cell.column > lastColumn) continue;
    const element = body.slice(cell.start, cell.end);
    if (/<v(?:\s[^>]*)?>[\s\S]+?<\/v>|<f\b|<is>[\s\S]*?<t[^>]*>[^<]/.test(element)) return true;
  }
  return false;
}

/** The style index of each cell of a row (0-based column -> s). */
export function rowStyles(xml: string, span: RowSpan | undefined): Map<number, string> {
  const styles = new Map<number, string>();
  if (!span || span.selfClosing) return styles;
  for (const cell of cellsOf(xml.slice(span.bodyStart, span.bodyEnd))) {
    const style = styleOf(cell.head);
    if (style !== undefined) styles.set(cell.column, style);
  }
  return styles;
}

/** One attribute of each column in <cols> (0-based column -> value), e.g. "style" or "width". */
function columnAttribute(xml: string, name: "style" | "width"): Map<number, string> {
  const values = new Map<number, string>();
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  if (!cols) return values;
  for (const match of cols[1].matchAll(/<col\b([^>]*)\/?>/g)) {
    const min = Number(/\bmin="(\d+)"/.exec(match[1])?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(match[1])?.[1]);
    const value = new RegExp(`\\b${name}="([^"]+)"`).exec(match[1])?.[1];
    if (!value || !min || !max) continue;
    for (let c = min; c <= Math.min(max, 16384); c++) values.set(c - 1, value);
  }
  return values;
}

/** Column styles from <cols> (0-based column -> s). */
export function columnStyles(xml: string): Map<number, string> {
  return columnAttribute(xml, "style");
}

/** Column widths from <cols> (0-based column -> width in characters). */
export function columnWidths(xml: string): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [column, width] of columnAttribute(xml, "width"))
    if (Number(width) > 0) widths.set(column, Number(width));
  return widths;
}

/** A row of a sheet as any reader finds it: its number and whether it is written <row/>. */
interface RowLike {
  row: number;
  selfClosing: boolean;
}

/**
 * Cell writes by row number: a Map, or an object that makes a row's writes
 * when asked (a list of thousands of rows is then never held as writes).
 */
export interface RowWrites {
  readonly size: number;
  keys(): Iterable<number>;
  get(row: number): CellWrite[] | undefined;
}

/** Row heights in points by row number: a Map, or an object that works a row's out when asked. */
export interface RowHeights {
  get(row: number): number | undefined;
}

/** One change to sheetData: `xml` replaces the row `at` (replaces) or goes just before it (null: after every row). */
export interface RowEdit<S> {
  at: S | null;
  replaces: boolean;
  xml: string;
}

/**
 * What `writes` change in sheetData, given its rows in order, one at a
 * time (at), then what goes after every row (rest): rows that exist get
 * their cells replaced or inserted in column order, missing rows are
 * created in row order. `parts` gives a row's opening tag and cells as
 * text, asked only of the rows written. Once `done`, no row further on
 * changes: they need not be visited.
 */
class RowEditor<S extends RowLike> {
  private readonly wanted: number[];
  private w = 0;

  constructor(
    private readonly writes: RowWrites,
    private readonly heights: RowHeights | undefined,
    private readonly parts: (span: S) => { head: string; body: string }
  ) {
    this.wanted = [...writes.keys()].sort((a, b) => a - b);
  }

  get done(): boolean {
    return this.w >= this.wanted.length;
  }

  private height(row: number): string {
    const points = this.heights?.get(row);
    return points === undefined ? "" : ` ht="${points}" customHeight="1"`;
  }

  private newRow(row: number): string {
    return `<row r="${row}"${this.height(row)}>${patchRowBody("", row, this.writes.get(row) as CellWrite[])}</row>`;
  }

  /** The edits at this row: new rows before it, then its own cells rewritten if it is written. */
  *at(span: S): Generator<RowEdit<S>> {
    const { wanted } = this;
    while (this.w < wanted.length && wanted[this.w] < span.row)
      yield { at: span, replaces: false, xml: this.newRow(wanted[this.w++]) };
    if (wanted[this.w] !== span.row) return;
    const { head, body: cells } = this.parts(span);
    const body = patchRowBody(cells, span.row, this.writes.get(span.row) as CellWrite[]);
    // Row spans (a hint of the used columns) would be wrong after new cells: Excel recomputes them when absent.
    let cleanHead = (span.selfClosing ? head.replace(/\/>$/, ">") : head).replace(
      /\sspans="[^"]*"/,
      ""
    );
    const points = this.heights?.get(span.row);
    if (points !== undefined) {
      // A row the user made taller stays so; a row too short for its new text grows.
      const was = Number(/\bht="([\d.]+)"/.exec(cleanHead)?.[1] ?? 0);
      cleanHead = cleanHead
        .replace(/\s(?:ht|customHeight)="[^"]*"/g, "")
        .replace(/^<row\b/, `<row ht="${Math.max(was, points)}" customHeight="1"`);
    }
    yield { at: span, replaces: true, xml: `${cleanHead}${body}</row>` };
    this.w++;
  }

  /** The new rows after every row. */
  *rest(): Generator<RowEdit<S>> {
    for (; this.w < this.wanted.length; this.w++)
      yield { at: null, replaces: false, xml: this.newRow(this.wanted[this.w]) };
  }
}

/**
 * What `writes` change in sheetData, given its rows in order (RowEditor).
 * Rows after the last write are not visited.
 */
export function* rowEdits<S extends RowLike>(
  spans: Iterable<S>,
  writes: RowWrites,
  heights: RowHeights | undefined,
  parts: (span: S) => { head: string; body: string }
): Generator<RowEdit<S>> {
  const editor = new RowEditor(writes, heights, parts);
  for (const span of spans) {
    if (editor.done) return;
    yield* editor.at(span);
  }
  yield* editor.rest();
}

/**
 * Applies cell writes to the sheet: rows that exist get their cells replaced
 * or inserted in column order, missing rows are created in row order.
 */
export function patchSheet(xml: string, writes: RowWrites, heights?: RowHeights): string {
  return writes.size === 0 ? xml : [...patchSheetPieces(xml, writes, heights)].join("");
}

/**
 * patchSheet as pieces of text in order, not joined, each made when it is
 * asked: the first piece is all before the rows (the <dimension> among
 * it), then kept text and written rows. A list of thousands of rows is
 * never held whole, as pieces or as one text.
 */
export function* patchSheetPieces(
  xml: string,
  writes: RowWrites,
  heights?: RowHeights
): Generator<string> {
  if (writes.size === 0) {
    yield xml;
    return;
  }
  const { xml: text, data } = sheetDataOf(xml);
  yield text.slice(0, data.start);
  let at = data.start;
  const edits = rowEdits(data.rows, writes, heights, (span) => ({
    head: text.slice(span.start, span.bodyStart),
    body: text.slice(span.bodyStart, span.bodyEnd),
  }));
  for (const edit of edits) {
    const until = edit.at ? edit.at.start : data.end;
    yield text.slice(at, until);
    at = edit.replaces && edit.at ? edit.at.end : until;
    yield edit.xml;
  }
  yield text.slice(at);
}

/** A row of a sheet as text of its own, and its span in that text. */
export interface PickedRow {
  xml: string;
  span: RowSpan;
}

/**
 * A sheet's text before its rows (up to the opened <sheetData>), from its
 * pieces as they inflate (./sheet-bytes.ts: sheetPieces): the inflating
 * stops there.
 */
export async function readSheetHead(pieces: AsyncIterable<Buffer>): Promise<string> {
  const head: Buffer[] = [];
  for await (const { part, bytes, from, to } of sheetPieces(pieces)) {
    if (part !== "head") break;
    head.push(Buffer.from(bytes.subarray(from, to)));
  }
  if (head.length === 0) throw new Error("the worksheet has no sheetData");
  return Buffer.concat(head).toString("utf8");
}

/**
 * Rows a writer looks at as the sheet goes by (patchSheetStreamed), before
 * they are written: each row numbered from `first` to `last`, in document
 * order, as text of its own with its span in that text (for rowHasValues
 * and rowStyles). What it throws stops the write.
 */
export interface RowWatch {
  first: number;
  last: number;
  see(row: PickedRow): void;
}

/**
 * patchSheet on a sheet given as it inflates (./sheet-bytes.ts:
 * sheetPieces): the new part as pieces made as they are asked, the rows
 * nobody writes kept as slices of the inflated pieces, never decoded, and
 * never more of the sheet held than a piece or two. Its text before the
 * rows is `head` (as readSheetHead found it, or changed); from </sheetData>
 * on, `tail` of the text there. `watch` sees the rows it asks for before
 * they are written. A row never closed throws.
 */
export async function* patchSheetStreamed(
  pieces: AsyncIterable<Buffer>,
  head: string,
  tail: (text: string) => string,
  writes: RowWrites,
  heights?: RowHeights,
  watch?: RowWatch
): AsyncGenerator<Uint8Array> {
  yield Buffer.from(head, "utf8");
  let current: Buffer = Buffer.alloc(0);
  const editor = new RowEditor<ByteRow>(writes, heights, (span) => ({
    head: current.toString("utf8", span.start, span.bodyStart),
    body: current.toString("utf8", span.bodyStart, span.bodyEnd),
  }));
  const count = { next: 1 };
  const tailPieces: Buffer[] = [];
  let closed = false;
  for await (const piece of sheetPieces(pieces)) {
    const { bytes, from, to } = piece;
    if (piece.part === "tail") {
      tailPieces.push(Buffer.from(bytes.subarray(from, to)));
      closed = true;
    }
    if (piece.part !== "rows") continue;
    if (piece.unclosed) break;
    current = bytes;
    let at = from;
    if (!editor.done) {
      for (const span of rowPlaces(bytes, from, to, count)) {
        if (watch && span.row >= watch.first && span.row <= watch.last) {
          const xml = bytes.toString("utf8", span.start, span.end);
          const own = rowsOf(xml, 0, xml.length)[0];
          if (own) watch.see({ xml, span: { ...own, row: span.row } });
        }
        for (const edit of editor.at(span)) {
          yield bytes.subarray(at, span.start);
          at = edit.replaces ? span.end : span.start;
          yield Buffer.from(edit.xml, "utf8");
        }
        if (editor.done) break;
      }
    }
    yield bytes.subarray(at, to);
  }
  if (!closed) throw new Error("the worksheet's sheetData is not closed");
  for (const edit of editor.rest()) yield Buffer.from(edit.xml, "utf8");
  yield Buffer.from(tail(Buffer.concat(tailPieces).toString("utf8")), "utf8");
}

/** A table's rows growing: its columns (0-based), its first data row, its last row before and after. */
type Growth = [
  firstColumn: number,
  lastColumn: number,
  firstDataRow: number,
  oldLast: number,
  newLast: number,
];

/** Extends A1 ranges (sqref tokens) that end at `oldLast` within the given columns to `newLast`. */
export function extendSqref(sqref: string, ...growth: Growth): string {
  const [firstColumn, lastColumn, firstDataRow, oldLast, newLast] = growth;
  return sqref.replace(
    /\b([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\b/g,
    (whole, c1: string, r1: string, c2: string, r2: string) => {
      const [a, b] = [columnIndex(c1), columnIndex(c2)];
      if (b < firstColumn || a > lastColumn) return whole;
      if (Number(r2) !== oldLast || Number(r1) > firstDataRow) return whole;
      return `${c1}${r1}:${c2}${newLast}`;
    }
  );
}

/** Makes data-validation and conditional-format ranges that stopped at the table's end follow the new rows. */
export function extendRanges(xml: string, ...growth: Growth): string {
  const [, , , oldLast, newLast] = growth;
  if (newLast <= oldLast) return xml;
  const extend = (sqref: string) => extendSqref(sqref, ...growth);
  // The rules follow the cells: scanning only what comes after them saves seconds on a big sheet.
  const end = xml.indexOf("</sheetData>");
  const head = end < 0 ? "" : xml.slice(0, end);
  const tail = end < 0 ? xml : xml.slice(end);
  return (
    head +
    tail
      .replace(
        /(<(?:conditionalFormatting|dataValidation)\b[^>]*\bsqref=")([^"]*)(")/g,
        (_m, a: string, sqref: string, b: string) => a + extend(sqref) + b
      )
      .replace(
        /(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g,
        (_m, a: string, sqref: string, b: string) => a + extend(sqref) + b
      )
  );
}

/** The sheet's <dimension> grown to cover `lastRow` and `lastColumn`. */
export function growDimension(xml: string, lastRow: number, lastColumn: number): string {
  return xml.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/,
    (_m, c1: string, r1: string, c2: string | undefined, r2: string | undefined) => {
      const endColumn = Math.max(columnIndex(c2 ?? c1), lastColumn);
      const endRow = Math.max(Number(r2 ?? r1), lastRow);
      return `<dimension ref="${c1}${r1}:${columnLetter(endColumn)}${endRow}"`;
    }
  );
}

/**
 * Removes the cells of columns `firstColumn`..`lastColumn` (0-based) from
 * rows `fromRow`..`toRow`, so a table can be rewritten shorter without
 * leaving its old rows below it. Other cells stay byte for byte; a row left
 * with no cell is dropped.
 */
export function removeCells(
  xml: string,
  fromRow: number,
  toRow: number,
  firstColumn: number,
  lastColumn: number
): string {
  const { xml: text, data } = sheetDataOf(xml);
  const parts: string[] = [text.slice(0, data.start)];
  let at = data.start;
  for (const span of data.rows) {
    if (span.row < fromRow || span.row > toRow) continue;
    parts.push(text.slice(at, span.start));
    at = span.end;
    if (span.selfClosing) continue;
    const body = text.slice(span.bodyStart, span.bodyEnd);
    const kept = cellsOf(body)
      .filter((cell) => cell.column < firstColumn || cell.column > lastColumn)
      .map((cell) => {
        const element = body.slice(cell.start, cell.end);
        // A positional cell would shift left once its neighbours go: give it its reference.
        return /\br="/.test(cell.head)
          ? element
          : element.replace(/^<c\b/, `<c r="${columnLetter(cell.column)}${span.row}"`);
      });
    if (kept.length === 0) continue;
    const head = text.slice(span.start, span.bodyStart).replace(/\sspans="[^"]*"/, "");
    parts.push(`${head}${kept.join("")}</row>`);
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * The sheet's <cols> with these columns' widths (character units); the
 * widths and styles of other columns stay.
 */
export function setColumnWidths(
  xml: string,
  widths: readonly { column: number; width: number }[]
): string {
  if (widths.length === 0) return xml;
  const wanted = new Map(widths.map((entry) => [entry.column + 1, entry.width]));
  const kept: { min: number; max: number; xml: string }[] = [];
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  for (const match of cols?.[1].matchAll(/<col\b([^>]*?)\/?>/g) ?? []) {
    const min = Number(/\bmin="(\d+)"/.exec(match[1])?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(match[1])?.[1]);
    if (!min || !max) continue;
    // A span partly covered keeps its attributes on the columns left outside.
    let start = min;
    for (let c = min; c <= max + 1; c++) {
      if (c <= max && !wanted.has(c)) continue;
      if (c > start)
        kept.push({
          min: start,
          max: c - 1,
          xml: `<col${match[1].replace(/\bmin="\d+"/, `min="${start}"`).replace(/\bmax="\d+"/, `max="${c - 1}"`)}/>`,
        });
      start = c + 1;
    }
  }
  for (const [column, width] of wanted)
    kept.push({
      min: column,
      max: column,
      xml: `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
    });
  kept.sort((a, b) => a.min - b.min);
  const element = `<cols>${kept.map((entry) => entry.xml).join("")}</cols>`;
  if (cols) return xml.replace(/<cols>[\s\S]*?<\/cols>/, element);
  // <cols> comes just before <sheetData>.
  return xml.replace(/<sheetData\b/, `${element}<sheetData`);
}
