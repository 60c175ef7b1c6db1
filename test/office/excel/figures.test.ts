import { HISTORY_TABLE } from "../../../src/core/schema/history";
import { columnLetter } from "../../../src/core/schema/a1";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import { historyRecordToCells } from "../../../src/core/tracker/history";
import {
  applyTracker,
  ExcelTrackerStore,
  officeExcelHost,
  refreshFigures,
} from "../../../src/office/excel";
import { FakeHost, FIVE_MB } from "../../support/office";
import { trackerWithRows, userEdits } from "./fixtures";

/**
 * "Refresh figures" in the open workbook: the Dashboard's block of figures
 * from the history and the chart of the status at each year end, in the same
 * number of requests whatever the number of rows.
 */

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const t = PLAN_TEXTS.en;
const measured: Record<string, string> = {};
afterAll(() => console.log(`Refresh figures syncs: ${JSON.stringify(measured)}`));

const LETTERS = ["U", "V", "W", "X", "Y", "Z", "AA", "AB"];
function blockRow(host: FakeHost, row: number): unknown[] {
  const sheet = host.workbook.sheet("Dashboard");
  return LETTERS.map((letter) => sheet.value(`${letter}${row}`));
}

/** REC-000001 (made 2022-01-11, in progress now) implemented on 2025-06-01, written through the pane's store. */
async function recordImplemented(): Promise<void> {
  const store = new ExcelTrackerStore(officeExcelHost());
  await store.read();
  await store.write({
    updates: [{ row: 2, id: "REC-000001", values: { status: "implemented" } }],
    additions: [],
    events: [
      {
        recId: "REC-000001",
        date: "2025-06-01",
        kind: "followUpVisit",
        status: "implemented",
        recorded: "2026-03-01T10:00:00",
      },
    ],
  });
}

