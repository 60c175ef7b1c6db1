/**
 * The Stakeholders table of a tracker file, read into the core's actors
 * (src/core/tracker/stakeholders.ts): for `rectrack stats`, actors per
 * quadrant. A tracker made before the table has none (null).
 */
import { parseRange } from "../../core/schema/a1";
import { STAKEHOLDERS_TABLE } from "../../core/schema/stakeholders";
import { readStakeholders, type Stakeholder } from "../../core/tracker/stakeholders";
import { openPackage } from "./package";
import { indexPackage, readSheetRows } from "./sheet-xml";

export async function readStakeholdersFile(
  data: Uint8Array,
  name: string
): Promise<Stakeholder[] | null> {
  const zip = await openPackage(data, name);
  const index = await indexPackage(zip);
  for (const sheet of index.sheets) {
    const table = sheet.tables.find(
      (t) => t.name.toLowerCase() === STAKEHOLDERS_TABLE.toLowerCase()
    );
    const range = table ? parseRange(table.ref) : null;
    if (!range) continue;
    const rows = await readSheetRows(zip, sheet, index, range.lastRow);
    const cut = (row: readonly unknown[] | undefined) =>
      Array.from({ length: range.lastColumn - range.firstColumn + 1 }, (_v, i) =>
        row ? row[range.firstColumn + i] : null
      );
    return readStakeholders(
      cut(rows[range.firstRow - 1]),
      rows.slice(range.firstRow, range.lastRow).map(cut)
    );
  }
  return null;
}
