import { promises as fs } from "fs";
import JSZip from "jszip";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { listValuesOf, recordToCells } from "../../src/core/tracker/cells";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { buildTemplate } from "../../src/files/xlsx";
import { indexPackage, readSheetRows } from "../../src/files/xlsx/sheet-xml";
import { rectrack, scratch, Scratch } from "../hostile/support";
import { sheetCharts } from "../support/xlsx-charts";

/**
 * `rectrack log` then `rectrack stats --refresh` write the Dashboard's
 * figures from the history (issue 20): read back from the file, they are the
 * values worked out by hand below, and the chart of the status at each year
 * end reads them.
 */

const t = PLAN_TEXTS.en;
const COURTS = "Ministry of Justice";
const RECORDS: TrackerRecord[] = [
  {
    id: "F-1",
    text: "Give every detainee written information on their rights on arrival.",
    dateMade: "2024-02-01",
    authority: COURTS,
    place: "East Remand Centre",
    theme: "Information",
    status: "notStarted",
  },
  {
    id: "F-2",
    text: "Print the information leaflet in the five languages most spoken by detainees.",
    dateMade: "2025-03-01",
    authority: COURTS,
    place: "East Remand Centre",
    theme: "Information",
    status: "notStarted",
    repeatOf: "F-1",
  },
];

let dir: Scratch;
beforeEach(() => {
  dir = scratch("rectrack-figures");
});
afterEach(() => dir.remove());

/** The Dashboard's cells in the block's columns (U to AB), by address, as the file holds them. */
async function blockCells(path: string): Promise<Map<string, unknown>> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const index = await indexPackage(zip);
  const sheet = index.sheets.find((s) => s.name === t.sheets.dashboard)!;
  const rows = await readSheetRows(zip, sheet, index);
  const out = new Map<string, unknown>();
  const letters = ["U", "V", "W", "X", "Y", "Z", "AA", "AB"];
  rows.forEach((row, r) =>
    letters.forEach((letter, c) => {
      const value = row[20 + c];
      if (value !== null && value !== undefined && value !== "")
        out.set(`${letter}${r + 1}`, value);
    })
  );
  return out;
}

describe("rectrack stats --refresh: the figures from the history on the Dashboard", () => {
  it("writes what rectrack log recorded, as worked out by hand, with its chart", async () => {
    const path = dir.put(
      "t.xlsx",
      await buildTemplate(
        buildWorkbookPlan({
          language: "en",
          rows: RECORDS.map((record) => recordToCells(record, "en")),
          listExtras: listValuesOf(RECORDS),
          replyDays: 30,
        })
      )
    );
    // F-1: answered 28 days after 2024-02-01 (due 2024-03-02: on time), implemented on 2025-02-01 (366 days: 2024 is a leap year).
    for (const args of [
      ["--id", "F-1", "--kind", "response", "--date", "2024-02-29", "--accepted", "accepted"],
      [
        "--id",
        "F-1",
        "--kind",
        "follow-up-visit",
        "--date",
        "2025-02-01",
        "--status",
        "implemented",
      ],
      // F-2: in progress from 2025-06-01; no response recorded, due 2025-03-31: late.
      ["--id", "F-2", "--kind", "meeting", "--date", "2025-06-01", "--status", "in progress"],
    ]) {
      const run = await rectrack(["log", path, ...args]);
      expect(run).toMatchObject({ code: 0, err: "" });
    }
    const run = await rectrack(["stats", path, "--refresh", "--today", "2026-03-01"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote the figures from the history on the Dashboard`);
    const cells = await blockCells(path);
    expect(cells.get("U1")).toBe(t.figures.title);
    expect(cells.get("V3")).toBe("2026-03-01");
    // The status at each year end: end of 2024, F-1 not started (it was made then; its first status
    // was recorded in 2025); end of 2025, F-1 implemented and F-2 in progress; this year the same.
    const row = (r: number) =>
      ["U", "V", "W", "X", "Y", "Z", "AA", "AB"].map(
        (letter) => cells.get(`${letter}${r}`) ?? null
      );
    expect(row(6)).toEqual([
      t.figures.asOf,
      "Not started",
      "In progress",
      "Partially implemented",
      "Implemented",
      "Not implemented",
      t.otherStatus,
      t.sectionTotal,
    ]);
    expect(row(7)).toEqual(["2024-12-31", 1, 0, 0, 0, 0, 0, 1]);
    expect(row(8)).toEqual(["2025-12-31", 0, 1, 0, 1, 0, 0, 2]);
    expect(row(9)).toEqual(["2026-03-01", 0, 1, 0, 1, 0, 0, 2]);
    // Per addressee: 2 recommendations, 1 response after 28 days, 1 implemented after 366 days,
    // 2 replies due, 1 on time.
    expect(cells.get("U11")).toBe(t.figures.byAuthority);
    expect(row(13)).toEqual([COURTS, 2, 1, 28, 1, 366, 2, 0.5]);
    // Repeats: F-2 repeats F-1, of the two for this place and theme.
    expect(row(15)[0]).toBe(t.figures.repeated);
    expect(row(17)).toEqual(["East Remand Centre", "Information", 1, 2, null, null, null, null]);

    const charts = await sheetCharts(await fs.readFile(path), t.sheets.dashboard);
    const chart = charts.find((c) => c.name === t.chartStatusAtYearEnd)!;
    // Categories: the as-of days; one series per status, named by its header.
    expect(chart.refs).toContain(`Dashboard!$U$7:$U$9`);
    expect(chart.refs).toContain(`Dashboard!$V$6`);
    expect(chart.refs).toContain(`Dashboard!$Z$7:$Z$9`);

    // Refreshing again the same day changes nothing: the file is left byte for byte as it was.
    const before = await fs.readFile(path);
    const again = await rectrack(["stats", path, "--refresh", "--today", "2026-03-01", "--json"]);
    expect(JSON.parse(again.out).refresh).toEqual({ outcome: "unchanged", written: false });
    expect((await fs.readFile(path)).equals(before)).toBe(true);
  });

  it("refreshes the figures when rectrack log records an event", async () => {
    const path = dir.put(
      "t.xlsx",
      await buildTemplate(
        buildWorkbookPlan({
          language: "en",
          rows: RECORDS.map((record) => recordToCells(record, "en")),
          listExtras: listValuesOf(RECORDS),
        })
      )
    );
    expect((await blockCells(path)).size).toBe(0);
    const run = await rectrack([
      "log",
      path,
      ...["--id", "F-1", "--kind", "response", "--date", "2024-03-02", "--accepted", "accepted"],
    ]);
    expect(run).toMatchObject({ code: 0, err: "" });
    const cells = await blockCells(path);
    // F-1 answered 30 days after it was made; no reply deadline set, so nothing is due.
    expect(cells.get("U13")).toBe(COURTS);
    expect(cells.get("X13")).toBe(30);
    expect(cells.has("AA13")).toBe(false);
    expect(cells.has("AB13")).toBe(false);
  });

  it("refuses a tracker without a history, and writes nothing", async () => {
    const path = dir.put(
      "v1.xlsx",
      await buildTemplate(buildWorkbookPlan({ language: "en", history: false }))
    );
    const before = await fs.readFile(path);
    const run = await rectrack(["stats", path, "--refresh"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("rectrack upgrade");
    expect((await fs.readFile(path)).equals(before)).toBe(true);
  });
});
