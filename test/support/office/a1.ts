/** A1 notation for the Excel fake: 0-based inclusive rectangles. */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const LETTERS: string[] = [];

export function columnLetters(index: number): string {
  const cached = LETTERS[index];
  if (cached !== undefined) return cached;
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  LETTERS[index] = s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses "A1", "A1:C3", "A:A", "B:D", "2:2", "2:5" (with optional $); null when invalid or out of the sheet. */
export function parseA1(address: string): Rect | null {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [a, b = parts[0]] = parts;
  let rect: Rect | null = null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    rect = {
      r0: Number(ca[2]) - 1,
      c0: columnIndex(ca[1]),
      r1: Number(cb[2]) - 1,
      c1: columnIndex(cb[1]),
    };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    rect = {
      r0: 0,
      c0: columnIndex(COLUMN.exec(a)![1]),
      r1: MAX_ROWS - 1,
      c1: columnIndex(COLUMN.exec(b)![1]),
    };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    rect = {
      r0: Number(ROW.exec(a)![1]) - 1,
      c0: 0,
      r1: Number(ROW.exec(b)![1]) - 1,
      c1: MAX_COLUMNS - 1,
    };
  }
  if (!rect) return null;
  const norm: Rect = {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLUMNS) return null;
  return norm;
}

/** Splits "Sheet1!A1:B2" or "'My sheet'!A1" into sheet name and address. */
export function splitSheet(address: string): { sheet: string | null; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}

export function formatA1(rect: Rect): string {
  const cell = (r: number, c: number): string => `${columnLetters(c)}${r + 1}`;
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1)
    return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return cell(rect.r0, rect.c0);
  return `${cell(rect.r0, rect.c0)}:${cell(rect.r1, rect.c1)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
