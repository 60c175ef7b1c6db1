import { columnHeader, FIRST_TABLE_ORDER, TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import { recordToCells } from "../../../src/core/tracker/cells";
import { applyTracker, describeWorkbook, officeExcelHost } from "../../../src/office/excel";
import { FakeHost, FIVE_MB, installOfficeFakes, WorkbookModel } from "../../support/office";
import { editMetadata, record, rowsOf, trackerWithRows, userEdits } from "./fixtures";
import { columnLetter } from "../../../src/core/schema/a1";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, number> = {};
afterAll(() => {
  // The figures the report quotes.
  console.log(`Excel adapter syncs: ${JSON.stringify(measured)}`);
});

/** The user's work on a tracker: an older schema (two columns missing), an own column, a renamed header, edited cells, a sort and a filter. */
async function withUserEdits(f: FakeHost): Promise<void> {
  await userEdits(async (context) => {
    const table = context.workbook.tables.getItem("Recommendations");
    table.columns.getItem("Double-SMART").delete();
    table.columns.getItem("Last updated").delete();
    table.columns.add(5, undefined, "Our remarks");

    table.columns.getItem("Notes").name = "Internal notes";
    table.sort.apply([{ key: 2, ascending: false }]);
    table.columns.getItem("Implementation").filter.applyValuesFilter(["In progress"]);
    await context.sync();
  });
  editMetadata(f, (headers) => {
    headers.notes = "Internal notes";
    delete headers.smartScore;
    delete headers.updated;
  });
  const sheet = f.workbook.sheet("Recommendations");
  const table = f.workbook.findTable("Recommendations")!;
  const rows = table.rect.r1 - table.rect.r0;
  // The own column (F) gets the user's words, and a few cells are edited by hand.
  sheet.seed(
    "F2",
    Array.from({ length: rows }, (_v, i) => [`remark ${i}`])
  );
  sheet.seed("G3", [["Edited by hand: =1+1 stays as typed"]]);
  sheet.cell("C2")!.numberFormat = "dd/mm/yyyy";
}

describe("applying the tracker plan", () => {
  it("builds a new tracker: sheets, table, formats, validation, conditional formats, dashboard, charts, metadata", async () => {
    fake = installOfficeFakes({ host: "excel" });
    const result = await applyTracker(officeExcelHost(), { language: "en" });
    measured["create (empty workbook)"] = fake.syncCount;
    expect(result.mode).toBe("created");
    expect(result.skipped).toEqual([]);
    const wb = fake.workbook;
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Recommendations",
      "Dashboard",
      "Follow-up",
      "Follow-up history",
      "Stakeholders",
      "Power-interest grid",
      "Lists",
    ]);
    const table = wb.findTable("Recommendations")!;
    expect(wb.headers(table)).toEqual(TRACKER_COLUMNS.map((c) => c.headers.en));
    const sheet = wb.sheet("Recommendations");
    // The header row and the recommendation's text stay in view.
    expect(sheet.freeze).toEqual({ rows: 1, columns: 2 });
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    // The add-in's time stamp is out of the way, not deleted.
    expect([...sheet.hiddenColumns]).toEqual([
      TRACKER_COLUMNS.findIndex((c) => c.key === "updated"),
    ]);
    const at = (key: string) => TRACKER_COLUMNS.findIndex((c) => c.key === key);
    expect(sheet.numberFormatAt(5, at("dateMade"))).toBe("yyyy-mm-dd");
    expect(sheet.numberFormatAt(5, at("text"))).toBe("@");
    expect(sheet.numberFormatAt(5, at("smartScore"))).toBe("0");
    const status = TRACKER_COLUMNS.findIndex((c) => c.key === "status");
    const statusRule = sheet.validations.find((v) => v.rect.c0 === status);
    expect(statusRule?.rule).toEqual({
      list: { inCellDropDown: true, source: expect.stringContaining("Lists!$A$2") },
    });
    expect(statusRule?.errorAlert).toMatchObject({ style: "Stop" });
    // Colour for what needs attention: overdue, not implemented, rejected; implemented in quiet green.
    expect(sheet.conditionalFormats.length).toBe(4);
    expect(wb.findTable("ListStatus")).toBeDefined();
    const dashboard = wb.sheet("Dashboard");
    expect(dashboard.charts.map((c) => [c.name, c.chartType])).toEqual([
      ["Implementation status by year", "ColumnStacked"],
      ["Recommendations by addressee", "BarClustered"],
      ["Recommendations by implementation status", "ColumnClustered"],
      ["Recommendations by theme", "BarClustered"],
      // From the block of figures from the history (columns U to AB), beside the others.
      ["Implementation status at each year end", "ColumnStacked"],
    ]);
    // The same charts as the files' (src/core/schema/charts.ts): bars listed from the top, a legend for the statuses only.
    expect(
      dashboard.charts.map((c) => [c.categoriesReversed, c.legendVisible, c.position?.start])
    ).toEqual([
      [false, true, "J3"],
      [true, false, "J24"],
      [false, false, "J46"],
      [true, false, "J66"],
      [false, true, "J88"],
    ]);
    const heading = (source: string) => {
      const [, column, row] = /!([A-Z]+)(\d+):/.exec(source)!;
      return dashboard.cell(`${column}${row}`)?.value;
    };
    expect(dashboard.charts.map((c) => heading(c.source))).toEqual([
      "Year",
      "By addressee",
      "By implementation",
      "By theme",
      "As of",
    ]);
    expect(dashboard.cell("B3")?.formula).toBe(
      '=SUMPRODUCT(--(Recommendations[Recommendation]<>""))'
    );
    expect(wb.customXml.parts).toHaveLength(1);
    expect(wb.activeSheet?.name).toBe("Recommendations");
    // Schema v2: the History table under its title and the reply-deadline setting, a named cell.
    expect(wb.headers(wb.findTable("History")!)[0]).toBe("Date");
    expect(wb.names.map((name) => [name.name, name.formula])).toEqual([
      ["ReplyDeadlineDays", "='Follow-up history'!$B$3"],
    ]);
  });

  it("keeps the NPM's limit of key recommendations in the tracker: set at creation, kept by an upgrade, removed when emptied", async () => {
    fake = installOfficeFakes({ host: "excel" });
    await applyTracker(officeExcelHost(), { language: "en", keyLimit: 4 });
    expect(fake.workbook.customXml.parts[0].xml).toContain('keyLimit="4"');
    expect((await describeWorkbook(officeExcelHost())).tracker?.keyLimit).toBe(4);
    await applyTracker(officeExcelHost(), { language: "en" });
    expect((await describeWorkbook(officeExcelHost())).tracker?.keyLimit).toBe(4);
    await applyTracker(officeExcelHost(), { language: "en", keyLimit: 6 });
    expect((await describeWorkbook(officeExcelHost())).tracker?.keyLimit).toBe(6);
    await applyTracker(officeExcelHost(), { language: "en", keyLimit: null });
    expect(fake.workbook.customXml.parts[0].xml).not.toContain("keyLimit");
    expect((await describeWorkbook(officeExcelHost())).tracker?.keyLimit).toBeNull();
  });

  it("leaves the drop-down lists out on an Excel without data validation, and says so", async () => {
    fake = installOfficeFakes({ host: "excel", requirementSets: { ExcelApi: "1.7" } });
    const result = await applyTracker(officeExcelHost(), { language: "fr" });
    // Print settings need ExcelApi 1.9, drop-down lists 1.8: both are left out, and the pane says so.
    expect([...result.skipped].sort()).toEqual(["print", "validation"]);
    expect(fake.workbook.findTable("Recommendations")).toBeDefined();
    expect(fake.workbook.sheet("Recommandations").validations).toHaveLength(0);
  });

  it("refuses an Excel older than ExcelApi 1.7 in plain words", async () => {
    fake = installOfficeFakes({ host: "excel", requirementSets: { ExcelApi: "1.6" } });
    await expect(applyTracker(officeExcelHost(), { language: "en" })).rejects.toMatchObject({
      code: "excelTooOld",
    });
  });

  it.each([10, 10000])(
    "re-applies on a tracker of %i rows in a constant number of syncs, every request under 5 MB",
    async (rows) => {
      fake = await trackerWithRows(rows);
      fake.resetCounters();
      const result = await applyTracker(officeExcelHost(), { language: "en" });
      expect(result.mode).toBe("upgraded");
      measured[`apply on ${rows} rows`] = fake.syncCount;
      // 2 to read the structure, 1 for the rows (the Dashboard's labels, the Follow-up list), 1 to write.
      // At 10,000 rows the Follow-up table (which lists the ~2,000 not implemented too, with their
      // strategies) passes 3 MB: its rows take one more request, each request under 5 MB.
      expect(fake.syncCount).toBe(rows === 10000 ? 5 : 4);
      expect(fake.workbook.sheet("Dashboard").charts.map((c) => c.name)).toEqual([
        "Implementation status by year",
        "Recommendations by addressee",
        "Recommendations by implementation status",
        "Recommendations by theme",
        "Implementation status at each year end",
      ]);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
    }
  );

  it.each([10, 10000])(
    "upgrades a tracker of %i rows with the user's edits without changing one of their cells",
    async (rows) => {
      fake = await trackerWithRows(rows);
      await withUserEdits(fake);
      const sheet = fake.workbook.sheet("Recommendations");
      const before = sheet.snapshot();
      const table = fake.workbook.findTable("Recommendations")!;
      const sortBefore = JSON.stringify(table.sortFields);
      const filtersBefore = JSON.stringify([...table.filters]);
      fake.resetCounters();
      const result = await applyTracker(officeExcelHost(), { language: "en" });
      measured[`upgrade on ${rows} rows`] = fake.syncCount;
      // At 10,000 rows the Follow-up table (which lists the ~2,000 not implemented too, with their
      // strategies) passes 3 MB: its rows take one more request, each request under 5 MB.
      expect(fake.syncCount).toBe(rows === 10000 ? 5 : 4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(result.addedColumns).toEqual(["Double-SMART", "Last updated"]);
      expect(result.renamedKept).toEqual(["Internal notes"]);
      expect(result.extraKept).toEqual(["Our remarks"]);

      const after = sheet.snapshot();
      const changed: string[] = [];
      for (const [address, cell] of before) {
        if (JSON.stringify(after.get(address)) !== JSON.stringify(cell)) changed.push(address);
      }
      expect(changed).toEqual([]);
      const added = [...after.keys()].filter((address) => !before.has(address));
      // Only the two new header cells appear; the new columns' data cells stay empty.
      expect(added).toHaveLength(2);
      expect(JSON.stringify(table.sortFields)).toBe(sortBefore);
      expect(JSON.stringify([...table.filters])).toBe(filtersBefore);
      const headers = fake.workbook.headers(table);
      expect(headers.slice(-2)).toEqual(["Double-SMART", "Last updated"]);
      expect([...sheet.hiddenColumns]).toEqual([headers.length - 1]);
      expect(headers).toContain("Internal notes");
      // The rules follow the columns where they now are.
      const statusColumn = headers.indexOf("Implementation");
      expect(sheet.validations.some((v) => v.rect.c0 === statusColumn && v.rect.r0 === 1)).toBe(
        true
      );
      const statusFormat = sheet.conditionalFormats.find((f) => f.rect.c0 === statusColumn);
      const letter = String.fromCharCode(65 + statusColumn);
      expect(statusFormat?.formula).toContain(`$${letter}2`);
      expect(fake.workbook.customXml.parts[0].xml).toContain('key="notes" header="Internal notes"');
    }
  );

  it("re-applying twice adds no duplicate rules", async () => {
    fake = await trackerWithRows(10);
    await applyTracker(officeExcelHost(), { language: "en" });
    await applyTracker(officeExcelHost(), { language: "en" });
    const sheet = fake.workbook.sheet("Recommendations");
    expect(sheet.conditionalFormats).toHaveLength(4);
    expect(fake.workbook.sheet("Dashboard").charts).toHaveLength(5);
    expect(fake.workbook.customXml.parts).toHaveLength(1);
    expect(fake.workbook.findTable("ListStatus")!.rect.r1).toBe(5);
  });

  it("upgrades a table that starts elsewhere than A1, without metadata, and moves every rule to it", async () => {
    fake = installOfficeFakes({ host: "excel" });
    const sheet = fake.workbook.sheet("Sheet1");
    const keep = TRACKER_COLUMNS.filter((c) => c.key !== "keywords" && c.key !== "smartScore");
    const rows = rowsOf(10).map((row) =>
      row.filter(
        (_v, i) => TRACKER_COLUMNS[i].key !== "keywords" && TRACKER_COLUMNS[i].key !== "smartScore"
      )
    );
    sheet.seed("B3", [keep.map((c) => c.headers.en), ...rows]);
    await userEdits(async (context) => {
      const range = `B3:${columnLetter(keep.length)}13`;
      context.workbook.worksheets.getItem("Sheet1").tables.add(range, true).name =
        "Recommendations";
      await context.sync();
    });
    const before = sheet.snapshot();
    const result = await applyTracker(officeExcelHost(), { language: "fr" });
    expect(result).toMatchObject({
      mode: "upgraded",
      language: "en",
      addedColumns: ["Keywords", "Double-SMART"],
    });
    const after = sheet.snapshot();
    for (const [address, cell] of before) expect(after.get(address)).toEqual(cell);
    const status = 1 + keep.findIndex((c) => c.key === "status");
    expect(sheet.validations.find((v) => v.rect.c0 === status)?.rect.r0).toBe(3);
    const rule = sheet.conditionalFormats.find((f) => f.rect.c0 === status);
    expect(rule?.rect.r0).toBe(3);
    expect(rule?.formula).toBe(`=$${columnLetter(status)}4="Not implemented"`);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(fake.workbook.customXml.parts).toHaveLength(1);
  });

  it("never takes the user's own sheet called Dashboard for the tracker's", async () => {
    fake = installOfficeFakes({ host: "excel", workbook: new WorkbookModel(["Dashboard"]) });
    fake.workbook.sheet("Dashboard").seed("A1", [["Our board"], ["=budget"], [42]]);
    const before = fake.workbook.sheet("Dashboard").snapshot();
    const created = await applyTracker(officeExcelHost(), { language: "en" });
    expect(created.sheets.dashboard).toBe("Dashboard (2)");
    const upgraded = await applyTracker(officeExcelHost(), { language: "en" });
    expect(upgraded.sheets.dashboard).toBe("Dashboard (2)");
    expect(fake.workbook.sheet("Dashboard").snapshot()).toEqual(before);
    expect(fake.workbook.sheet("Dashboard").charts).toHaveLength(0);
    expect(fake.workbook.sheet("Dashboard (2)").charts).toHaveLength(5);
  });

  it("takes a header reworded without the add-in for its column instead of adding the column twice", async () => {
    fake = await trackerWithRows(10);
    await userEdits(async (context) => {
      const columns = context.workbook.tables.getItem("Recommendations").columns;
      columns.getItem("Recommendation").name = "Recommendation text";
      columns.getItem("Addressed to").name = "Status of funding";
      await context.sync();
    });
    const result = await applyTracker(officeExcelHost(), { language: "en" });
    expect(result.renamedKept).toEqual(["Recommendation text"]);
    // "Status of funding" names no missing column for sure: it stays the user's, and Addressed to comes back.
    expect(result.extraKept).toEqual(["Status of funding"]);
    expect(result.addedColumns).toEqual(["Addressed to"]);
    expect(fake.workbook.customXml.parts[0].xml).toContain(
      'key="text" header="Recommendation text"'
    );
  });
});

