import JSZip from "jszip";
import { parseRange } from "../../src/core/schema/a1";
import {
  decodeXmlText,
  indexPackage,
  readSheetRows,
  resolvePartPath,
} from "../../src/files/xlsx/sheet-xml";

/** One chart of a sheet as the file holds it: its frame's name, part, and the ranges its series read. */
export interface FileChart {
  name: string;
  path: string;
  xml: string;
  /** Every <c:f> of the chart, in order (series name, categories, values, ...). */
  refs: string[];
}

function relsOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async("string");
}

function target(rels: string, id: string): string | undefined {
  const element = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((e) => e.includes(`Id="${id}"`));
  return element ? /Target="([^"]+)"/.exec(element)?.[1] : undefined;
}

/**
 * The charts on a sheet of an .xlsx package, found the way Excel finds them:
 * sheet -> <drawing r:id> -> drawing part -> graphic frames -> chart parts,
 * each part declared in [Content_Types].xml.
 */
export async function sheetCharts(bytes: Uint8Array, sheetName: string): Promise<FileChart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const index = await indexPackage(zip);
  const sheet = index.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const xml = await text(zip, sheet.path);
  const drawingId = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(xml)?.[1];
  if (!drawingId) return [];
  const types = await text(zip, "[Content_Types].xml");
  const drawingTarget = target(await text(zip, relsOf(sheet.path)), drawingId);
  if (!drawingTarget) throw new Error("the sheet's drawing has no relationship");
  const drawingPath = resolvePartPath(sheet.path, drawingTarget);
  if (!types.includes(`PartName="/${drawingPath}"`)) throw new Error(`${drawingPath} has no type`);
  const drawing = await text(zip, drawingPath);
  const drawingRels = await text(zip, relsOf(drawingPath));
  const charts: FileChart[] = [];
  for (const frame of drawing.matchAll(/<xdr:graphicFrame\b[\s\S]*?<\/xdr:graphicFrame>/g)) {
    const name = decodeXmlText(/<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(frame[0])?.[1] ?? "");
    const rel = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(frame[0])?.[1] ?? "";
    const path = resolvePartPath(drawingPath, target(drawingRels, rel) ?? "");
    if (!types.includes(`PartName="/${path}"`)) throw new Error(`${path} has no type`);
    const chart = await text(zip, path);
    charts.push({
      name,
      path,
      xml: chart,
      refs: [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => decodeXmlText(m[1])),
    });
  }
  return charts;
}

/** The values of a sheet's cells in an A1 range (sheet name included or not), row by row. */
export async function cellsIn(bytes: Uint8Array, range: string): Promise<unknown[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const index = await indexPackage(zip);
  const parsed = parseRange(range);
  if (!parsed) throw new Error(`not a range: ${range}`);
  const sheet = index.sheets.find((s) => s.name === parsed.sheet);
  if (!sheet) throw new Error(`no sheet ${parsed.sheet}`);
  const rows = await readSheetRows(zip, sheet, index);
  const out: unknown[][] = [];
  for (let r = parsed.firstRow; r <= parsed.lastRow; r++)
    out.push(
      Array.from(
        { length: parsed.lastColumn - parsed.firstColumn + 1 },
        (_v, c) => rows[r - 1]?.[parsed.firstColumn + c] ?? null
      )
    );
  return out;
}
