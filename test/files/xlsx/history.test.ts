import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { recordEvent } from "../../../src/core/tracker/observe";
import { parseMetadata } from "../../../src/core/schema/customxml";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { readCustomXmlParts } from "../../../src/files/xlsx/package";
import { upgradeTrackerFile } from "../../../src/files/xlsx/upgrade";
import { buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { libreOfficeAvailable, recalculatedSheets } from "../../support/libreoffice";
import { firstReleaseTrackerBytes, sampleRecords, seededRandom } from "../../support/xlsx";
import { allCells } from "../../support/xlsx-cells";
import { recordToCells } from "../../../src/core/tracker/cells";
import { computeStats } from "../../../src/core/tracker/stats";
import type { TrackerRecord } from "../../../src/core/tracker/types";

const TODAY = "2026-03-01";
const NOW = "2026-03-01T10:00:00";

async function schemaVersion(bytes: Uint8Array): Promise<number | null> {
  const parts = await readCustomXmlParts(await JSZip.loadAsync(bytes));
  for (const part of parts) {
    const parsed = parseMetadata(part.xml);
    if (parsed.ok) return parsed.metadata.schemaVersion;
  }
  return null;
}

describe("the History table in a tracker file (schema v2)", () => {
  it("upgrades a v1 tracker of 1,000 rows without changing one existing cell, the History empty and valid", async () => {
    const records = sampleRecords(1000, seededRandom(7), TODAY);
    const before = await firstReleaseTrackerBytes(records);
    const v1 = new XlsxTrackerStore(before, "t.xlsx");
    expect((await v1.read()).history).toBe(false);
    expect((await v1.readHistory()).present).toBe(false);

    const result = await upgradeTrackerFile(before, "t.xlsx", { today: TODAY });
    expect(result.addedHistory).toBe(true);
    const old = await allCells(before);
    const now = await allCells(result.bytes);
    // Every cell of the recommendations and the lists as it was, cell by cell.
    expect(now.Recommendations).toEqual(old.Recommendations);
    expect(now.Lists).toEqual(old.Lists);
    // The new sheet: title, note, the setting, the empty table's header.
    const history = now["Follow-up history"];
    expect(history[0][0]).toBe("Follow-up history");
    expect(history[4].slice(0, 3)).toEqual(["Date", "Rec ID", "Event"]);
    expect(history.slice(5).every((row) => row.every((cell) => cell === null))).toBe(true);
    expect(await schemaVersion(result.bytes)).toBe(2);

    const store = new XlsxTrackerStore(result.bytes, "t.xlsx");
    expect((await store.read()).history).toBe(true);
    expect(await store.readHistory()).toMatchObject({ present: true, rows: [], replyDays: null });
    const workbook = await (
      await JSZip.loadAsync(result.bytes)
    )
      .file("xl/workbook.xml")!
      .async("string");
    expect(workbook).toContain(
      `<definedName name="ReplyDeadlineDays">'Follow-up history'!$B$3</definedName>`
    );
    // Run again: nothing more to add.
    const twice = await upgradeTrackerFile(result.bytes, "t.xlsx", { today: TODAY });
    expect(twice.addedHistory).toBe(false);
    expect(await allCells(twice.bytes)).toEqual(now);
  }, 60000);

  it("appends events and updates the current columns in one write, read back the same", async () => {
    const records = sampleRecords(12, seededRandom(3), TODAY);
    const upgraded = (
      await upgradeTrackerFile(await firstReleaseTrackerBytes(records), "t.xlsx", { today: TODAY })
    ).bytes;
    const store = new XlsxTrackerStore(upgraded, "t.xlsx");
    const ids = [String(records[0].id), String(records[3].id)];
    const plan = await recordEvent(
      store,
      ids,
      {
        kind: "followUpVisit",
        date: "2026-02-20",
        with: "Director",
        status: "partiallyImplemented",
      },
      { now: NOW }
    );
    expect(plan).toMatchObject({ blocked: null, events: 2, unknownIds: [] });
    const again = new XlsxTrackerStore(store.bytes(), "t.xlsx");
    const content = await again.read();
    for (const id of ids)
      expect(content.rows.find((row) => row.values.id === id)?.values.status).toBe(
        "partiallyImplemented"
      );
    const history = await again.readHistory();
    expect(
      history.rows.map((row) => [row.row, row.values.recId, row.values.kind, row.values.date])
    ).toEqual([
      [6, ids[0], "followUpVisit", "2026-02-20"],
      [7, ids[1], "followUpVisit", "2026-02-20"],
    ]);
    // A second event goes below the first ones, the table grown over it.
    await recordEvent(again, [ids[0]], { kind: "meeting", date: "2026-02-25" }, { now: NOW });
    const third = new XlsxTrackerStore(again.bytes(), "t.xlsx");
    await third.read();
    expect((await third.readHistory()).rows.map((row) => row.values.kind)).toEqual([
      "followUpVisit",
      "followUpVisit",
      "meeting",
    ]);
  });

  it("a new tracker has the History sheet; a v1 tracker refuses an event and says to upgrade", async () => {
    const fresh = new XlsxTrackerStore(
      await buildTemplate(buildWorkbookPlan({ language: "fr" })),
      "n.xlsx"
    );
    expect((await fresh.read()).history).toBe(true);
    const records = sampleRecords(3, seededRandom(5), TODAY);
    const v1 = new XlsxTrackerStore(await firstReleaseTrackerBytes(records), "v1.xlsx");
    const plan = await recordEvent(
      v1,
      [String(records[0].id)],
      { kind: "meeting", date: TODAY },
      { now: NOW }
    );
    expect(plan.blocked).toBe("noHistory");
    expect(v1.changed).toBe(false);
  });

  (libreOfficeAvailable() ? it : it.skip)(
    "an upgraded tracker of 1,000 rows with an event opens in LibreOffice",
    async () => {
      const records = sampleRecords(1000, seededRandom(9), TODAY);
      const upgraded = (
        await upgradeTrackerFile(await firstReleaseTrackerBytes(records), "t.xlsx", {
          today: TODAY,
        })
      ).bytes;
      const store = new XlsxTrackerStore(upgraded, "t.xlsx");
      await recordEvent(
        store,
        [String(records[1].id)],
        { kind: "responseReceived", date: "2026-01-15", accepted: "accepted", summary: "Agreed." },
        { now: NOW }
      );
      const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-history-"));
      const file = join(dir, "upgraded.xlsx");
      await fs.writeFile(file, store.bytes());
      const sheets = (await recalculatedSheets([file], join(dir, "out"))).get(file)!;
      const history = sheets.get("Follow-up history")!;
      expect(history[4].slice(0, 3)).toEqual(["Date", "Rec ID", "Event"]);
      expect(history[5].slice(0, 3)).toEqual([
        "2026-01-15",
        String(records[1].id),
        "Response received",
      ]);
    },
    120000
  );
});

describe("the reply deadline (schema v2)", () => {
  const REPLY_RECORDS: TrackerRecord[] = [
    // Made long ago, no response recorded: its reply is overdue with a 60-day deadline.
    {
      id: "D-1",
      text: "Open the exercise yard every day.",
      dateMade: "2025-10-01",
      status: "notStarted",
    },
    // Answered: not overdue.
    {
      id: "D-2",
      text: "Repair the showers of block B.",
      dateMade: "2025-10-01",
      accepted: "accepted",
      responseDate: "2025-11-15",
      status: "inProgress",
    },
    // Made recently: the deadline has not passed.
    { id: "D-3", text: "Train staff in first aid.", dateMade: "2026-02-20", status: "notStarted" },
  ];

  async function withDeadline(days: number | null): Promise<Uint8Array> {
    return buildTemplate(
      buildWorkbookPlan({
        language: "en",
        rows: REPLY_RECORDS.map((record) => recordToCells(record, "en")),
        replyDays: days,
      })
    );
  }

  it("lists replies overdue on the Follow-up sheet and counts them, the Dashboard's formula agreeing in LibreOffice", async () => {
    const store = new XlsxTrackerStore(await withDeadline(60), "t.xlsx");
    await store.read();
    expect((await store.readHistory()).replyDays).toBe(60);
    const refresh = await store.refreshFollowUp(TODAY);
    expect(refresh.counts.replyOverdue).toBe(1);
    expect(
      refresh.items.filter((item) => item.reason === "replyOverdue").map((item) => item.record.id)
    ).toEqual(["D-1"]);
    const follow = (await allCells(store.bytes()))["Follow-up"];
    expect(follow.some((row) => row[0] === "Reply overdue" && row.includes("D-1"))).toBe(true);
    // No deadline set: nothing is overdue for a reply.
    const none = new XlsxTrackerStore(await withDeadline(null), "t.xlsx");
    await none.read();
    expect((await none.refreshFollowUp(TODAY)).counts.replyOverdue).toBe(0);

    if (!libreOfficeAvailable()) return;
    const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-reply-days-"));
    const file = join(dir, "deadline.xlsx");
    await fs.writeFile(file, store.bytes());
    const sheets = (await recalculatedSheets([file], join(dir, "out"))).get(file)!;
    const dashboard = sheets.get("Dashboard")!;
    const row = dashboard.find((cells) => cells[0]?.startsWith("Reply overdue"));
    // TODAY() in LibreOffice is the real day: the formula counts what core counts on that day.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    const expected = computeStats(REPLY_RECORDS, { today, replyDays: 60 }).replyOverdue;
    expect(Number(row?.[1])).toBe(expected);
  }, 120000);
});
