/** A1-notation helpers shared by the plan builder and the adapters. */

/** 0-based column index -> letters ("A", "Z", "AA"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters -> 0-based column index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" -> { row: 3, column: 1 } (row 1-based, column 0-based). */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A cell range: its sheet ("" when the address names none), rows 1-based, columns 0-based. */
export interface CellRange {
  sheet: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/**
 * An A1 range as Excel, Graph and the file format write it: "B2:D9",
 * "$A$1", "Recommendations!A1:AG3", "'My sheet'!B2" (a single cell is a
 * range of one). Null when it is not one: a whole column ("A:A"), a name.
 */
export function parseRange(text: string): CellRange | null {
  const bang = text.lastIndexOf("!");
  let sheet = bang >= 0 ? text.slice(0, bang) : "";
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'"))
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    text.slice(bang + 1).trim()
  );
  if (!m) return null;
  const [c1, r1] = [columnIndex(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4])] : [c1, r1];
  return {
    sheet,
    firstRow: Math.min(r1, r2),
    lastRow: Math.max(r1, r2),
    firstColumn: Math.min(c1, c2),
    lastColumn: Math.max(c1, c2),
  };
}

/** "B2:D9" for rows 2-9, columns 1-3 (0-based); with a sheet, "Sheet!B2:D9" (quoted when needed). */
export function rangeAddress(range: Omit<CellRange, "sheet"> & { sheet?: string }): string {
  const cells = `${address(range.firstRow, range.firstColumn)}:${address(range.lastRow, range.lastColumn)}`;
  return range.sheet ? `${sheetRef(range.sheet)}!${cells}` : cells;
}

/** Last row of a worksheet in Excel and LibreOffice: ranges that follow a table column run to it. */
export const LAST_ROW = 1048576;

/**
 * The most characters a cell holds in Excel: a longer text cannot be written
 * whole. Excel (and LibreOffice, which cuts the rest) counts UTF-16 units,
 * so a character outside the Basic Multilingual Plane (an emoji) counts two.
 */
export const CELL_TEXT_LIMIT = 32767;

/** A text's length as a cell counts it (UTF-16 units): the one rule every path applies. */
export function cellTextLength(text: string): number {
  return text.length;
}

/** The user's words for a text too long for a cell; `where` says which cell ("row 12, Recommendation"). */
export function cellTooLongMessage(where: string, length: number): string {
  return `${where}: the text has ${length.toLocaleString("en")} characters, more than the ${CELL_TEXT_LIMIT.toLocaleString("en")} an Excel cell can hold; shorten it and try again.`;
}

/** Quotes a sheet name for a formula when needed ('Follow-up'!A1). */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A structured reference to a table column, escaping what Excel escapes ([ ] # '). */
export function tableColumnRef(table: string, header: string): string {
  return `${table}[${header.replace(/['#[\]]/g, (ch) => `'${ch}`)}]`;
}
