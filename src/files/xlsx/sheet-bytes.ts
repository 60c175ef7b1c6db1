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

const SHEET_DATA_OPEN = Buffer.from("<sheetData");
const SHEET_DATA_CLOSE = Buffer.from("</sheetData>");
const ROW_CLOSE = Buffer.from("</row>");

/** Where sheetData's opening tag starts, and the ">" that ends it (-1 when not in `bytes`). */
function sheetDataOpen(bytes: Buffer): { open: number; close: number } {
  let open = bytes.indexOf(SHEET_DATA_OPEN);
  // "<sheetDataX" is no sheetData: the name must end there.
  while (open >= 0 && /[\w.:-]/.test(String.fromCharCode(bytes[open + 10] ?? 0)))
    open = bytes.indexOf(SHEET_DATA_OPEN, open + 1);
  return { open, close: open < 0 ? -1 : bytes.indexOf(0x3e /* > */, open) };
}

/**
 * Bytes of markup scanned at a time (a longer row widens its window).
 * Under 1 MB: Node gives a longer text decoded from bytes outside V8's heap
 * (an external string), which lingers until a full collection, so the
 * fifty windows of a pass over a 50 MB sheet stayed resident together
 * (some 50 MB); a window of half a megabyte goes with the next minor one.
 */
const WINDOW = 1 << 19;

/**
 * Row numbering carried from one piece of a sheet to the next (a sheet
 * read as it inflates, sheetPieces): a row without r takes the number
 * after the previous one.
 */
export interface RowCount {
  next: number;
}

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
  strict = false,
  count: RowCount = { next: 1 }
): Generator<ScannedRow> {
  let at = from;
  let size = WINDOW;
  while (at < to) {
    const windowEnd = Math.min(to, at + size);
    const window = bytes.toString("latin1", at, windowEnd);
    const open = /<row\b([^>]*?)(\/?)>/g;
    let done = 0;
    let cut = false;
    let match: RegExpExecArray | null;
    while ((match = open.exec(window)) !== null) {
      const row = Number(/\br="(\d+)"/.exec(match[1])?.[1] ?? count.next);
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
      count.next = row + 1;
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
export function* rowPlaces(
  bytes: Buffer,
  from: number,
  to: number,
  count: RowCount = { next: 1 }
): Generator<ByteRow> {
  let at = from;
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
    const row = Number(/\br="(\d+)"/.exec(head)?.[1] ?? count.next);
    const bodyStart = gt + 1;
    let bodyEnd = bodyStart;
    let end = bodyStart;
    if (!selfClosing) {
      bodyEnd = bytes.indexOf(ROW_CLOSE, bodyStart);
      if (bodyEnd < 0 || bodyEnd + 6 > to) throw new Error(`row ${row} is not closed`);
      end = bodyEnd + 6;
    }
    count.next = row + 1;
    yield { row, start: open, end, bodyStart, bodyEnd, selfClosing };
    at = end;
  }
}

/** The row's XML (<row ...>...</row>) as text of its own. */
export function rowText(bytes: Buffer, row: ByteRow): string {
  return bytes.toString("utf8", row.start, row.end);
}

/**
 * A piece of a sheet read as it inflates (sheetPieces): `bytes[from, to)`
 * is part of the text before the rows (up to sheetData's opening tag,
 * `head`), whole rows (`rows`), or the text from </sheetData> on (`tail`).
 * `unclosed`: the last rows of a sheet whose sheetData never closes (a
 * damaged part), the last row perhaps cut short.
 */
export interface SheetPiece {
  part: "head" | "tail" | "rows";
  bytes: Buffer;
  from: number;
  to: number;
  unclosed?: boolean;
}

const OPENED = Buffer.from(">");

/**
 * A worksheet's bytes, given in pieces as they inflate, cut into its frame
 * and its rows, each piece of rows holding whole rows only (a row cut at a
 * piece's edge waits for the next): a 50 MB sheet is read or rewritten
 * without ever being held whole. The rows end at the first </sheetData>
 * after the last </row> of a piece (XML escapes "<" in text, so a valid
 * part has one </sheetData>, after its rows). An empty <sheetData/> is given opened (head "…<sheetData>", tail
 * "</sheetData>…"), so rows can be added. A part with no sheetData gives
 * nothing.
 */
export async function* sheetPieces(pieces: AsyncIterable<Buffer>): AsyncGenerator<SheetPiece> {
  let held: Buffer | null = null;
  let state: "head" | "rows" | "tail" = "head";
  /** The rows of `bytes` from `from`: whole ones given, the last one cut at its edge held; or the rows' end found. */
  function* rows(bytes: Buffer, from: number): Generator<SheetPiece> {
    // Whole rows only: up to the end of the last closed row; the rest waits for the next piece.
    const last = bytes.lastIndexOf(ROW_CLOSE);
    const to = last >= from ? last + ROW_CLOSE.length : from;
    // </sheetData> follows the last row: looked for after it only (searching a 50 MB sheet for it costs 25 ms).
    const end = bytes.indexOf(SHEET_DATA_CLOSE, to);
    if (end >= 0) {
      if (end > from) yield { part: "rows", bytes, from, to: end };
      yield { part: "tail", bytes, from: end, to: bytes.length };
      state = "tail";
      return;
    }
    if (to > from) yield { part: "rows", bytes, from, to };
    held = to < bytes.length ? bytes.subarray(to) : null;
  }
  for await (const piece of pieces) {
    if (state === "tail") {
      yield { part: "tail", bytes: piece, from: 0, to: piece.length };
      continue;
    }
    if (state === "rows") {
      if (!held) {
        yield* rows(piece, 0);
        continue;
      }
      // The row cut at the last piece's edge is completed with this one's start; the rest is not copied.
      const close = piece.indexOf(ROW_CLOSE);
      const cut = close < 0 ? piece.length : close + ROW_CLOSE.length;
      const joined = Buffer.concat([held, piece.subarray(0, cut)]);
      held = null;
      yield* rows(joined, 0);
      if (cut === piece.length) continue;
      // `joined` ends with a closed row (nothing held), or the rows ended in it.
      if (state === "rows") yield* rows(piece, cut);
      else yield { part: "tail", bytes: piece, from: cut, to: piece.length };
      continue;
    }
    const bytes: Buffer = held ? Buffer.concat([held, piece]) : piece;
    held = null;
    const { open, close } = sheetDataOpen(bytes);
    // The opening tag not whole yet (or not there): the head waits for more.
    if (open < 0 || close < 0) {
      held = bytes;
      continue;
    }
    if (bytes[close - 1] === 0x2f /* / */) {
      yield { part: "head", bytes, from: 0, to: close - 1 };
      yield { part: "head", bytes: OPENED, from: 0, to: 1 };
      yield { part: "tail", bytes: SHEET_DATA_CLOSE, from: 0, to: SHEET_DATA_CLOSE.length };
      yield { part: "tail", bytes, from: close + 1, to: bytes.length };
      state = "tail";
      continue;
    }
    yield { part: "head", bytes, from: 0, to: close + 1 };
    state = "rows";
    yield* rows(bytes, close + 1);
  }
  if (state === "rows" && held)
    yield { part: "rows", bytes: held, from: 0, to: held.length, unclosed: true };
}
