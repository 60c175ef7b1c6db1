import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import { columnLetter, parseAddress } from "../../src/core/schema/a1";
import {
  FOLLOW_UP_KEYS,
  FOLLOW_UP_LEAD,
  FOLLOW_UP_TABLE,
} from "../../src/core/schema/workbook-plan";
import { followUpList, followUpRows } from "../../src/core/tracker/followup";
import { readTracker } from "../../src/files/xlsx/reader";
import { openPackage } from "../../src/files/xlsx/package";
import { indexPackage, readSheetRows } from "../../src/files/xlsx/sheet-xml";
import { XlsxTrackerStore } from "../../src/files/xlsx/store";
import { expectOneLineRefusal, rectrack, scratch, Scratch } from "../hostile/support";

/**
 * The Follow-up sheet promises to be "refreshed by the add-in or by
 * rectrack": `rectrack import` refreshes it whenever it writes the tracker,
 * and `rectrack followup` on demand, with the rows core's followUpList gives.
 */

const TODAY = "2026-11-28";

interface Rec {
  text: string;
  deadline?: string;
}

const RECS: Rec[] = [
  { text: "The director should repair the windows in Wing C.", deadline: "2026-10-01" },
  { text: "The ministry should publish the inspection reports.", deadline: "2026-12-10" },
  { text: "The director should open the library every day.", deadline: "2027-06-01" },
  { text: "The director should keep a register of restraint.", deadline: "2026-11-01" },
  { text: '=HYPERLINK("http://x.example","a formula-looking text")', deadline: "2026-12-01" },
  { text: "Staff should be trained in de-escalation." },
];

function batchOf(recs: Rec[], id = "visit-2026"): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: { id, title: "Visit", type: "visit", date: "2026-03-01", places: [], link: "" },
    recommendations: recs.map((rec, i) => ({
      id: `recFollow${String(i).padStart(3, "0")}`,
      ref: String(i + 1),
      text: rec.text,
      authority: "Ministry of Justice",
      ...(rec.deadline ? { deadline: rec.deadline } : {}),
    })),
  };
}

/** Columns of the Follow-up table: why, days overdue, days left, days waiting, the tracker's, then the strategies to try. */
const WIDTH = FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.length + 1;
const LAST = columnLetter(WIDTH - 1);

/** The Follow-up table as stored: its range, its data rows and every sheet row below its header. */
async function followUpSheet(bytes: Uint8Array) {
  const zip = await openPackage(bytes, "t.xlsx");
  const index = await indexPackage(zip);
  const sheet = index.sheets.find((s) => s.tables.some((t) => t.name === FOLLOW_UP_TABLE));
  if (!sheet) throw new Error("no Follow-up table");
  const table = sheet.tables.find((t) => t.name === FOLLOW_UP_TABLE)!;
  const [start, end] = table.ref.split(":").map(parseAddress);
  const rows = await readSheetRows(zip, sheet, index);
  const tableXml = await zip.file(table.path)!.async("string");
  const sheetXml = await zip.file(sheet.path)!.async("string");
  return {
    ref: table.ref,
    autoFilter: /<autoFilter\b[^>]*\bref="([^"]+)"/.exec(tableXml)?.[1],
    dimension: /<dimension ref="([^"]+)"/.exec(sheetXml)?.[1],
    header: rows[start.row - 1],
    // The reader stops each row at its last filled cell: pad to the table's width.
    data: rows
      .slice(start.row, end.row)
      .map((row) => Array.from({ length: WIDTH }, (_, c) => row[start.column + c] ?? null)),
    below: rows.slice(end.row),
    sheetXml,
  };
}

async function expectedRows(bytes: Uint8Array, today: string) {
  const tracker = await readTracker(bytes, "t.xlsx");
  return followUpRows(
    followUpList(
      tracker.rows.map((row) => row.values),
      { today }
    ),
    tracker.language
  );
}

let s: Scratch;
beforeEach(() => {
  s = scratch("rectrack-followup");
});
afterEach(() => s.remove());

