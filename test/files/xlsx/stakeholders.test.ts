import JSZip from "jszip";
import { buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { STAKEHOLDER_TEXTS, STAKEHOLDERS_TABLE } from "../../../src/core/schema/stakeholders";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { upgradeTrackerFile } from "../../../src/files/xlsx/upgrade";
import { indexPackage } from "../../../src/files/xlsx/sheet-xml";
import { firstReleaseTrackerBytes, sampleRecords, seededRandom } from "../../support/xlsx";
import { allCells } from "../../support/xlsx-cells";
import { sheetCharts } from "../../support/xlsx-charts";

const TODAY = "2026-03-01";

describe("the Stakeholders sheet and the power-interest grid in a tracker file", () => {
  it("a new tracker has both, the grid's chart reading the grid's counts", async () => {
    const bytes = await buildTemplate(buildWorkbookPlan({ language: "es" }));
    const cells = await allCells(bytes);
    const names = PLAN_TEXTS.es.sheets;
    expect(cells[names.stakeholders][0][0]).toBe(STAKEHOLDER_TEXTS.es.title);
    expect(cells[names.stakeholders][3].slice(0, 3)).toEqual(["Actor", "Tipo de actor", "Poder"]);
    const charts = await sheetCharts(bytes, names.stakeholderGrid);
    expect(charts.map((chart) => chart.name)).toEqual([STAKEHOLDER_TEXTS.es.chartTitle]);
    expect(charts[0].refs.every((ref) => ref.startsWith(`'${names.stakeholderGrid}'!`))).toBe(true);
    expect(charts[0].refs).toContain(`'${names.stakeholderGrid}'!$A$5:$A$7`);
  });

  it("upgrade adds both to an older tracker without changing one existing cell, once", async () => {
    const records = sampleRecords(200, seededRandom(5), TODAY);
    const before = await firstReleaseTrackerBytes(records);
    const result = await upgradeTrackerFile(before, "t.xlsx", { today: TODAY });
    expect(result.addedStakeholders).toBe(true);
    const old = await allCells(before);
    const now = await allCells(result.bytes);
    expect(now.Recommendations).toEqual(old.Recommendations);
    expect(now.Lists).toEqual(old.Lists);
    expect(now.Stakeholders[3]).toEqual([
      "Actor",
      "Type of actor",
      "Power",
      "Interest",
      "Stance",
      "Linked recommendations or themes",
      "Notes",
    ]);
    const grid = now["Power-interest grid"];
    expect(grid[0][0]).toBe("Power-interest grid");
    expect(grid[10][0]).toBe("Manage closely");
    const zip = await JSZip.loadAsync(result.bytes);
    const index = await indexPackage(zip);
    const tables = index.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
    expect(tables.filter((name) => name === STAKEHOLDERS_TABLE)).toHaveLength(1);
    // Table ids stay unique in the workbook.
    const ids = await Promise.all(
      index.sheets
        .flatMap((sheet) => sheet.tables)
        .map(
          async (table) =>
            /<table\b[^>]*\bid="(\d+)"/.exec(await zip.file(table.path)!.async("string"))?.[1]
        )
    );
    expect(new Set(ids).size).toBe(ids.length);
    const gridSheet = index.sheets.find((sheet) => sheet.name === "Power-interest grid")!;
    const gridXml = await zip.file(gridSheet.path)!.async("string");
    expect(gridXml).toContain('<c r="B5" s="');
    expect(gridXml).toMatch(
      /<f>COUNTIFS\(Stakeholders\[Power\],"Low",Stakeholders\[Interest\],"Low"\)<\/f>/
    );
    expect(await sheetCharts(result.bytes, "Power-interest grid")).toHaveLength(1);

    const twice = await upgradeTrackerFile(result.bytes, "t.xlsx", { today: TODAY });
    expect(twice.addedStakeholders).toBe(false);
    expect(await allCells(twice.bytes)).toEqual(now);
    expect(await sheetCharts(twice.bytes, "Power-interest grid")).toHaveLength(1);
  }, 60000);

  it("a sheet of the user's with the same name keeps it: the new one takes another", async () => {
    const plan = buildWorkbookPlan({ language: "en", stakeholders: false });
    const lists = plan.sheets[plan.sheets.length - 1];
    plan.sheets.push({
      ...lists,
      name: "Stakeholders",
      tables: [],
      validations: [],
      cells: [{ address: "A1", value: "Our own notes on partners" }],
    });
    const before = await buildTemplate(plan);
    const result = await upgradeTrackerFile(before, "t.xlsx", { today: TODAY });
    expect(result.addedStakeholders).toBe(true);
    const names = Object.keys(await allCells(result.bytes));
    expect(names).toEqual(expect.arrayContaining(["Stakeholders", "Stakeholders (2)"]));
    const cells = await allCells(result.bytes);
    expect(cells.Stakeholders).toEqual([["Our own notes on partners"]]);
    expect(cells["Stakeholders (2)"][0][0]).toBe("Stakeholders");
  }, 60000);
});
