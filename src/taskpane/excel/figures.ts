/**
 * The pane's side of "Refresh figures": the Dashboard's block of figures
 * from the history, written by src/office/excel/figures.ts, and what the
 * pane says about it. The controller runs it on the user's click and, quietly,
 * after every write that changes the rows or the history (an event recorded,
 * a reply applied, an import), so the block never lags behind them.
 */
import { ExcelHost, refreshFigures, type FiguresRefresh } from "../../office/excel";
import type { ExcelMessageKey } from "./i18n";
import type { Notice } from "./state";

const NOTICES: Record<
  FiguresRefresh["outcome"],
  { intent: Notice["intent"]; key: ExcelMessageKey }
> = {
  refreshed: { intent: "success", key: "figuresDone" },
  noDashboard: { intent: "warning", key: "figuresNoDashboard" },
  noHistory: { intent: "warning", key: "figuresNoHistory" },
  blocked: { intent: "warning", key: "figuresBlocked" },
};

/** What the pane says after a refresh the user asked for. */
export function figuresNotice(result: FiguresRefresh): Omit<Notice, "id"> {
  return {
    ...NOTICES[result.outcome],
    values: { sheet: result.sheet ?? "", date: result.refreshed },
  };
}

/**
 * The refresh that follows a write: nothing to say when it worked or when the
 * workbook cannot hold the figures (a tracker of schema v1, no Dashboard);
 * a Dashboard left as it was is worth a word.
 */
export async function refreshFiguresAfterWrite(
  host: ExcelHost,
  today: string
): Promise<Omit<Notice, "id"> | null> {
  const result = await refreshFigures(host, { today });
  return result.outcome === "blocked" ? figuresNotice(result) : null;
}
