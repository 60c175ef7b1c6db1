/**
 * The Dashboard's charts, once for every store: which chart shows which
 * section of the Dashboard, its kind, title and place on the sheet. The
 * Excel pane draws them with Office.js (src/office/excel/write.ts) and the
 * .xlsx writer as DrawingML parts (src/files/xlsx/charts.ts), both from the
 * ChartPlan built here, and both read the data from the Dashboard's cells,
 * so the charts follow the formulas as rows are edited.
 */
import { columnLetter, parseRange } from "./a1";
import { LANGUAGES } from "./columns";
import type { ChartPlan } from "./plan";
import { PLAN_TEXTS, type PlanTexts } from "./texts";

/**
 * Where a chart takes its data: a counted section of the Dashboard, the year
 * x implementation matrix, or the status at each year end in the block of
 * figures from the history (src/core/schema/figures.ts).
 */
export type ChartSource = "status" | "authority" | "theme" | "yearMatrix" | "yearEnd";

export interface DashboardChartSpec {
  key: string;
  title: keyof PlanTexts;
  type: ChartPlan["type"];
  source: ChartSource;
  /** Placement: top-left and bottom-right cells, right of the Dashboard's columns. */
  from: string;
  to: string;
  /** Several series (the matrix's statuses) need a legend; one series is named by the title. */
  legend: boolean;
}

/**
 * In the order they are drawn. The first two came first (the Excel pane drew
 * them before files had charts): they keep their places, so a refresh adding
 * the others never lays one over an old one.
 */
export const DASHBOARD_CHARTS: readonly DashboardChartSpec[] = [
  {
    key: "statusByYear",
    title: "chartStatusByYear",
    type: "columnStacked",
    source: "yearMatrix",
    from: "J3",
    to: "S22",
    legend: true,
  },
  {
    key: "byAuthority",
    title: "chartByAuthority",
    type: "barClustered",
    source: "authority",
    from: "J24",
    to: "S44",
    legend: false,
  },
  {
    key: "byStatus",
    title: "chartByStatus",
    type: "columnClustered",
    source: "status",
    from: "J46",
    to: "S64",
    legend: false,
  },
  {
    key: "byTheme",
    title: "chartByTheme",
    type: "barClustered",
    source: "theme",
    from: "J66",
    to: "S86",
    legend: false,
  },
  {
    // Values written from the history, not formulas: drawn where the block of figures is written.
    key: "statusAtYearEnd",
    title: "chartStatusAtYearEnd",
    type: "columnStacked",
    source: "yearEnd",
    from: "J88",
    to: "S108",
    legend: true,
  },
];

/** Every name a chart of the Dashboard may have: its title in any tracker language, or its key (earlier versions). */
export function chartNames(key: string): string[] {
  const spec = DASHBOARD_CHARTS.find((chart) => chart.key === key);
  return [
    key,
    ...(spec ? LANGUAGES.map((language) => PLAN_TEXTS[language][spec.title] as string) : []),
  ];
}

/** The Dashboard's charts, given the A1 range of each source (header row and label column included). */
export function dashboardCharts(
  texts: PlanTexts,
  ranges: ReadonlyMap<ChartSource, string>
): ChartPlan[] {
  return DASHBOARD_CHARTS.filter((spec) => ranges.has(spec.source)).map((spec) => ({
    key: spec.key,
    title: texts[spec.title] as string,
    type: spec.type,
    dataRange: ranges.get(spec.source) as string,
    seriesBy: "columns",
    from: spec.from,
    to: spec.to,
    legend: spec.legend,
    // Horizontal bars list the labels from the top, most frequent first, as the section does.
    reverseCategories: spec.type.startsWith("bar"),
  }));
}

/** One series of a chart: the cell naming it and the range of its values (A1, on the chart's sheet). */
export interface ChartSeriesPlan {
  name: string;
  values: string;
}

/**
 * The series a chart draws from its data range, as Excel reads a range:
 * the first row names the series and the first column holds the
 * categories (by columns), or the other way round (by rows).
 */
export function chartSeries(plan: ChartPlan): { categories: string; series: ChartSeriesPlan[] } {
  const range = parseRange(plan.dataRange);
  if (!range) throw new Error(`not an A1 range: ${plan.dataRange}`);
  const cell = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const span = (r1: number, c1: number, r2: number, c2: number) =>
    `${cell(r1, c1)}:${cell(r2, c2)}`;
  const { firstRow, lastRow, firstColumn, lastColumn } = range;
  if (plan.seriesBy === "columns") {
    const series: ChartSeriesPlan[] = [];
    for (let c = firstColumn + 1; c <= lastColumn; c++)
      series.push({ name: cell(firstRow, c), values: span(firstRow + 1, c, lastRow, c) });
    return { categories: span(firstRow + 1, firstColumn, lastRow, firstColumn), series };
  }
  const series: ChartSeriesPlan[] = [];
  for (let r = firstRow + 1; r <= lastRow; r++)
    series.push({ name: cell(r, firstColumn), values: span(r, firstColumn + 1, r, lastColumn) });
  return { categories: span(firstRow, firstColumn + 1, firstRow, lastColumn), series };
}
