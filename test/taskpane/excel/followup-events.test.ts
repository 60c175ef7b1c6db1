import { columnLetter } from "../../../src/core/schema/a1";
import { TABLE_ORDER } from "../../../src/core/schema/columns";
import { ExcelTrackerStore, officeExcelHost } from "../../../src/office/excel";
import { FakeHost } from "../../support/office";
import { record, trackerWithRows } from "../../office/excel/fixtures";
import { excelPaneHarness } from "./harness";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const harness = excelPaneHarness;

/** Selects rows `first`..`last` (1-based sheet rows) of the Recommendations sheet, as the user would. */
function select(f: FakeHost, first: number, last: number): void {
  const sheet = f.workbook.sheet("Recommendations");
  f.workbook.selection = { sheet, rect: { r0: first - 1, c0: 2, r1: last - 1, c1: 4 } };
}

describe("recording a follow-up event in the Excel pane", () => {
  it("takes the selected rows, records the event for them in one step, and says what it did", async () => {
    fake = await trackerWithRows(12);
    const pane = harness();
    select(fake, 3, 5);
    await pane.intents.takeSelection();
    const ids = [2, 3, 4].map((i) => String(record(i).id));
    expect(pane.state.eventDraft).toMatchObject({ ids, date: "2026-03-01" });
    pane.dispatch({ type: "eventField", field: "kind", value: "followUpVisit" });
    pane.dispatch({ type: "eventField", field: "status", value: "partiallyImplemented" });
    pane.dispatch({ type: "eventField", field: "with", value: "Deputy director" });
    await pane.intents.recordEvent();
    expect(pane.state.notices[0]).toMatchObject({
      intent: "success",
      key: "eventRecorded",
      values: { events: "3" },
    });
    // The selection and what happened go; the kind and the date stay for the next one.
    expect(pane.state.eventDraft).toMatchObject({ ids: [], with: "", kind: "followUpVisit" });
    const store = new ExcelTrackerStore(officeExcelHost());
    const content = await store.read();
    for (const id of ids)
      expect(content.rows.find((row) => row.values.id === id)?.values.status).toBe(
        "partiallyImplemented"
      );
    const history = await store.readHistory();
    expect(history.rows.map((row) => [row.values.recId, row.values.with])).toEqual(
      ids.map((id) => [id, "Deputy director"])
    );
  });

  it("takes Rec IDs typed in the pane, each once, and says which no row holds", async () => {
    fake = await trackerWithRows(4);
    const pane = harness("es");
    const [a, b] = [String(record(1).id), String(record(2).id)];
    pane.dispatch({ type: "eventIds", text: `${a}, ${b};${a} NOPE-1` });
    expect(pane.state.eventDraft.ids).toEqual([a, b, "NOPE-1"]);
    pane.dispatch({ type: "eventField", field: "date", value: "2026-02-02" });
    pane.dispatch({ type: "eventField", field: "kind", value: "reminderSent" });
    await pane.intents.recordEvent();
    expect(pane.state.notices.map((notice) => notice.key)).toEqual([
      "eventNotFound",
      "eventRecorded",
    ]);
    expect(pane.state.notices[0].values).toEqual({ ids: "NOPE-1" });
    const history = await new ExcelTrackerStore(officeExcelHost()).readHistory();
    expect(history.rows.map((row) => [row.values.recId, row.values.kind])).toEqual([
      [a, "reminderSent"],
      [b, "reminderSent"],
    ]);
  });

  it("says when nothing is selected in the table, and records nothing", async () => {
    fake = await trackerWithRows(3);
    const pane = harness("fr");
    fake.workbook.selection = {
      sheet: fake.workbook.sheet("Dashboard"),
      rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
    };
    await pane.intents.takeSelection();
    expect(pane.state.notices[0]).toMatchObject({ intent: "warning", key: "eventNoSelection" });
    await pane.intents.recordEvent();
    expect((await new ExcelTrackerStore(officeExcelHost()).readHistory()).rows).toEqual([]);
  });

  it("the data check notices a status typed by hand since the last event, and records it", async () => {
    fake = await trackerWithRows(6);
    const pane = harness();
    select(fake, 2, 2);
    await pane.intents.takeSelection();
    pane.dispatch({ type: "eventField", field: "status", value: "inProgress" });
    await pane.intents.recordEvent();
    await pane.intents.checkQuality();
    expect(pane.state.quality?.drift).toEqual([]);
    // The user types "Implemented" in the sheet, without recording it.
    const status = TABLE_ORDER.indexOf("status");
    fake.workbook.sheet("Recommendations").seed(`${columnLetter(status)}2`, [["Implemented"]]);
    await pane.intents.checkQuality();
    expect(pane.state.quality?.drift).toEqual([
      expect.objectContaining({
        id: String(record(1).id),
        field: "status",
        recorded: "inProgress",
        current: "implemented",
      }),
    ]);
    await pane.intents.recordDrift();
    expect(pane.state.notices[0]).toMatchObject({ key: "driftRecorded", values: { count: "1" } });
    expect(pane.state.quality?.drift).toEqual([]);
    const history = await new ExcelTrackerStore(officeExcelHost()).readHistory();
    expect(history.rows.map((row) => [row.values.kind, row.values.status])).toEqual([
      ["followUpVisit", "inProgress"],
      ["statusChanged", "implemented"],
    ]);
  });
});