/** A tracker made before the order by task: the first order, its own column at the end, a rule of the old palette. */
async function firstOrderTracker(count: number): Promise<FakeHost> {
  const f = installOfficeFakes({ host: "excel" });
  const sheet = f.workbook.sheet("Sheet1");
  const headers = [...FIRST_TABLE_ORDER.map((key) => columnHeader(key, "en")), "Budget line"];
  const rows = Array.from({ length: count }, (_v, i) => [
    ...recordToCells(record(i + 1), "en", FIRST_TABLE_ORDER).map((v) => (v === null ? "" : v)),
    `budget ${i}`,
  ]);
  sheet.seed("A1", [headers, ...rows]);
  await userEdits(async (context) => {
    const range = `A1:${columnLetter(headers.length - 1)}${count + 1}`;
    context.workbook.worksheets.getItem("Sheet1").tables.add(range, true).name = "Recommendations";
    context.workbook.worksheets
      .getItem("Sheet1")
      .getRange(`X2:X${count + 1}`)
      .conditionalFormats.add("Custom").custom.rule.formula = '=$X2="Not started"';
    await context.sync();
  });
  return f;
}

/** Every row's values by header, for comparing a table before and after its columns move. */
function byHeader(f: FakeHost): Record<string, unknown>[] {
  const table = f.workbook.findTable("Recommendations")!;
  const headers = f.workbook.headers(table);
  return f.workbook
    .tableRows("Recommendations")
    .map((row) => Object.fromEntries(headers.map((header, i) => [header, row[i]])));
}

