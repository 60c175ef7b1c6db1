/**
 * Follow-up in the open workbook: which recommendations the user selected
 * in the Recommendations sheet (their Rec IDs), for "Record an event". The
 * event itself is decided in core (src/core/tracker/observe.ts) and written
 * by ExcelTrackerStore with the current columns, in the same requests.
 */
import { parseRange } from "../../core/schema/a1";
import { locateColumns } from "../../core/schema/upgrade";
import { ExcelHost, requireExcel } from "./host";
import { inspectWorkbook } from "./inspect";
import { readRows } from "./read";

export interface SelectedRecommendations {
  /** Rec IDs of the selected rows of the Recommendations table, in sheet order, each once. */
  ids: string[];
  /** Selected rows of the table that have no Rec ID. */
  withoutId: number;
  /** The selection is not on the Recommendations table's rows. */
  outside: boolean;
}

/**
 * The Rec IDs of the rows selected in the Recommendations table: three
 * requests (the selection goes with the structure's first), then one per
 * block of selected rows.
 */
export async function selectedRecommendations(host: ExcelHost): Promise<SelectedRecommendations> {
  requireExcel(host);
  return host.run(async (context) => {
    const selection = context.workbook.getSelectedRange().load("address,rowIndex,rowCount");
    const state = await inspectWorkbook(context);
    const tracker = state.tracker;
    const none = { ids: [], withoutId: 0, outside: true };
    if (!tracker) return none;
    const sheet = parseRange(selection.address)?.sheet ?? "";
    if (sheet !== tracker.sheet) return none;
    const first = Math.max(selection.rowIndex, tracker.headerRow + 1);
    const last = Math.min(
      selection.rowIndex + selection.rowCount - 1,
      tracker.headerRow + tracker.rowCount
    );
    const idAt = locateColumns(tracker.headers, state.metadata).found.get("id");
    if (last < first || idAt === undefined) return none;
    const values = await readRows(
      context,
      sheet,
      first,
      tracker.firstColumn + idAt,
      last - first + 1,
      1
    );
    const ids = new Set<string>();
    let withoutId = 0;
    for (const row of values) {
      const id = String(row[0] ?? "").trim();
      if (!id) withoutId++;
      else ids.add(id);
    }
    return { ids: [...ids], withoutId, outside: false };
  });
}
