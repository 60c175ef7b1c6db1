import JSZip from "jszip";
import { indexPackage, readSheetRows } from "../../src/files/xlsx/sheet-xml";

/** Every cell value of every sheet of a workbook, by sheet name: what "no cell changed" compares. */
export async function allCells(bytes: Uint8Array): Promise<Record<string, unknown[][]>> {
  const zip = await JSZip.loadAsync(bytes);
  const index = await indexPackage(zip);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of index.sheets) out[sheet.name] = await readSheetRows(zip, sheet, index);
  return out;
}
