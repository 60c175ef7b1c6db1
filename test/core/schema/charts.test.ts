import {
  buildWorkbookPlan,
  chartNames,
  chartSeries,
  DASHBOARD_CHARTS,
  parseRange,
  PLAN_TEXTS,
} from "../../../src/core/schema";
import type { CellPlan, ChartPlan } from "../../../src/core/schema";

function dashboard(language: "en" | "fr" | "es", sections?: Record<string, string[]>) {
  return buildWorkbookPlan({
    language,
    dashboard: sections ? { sections } : undefined,
  }).sheets.find((sheet) => sheet.key === "dashboard")!;
}

function valueAt(cells: CellPlan[], address: string) {
  return cells.find((cell) => cell.address === address)?.value;
}

describe("the Dashboard's charts", () => {
  it("draws status, addressee, theme and year made from the sections that count them, in every language", () => {
    for (const language of ["en", "fr", "es"] as const) {
      const t = PLAN_TEXTS[language];
      const sheet = dashboard(language, {
        authority: ["Ministry A", "Ministry B", "Ministry C"],
        theme: ["Health"],
      });
      const byKey = new Map(sheet.charts.map((chart) => [chart.key, chart]));
      // The chart of the status at each year end comes with the figures from the history (test/core/tracker/figures.test.ts).
      expect([...byKey.keys()]).toEqual(
        DASHBOARD_CHARTS.filter((spec) => spec.source !== "yearEnd").map((spec) => spec.key)
      );
      // Each chart's range starts at its section's heading and covers its labels.
      const heading = (chart: ChartPlan) =>
        valueAt(sheet.cells, `A${parseRange(chart.dataRange)!.firstRow}`);
      expect(heading(byKey.get("byStatus")!)).toBe(t.byStatus);
      expect(heading(byKey.get("byAuthority")!)).toBe(t.byAuthority);
      expect(heading(byKey.get("byTheme")!)).toBe(t.byTheme);
      expect(heading(byKey.get("statusByYear")!)).toBe(t.year);
      const authority = chartSeries(byKey.get("byAuthority")!);
      const first = parseRange(byKey.get("byAuthority")!.dataRange)!.firstRow;
      expect(authority.categories).toBe(`$A$${first + 1}:$A$${first + 3}`);
      expect(authority.series).toEqual([
        { name: `$B$${first}`, values: `$B$${first + 1}:$B$${first + 3}` },
      ]);
      expect(byKey.get("byStatus")!.title).toBe(t.chartByStatus);
      expect(chartNames("byTheme")).toContain(t.chartByTheme);
    }
  });

  it("makes one series per status of the year matrix, named by its header", () => {
    const sheet = dashboard("en");
    const chart = sheet.charts.find((c) => c.key === "statusByYear")!;
    const { categories, series } = chartSeries(chart);
    const range = parseRange(chart.dataRange)!;
    expect(series).toHaveLength(range.lastColumn - range.firstColumn);
    expect(valueAt(sheet.cells, series[0].name.replace(/\$/g, ""))).toBe("Not started");
    expect(categories).toBe(`$A$${range.firstRow + 1}:$A$${range.lastRow}`);
    expect(chart.legend).toBe(true);
  });

  it("reads a range by rows when asked", () => {
    const plan: ChartPlan = {
      key: "k",
      title: "T",
      type: "columnClustered",
      dataRange: "B2:E4",
      seriesBy: "rows",
      from: "A1",
      to: "B2",
      legend: true,
      reverseCategories: false,
    };
    expect(chartSeries(plan)).toEqual({
      categories: "$C$2:$E$2",
      series: [
        { name: "$B$3", values: "$C$3:$E$3" },
        { name: "$B$4", values: "$C$4:$E$4" },
      ],
    });
  });

  it("never lays one chart over another", () => {
    const boxes = DASHBOARD_CHARTS.map((spec) => ({
      from: parseRange(spec.from)!,
      to: parseRange(spec.to)!,
    }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(
          boxes[i].to.firstRow < boxes[j].from.firstRow ||
            boxes[j].to.firstRow < boxes[i].from.firstRow
        ).toBe(true);
  });
});