describe("upgrading a tracker made before the order by task", () => {
  it.each([10, 10000])(
    "on %i rows: offers the new order, moves every value with its column when asked, in a constant number of syncs",
    async (count) => {
      fake = await firstOrderTracker(count);
      const described = await describeWorkbook(officeExcelHost());
      expect(described.tracker?.inTaskOrder).toBe(false);
      const before = byHeader(fake);
      fake.resetCounters();
      const result = await applyTracker(officeExcelHost(), {
        language: "en",
        reorder: true,
        today: "2026-03-01",
      });
      measured[`upgrade with the order by task, ${count} rows`] = fake.syncCount;
      // At 10,000 rows the Follow-up table (which lists the ~2,000 not implemented too, with their
      // strategies) passes 3 MB: its rows take one more request, each request under 5 MB.
      expect(fake.syncCount).toBe(count === 10000 ? 5 : 4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(result).toMatchObject({ reordered: true, extraKept: ["Budget line"] });
      const headers = fake.workbook.headers(fake.workbook.findTable("Recommendations")!);
      expect(headers).toEqual([...TRACKER_COLUMNS.map((c) => c.headers.en), "Budget line"]);
      // The same value under the same header in every row: nothing lost, nothing altered.
      expect(byHeader(fake)).toEqual(before);
      const sheet = fake.workbook.sheet("Sheet1");
      expect(sheet.freeze).toEqual({ rows: 1, columns: 2 });
      expect(sheet.pageLayout.orientation).toBe("Landscape");
      // The old palette's "Not started" rule is gone from the Implementation column.
      expect(sheet.conditionalFormats.map((f) => f.formula).join("\n")).not.toContain(
        "Not started"
      );
      expect((await describeWorkbook(officeExcelHost())).tracker?.inTaskOrder).toBe(true);
    }
  );

  it("keeps the columns where they are unless asked, and then freezes the header only", async () => {
    fake = await firstOrderTracker(10);
    const before = fake.workbook.sheet("Sheet1").snapshot();
    const result = await applyTracker(officeExcelHost(), { language: "en", today: "2026-03-01" });
    expect(result.reordered).toBe(false);
    const after = fake.workbook.sheet("Sheet1").snapshot();
    for (const [address, cell] of before)
      if (!/^[A-Z]+1$/.test(address))
        expect([address, after.get(address)?.value]).toEqual([address, cell.value]);
    expect(fake.workbook.sheet("Sheet1").freeze).toEqual({ rows: 1, columns: 0 });
    // The Follow-up sheet has its new columns, labelled.
    const followUp = fake.workbook.findTable("FollowUp")!;
    expect(fake.workbook.headers(followUp).slice(0, 4)).toEqual([
      "Why",
      "Days overdue",
      "Days left",
      "Days waiting for verification",
    ]);
  });
});
