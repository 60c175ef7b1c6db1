import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { columnIndex } from "../../core/schema/a1";
import { declaredSizes, inflateEntry } from "../zip-stream";
import { checkDeferred, inflateAll, PartRefused, partText } from "./zip";
import { escapeAttribute } from "./sheet-patch";

/**
 * What the .xlsx package itself needs beyond exceljs: recognising files that
 * are not workbooks, and the Custom XML part exceljs cannot store (the
 * tracker's metadata), added to and read from the zip directly.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CUSTOM_XML_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE =
  "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

function utf16(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

/**
 * How much a workbook may expand to. A 100,000-row tracker's sheet is about
 * 85 MB of XML (inline strings); a part must also stay well under the longest string
 * JavaScript can hold (about 512 MB), or reading it fails without a reason.
 */
export const LIMITS = {
  partBytes: 256 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
};

function tooBig(name: string): InputError {
  const limit = String(LIMITS.totalBytes / 1024 / 1024);
  return new InputError(
    `${name} is too large to be read as a workbook (it expands to more than ${limit} MB); it may be damaged or a zip bomb.`,
    "workbookTooBig",
    { file: name, limit }
  );
}

/**
 * Refuses a package that would expand beyond LIMITS: first by the sizes it
 * declares, then by inflating each part once while counting (a zip can
 * declare small sizes and inflate to gigabytes), a big part piece by
 * piece, nothing kept (./zip.ts); an entry zlib cannot read here is
 * counted through JSZip's stream, without keeping its bytes.
 */
async function checkExpandedSize(
  zip: JSZip,
  data: Uint8Array,
  name: string,
  defer: boolean
): Promise<void> {
  const declared = declaredSizes(data);
  let total = 0;
  for (const size of declared?.values() ?? []) {
    total += size;
    if (size > LIMITS.partBytes || total > LIMITS.totalBytes) throw tooBig(name);
  }
  const damaged = () => damagedPackage(name);
  const { outcome, left, inflated } = await inflateAll(zip, data, LIMITS, defer);
  if (outcome === "too big") throw tooBig(name);
  if (outcome === "damaged") throw damaged();
  let counted = inflated;
  for (const file of left) {
    let part = 0;
    await inflateEntry(file, {
      keep: false,
      onChunk: (length) => {
        part += length;
        counted += length;
        return part > LIMITS.partBytes || counted > LIMITS.totalBytes ? tooBig(name) : null;
      },
      damaged,
    });
  }
}

function damagedPackage(name: string): InputError {
  return new InputError(
    `${name} is damaged and cannot be opened as a workbook.`,
    "workbookDamaged",
    {
      file: name,
    }
  );
}

/**
 * Runs `read` on a package opened with `deferBig` (openPackage), then
 * checks the big parts it did not inflate whole: a part found too large or
 * damaged, while read or after, is refused as openPackage refuses it.
 */
export async function readChecked<T>(zip: JSZip, name: string, read: () => Promise<T>): Promise<T> {
  try {
    const result = await read();
    const outcome = await checkDeferred(zip);
    if (outcome === "too big") throw tooBig(name);
    if (outcome === "damaged") throw damagedPackage(name);
    return result;
  } catch (error) {
    throw refusal(error, name);
  }
}

/** A part refused as it was read (PartRefused), as openPackage refuses it; any other error as it is. */
function refusal(error: unknown, name: string): unknown {
  if (!(error instanceof PartRefused)) return error;
  return error.outcome === "too big" ? tooBig(name) : damagedPackage(name);
}

/**
 * Refuses, in plain words, what is not an .xlsx workbook we can open.
 * `deferBig`: its big parts (over 1 MB) are checked as they are first read,
 * not here, so a reader that reads them inflates each once; the caller
 * reads through readChecked().
 */
export async function openPackage(
  data: Uint8Array,
  name: string,
  options: { deferBig?: boolean } = {}
): Promise<JSZip> {
  if (data.length === 0) throw new InputError(`${name} is empty.`, "fileEmpty", { file: name });
  if (startsWith(data, CFB_SIGNATURE)) {
    const buffer = Buffer.from(data);
    if (buffer.includes(utf16("EncryptionInfo")) || buffer.includes(utf16("EncryptedPackage"))) {
      throw new InputError(
        `${name} is protected by a password; open it in Excel, remove the password, save it and try again.`,
        "workbookProtected",
        { file: name }
      );
    }
    throw new InputError(
      `${name} is an old-style Excel file (.xls); open it in Excel and save it as an .xlsx workbook first.`,
      "oldExcelFormat",
      { file: name }
    );
  }
  if (!startsWith(data, [0x50, 0x4b]))
    throw new InputError(`${name} is not an .xlsx workbook.`, "notWorkbook", { file: name });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw damagedPackage(name);
  }
  if (!zip.file("[Content_Types].xml") || !zip.file("xl/workbook.xml")) {
    throw new InputError(
      `${name} is not an .xlsx workbook (it is a zip file of another kind).`,
      "notWorkbook",
      { file: name }
    );
  }
  await checkExpandedSize(zip, data, name, options.deferBig === true);
  await unprefixPackage(zip).catch((error: unknown) => {
    throw refusal(error, name);
  });
  return zip;
}

const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The part with its SpreadsheetML elements written without a namespace
 * prefix: tools built on the Open XML SDK may write `<x:worksheet
 * xmlns:x="…main">`, which is valid and means the same as `<worksheet
 * xmlns="…main">`, the form our readers and writers expect.
 */
