import { ExcelTrackerStore, officeExcelHost } from "../../../src/office/excel";
import { fillReturnedTable } from "../../support/followupDocs";
import { FakeHost } from "../../support/office";
import { record, trackerWithRows } from "../../office/excel/fixtures";
import { excelPaneHarness } from "./harness";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, string> = {};
afterAll(() => console.log(`Excel reply syncs: ${JSON.stringify(measured)}`));

const harness = () => excelPaneHarness("en");

/** A chosen file as the file input gives it. */
function chosen(name: string, bytes: Uint8Array) {
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

describe("letters and replies in the Excel pane", () => {
  it.each([10, 5000])(
    "prepares a visit brief for a place of a %i-row tracker, reads it back filled in, applies it in constant requests",
    async (rows) => {
      fake = await trackerWithRows(rows);
      const pane = harness();
      pane.dispatch({ type: "letterField", field: "kind", value: "brief" });
      pane.dispatch({ type: "letterField", field: "party", value: "prison 5" });
      await pane.intents.prepareDocument();
      expect(pane.state.notices[0]).toMatchObject({ intent: "success", key: "letterReady" });
      expect(pane.saved[0].name).toBe("Brief for the follow-up visit Prison 5.docx");
      // Rows of Prison 5 that are open: i % 97 === 5, not implemented-and-verified.
      const open = Array.from({ length: rows }, (_v, i) => record(i + 1)).filter(
        (r) => r.place === "Prison 5" && !(r.status === "implemented" && r.verified === true)
      );
      expect(pane.state.notices[0].values?.count).toBe(String(open.length));
      const target = String(open[0].id);
      const returned = await fillReturnedTable(pane.saved[0].bytes, {
        [target]: ["Implemented", "Yes", "Seen during the visit."],
      });
      fake.resetCounters();
      await pane.intents.chooseReplyFile(chosen("brief back.docx", returned));
      const draft = pane.state.replyDraft!;
      const changed = draft.plan.items.filter((item) => item.changes.length > 0);
      expect(changed.map((item) => item.id)).toEqual([target]);
      await pane.intents.applyReply();
      measured[`read and apply a reply, ${rows} rows`] = `${fake.syncCount} syncs`;
      // Reading: 2 for the structure, 1 for the rows with the History (its place and events);
      // applying: as an import's write (4); then the Dashboard's figures from the history (4, as
      // test/office/excel/figures.test.ts counts them).
      expect(fake.syncCount).toBe(11);
      expect(pane.state.notices[0]).toMatchObject({ key: "replyApplied", values: { count: "1" } });
      const store = new ExcelTrackerStore(officeExcelHost());
      const row = (await store.read()).rows.find((r) => r.values.id === target)!;
      expect(row.values).toMatchObject({ status: "implemented", verified: true });
      const history = await store.readHistory();
      expect(history.rows.map((r) => [r.values.recId, r.values.kind])).toEqual([
        [target, "followUpVisit"],
      ]);
      // The same reply read again offers nothing to apply.
      await pane.intents.chooseReplyFile(chosen("brief back.docx", returned));
      expect(pane.state.replyDraft!.plan.items.filter((item) => item.changes.length > 0)).toEqual(
        []
      );
    },
    120000
  );

  it("names the authorities the tracker knows when the one typed is not among them", async () => {
    fake = await trackerWithRows(5);
    const pane = harness();
    pane.dispatch({ type: "letterField", field: "party", value: "Ministry of Magic" });
    await pane.intents.prepareDocument();
    expect(pane.state.notices[0]).toMatchObject({
      intent: "warning",
      key: "letterUnknownParty",
      values: { party: "Ministry of Magic", known: expect.stringContaining("Ministry of Justice") },
    });
    expect(pane.saved).toEqual([]);
  });
});
