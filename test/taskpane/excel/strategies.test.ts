import { columnLetter } from "../../../src/core/schema/a1";
import { computeStats } from "../../../src/core/tracker/stats";
import { ExcelTrackerStore, officeExcelHost } from "../../../src/office/excel";
import { FakeHost } from "../../support/office";
import { record, trackerWithRows } from "../../office/excel/fixtures";
import { excelPaneHarness } from "./harness";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, string> = {};
afterAll(() => console.log(`Excel strategies syncs: ${JSON.stringify(measured)}`));

const harness = excelPaneHarness;

/** Types a reason for not implementing into the rows of records `indexes` (1-based record numbers: sheet row i + 1). */
function giveReasons(f: FakeHost, reasons: Record<number, string>): void {
  const table = f.workbook.findTable("Recommendations")!;
  const column = f.workbook.headers(table).indexOf("Reason not implemented");
  expect(column).toBeGreaterThanOrEqual(0);
  for (const [i, reason] of Object.entries(reasons))
    table.sheet.seed(`${columnLetter(column)}${Number(i) + 1}`, [[reason]]);
}

const id = (i: number) => String(record(i).id);

describe("strategies in the Excel pane's Follow-up", () => {
  it("groups the recommendations picked by their reason and records a strategy tried as one History event each", async () => {
    fake = await trackerWithRows(12);
    // Records 4 and 9 are not implemented (the fixture's fifth status); 3 is implemented.
    giveReasons(fake, { 4: "Budget", 9: "Resistance" });
    const pane = harness("fr");
    pane.dispatch({ type: "eventIds", text: `${id(9)}, ${id(4)}, ${id(3)}, NOPE-1` });
    await pane.intents.showStrategies();
    expect(pane.state.strategies).toEqual({
      groups: [
        { reason: "budget", ids: [id(4)] },
        { reason: "resistance", ids: [id(9)] },
      ],
      others: [id(3)],
      unknown: ["NOPE-1"],
    });
    pane.dispatch({ type: "eventField", field: "date", value: "2026-02-27" });
    pane.dispatch({ type: "eventField", field: "with", value: "Commission des finances" });
    await pane.intents.recordStrategy("advocacy", [id(4)]);
    expect(pane.state.notices.at(-1)).toMatchObject({
      intent: "success",
      key: "strategyRecorded",
      values: { strategy: "Plaidoyer", count: "1", date: "2026-02-27" },
    });
    await pane.intents.recordStrategy("media", [id(9)]);
    const store = new ExcelTrackerStore(officeExcelHost());
    const content = await store.read();
    const history = await store.readHistory();
    expect(
      history.rows.map((row) => [
        row.values.recId,
        row.values.kind,
        row.values.date,
        row.values.with,
      ])
    ).toEqual([
      [id(4), "advocacy", "2026-02-27", "Commission des finances"],
      [id(9), "media", "2026-02-27", "Commission des finances"],
    ]);
    // The History's cells hold the kinds in the tracker's language, as its drop-down lists them.
    const cells = fake.workbook.tableRows("History").map((row) => row[2]);
    expect(cells).toEqual(["Advocacy", "Media"]);
    // The statistics count them, as rectrack stats does.
    const stats = computeStats(
      content.rows.map((row) => row.values),
      { today: "2026-03-01", history: history.rows }
    );
    expect(stats.strategies.find((s) => s.strategy === "advocacy")).toMatchObject({
      tried: 1,
      implementedAfter: 0,
    });
  });

  it("takes the sheet's selection when no Rec ID is picked, and says when nothing is selected", async () => {
    fake = await trackerWithRows(6);
    const pane = harness();
    const sheet = fake.workbook.sheet("Recommendations");
    fake.workbook.selection = { sheet, rect: { r0: 4, c0: 1, r1: 4, c1: 3 } };
    await pane.intents.showStrategies();
    expect(pane.state.eventDraft.ids).toEqual([id(4)]);
    // Not implemented, no reason recorded yet: find out why.
    expect(pane.state.strategies?.groups).toEqual([{ reason: null, ids: [id(4)] }]);

    const empty = harness();
    fake.workbook.selection = {
      sheet: fake.workbook.sheet("Dashboard"),
      rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
    };
    await empty.intents.showStrategies();
    expect(empty.state.strategies).toBeNull();
    expect(empty.state.notices.map((n) => n.key)).toEqual(["eventNoSelection"]);
  });

  it.each([
    [10, 10],
    [10000, 5000],
  ])(
    "records a strategy for %i rows' %i picked in the same number of requests",
    async (rows, picked) => {
      fake = await trackerWithRows(rows);
      const pane = harness();
      const ids = Array.from({ length: picked }, (_v, i) => id(i + 1));
      fake.resetCounters();
      await pane.intents.recordStrategy("meeting", ids);
      measured[`record a strategy for ${picked} of ${rows} rows`] = `${fake.syncCount} syncs`;
      expect(pane.state.notices.at(-1)).toMatchObject({
        key: "strategyRecorded",
        values: { count: String(picked) },
      });
      // The same requests whatever the size, as "Record a follow-up event" (the one recording path):
      // the tracker and the History read, then the History rows and the current columns in one write
      // (7), then the Dashboard's figures from the history refreshed (4).
      expect(fake.syncCount).toBe(11);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      const strategySyncs = fake.syncCount;
      // "Record a follow-up event" on the same tracker as it was (its history as long) takes as many.
      fake = await trackerWithRows(rows);
      const form = harness();
      form.dispatch({ type: "eventIds", text: ids.join(",") });
      form.dispatch({ type: "eventField", field: "date", value: "2026-02-01" });
      fake.resetCounters();
      await form.intents.recordEvent();
      expect(fake.syncCount).toBe(strategySyncs);
    }
  );
});
