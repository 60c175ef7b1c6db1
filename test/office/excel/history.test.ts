import { TRACKER_NAMESPACE } from "../../../src/core/schema/columns";
import { parseMetadata, serializeMetadata } from "../../../src/core/schema/customxml";
import { recordEvent } from "../../../src/core/tracker/observe";
import {
  applyTracker,
  describeWorkbook,
  ExcelTrackerStore,
  officeExcelHost,
} from "../../../src/office/excel";
import { FakeHost } from "../../support/office";
import { record, trackerWithRows, userEdits } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const NOW = "2026-03-01T10:00:00";
const measured: Record<string, string> = {};
afterAll(() => console.log(`Excel follow-up syncs: ${JSON.stringify(measured)}`));

const ids = (count: number) => Array.from({ length: count }, (_v, i) => String(record(i + 1).id));

describe("the History table in the open workbook (schema v2)", () => {
  it.each([
    [10, 10],
    [10000, 10],
    [10000, 5000],
  ])(
    "records an event for %i rows' %i selected in the same requests as their current columns",
    async (rows, selected) => {
      fake = await trackerWithRows(rows);
      const store = new ExcelTrackerStore(officeExcelHost());
      const content = await store.read();
      expect(content.history).toBe(true);
      fake.resetCounters();
      const plan = await recordEvent(
        { read: async () => content, write: (changes) => store.write(changes) },
        ids(selected),
        {
          kind: "followUpVisit",
          date: "2026-02-20",
          with: "Director",
          status: "implemented",
          verified: true,
        },
        { now: NOW }
      );
      expect(plan).toMatchObject({ blocked: null, events: selected, unknownIds: [] });
      measured[`record an event for ${selected} of ${rows} rows`] = `${fake.syncCount} syncs`;
      // 2 to find the tables, 1 for the Rec IDs and the History's place, then one for the writes of
      // both: rows side by side that change the same columns are written as one range.
      expect(fake.syncCount).toBe(4);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

      const history = await store.readHistory();
      expect(history.present).toBe(true);
      expect(history.rows).toHaveLength(selected);
      expect(history.rows[0]).toEqual({
        row: 6,
        values: expect.objectContaining({
          date: "2026-02-20",
          recId: ids(1)[0],
          kind: "followUpVisit",
          with: "Director",
          status: "implemented",
          verified: true,
        }),
      });
      const after = await new ExcelTrackerStore(officeExcelHost()).read();
      const wanted = new Set(ids(selected));
      const changed = after.rows.filter((row) => wanted.has(String(row.values.id)));
      expect(changed.every((row) => row.values.status === "implemented")).toBe(true);
      expect(changed.every((row) => row.values.verifiedOn === "2026-02-20")).toBe(true);
      // A second event goes below the first ones.
      await recordEvent(store, [ids(1)[0]], { kind: "meeting", date: "2026-02-25" }, { now: NOW });
      const again = await store.readHistory();
      expect(again.rows.map((row) => row.values.kind).slice(-2)).toEqual([
        "followUpVisit",
        "meeting",
      ]);
      expect(again.rows.at(-1)?.row).toBe(6 + selected);
    },
    60000
  );

  it("upgrades a v1 tracker: the History sheet added, no cell of the recommendations changed", async () => {
    fake = await trackerWithRows(20);
    // A tracker of schema v1: no History sheet, no setting, metadata of version 1.
    await userEdits(async (context) => {
      context.workbook.worksheets.getItem("Follow-up history").delete();
      context.workbook.names.getItem("ReplyDeadlineDays").delete();
      await context.sync();
    });
    const part = fake.workbook.customXml.byNamespace(TRACKER_NAMESPACE)[0];
    const parsed = parseMetadata(part.xml);
    if (!parsed.ok) throw new Error(parsed.problem);
    part.xml = serializeMetadata({ ...parsed.metadata, schemaVersion: 1 });

    const summary = await describeWorkbook(officeExcelHost());
    expect(summary.tracker).toMatchObject({ history: false, upToDate: false });
    const v1 = new ExcelTrackerStore(officeExcelHost());
    expect((await v1.read()).history).toBe(false);
    expect((await v1.readHistory()).present).toBe(false);
    const blocked = await recordEvent(
      v1,
      ids(1),
      { kind: "meeting", date: "2026-02-01" },
      { now: NOW }
    );
    expect(blocked.blocked).toBe("noHistory");

    const sheet = fake.workbook.sheet("Recommendations");
    const before = sheet.snapshot();
    await applyTracker(officeExcelHost(), { language: "en" });
    const after = sheet.snapshot();
    const changed = [...before].filter(
      ([address, cell]) => JSON.stringify(after.get(address)) !== JSON.stringify(cell)
    );
    expect(changed).toEqual([]);
    expect(fake.workbook.headers(fake.workbook.findTable("History")!).slice(0, 3)).toEqual([
      "Date",
      "Rec ID",
      "Event",
    ]);
    expect(fake.workbook.names.map((name) => name.name)).toEqual(["ReplyDeadlineDays"]);
    expect(fake.workbook.customXml.byNamespace(TRACKER_NAMESPACE)[0].xml).toContain(
      'schemaVersion="2"'
    );
    expect((await describeWorkbook(officeExcelHost())).tracker).toMatchObject({
      history: true,
      upToDate: true,
    });
  });
});
