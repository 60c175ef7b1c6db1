import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/rectrack";
import { columnLetter } from "../../src/core/schema/a1";

/** What the hostile-input tests share: a scratch folder, rectrack run in-process, and "nothing changed" checks. */

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function rectrack(args: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

export interface Scratch {
  dir: string;
  /** Writes a file and returns its path. */
  put(name: string, data: Uint8Array | string): string;
  /** Names in the folder, sorted: a refused command must leave no new or temporary file behind. */
  names(): string[];
  /** Whether the file still holds exactly these bytes. */
  unchanged(path: string, data: Uint8Array | string): boolean;
  remove(): void;
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    dir,
    put(name, data) {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
    names: () => readdirSync(dir).sort(),
    unchanged: (path, data) => Buffer.from(readFileSync(path)).equals(Buffer.from(data)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A refusal as the user reads it: exit status 2 and one line starting "rectrack: ", no stack, no "unexpected". */
export function expectOneLineRefusal(run: Run, pattern: RegExp): void {
  expect({ code: run.code, err: run.err }).toEqual({
    code: 2,
    err: expect.stringMatching(pattern),
  });
  expect(run.err.trimEnd().split("\n")).toHaveLength(1);
  expect(run.err).toMatch(/^rectrack: /);
  expect(run.err).not.toMatch(/unexpected error|\bat \w+ \(|TypeError|RangeError/);
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

/** Offsets of the local and central headers of `entry` in a zip made by JSZip. */
function headersOf(zip: Uint8Array, entry: string): { local: number; central: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const name = Buffer.from(entry);
  let local = -1;
  let central = -1;
  for (let i = 0; i + 46 < zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === LOCAL && local < 0) {
      const length = view.getUint16(i + 26, true);
      if (Buffer.from(zip.subarray(i + 30, i + 30 + length)).equals(name)) local = i;
    } else if (signature === CENTRAL) {
      const length = view.getUint16(i + 28, true);
      if (Buffer.from(zip.subarray(i + 46, i + 46 + length)).equals(name)) central = i;
    }
  }
  if (local < 0 || central < 0) throw new Error(`${entry} is not in the zip`);
  return { local, central };
}

/** The zip with `entry`'s declared (uncompressed) size set to `size` in both headers. */
export function declaringSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = new Uint8Array(zip); // a copy, also of a Buffer (whose slice() shares memory)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { local, central } = headersOf(out, entry);
  view.setUint32(local + 22, size, true);
  view.setUint32(central + 24, size, true);
  return out;
}

/**
 * A zip bomb that lies: `entry` (stored in `zip` with exactly `deflated.length`
 * bytes) becomes those deflated bytes, marked as deflated, while both headers
 * still declare the small stored size. Inflating it yields what `deflated`
 * holds (hundreds of megabytes of zeros from a few hundred kilobytes).
 */
export function lyingBomb(zip: Uint8Array, entry: string, deflated: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip); // a copy, also of a Buffer (whose slice() shares memory)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { local, central } = headersOf(out, entry);
  if (view.getUint32(local + 18, true) !== deflated.length)
    throw new Error(`${entry} must be stored with ${deflated.length} bytes`);
  view.setUint16(local + 8, 8, true);
  view.setUint16(central + 10, 8, true);
  const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  out.set(deflated, data);
  return out;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A one-sheet workbook written directly as package XML (inline strings), for
 * sizes exceljs would take minutes to write. With `table`, rows 1.. are an
 * Excel table of that name; without, the sheet is a plain range.
 */
export interface SheetOptions {
  /** Make rows 1.. an Excel table of this name. */
  table?: string;
  /** Merged ranges, e.g. "C2:C4" (only the first cell keeps a value, as in Excel). */
  merges?: readonly string[];
  /** Protect the sheet (no password), as Review > Protect Sheet does. */
  protect?: boolean;
}

export async function sheetPackage(
  rows: (string | number | boolean | null)[][],
  { table, merges = [], protect = false }: SheetOptions = {}
): Promise<Uint8Array> {
  const width = Math.max(...rows.map((row) => row.length));
  const body: string[] = [];
  rows.forEach((row, r) => {
    const cells = row
      .map((value, c) => {
        if (value === null || value === "") return "";
        const ref = `${columnLetter(c)}${r + 1}`;
        if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
        if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
      })
      .join("");
    body.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const ref = `A1:${columnLetter(width - 1)}${rows.length}`;
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${table ? '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' : ""}</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Recommendations" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="${ref}"/><sheetData>${body.join("")}</sheetData>${protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : ""}${merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : ""}${table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ""}</worksheet>`
  );
  if (table) {
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/table" Target="../tables/table1.xml"/></Relationships>`
    );
    const columns = rows[0]
      .map(
        (header, c) =>
          `<tableColumn id="${c + 1}" name="${escapeXml(String(header ?? `Column${c + 1}`))}"/>`
      )
      .join("");
    zip.file(
      "xl/tables/table1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${main}" id="1" name="${table}" displayName="${table}" ref="${ref}"><tableColumns count="${width}">${columns}</tableColumns></table>`
    );
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}
