/**
 * Refreshes the Follow-up sheet from the tracker's rows: what is overdue, due
 * soon, or implemented but not verified. The sheet is the add-in's own; its
 * table is replaced whole. Reading takes two requests plus one per block of
 * rows, writing one (plus one per further 3 MB of rows).
 */
import type { SheetPlan } from "../../core/schema/plan";
import { buildWorkbookPlan, FOLLOW_UP_TABLE } from "../../core/schema/workbook-plan";
import { followUpList, followUpRows } from "../../core/tracker/followup";
import { computeStats } from "../../core/tracker/stats";
import { ExcelHost, Feature, requireExcel } from "./host";
import { freeSheetNames } from "../../core/tracker/plan-inputs";
import { queueDashboardRefresh } from "./dashboard";
import { requireWritable } from "./inspect";
import { readRowsOf } from "./read";
import { inspectWorkbook } from "./inspect";
import { queueReplyDays, replyDaysIn } from "./import";
import {
  Deferred,
  Progress,
  sendDeferred,
  setColumnWidth,
  writeCell,
  writeSheet,
  writeTable,
} from "./write";

export interface FollowUpResult {
  sheet: string;
  rows: number;
  overdue: number;
  dueSoon: number;
  notVerified: number;
  /** Not implemented: listed with the strategies their reason suggests. */
  notImplemented: number;
  /** No response within the reply deadline; null when no deadline is set (or a tracker of schema v1). */
  replyOverdue: number | null;
  skipped: Feature[];
}

export async function refreshFollowUp(
  host: ExcelHost,
  options: { today: string; withinDays?: number; progress?: Progress }
): Promise<FollowUpResult> {
  requireExcel(host);
  return host.run(async (context) => {
    // Schema v2: replies overdue once the reply deadline set on the History sheet has passed; the
    // setting is read with the structure and the rows, in the same requests.
    const names = context.workbook.names.load("items/name,items/formula");
    const inspected = await inspectWorkbook(context);
    const setting = queueReplyDays(context, names);
    const snapshot = await readRowsOf(context, inspected, options.progress);
    const records = snapshot.rows.map((row) => row.values);
    const replyDays = replyDaysIn(setting);
    const items = followUpList(records, {
      today: options.today,
      withinDays: options.withinDays,
      replyDays,
    });
    const stats = computeStats(records, {
      today: options.today,
      dueSoonDays: options.withinDays,
      replyDays,
    });
    const state = snapshot.state;
    requireWritable(state, [state.followUpSheet, state.dashboard?.sheet], !state.followUpSheet);
    const plan = buildWorkbookPlan({
      language: snapshot.language,
      headers: snapshot.headers,
      followUpRows: followUpRows(items, snapshot.language),
      sheetNames: freeSheetNames(snapshot.language, state.sheetNames, {
        followUp: state.followUpSheet ?? undefined,
      }),
    });
    const sheetPlan = plan.sheets.find((sheet) => sheet.key === "followUp") as SheetPlan;
    const deferred: Deferred = [];
    const skipped = new Set<Feature>();
    if (state.followUpSheet) {
      const worksheet = context.workbook.worksheets.getItem(state.followUpSheet);
      const table = context.workbook.tables.getItem(FOLLOW_UP_TABLE);
      const old = table.getRange();
      old.clear("Contents");
      table.delete();
      writeTable(worksheet, sheetPlan.tables[0], deferred);
      // The title and note too: a sheet made by an earlier version gets today's words.
      for (const cell of sheetPlan.cells) writeCell(worksheet, cell);
      for (const width of sheetPlan.columnWidths)
        setColumnWidth(worksheet, width.column, width.width);
    } else {
      writeSheet(
        context.workbook.worksheets.add(sheetPlan.name),
        sheetPlan,
        host,
        deferred,
        skipped
      );
    }
    // The Dashboard's labels and their order follow the data, in the same request.
    queueDashboardRefresh(
      context,
      host,
      state,
      { language: snapshot.language, headers: snapshot.headers, records },
      skipped
    );
    await context.sync();
    await sendDeferred(context, deferred, options.progress);
    return {
      sheet: sheetPlan.name,
      rows: items.length,
      overdue: stats.overdue,
      dueSoon: stats.dueSoon,
      notVerified: stats.implementedNotVerified,
      notImplemented: items.filter((item) => item.reason === "notImplemented").length,
      replyOverdue: stats.replyOverdue,
      skipped: [...skipped],
    };
  });
}