describe("Refresh figures in the open workbook", () => {
  it("a new tracker has the block and the chart of the status at each year end from the start", async () => {
    fake = await trackerWithRows(0);
    expect(fake.workbook.sheet("Dashboard").value("U1")).toBe(t.figures.title);
    expect(fake.workbook.sheet("Dashboard").value("U7")).toBe(t.figures.nothingYet);
    const chart = fake.workbook
      .sheet("Dashboard")
      .charts.find((c) => c.name === t.chartStatusAtYearEnd);
    expect(chart?.source).toContain("U6:Z7");
  });

  it.each([10, 10000])(
    "writes the figures from %i rows and their history in a constant number of requests",
    async (count) => {
      fake = await trackerWithRows(count);
      await recordImplemented();
      fake.resetCounters();
      const result = await refreshFigures(officeExcelHost(), { today: "2026-03-01" });
      measured[`${count} rows`] = `${fake.syncCount} syncs`;
      // 2 for the structure, 1 for the rows with the History (its place, setting and events), 1 to write.
      expect(fake.syncCount).toBe(4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(result).toMatchObject({
        outcome: "refreshed",
        sheet: "Dashboard",
        refreshed: "2026-03-01",
      });

      expect(blockRow(fake, 3).slice(0, 2)).toEqual([t.figures.refreshed, "2026-03-01"]);
      expect(blockRow(fake, 6)[0]).toBe(t.figures.asOf);
      const chart = fake.workbook
        .sheet("Dashboard")
        .charts.find((c) => c.name === t.chartStatusAtYearEnd)!;
      if (count === 10) {
        // Ten recommendations made in January 2022, two in each status (the fixture cycles through them);
        // REC-000001 had no status recorded before 2025-06-01: not started until then, implemented since.
        expect(blockRow(fake, 7)).toEqual(["2022-12-31", 3, 1, 2, 2, 2, 0, 10]);
        expect(blockRow(fake, 9)).toEqual(["2024-12-31", 3, 1, 2, 2, 2, 0, 10]);
        expect(blockRow(fake, 10)).toEqual(["2025-12-31", 2, 1, 2, 3, 2, 0, 10]);
        expect(blockRow(fake, 11)).toEqual(["2026-03-01", 2, 1, 2, 3, 2, 0, 10]);
        // The chart reads the five year ends.
        expect(chart.source).toContain("U6:Z11");
      }
      // Refreshed again: the old block is cleared first (a longer one left no row behind).
      await userEdits(async (context) => {
        context.workbook.worksheets.getItem("Dashboard").getRange("U2000:V2000").values = [
          ["old", 3],
        ];
        await context.sync();
      });
      await refreshFigures(officeExcelHost(), { today: "2026-03-01" });
      expect(blockRow(fake, 2000).slice(0, 2)).toEqual(["", ""]);
      expect(blockRow(fake, 1)[0]).toBe(t.figures.title);
    }
  );

  it.each([10, 10000])(
    "Set up > Upgrade of a %i-row tracker made before the block writes it with its chart, in the upgrade's requests",
    async (count) => {
      fake = await trackerWithRows(count);
      await recordImplemented();
      // A tracker of schema v2 made before the block: columns U to AB empty, no chart of the year ends.
      await userEdits(async (context) => {
        context.workbook.worksheets.getItem("Dashboard").getRange("U:AB").clear("All");
        await context.sync();
      });
      const dashboard = fake.workbook.sheet("Dashboard");
      dashboard.charts.splice(
        dashboard.charts.findIndex((c) => c.name === t.chartStatusAtYearEnd),
        1
      );
      expect(blockRow(fake, 1)[0]).toBe("");
      fake.resetCounters();
      const result = await applyTracker(officeExcelHost(), {
        language: "en",
        today: "2026-03-01",
      });
      measured[`upgrade, ${count} rows`] = `${fake.syncCount} syncs`;
      expect(result.mode).toBe("upgraded");
      // As many requests as an upgrade took before the block (the events come with the rows' first
      // request); at 10,000 rows the Follow-up list passes 3 MB and takes one more, as before.
      expect(fake.syncCount).toBe(count === 10000 ? 5 : 4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(blockRow(fake, 1)[0]).toBe(t.figures.title);
      expect(blockRow(fake, 3).slice(0, 2)).toEqual([t.figures.refreshed, "2026-03-01"]);
      const chart = dashboard.charts.find((c) => c.name === t.chartStatusAtYearEnd);
      if (count === 10) {
        // Worked by hand: ten recommendations made in January 2022, two in each status (the fixture
        // cycles through them, REC-000001 among the not started until 2025-06-01, implemented since).
        expect(blockRow(fake, 7)).toEqual(["2022-12-31", 3, 1, 2, 2, 2, 0, 10]);
        expect(blockRow(fake, 10)).toEqual(["2025-12-31", 2, 1, 2, 3, 2, 0, 10]);
        expect(blockRow(fake, 11)).toEqual(["2026-03-01", 2, 1, 2, 3, 2, 0, 10]);
        expect(chart?.source).toContain("U6:Z11");
      } else expect(chart).toBeDefined();
    }
  );

  it("an upgrade of a tracker whose Dashboard was deleted writes it whole, the block and its chart with it", async () => {
    fake = await trackerWithRows(10);
    await recordImplemented();
    await userEdits(async (context) => {
      context.workbook.worksheets.getItem("Dashboard").delete();
      await context.sync();
    });
    await applyTracker(officeExcelHost(), { language: "en", today: "2026-03-01" });
    expect(blockRow(fake, 1)[0]).toBe(t.figures.title);
    expect(blockRow(fake, 11)).toEqual(["2026-03-01", 2, 1, 2, 3, 2, 0, 10]);
    const chart = fake.workbook
      .sheet("Dashboard")
      .charts.find((c) => c.name === t.chartStatusAtYearEnd);
    expect(chart?.source).toContain("U6:Z11");
  });

  it.each([
    ["an upgrade", () => applyTracker(officeExcelHost(), { language: "en", today: "2026-03-01" })],
    ["Refresh figures", () => refreshFigures(officeExcelHost(), { today: "2026-03-01" })],
  ])(
    "%s whose History is too large to come with the rows reads it by blocks and writes the same figures",
    async (_, act) => {
      fake = await trackerWithRows(10);
      await recordImplemented();
      // The same event 3,000 times over: with the rows, the History's answer passes the host's cap (lowered to 100 KB).
      const table = fake.workbook.findTable(HISTORY_TABLE)!;
      const event = historyRecordToCells(
        {
          recId: "REC-000001",
          date: "2025-06-01",
          kind: "followUpVisit",
          status: "implemented",
          recorded: "2026-03-01T10:00:00",
        },
        "en"
      ).map((cell) => cell ?? "");
      const count = 3000;
      table.sheet.seed(
        `${columnLetter(table.rect.c0)}${table.rect.r0 + 2}`,
        Array.from({ length: count }, () => event)
      );
      table.rect = { ...table.rect, r1: table.rect.r0 + count };
      fake.state.limits.maxResponseBytes = 100 * 1024;
      fake.resetCounters();
      await act();
      // The refused answer, the rows again (halved), the History's place again, then its events by blocks.
      expect(fake.syncCount).toBeGreaterThan(4);
      expect(blockRow(fake, 1)[0]).toBe(t.figures.title);
      expect(blockRow(fake, 10)).toEqual(["2025-12-31", 2, 1, 2, 3, 2, 0, 10]);
      expect(blockRow(fake, 11)).toEqual(["2026-03-01", 2, 1, 2, 3, 2, 0, 10]);
    }
  );

  it("says when the tracker has no History yet, and writes nothing", async () => {
    fake = await trackerWithRows(3);
    // A tracker of schema v1: the History table taken away.
    await userEdits(async (context) => {
      context.workbook.tables.getItem(HISTORY_TABLE).delete();
      await context.sync();
    });
    fake.resetCounters();
    const result = await refreshFigures(officeExcelHost(), { today: "2026-03-01" });
    expect(result.outcome).toBe("noHistory");
  });
});