async function importInto(tracker: string, recs: Rec[], today = TODAY) {
  const batch = s.put(`batch-${recs.length}.json`, JSON.stringify(batchOf(recs)));
  return rectrack(["import", batch, tracker, "--today", today]);
}

describe("rectrack import refreshes the Follow-up sheet", () => {
  it("fills the table with the list core computes, for --today", async () => {
    const tracker = join(s.dir, "t.xlsx");
    const run = await importInto(tracker, RECS);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `Follow-up sheet "Follow-up" refreshed for ${TODAY}: 2 recommendations overdue, 2 due within 30 days, 0 implemented but not verified by the NPM.`
    );
    const bytes = await fs.readFile(tracker);
    const sheet = await followUpSheet(bytes);
    const expected = await expectedRows(bytes, TODAY);
    expect(expected).toHaveLength(4);
    expect(sheet.data).toEqual(expected);
    expect(sheet.header[0]).toBe("Why");
    expect(sheet.ref).toBe(`A3:${LAST}7`);
    expect(sheet.autoFilter).toBe(`A3:${LAST}7`);
    expect(sheet.dimension).toBe(`A1:${LAST}7`);
    expect(sheet.below).toEqual([]);
    // Longest overdue first, then the soonest due; the formula-looking text stays text.
    expect(expected.map((row) => row.slice(0, 3))).toEqual([
      ["Overdue", 58, null],
      ["Overdue", 27, null],
      ["Due soon", null, 3],
      ["Due soon", null, 12],
    ]);
    expect(sheet.sheetXml).not.toMatch(/<f>/);
  });

  it("leaves no stale rows when the list shrinks, and a second identical import changes nothing", async () => {
    const tracker = join(s.dir, "t.xlsx");
    expect((await importInto(tracker, RECS)).code).toBe(0);
    // The NPM closes the longest overdue one; a write through the store refreshes the sheet.
    const store = new XlsxTrackerStore(await fs.readFile(tracker), tracker, {
      followUpToday: TODAY,
    });
    const content = await store.read();
    const first = content.rows[0];
    await store.write({
      updates: [
        {
          row: first.row,
          id: String(first.values.id),
          values: { status: "implemented", verified: true },
        },
      ],
      additions: [],
    });
    expect(store.followUp?.outcome).toBe("refreshed");
    await fs.writeFile(tracker, store.bytes());
    let sheet = await followUpSheet(store.bytes());
    expect(sheet.data).toEqual(await expectedRows(store.bytes(), TODAY));
    expect(sheet.data).toHaveLength(3);
    expect(sheet.ref).toBe(`A3:${LAST}6`);
    expect(sheet.below).toEqual([]);
    expect(sheet.dimension).toBe(`A1:${LAST}6`);

    const before = await fs.readFile(tracker);
    const again = await importInto(tracker, RECS);
    expect(again.out).toContain("Nothing to change");
    expect((await fs.readFile(tracker)).equals(before)).toBe(true);

    // Long before every deadline the list is empty: one blank row is kept, as the template has.
    const early = await rectrack(["followup", tracker, "--today", "2025-01-01"]);
    expect(early.code).toBe(0);
    sheet = await followUpSheet(await fs.readFile(tracker));
    expect(sheet.ref).toBe(`A3:${LAST}4`);
    expect(sheet.data).toEqual([Array.from({ length: WIDTH }, () => null)]);
    expect(sheet.below).toEqual([]);
    expect(sheet.dimension).toBe(`A1:${LAST}4`);
  });

  it("still imports into a tracker whose Follow-up sheet was deleted or whose table was renamed", async () => {
    const made = join(s.dir, "made.xlsx");
    expect((await importInto(made, RECS.slice(0, 2))).code).toBe(0);
    const original = await fs.readFile(made);
    const zip = await JSZip.loadAsync(original);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const deleted = s.put(
      "deleted.xlsx",
      await zip
        .file("xl/workbook.xml", workbook.replace(/<sheet\b[^>]*name="Follow-up"[^>]*\/>/, ""))
        .generateAsync({ type: "uint8array", compression: "DEFLATE" })
    );
    const renamedZip = await JSZip.loadAsync(original);
    let followUpPart = "";
    for (const path of Object.keys(renamedZip.files).filter((p) =>
      /tables\/table\d+\.xml$/.test(p)
    )) {
      const xml = await renamedZip.file(path)!.async("string");
      if (xml.includes('name="FollowUp"')) {
        followUpPart = path;
        renamedZip.file(path, xml.replace(/"FollowUp"/g, '"MyOwnList"'));
      }
    }
    expect(followUpPart).not.toBe("");
    const renamed = s.put(
      "renamed.xlsx",
      await renamedZip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    );
    for (const tracker of [deleted, renamed]) {
      const sheetBefore = await (
        await JSZip.loadAsync(await fs.readFile(tracker))
      )
        .file("xl/worksheets/sheet3.xml")!
        .async("string");
      const run = await importInto(tracker, RECS);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(run.out).toContain("4 added");
      expect(run.out).not.toContain("Follow-up sheet");
      const after = await JSZip.loadAsync(await fs.readFile(tracker));
      expect(await after.file("xl/worksheets/sheet3.xml")!.async("string")).toBe(sheetBefore);
      expect((await readTracker(await fs.readFile(tracker), tracker)).rows).toHaveLength(6);
      // The command says why it did nothing, and leaves the file as it was.
      const bytes = await fs.readFile(tracker);
      const followup = await rectrack(["followup", tracker, "--today", TODAY]);
      expect(followup.code).toBe(1);
      expect(followup.out).toMatch(/no Follow-up sheet/);
      expect(s.unchanged(tracker, bytes)).toBe(true);
    }
  });
});

