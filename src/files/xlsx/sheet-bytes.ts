/**
 * A worksheet part read row by row from its UTF-8 bytes, never decoded
 * whole: a 50,000-row sheet is about 50 MB of XML, twice that as a
 * JavaScript string. The markup is scanned in windows decoded as Latin-1
 * (one character per byte, so an offset in the window is an offset in the
 * bytes); only what a reader keeps (a cell's text, a row it rewrites) is
 * decoded as UTF-8, into strings of its own that hold no window alive.
 */

/** One <row> of sheetData: where it is in the part's bytes (or, for ./sheet-patch.ts, in its text). */
export interface ByteRow {
  row: number;
  start: number;
  end: number;
  /** Where the row's cells start and end (equal for <row/>). */
  bodyStart: number;
  bodyEnd: number;
  selfClosing: boolean;
}

/** The part around its rows: the text before them (up to the opened <sheetData>), and from </sheetData> on. */
export interface SheetFrame {
  head: string;
  tail: string;
  /** Byte offsets of sheetData's content (start === end for an empty <sheetData/>). */
  start: number;
  end: number;
}

const SHEET_DATA_OPEN = Buffer.from("<sheetData");
const SHEET_DATA_CLOSE = Buffer.from("</sheetData>");

/** The sheet's frame; an empty <sheetData/> is given opened, so rows can be added. */
export function sheetFrame(bytes: Buffer): SheetFrame {
  let open = bytes.indexOf(SHEET_DATA_OPEN);
  // "<sheetDataX" is no sheetData: the name must end there.
  while (open >= 0 && /[\w.:-]/.test(String.fromCharCode(bytes[open + 10] ?? 0)))
    open = bytes.indexOf(SHEET_DATA_OPEN, open + 1);
  if (open < 0) throw new Error("the worksheet has no sheetData");
  const close = bytes.indexOf(0x3e /* > */, open);
  if (close < 0) throw new Error("the worksheet's sheetData is not closed");
  if (bytes[close - 1] === 0x2f /* / */) {
    const tag = bytes.toString("utf8", open, close - 1);
    return {
      head: `${bytes.toString("utf8", 0, open)}${tag}>`,
      tail: `</sheetData>${bytes.toString("utf8", close + 1)}`,
      start: close + 1,
      end: close + 1,
    };
  }
  // Searched from the end: what follows the rows is short.
  const end = bytes.lastIndexOf(SHEET_DATA_CLOSE);
  if (end <= close) throw new Error("the worksheet's sheetData is not closed");
  return {
    head: bytes.toString("utf8", 0, close + 1),
    tail: bytes.toString("utf8", end),
    start: close + 1,
    end,
  };
}

/** Bytes of markup scanned at a time (a longer row widens its window). */
const WINDOW = 1 << 20;

/** A row as scanned: where it is, and the window holding it (Latin-1; window[i] is bytes[offset + i]). */
export interface ScannedRow extends ByteRow {
  window: string;
  offset: number;
}

/**
 * The rows between byte offsets `from` and `to` (sheetData's content), in
 * document order; a row without r takes the number after the previous one.
 * A last row never closed (a damaged part) ends the rows for a reader, as
 * a lenient XML reader would; `strict` (a writer) throws instead.
 */
export function* scanRows(
  bytes: Buffer,
  from: number,
  to: number,
  strict = false
): Generator<ScannedRow> {
  let at = from;
  let next = 1;
  let size = WINDOW;
  while (at < to) {
    const windowEnd = Math.min(to, at + size);
    const window = bytes.toString("latin1", at, windowEnd);
    const open = /<row\b([^>]*?)(\/?)>/g;
    let done = 0;
    let cut = false;
    let match: RegExpExecArray | null;
    while ((match = open.exec(window)) !== null) {
      const row = Number(/\br="(\d+)"/.exec(match[1])?.[1] ?? next);
      const bodyStart = match.index + match[0].length;
      let end: number;
      let bodyEnd: number;
      if (match[2] === "/") {
        end = bodyEnd = bodyStart;
      } else {
        bodyEnd = window.indexOf("</row>", bodyStart);
        if (bodyEnd < 0) {
          if (windowEnd === to) {
            if (strict) throw new Error(`row ${row} is not closed`);
            return;
          }
          cut = true;
          break;
        }
        end = bodyEnd + 6;
        open.lastIndex = end;
      }
      next = row + 1;
      done = end;
      yield {
        row,
        start: at + match.index,
        end: at + end,
        bodyStart: at + bodyStart,
        bodyEnd: at + bodyEnd,
        selfClosing: match[2] === "/",
        window,
        offset: at,
      };
    }
    if (windowEnd === to && !cut) return;
    if (done === 0) {
      // No whole row in the window: a long row (or the tag cut at its edge); look further.
      if (windowEnd === to) return;
      size *= 2;
      continue;
    }
    // The row cut at the window's edge, or a tag cut there, is read again in the next window.
    at += done;
    size = WINDOW;
  }
}

const ROW_OPEN = Buffer.from("<row");
const ROW_CLOSE = Buffer.from("</row>");

function isWordByte(byte: number | undefined): boolean {
  return (
    byte !== undefined &&
    ((byte >= 0x30 && byte <= 0x39) ||
      (byte >= 0x41 && byte <= 0x5a) ||
      (byte >= 0x61 && byte <= 0x7a) ||
      byte === 0x5f)
  );
}

/**
 * scanRows for a writer, which needs where the rows are and not their
 * text: the same rows, found in the bytes themselves (no window decoded),
 * strict (a row never closed throws).
 */
export function* rowPlaces(bytes: Buffer, from: number, to: number): Generator<ByteRow> {
  let at = from;
  let next = 1;
  for (;;) {
    const open = bytes.indexOf(ROW_OPEN, at);
    if (open < 0 || open + 4 > to) return;
    // "<rows" is no row: the name must end there.
    if (isWordByte(bytes[open + 4])) {
      at = open + 1;
      continue;
    }
    const gt = bytes.indexOf(0x3e /* > */, open + 4);
    if (gt < 0 || gt >= to) return;
    const selfClosing = bytes[gt - 1] === 0x2f; /* / */
    const head = bytes.toString("latin1", open + 4, selfClosing ? gt - 1 : gt);
    const row = Number(/\br="(\d+)"/.exec(head)?.[1] ?? next);
    const bodyStart = gt + 1;
    let bodyEnd = bodyStart;
    let end = bodyStart;
    if (!selfClosing) {
      bodyEnd = bytes.indexOf(ROW_CLOSE, bodyStart);
      if (bodyEnd < 0 || bodyEnd + 6 > to) throw new Error(`row ${row} is not closed`);
      end = bodyEnd + 6;
    }
    next = row + 1;
    yield { row, start: open, end, bodyStart, bodyEnd, selfClosing };
    at = end;
  }
}

/** The row's XML (<row ...>...</row>) as text of its own. */
export function rowText(bytes: Buffer, row: ByteRow): string {
  return bytes.toString("utf8", row.start, row.end);
}