export function unprefixed(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b[^>]*>/.exec(xml.slice(0, 4096));
  if (!root || root.index > xml.search(/<[A-Za-z_]/)) return xml;
  const prefix = root[1];
  const declaration = new RegExp(`\\sxmlns:${prefix}="${SPREADSHEET_MAIN}"`);
  // A default namespace already in use for something else: the prefix must stay.
  if (!declaration.test(root[0]) || /\sxmlns="/.test(root[0])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(
      new RegExp(`(\\s)xmlns:${prefix}="${SPREADSHEET_MAIN}"`),
      `$1xmlns="${SPREADSHEET_MAIN}"`
    );
}

/** Rewrites a package written with prefixed SpreadsheetML (its workbook part says so) in the usual form. */
async function unprefixPackage(zip: JSZip): Promise<void> {
  const workbook = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  if (unprefixed(workbook) === workbook) return;
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || !/^xl\/.*\.xml$/.test(path)) continue;
    const xml = (await partText(zip, path)) ?? "";
    const plain = unprefixed(xml);
    if (plain !== xml) zip.file(path, plain);
  }
}

/** Texts of every Custom XML item in the package, in part order. */
export async function readCustomXmlParts(zip: JSZip): Promise<{ path: string; xml: string }[]> {
  const paths = Object.keys(zip.files)
    .filter((path) => /^customXml\/item\d+\.xml$/i.test(path))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const parts: { path: string; xml: string }[] = [];
  for (const path of paths) {
    const bytes = await (zip.file(path) as JSZip.JSZipObject).async("uint8array");
    parts.push({ path, xml: decodeXml(bytes) });
  }
  return parts;
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return Buffer.from(bytes.subarray(2)).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return Buffer.from(bytes)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

/**
 * Stores `xml` as a Custom XML part related from the workbook part,
 * replacing any earlier part that carries the same namespace.
 */
export async function putCustomXmlPart(
  zip: JSZip,
  namespace: string,
  xml: string,
  itemId: string
): Promise<void> {
  for (const part of await readCustomXmlParts(zip)) {
    if (part.xml.includes(namespace)) {
      zip.file(part.path, xml);
      return;
    }
  }
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${itemId.toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttribute(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`
  );
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await (zip.file(relsPath) as JSZip.JSZipObject).async("string");
  const used = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]));
  let id = 1;
  while (used.has(`rId${id}`)) id++;
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${id}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`
    )
  );
  const typesPath = "[Content_Types].xml";
  let types = await (zip.file(typesPath) as JSZip.JSZipObject).async("string");
  if (!/<Default [^>]*Extension="xml"/i.test(types)) {
    types = types.replace(
      /(<Types[^>]*>)/,
      `$1<Default Extension="xml" ContentType="application/xml"/>`
    );
  }
  types = types.replace(
    "</Types>",
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`
  );
  zip.file(typesPath, types);
}

/** Parts of the package exceljs does not carry over when it rewrites a workbook. */
export function partsExceljsDrops(zip: JSZip): string[] {
  const kinds: [RegExp, string][] = [
    [/^xl\/charts\//, "charts"],
    [/^xl\/pivotTables\//, "pivot tables"],
    [/^xl\/vbaProject\.bin$/, "macros"],
    [/^xl\/drawings\/.*\.vml$/, "form controls"],
    [/^xl\/slicers?\//, "slicers"],
  ];
  const found = new Set<string>();
  for (const path of Object.keys(zip.files))
    for (const [pattern, kind] of kinds) if (pattern.test(path)) found.add(kind);
  return [...found];
}

/** Cells a data-validation range may cover before it is trimmed for exceljs (which expands ranges cell by cell). */
const VALIDATION_CELL_LIMIT = 50000;
/** Rows kept below the used area when a whole-column validation is trimmed. */
const VALIDATION_MARGIN = 1000;

function trimSqref(sqref: string, lastUsedRow: number): string {
  const kept: string[] = [];
  for (const token of sqref.trim().split(/\s+/)) {
    const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(token);
    if (!match || !match[3]) {
      kept.push(token);
      continue;
    }
    const [startRow, endRow] = [Number(match[2]), Number(match[4])];
    const width = columnIndex(match[3]) - columnIndex(match[1]) + 1;
    if (width * (endRow - startRow + 1) <= VALIDATION_CELL_LIMIT) {
      kept.push(token);
      continue;
    }
    const end = Math.min(endRow, Math.max(startRow, lastUsedRow + VALIDATION_MARGIN));
    kept.push(`${match[1]}${startRow}:${match[3]}${end}`);
  }
  return kept.join(" ");
}

/**
 * Makes a package safe for exceljs to load: it expands every data-validation
 * range into one entry per cell, so a rule on a whole column (a million rows)
 * would exhaust memory. "strip" removes the rules (reading only); "trim"
 * shortens huge ranges to the used rows plus a margin (the workbook is
 * rewritten, and its drop-downs keep working where there is data).
 */
export async function prepareForExceljs(
  zip: JSZip,
  data: Uint8Array,
  mode: "strip" | "trim"
): Promise<Uint8Array> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = (await partText(zip, path)) ?? "";
    if (!xml.includes("<dataValidations")) continue;
    let next: string;
    if (mode === "strip") {
      next = xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, "");
    } else {
      const dimension = /<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(xml);
      const lastRowMatch = [...xml.matchAll(/<row [^>]*\br="(\d+)"/g)].pop();
      const lastUsedRow = Math.max(Number(dimension?.[1] ?? 1), Number(lastRowMatch?.[1] ?? 1));
      next = xml.replace(
        /(<dataValidation\b[^>]*\bsqref=")([^"]*)(")/g,
        (_m, a: string, sqref: string, b: string) => a + trimSqref(sqref, lastUsedRow) + b
      );
    }
    if (next !== xml) {
      zip.file(path, next);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : data;
}
