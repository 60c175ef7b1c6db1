import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { columnIndex } from "../../core/schema/a1";
import type { CellInput } from "../../core/tracker/types";
import { scanRows, ScannedRow, sheetPieces } from "./sheet-bytes";
import { partChunks, partText as text } from "./zip";

/**
 * A direct reader of worksheet cells from the package XML, for reading
 * trackers: exceljs builds a full object model (styles, every cell object)
 * and takes tens of seconds on a 50,000-row tracker; reading values only
 * is what validate and stats need. Writing stays with exceljs.
 */

export interface PackageSheet {
  name: string;
  path: string;
  /** Tables on this sheet: name, A1 range and the table part's path. */
  tables: { name: string; ref: string; path: string }[];
}

export interface PackageIndex {
  sheets: PackageSheet[];
  /** The workbook counts dates from 1904 (old Mac workbooks): serials are 1,462 days smaller. */
  date1904: boolean;
  sharedStrings: string[];
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code =
          entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        // A reference to no character (a damaged or hand-made file): the replacement character, as a decoder would.
        return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
      }
    }
  });
}

/** Excel escapes control characters in strings as _xHHHH_. */
function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      )
    : text;
}

function attrs(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const pattern = /([\w:]+)\s*=\s*"([^"]*)"/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(tag)) !== null) found[match[1]] = decodeXmlText(match[2]);
  return found;
}

/** The text of an <si> or <is> element: its <t> runs joined, phonetic guides left out. */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  const pattern = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(body)) !== null) text += match[1] ?? "";
  return decodeEscapes(decodeXmlText(text));
}

/** A relationship's target as a path in the package, from the part that holds the relationship. */
export function resolvePartPath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, partPath: string): Promise<Map<string, string>> {
  const folder = partPath.split("/").slice(0, -1).join("/");
  const name = partPath.split("/").pop() as string;
  const xml = await text(zip, `${folder}/_rels/${name}.rels`);
  const map = new Map<string, string>();
  if (!xml) return map;
  for (const match of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attrs(match[1]);
    if (a.Id && a.Target && a.TargetMode !== "External")
      map.set(a.Id, resolvePartPath(partPath, a.Target));
  }
  return map;
}

export async function indexPackage(zip: JSZip): Promise<PackageIndex> {
  const workbookPath = "xl/workbook.xml";
  const workbook = (await text(zip, workbookPath)) ?? "";
  const rels = await relationships(zip, workbookPath);
  const sheets: PackageSheet[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = attrs(match[1]);
    const path = rels.get(
      a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? ""
    );
    if (!a.name || !path || !zip.file(path)) continue;
    const tables: PackageSheet["tables"] = [];
    for (const target of (await relationships(zip, path)).values()) {
      if (!/\/tables\/[^/]+\.xml$/.test(target)) continue;
      const table = await text(zip, target);
      const head = table ? /<table\b([^>]*)>/.exec(table) : null;
      if (head) {
        const t = attrs(head[1]);
        if (t.ref) tables.push({ name: t.name ?? t.displayName ?? "", ref: t.ref, path: target });
      }
    }
    sheets.push({ name: a.name, path, tables });
  }
  return {
    sheets,
    date1904: /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook),
    sharedStrings: await readSharedStrings(zip),
  };
}

const SI_CLOSE = Buffer.from("</si>");
const SI_EMPTY = Buffer.from("<si/>");

/**
 * The workbook's shared strings, read as the part inflates (a 50,000-row
 * tracker's are megabytes): each string decoded from the bytes of its own
 * <si>, so none holds the whole part's text alive.
 */
async function readSharedStrings(zip: JSZip): Promise<string[]> {
  const strings: string[] = [];
  const read = (bytes: Buffer, to: number) => {
    // Latin-1: one character per byte, so an offset in the text is one in the bytes.
    const markup = bytes.toString("latin1", 0, to);
    for (const match of markup.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      if (match[1] === undefined) strings.push(runText(""));
      else {
        const start = (match.index as number) + 4;
        strings.push(runText(bytes.toString("utf8", start, start + match[1].length)));
      }
    }
  };
  let held: Buffer | null = null;
  for await (const piece of partChunks(zip, "xl/sharedStrings.xml")) {
    const bytes: Buffer = held ? Buffer.concat([held, piece]) : piece;
    // Whole strings only: up to the end of the last one; the rest waits for the next piece.
    const cut = Math.max(
      bytes.lastIndexOf(SI_CLOSE) + SI_CLOSE.length,
      bytes.lastIndexOf(SI_EMPTY) + SI_EMPTY.length,
      0
    );
    read(bytes, cut);
    held = bytes.subarray(cut);
  }
  if (held) read(held, held.length);
  return strings;
}

