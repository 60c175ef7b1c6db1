/**
 * "Refresh figures": the Dashboard's block of figures from the history
 * (src/core/schema/figures.ts) and the chart of the status at each year end,
 * written in the open workbook from the tracker's rows and its History
 * table. The values are worked out in core (src/core/tracker/figures.ts), as
 * for `rectrack stats --refresh`. One Excel.run: the structure (2 requests),
 * the rows with the events (one request per block), then one write, with
 * the Dashboard's labels brought up to date in the same request.
 */
import { historyFigures } from "../../core/tracker/figures";
import { queueDashboardRefresh } from "./dashboard";
import { ExcelHost, Feature, requireExcel } from "./host";
import { readTrackerAndHistoryIn } from "./import";
import { requireWritable } from "./inspect";
import type { Progress } from "./write";

export interface FiguresRefresh {
  /**
   * refreshed: written; noDashboard: the workbook has no Dashboard of ours;
   * noHistory: a tracker of schema v1 (the upgrade adds the History);
   * blocked: the Dashboard's sections would now cover cells written below them.
   */
  outcome: "refreshed" | "noDashboard" | "noHistory" | "blocked";
  /** The Dashboard's sheet, when there is one. */
  sheet: string | null;
  /** The day the figures were worked out for. */
  refreshed: string;
  skipped: Feature[];
}

export async function refreshFigures(
  host: ExcelHost,
  options: { today: string; progress?: Progress }
): Promise<FiguresRefresh> {
  requireExcel(host);
  return host.run(async (context) => {
    const { snapshot, history } = await readTrackerAndHistoryIn(context, options.progress);
    const state = snapshot.state;
    const result = (outcome: FiguresRefresh["outcome"], skipped: Feature[] = []) => ({
      outcome,
      sheet: state.dashboard?.sheet ?? null,
      refreshed: options.today,
      skipped,
    });
    if (!state.dashboard) return result("noDashboard");
    if (!history.present) return result("noHistory");
    requireWritable(state, [state.dashboard.sheet]);
    const records = snapshot.rows.map((row) => row.values);
    const figures = historyFigures(records, {
      today: options.today,
      language: snapshot.language,
      replyDays: history.replyDays,
      history: history.rows,
    });
    const skipped = new Set<Feature>();
    const queued = queueDashboardRefresh(
      context,
      host,
      state,
      { language: snapshot.language, headers: snapshot.headers, records, figures },
      skipped
    );
    if (!queued) return result("blocked");
    await context.sync();
    return result("refreshed", [...skipped]);
  });
}
