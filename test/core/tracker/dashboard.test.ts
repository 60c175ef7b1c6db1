import { buildWorkbookPlan, PLAN_TEXTS } from "../../../src/core/schema";
import { dashboardCounts, dashboardData } from "../../../src/core/tracker/dashboard";
import type { TrackerRecord } from "../../../src/core/tracker/types";

const RECORDS: TrackerRecord[] = [
  { text: "a", authority: "Ministry of Health; Police", theme: "Food", status: "inProgress" },
  { text: "b", authority: "police", theme: "Food", status: "inProgress", dateMade: "2023-04-01" },
  { text: "c", authority: "Prison director", status: "implemented", dateMade: "2025-01-09" },
  { text: "d", theme: "Health care", status: "oops" },
  // No text: not a recommendation, as the sheet's formulas see it.
  { authority: "Ghost", theme: "Food" },
];

describe("the Dashboard's labels", () => {
  it("lists every list entry and value found, most frequent first, several addressees counted for each", () => {
    const counts = dashboardCounts(
      RECORDS,
      { authority: ["Ministry of Justice", "Prison director"], theme: ["Health care"] },
      "en"
    );
    expect(counts.authority).toEqual([
      { label: "Police", count: 2 },
      { label: "Prison director", count: 1 },
      { label: "Ministry of Health", count: 1 },
      { label: "Ministry of Justice", count: 0 },
    ]);
    expect(counts.theme.map((entry) => entry.label)).toEqual(["Food", "Health care"]);
    // Fixed lists show their labels; a value outside the list is left to "(other values)".
    expect(counts.status.slice(0, 2)).toEqual([
      { label: "In progress", count: 2 },
      { label: "Implemented", count: 1 },
    ]);
    expect(counts.status.reduce((sum, entry) => sum + entry.count, 0)).toBe(3);
  });

  it("gives the plan the labels in that order, and rows for the years found", () => {
    const data = dashboardData(RECORDS, {}, "en");
    expect(data.sections.authority?.[0]).toBe("Police");
    expect(data.yearRows).toBe(2025 - 2023 + 3);
    const cells = buildWorkbookPlan({ language: "en", dashboard: data }).sheets.find(
      (sheet) => sheet.key === "dashboard"
    )!.cells;
    const values = cells.map((cell) => cell.value);
    const t = PLAN_TEXTS.en;
    // Every section ends with other values, not set and its total; the addressees take back their extra counts.
    for (const title of [
      t.byStatus,
      t.byAcceptance,
      t.byAuthority,
      t.byTheme,
      t.byPlace,
      t.byPlaceType,
    ])
      expect(values).toContain(title);
    expect(values.filter((value) => value === t.notSet)).toHaveLength(7);
    expect(values.filter((value) => value === t.otherValues)).toHaveLength(6);
    expect(values.filter((value) => value === t.countedForEach)).toHaveLength(1);
    // A total row under each of the 7 sections, the year matrix's total column, and the rate section's column and row.
    expect(values.filter((value) => value === t.sectionTotal)).toHaveLength(10);
    // The implementation rate per year made: implemented / made from the matrix's row of that year, as a share.
    const title = cells.find((cell) => cell.value === t.trends.rateByYearTitle)!;
    const header = Number(title.address.slice(1)) + 1;
    expect(cells.find((cell) => cell.address === `D${header}`)?.value).toBe(
      t.trends.shareImplemented
    );
    const yearHeader = Number(cells.find((cell) => cell.value === t.year)!.address.slice(1));
    const first = (column: string) =>
      cells.find((cell) => cell.address === `${column}${header + 1}`)!;
    expect(first("A").formula).toBe(`=IF($A${yearHeader + 1}="","",$A${yearHeader + 1})`);
    expect(first("C").formula).toBe(`=IF($A${yearHeader + 1}="","",E${yearHeader + 1})`);
    expect(first("D")).toMatchObject({
      formula: `=IF(OR(B${header + 1}="",B${header + 1}=0),"",C${header + 1}/B${header + 1})`,
      numberFormat: "0%",
    });
    const police = cells.find((cell) => cell.value === "Police")!;
    const count = cells.find((cell) => cell.address === police.address.replace(/^A/, "B"))!;
    expect(count.formula).toContain('FIND(";"&LOWER($A');
  });
});
