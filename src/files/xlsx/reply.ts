/**
 * The table of a returned letter or brief pasted into a workbook: the first
 * row (of the first sheet that has one) naming a Rec ID column in any
 * tracker language is its header, the rows below it until an empty one are
 * its rows. How the table is applied is decided in core (planReply).
 */
import { isRecIdHeader, type ReplyTable } from "../../core/tracker/observe";
import type { CellInput } from "../../core/tracker/types";
import { openPackage } from "./package";
import { indexPackage, readSheetRows } from "./sheet-xml";

function filled(cell: CellInput | undefined): boolean {
  return cell !== null && cell !== undefined && String(cell).trim() !== "";
}

export async function readReplyXlsx(data: Uint8Array, name: string): Promise<ReplyTable | null> {
  const zip = await openPackage(data, name);
  const index = await indexPackage(zip);
  for (const sheet of index.sheets) {
    const rows = await readSheetRows(zip, sheet, index);
    const at = rows.findIndex((row) => row.some(isRecIdHeader));
    if (at < 0) continue;
    const header = rows[at];
    const first = header.findIndex(filled);
    const headers = header.slice(first).map((cell) => (filled(cell) ? String(cell).trim() : ""));
    const body: ReplyTable["rows"] = [];
    for (let r = at + 1; r < rows.length && rows[r].some(filled); r++)
      body.push({ line: r + 1, cells: rows[r].slice(first, first + headers.length) });
    return { headers, rows: body };
  }
  return null;
}