describe("rectrack followup", () => {
  it("refreshes the sheet and prints its counts, in words or JSON; a second run writes nothing", async () => {
    const tracker = join(s.dir, "t.xlsx");
    expect((await importInto(tracker, RECS)).code).toBe(0);
    const later = "2027-12-01";
    const run = await rectrack(["followup", tracker, "--today", later]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `Follow-up sheet "Follow-up" refreshed for ${later}: 5 recommendations overdue, 0 due within 30 days, 0 implemented but not verified by the NPM.\nWrote ${tracker}.\n`
    );
    const bytes = await fs.readFile(tracker);
    expect((await followUpSheet(bytes)).data).toEqual(await expectedRows(bytes, later));

    const json = await rectrack(["followup", tracker, "--today", later, "--json"]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as Record<string, unknown> & { items: { days: number }[] };
    expect(result).toMatchObject({
      outcome: "unchanged",
      written: false,
      rows: 5,
      overdue: 5,
      dueSoon: 0,
      notVerified: 0,
      sheet: "Follow-up",
    });
    expect(result.items.map((item) => item.days)).toEqual([426, 395, 365, 356, 183]);
    expect(s.unchanged(tracker, bytes)).toBe(true);
  });

  it("refuses what is not a tracker in one line, leaving the file as it was", async () => {
    const tracker = join(s.dir, "t.xlsx");
    expect((await importInto(tracker, RECS)).code).toBe(0);
    const good = await fs.readFile(tracker);
    const damaged = s.put("damaged.xlsx", good.subarray(0, Math.floor(good.length / 2)));
    const text = s.put("notes.xlsx", "just some notes, not a workbook");
    const plain = s.put(
      "plain.xlsx",
      await new JSZip()
        .file("[Content_Types].xml", "<Types/>")
        .generateAsync({ type: "uint8array" })
    );
    for (const path of [damaged, text, plain]) {
      const before = await fs.readFile(path);
      const names = s.names();
      const run = await rectrack(["followup", path, "--today", TODAY]);
      expectOneLineRefusal(run, /./);
      expect(s.unchanged(path, before)).toBe(true);
      expect(s.names()).toEqual(names);
    }
    expectOneLineRefusal(
      await rectrack(["followup", tracker, "--today", "2026-13-01"]),
      /--today must be a date/
    );
    expectOneLineRefusal(
      await rectrack(["followup", join(s.dir, "missing.xlsx")]),
      /does not exist/
    );
    expect(s.unchanged(tracker, good)).toBe(true);
  });
});
