/**
 * The Dashboard sheet brought up to date in the open workbook: its labels
 * (every addressee, theme, place... found, most frequent first) are written
 * from the plan with the data's order, its counts stay formulas. Nothing
 * here syncs: the operations ride on the request of the write they belong
 * to (an import, the Follow-up refresh, the data check's fixes), so the
 * sheet never lags behind the rows and no request is added.
 */
import { columnLetter, parseAddress } from "../../core/schema/a1";
import type { ColumnKey } from "../../core/schema/columns";
import { chartNames } from "../../core/schema/charts";
import { DASHBOARD_COLUMNS, plannedLastRow } from "../../core/schema/dashboard";
import { FIGURES_BLOCK, type HistoryFigures } from "../../core/schema/figures";
import type { CellPlan, ChartPlan, Language, SheetPlan } from "../../core/schema/plan";
import { VocabularyKey } from "../../core/schema/vocabularies";
import { buildWorkbookPlan, columnsMissingFrom } from "../../core/schema/workbook-plan";
import { dashboardData } from "../../core/tracker/dashboard";
import type { TrackerRecord } from "../../core/tracker/types";
import { ExcelHost, Feature, supports } from "./host";
import { hasHistory, type WorkbookState } from "./inspect";
import { addChart, writeCellStyle } from "./write";

export interface DashboardInput {
  language: Language;
  /** Headers of the tracker's columns as the workbook shows them (formulas name them). */
  headers: Partial<Record<ColumnKey, string>>;
  records: readonly TrackerRecord[];
  /** The figures from the history (src/core/tracker/figures.ts): their block and chart are written too. */
  figures?: HistoryFigures;
}

/** The planned Dashboard for these records, the labels from the lists and the data. */
export function plannedDashboard(state: WorkbookState, input: DashboardInput): SheetPlan {
  const lists: Partial<Record<VocabularyKey, string[]>> = {};
  for (const [key, list] of state.lists) lists[key] = list.items;
  return buildWorkbookPlan({
    language: input.language,
    headers: input.headers,
    missingColumns: columnsMissingFrom(input.headers),
    sheetNames: state.dashboard ? { dashboard: state.dashboard.sheet } : {},
    dashboard: { ...dashboardData(input.records, lists, input.language), figures: input.figures },
    // A tracker of schema v1 has no reply-deadline setting for the Dashboard to count with.
    history: hasHistory(state),
  }).sheets.find((sheet) => sheet.key === "dashboard") as SheetPlan;
}

/**
 * Queues the rewrite of the Dashboard's columns A to H: cleared to their
 * last used row, then written as planned in two range writes (formats, then
 * values and formulas) plus the styled cells; charts follow their new
 * ranges. Returns false when the workbook has no Dashboard of ours.
 */
export function queueDashboardRefresh(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  input: DashboardInput,
  skipped?: Set<Feature>
): boolean {
  if (!state.dashboard) return false;
  const plan = plannedDashboard(state, input);
  // Longer sections never cover what the user wrote below the Dashboard: then it stays as it was.
  const planned = plannedLastRow(plan);
  if (state.dashboard.usedBelow && planned > state.dashboard.lastRow) return false;
  const worksheet = context.workbook.worksheets.getItem(state.dashboard.sheet);
  writeDashboardCells(worksheet, plan.cells, state.dashboard.lastRow);
  // The block of figures owns its columns (U to AB): cleared whole, then written.
  if (input.figures) writeDashboardCells(worksheet, plan.cells, null, FIGURES_BLOCK);
  queueCharts(worksheet, host, state.dashboard.charts, plan.charts, skipped);
  return true;
}

/** Queues the charts as planned: one already on the sheet (by any of its names) reads its new range, a missing one is added. */
export function queueCharts(
  worksheet: Excel.Worksheet,
  host: ExcelHost,
  onSheet: readonly string[],
  charts: readonly ChartPlan[],
  skipped?: Set<Feature>
): void {
  for (const chart of charts) {
    const names = chartNames(chart.key);
    const existing = onSheet.find((name) => names.includes(name));
    if (existing) {
      const found = worksheet.charts.getItem(existing);
      found.setData(
        worksheet.getRange(chart.dataRange),
        chart.seriesBy === "columns" ? "Columns" : "Rows"
      );
      // Charts of earlier versions were named by key: they take their title, which Excel shows.
      if (existing !== chart.title) found.name = chart.title;
    } else if (supports(host, "charts")) addChart(worksheet, chart);
    else skipped?.add("charts");
  }
}

/**
 * The planned cells of an area of the Dashboard (columns A to H by default)
 * as one block (a grid of formats and one of values and formulas), the old
 * block cleared first (to `oldLastRow`; null: the area's whole columns).
 */
export function writeDashboardCells(
  worksheet: Excel.Worksheet,
  cells: readonly CellPlan[],
  oldLastRow: number | null,
  area: { firstColumn: number; columns: number } = { firstColumn: 0, columns: DASHBOARD_COLUMNS }
): void {
  const firstColumn = columnLetter(area.firstColumn);
  const lastColumn = columnLetter(area.firstColumn + area.columns - 1);
  const ours = cells.filter((cell) => {
    const { column } = parseAddress(cell.address);
    return column >= area.firstColumn && column < area.firstColumn + area.columns;
  });
  const rows = Math.max(1, ...ours.map((cell) => parseAddress(cell.address).row));
  if (oldLastRow === null) worksheet.getRange(`${firstColumn}:${lastColumn}`).clear("All");
  else if (oldLastRow > 0)
    worksheet.getRange(`${firstColumn}1:${lastColumn}${Math.max(oldLastRow, rows)}`).clear("All");
  const formats: string[][] = Array.from({ length: rows }, () =>
    Array.from({ length: area.columns }, () => "General")
  );
  const values: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: area.columns }, () => "")
  );
  for (const cell of ours) {
    const { row, column: sheetColumn } = parseAddress(cell.address);
    const column = sheetColumn - area.firstColumn;
    if (cell.formula !== undefined) {
      formats[row - 1][column] = cell.numberFormat ?? "General";
      values[row - 1][column] = cell.formula;
    } else {
      const value = cell.value ?? "";
      // Text stays text whatever it starts with (a label "=x" is a word, not a formula).
      formats[row - 1][column] = typeof value === "string" ? "@" : (cell.numberFormat ?? "General");
      values[row - 1][column] = value === null ? "" : value;
    }
  }
  const block = worksheet.getRange(`${firstColumn}1:${lastColumn}${rows}`);
  block.numberFormat = formats;
  block.formulas = values;
  for (const cell of ours)
    if (cell.style) writeCellStyle(worksheet.getRange(cell.address), cell.style);
}