/** Excel's last row: a file claiming more was damaged or not made by a spreadsheet program. */
export const MAX_SHEET_ROWS = 1_048_576;

export function absurdRow(sheetName: string, row: number): InputError {
  return new InputError(
    `the sheet "${sheetName}" has a row numbered ${row.toLocaleString("en-US")}, more than the ${MAX_SHEET_ROWS.toLocaleString("en-US")} rows a worksheet can have; the file is damaged or was not made by a spreadsheet program.`
  );
}

/** One cell's value from its type and inner XML; formulas give their cached result. */
function cellValue(type: string, inner: string, index: PackageIndex): CellInput {
  if (type === "inlineStr") {
    const inline = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return inline ? runText(inline[1]) : null;
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
  if (!v) return null;
  return plainValue(type, decodeXmlText(v[1]), index);
}

/** A cell's value from its type and the text of its <v>, decoded. */
function plainValue(type: string, raw: string, index: PackageIndex): CellInput {
  if (type === "s") return index.sharedStrings[Number(raw)] ?? null;
  if (type === "str" || type === "e") return decodeEscapes(raw);
  if (type === "b") return raw === "1" || raw === "true";
  if (type === "d") return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/** Types whose value is markup and digits only: read from the Latin-1 window, with no UTF-8 decoding. */
const PLAIN_TYPES = new Set(["n", "s", "b"]);

const LT = 0x3c;
const SLASH = 0x2f;
const QUOTE = 0x22;

function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

/**
 * Where the value of attribute `name` (given as `r="` or `t="`) starts in
 * the head window[from, to), when its first occurrence is the attribute
 * (not the end of another name): -1 otherwise, for the pattern to decide.
 */
function attributeAt(window: string, name: string, from: number, to: number): number {
  const at = window.indexOf(name, from);
  if (at < 0 || at + name.length > to || isWordCode(window.charCodeAt(at - 1))) return -1;
  return at + name.length;
}

/**
 * rowCells by hand, with no pattern and no string per cell but the values
 * kept: the 1.5 million cells of a 50,000-row tracker are read several
 * times faster. Null when the row is written in a way it does not expect
 * (then rowCellsByPattern, the reference, reads it).
 */
export function rowCellsByHand(
  bytes: Buffer,
  scanned: ScannedRow,
  index: PackageIndex
): CellInput[] | null {
  const cells: CellInput[] = [];
  const { window, offset } = scanned;
  const bodyEnd = scanned.bodyEnd - offset;
  let at = scanned.bodyStart - offset;
  let nextColumn = 0;
  for (;;) {
    const open = window.indexOf("<c", at);
    if (open < 0 || open >= bodyEnd) break;
    if (isWordCode(window.charCodeAt(open + 2))) return null;
    const gt = window.indexOf(">", open + 2);
    if (gt < 0 || gt >= bodyEnd) return null;
    const selfClosing = window.charCodeAt(gt - 1) === SLASH;
    const headEnd = selfClosing ? gt - 1 : gt;
    // The reference: letters then digits, else the column after the previous cell.
    let column = nextColumn;
    const ref = attributeAt(window, 'r="', open + 2, headEnd);
    if (ref >= 0) {
      let k = ref;
      let letters = 0;
      for (
        let code = window.charCodeAt(k);
        code >= 0x41 && code <= 0x5a;
        code = window.charCodeAt(++k)
      )
        letters = letters * 26 + (code - 64);
      const digitsFrom = k;
      while (window.charCodeAt(k) >= 0x30 && window.charCodeAt(k) <= 0x39) k++;
      if (k === ref || k === digitsFrom || window.charCodeAt(k) !== QUOTE) return null;
      column = letters - 1;
    } else if (window.lastIndexOf('r="', headEnd - 1) > open) return null;
    nextColumn = column + 1;
    if (selfClosing) {
      at = gt + 1;
      continue;
    }
    const close = window.indexOf("</c>", gt + 1);
    if (close < 0 || close >= bodyEnd) return null;
    at = close + 4;
    if (close === gt + 1) continue;
    let type = "n";
    const typeAt = attributeAt(window, 't="', open + 2, headEnd);
    if (typeAt >= 0) {
      let k = typeAt;
      while (isWordCode(window.charCodeAt(k))) k++;
      if (k === typeAt || window.charCodeAt(k) !== QUOTE) return null;
      type = window.slice(typeAt, k);
    } else if (window.lastIndexOf('t="', headEnd - 1) > open) return null;
    if (PLAIN_TYPES.has(type)) {
      // <v>digits</v> as most cells are; anything else through cellValue.
      if (
        window.charCodeAt(gt + 1) === LT &&
        window.startsWith("<v>", gt + 1) &&
        window.indexOf("<", gt + 4) === close - 4 &&
        window.startsWith("</v>", close - 4)
      ) {
        const raw = decodeXmlText(window.slice(gt + 4, close - 4));
        cells[column] = plainValue(type, raw, index);
      } else cells[column] = cellValue(type, window.slice(gt + 1, close), index);
    } else {
      // Text: decoded from the bytes (the window is Latin-1), as a string of its own.
      cells[column] = cellValue(
        type,
        bytes.toString("utf8", offset + gt + 1, offset + close),
        index
      );
    }
  }
  for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  return cells;
}

/** The cells of one scanned row (cells[c] for 0-based column c; missing ones null). */
function rowCells(bytes: Buffer, scanned: ScannedRow, index: PackageIndex): CellInput[] {
  if (scanned.selfClosing) return [];
  return rowCellsByHand(bytes, scanned, index) ?? rowCellsByPattern(bytes, scanned, index);
}

/** The cells of one scanned row, by patterns (the reference rowCellsByHand follows; exported for its tests). */
export function rowCellsByPattern(
  bytes: Buffer,
  scanned: ScannedRow,
  index: PackageIndex
): CellInput[] {
  const cells: CellInput[] = [];
  if (scanned.selfClosing) return cells;
  const { window, offset } = scanned;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  cellPattern.lastIndex = scanned.bodyStart - offset;
  const bodyEnd = scanned.bodyEnd - offset;
  let cellMatch: RegExpExecArray | null;
  let nextColumn = 0;
  while ((cellMatch = cellPattern.exec(window)) !== null && cellMatch.index < bodyEnd) {
    const head = cellMatch[1];
    const ref = /\br="([A-Z]+)\d+"/.exec(head);
    const column = ref ? columnIndex(ref[1]) : nextColumn;
    nextColumn = column + 1;
    let inner = cellMatch[2];
    if (!inner) continue;
    const type = /\bt="(\w+)"/.exec(head)?.[1] ?? "n";
    if (!PLAIN_TYPES.has(type)) {
      // Text: decoded from the bytes (the window is Latin-1), as a string of its own.
      const innerEnd = offset + cellMatch.index + cellMatch[0].length - 4;
      inner = bytes.toString("utf8", innerEnd - inner.length, innerEnd);
    }
    cells[column] = cellValue(type, inner, index);
  }
  for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  return cells;
}

/**
 * Each row of the sheet with its cell values, in document order, up to row
 * `maxRows`; `visit` returning false stops early (and the inflating with
 * it). The sheet is read from its bytes row by row as they inflate
 * (./sheet-bytes.ts), never decoded or held whole.
 */
export async function visitSheetRows(
  zip: JSZip,
  sheet: PackageSheet,
  index: PackageIndex,
  visit: (row: number, cells: CellInput[]) => boolean | void,
  maxRows = Infinity
): Promise<void> {
  const count = { next: 1 };
  for await (const piece of sheetPieces(partChunks(zip, sheet.path))) {
    // The tail is not read, but goes by (a part checked as it is read is checked to its end).
    if (piece.part !== "rows") continue;
    for (const scanned of scanRows(piece.bytes, piece.from, piece.to, false, count)) {
      if (scanned.row > MAX_SHEET_ROWS) throw absurdRow(sheet.name, scanned.row);
      if (scanned.row > maxRows) return;
      if (visit(scanned.row, rowCells(piece.bytes, scanned, index)) === false) return;
    }
  }
}

/** The sheet's cell values, row 1 first (rows[r - 1][c - 1]); formulas give their cached result. */
export async function readSheetRows(
  zip: JSZip,
  sheet: PackageSheet,
  index: PackageIndex,
  maxRows = Infinity
): Promise<CellInput[][]> {
  const rows: CellInput[][] = [];
  await visitSheetRows(
    zip,
    sheet,
    index,
    (row, cells) => {
      rows[row - 1] = cells;
    },
    maxRows
  );
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return rows;
}
