import { STAKEHOLDER_TEXTS, STAKEHOLDERS_TABLE } from "../../../src/core/schema/stakeholders";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import { applyTracker, describeWorkbook, officeExcelHost } from "../../../src/office/excel";
import { recommendationActors } from "../../../src/office/excel/stakeholders";
import { FakeHost, installOfficeFakes } from "../../support/office";
import { record, trackerWithRows } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, string> = {};
afterAll(() => console.log(`Stakeholder grid syncs: ${JSON.stringify(measured)}`));

const names = PLAN_TEXTS.en.sheets;

/** A tracker made before the Stakeholders sheet: its table and both sheets taken out of the fake. */
function withoutStakeholders(host: FakeHost): void {
  const workbook = host.workbook;
  const table = workbook.tables.findIndex((t) => t.name === STAKEHOLDERS_TABLE);
  workbook.tables.splice(table, 1);
  for (const name of [names.stakeholders, names.stakeholderGrid])
    workbook.sheets.splice(
      workbook.sheets.findIndex((sheet) => sheet.name === name),
      1
    );
}

describe("the Stakeholders sheet and the power-interest grid in the open workbook", () => {
  it("a new tracker has both: the table, the grid's formulas and its column chart", async () => {
    fake = installOfficeFakes({ host: "excel" });
    fake.resetCounters();
    await applyTracker(officeExcelHost(), { language: "fr" });
    measured["create (empty workbook)"] = `${fake.syncCount} syncs`;
    const sheets = PLAN_TEXTS.fr.sheets;
    expect(fake.workbook.findTable(STAKEHOLDERS_TABLE)?.sheet.name).toBe(sheets.stakeholders);
    const grid = fake.workbook.sheet(sheets.stakeholderGrid);
    expect(grid.cell("B5")?.formula).toBe(
      '=COUNTIFS(Stakeholders[Pouvoir],"Faible",Stakeholders[Intérêt],"Faible")'
    );
    expect(grid.charts.map((c) => [c.name, c.chartType, c.source, c.legendVisible])).toEqual([
      [STAKEHOLDER_TEXTS.fr.chartTitle, "ColumnClustered", expect.stringContaining("A4:D7"), true],
    ]);
  });

  it.each([10, 10000])(
    "an upgrade of a %i-row tracker made before them adds both, the chart included, in 4 requests (5 when its Follow-up list passes the payload cap), changing no cell",
    async (count) => {
      fake = await trackerWithRows(count);
      withoutStakeholders(fake);
      const summary = await describeWorkbook(officeExcelHost());
      expect(summary.tracker?.upToDate).toBe(false);
      expect(summary.tracker?.stakeholders).toBe(false);
      const before = fake.workbook.sheet(names.recommendations).snapshot();
      fake.resetCounters();
      await applyTracker(officeExcelHost(), { language: "en" });
      measured[`upgrade adding the grid, ${count} rows`] = `${fake.syncCount} syncs`;
      // One more request at 10,000 rows, for size alone: its Follow-up list (with the recommendations
      // not implemented) passes the per-request payload cap, as in apply.test.ts.
      expect(fake.syncCount).toBe(count === 10000 ? 5 : 4);
      const after = fake.workbook.sheet(names.recommendations).snapshot();
      expect(
        [...before].filter(([a, cell]) => JSON.stringify(after.get(a)) !== JSON.stringify(cell))
      ).toEqual([]);
      expect(fake.workbook.findTable(STAKEHOLDERS_TABLE)).toBeTruthy();
      expect(fake.workbook.sheet(names.stakeholderGrid).charts).toHaveLength(1);
      const upgraded = (await describeWorkbook(officeExcelHost())).tracker;
      expect([upgraded?.upToDate, upgraded?.stakeholders]).toEqual([true, true]);
      // Nothing more to add the next time: still one grid, one chart.
      await applyTracker(officeExcelHost(), { language: "en" });
      expect(
        fake.workbook.sheets.filter((s) => s.name.startsWith(names.stakeholderGrid))
      ).toHaveLength(1);
      expect(fake.workbook.sheet(names.stakeholderGrid).charts).toHaveLength(1);
    }
  );
});

/** Actors put in the fake's Stakeholders table, as a user types them. */
function seedActors(host: FakeHost, rows: string[][]): void {
  const table = host.workbook.findTable(STAKEHOLDERS_TABLE)!;
  table.sheet.seed(`A${table.rect.r0 + 2}`, rows);
  table.rect = { ...table.rect, r1: table.rect.r0 + rows.length };
}

describe("a recommendation's actors in the open workbook", () => {
  it.each([10, 10000])(
    "in a %i-row tracker: the selected row's or a typed Rec ID's actors, in 3 requests",
    async (count) => {
      fake = await trackerWithRows(count);
      const third = record(3);
      seedActors(fake, [
        ["Ministry of Health", "Ministry", "High", "Low", "Neutral", String(third.theme), ""],
        ["Families' association", "Families", "Low", "High", "Supportive", String(third.id), ""],
        ["Prison director", "Head of institution", "High", "High", "Opposed", "NO-SUCH-ID", ""],
      ]);
      fake.workbook.selection = {
        sheet: fake.workbook.sheet(names.recommendations),
        rect: { r0: 3, c0: 2, r1: 3, c1: 2 },
      };
      fake.resetCounters();
      const selected = await recommendationActors(officeExcelHost());
      measured[`actors of the selected row, ${count} rows`] = `${fake.syncCount} syncs`;
      expect(fake.syncCount).toBe(3);
      expect(selected.problem).toBeNull();
      expect(selected.recommendation?.id).toBe(third.id);
      expect(selected.actors.map((a) => [a.actor, a.via, a.quadrant])).toEqual([
        ["Ministry of Health", "theme", "keepSatisfied"],
        ["Families' association", "id", "keepInformed"],
      ]);
      fake.resetCounters();
      const typed = await recommendationActors(
        officeExcelHost(),
        ` ${String(third.id).toLowerCase()} `
      );
      expect(fake.syncCount).toBe(3);
      expect(typed.actors).toEqual(selected.actors);
      expect((await recommendationActors(officeExcelHost(), "NO-SUCH-ID")).problem).toBe(
        "notFound"
      );
      fake.workbook.selection = {
        sheet: fake.workbook.sheet(names.stakeholders),
        rect: { r0: 5, c0: 0, r1: 5, c1: 0 },
      };
      expect((await recommendationActors(officeExcelHost())).problem).toBe("noSelection");
    }
  );

  it("says when the tracker has no Stakeholders sheet yet", async () => {
    fake = await trackerWithRows(3);
    withoutStakeholders(fake);
    expect((await recommendationActors(officeExcelHost(), "X")).problem).toBe("noStakeholders");
  });
});
