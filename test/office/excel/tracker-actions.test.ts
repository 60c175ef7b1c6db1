import { proposeMapping, correctMapping } from "../../../src/core/tracker/legacy";
import { validateRows } from "../../../src/core/tracker/validate";
import {
  adoptSheet,
  KEPT_VALUE_FILL,
  listSheets,
  officeExcelHost,
  readSheet,
  readTracker,
  refreshFollowUp,
  selectCell,
} from "../../../src/office/excel";
import {
  CellScalar,
  FakeHost,
  FIVE_MB,
  installOfficeFakes,
  WorkbookModel,
} from "../../support/office";
import { columnLetter } from "../../../src/core/schema/a1";
import { TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import { record, trackerWithRows, userEdits } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const INJECTION = ["=1+1", "+cmd", "-2", "@SUM(A1)", '=HYPERLINK("http://x","y")'];
let seq = 0;
const random = () => (seq = (seq * 9301 + 49297) % 233280) / 233280;

/** A hand-made tracker: a title row, then a header row the mapping finds, then data. */
function handMade(rows: number): WorkbookModel {
  const wb = new WorkbookModel(["Suivi 2023"]);
  const data: CellScalar[][] = [
    ["NPM recommendations follow-up", "", "", "", "", ""],
    ["No.", "Date of visit", "Recommendation", "Addressed to", "Status", "Comments of the team"],
  ];
  for (let i = 0; i < rows; i++) {
    const text =
      i < INJECTION.length
        ? INJECTION[i]
        : `Ensure that detainees ${i} see a doctor within 24 hours.`;
    data.push([
      i + 1,
      i === 2 ? "+cmd" : 45000 + (i % 300),
      text,
      i % 2 ? "Ministry of Health" : "Police",
      i % 4 === 0 ? "Implemented" : i === 3 ? "partly done, see letter" : "In progress",
      i < INJECTION.length ? INJECTION[INJECTION.length - 1 - i] : `comment ${i}`,
    ]);
  }
  wb.sheet("Suivi 2023").seed("A1", data);
  return wb;
}

describe("adopting a hand-made sheet", () => {
  it("keeps every cell, keeps formula-looking text as text, and flags what it could not read", async () => {
    fake = installOfficeFakes({ host: "excel", workbook: handMade(12) });
    const host = officeExcelHost();
    const sheets = await listSheets(host);
    expect(sheets).toEqual([{ name: "Suivi 2023", rows: 14, columns: 6 }]);
    const rows = await readSheet(host, "Suivi 2023");
    const original = fake.workbook.sheet("Suivi 2023").snapshot();
    const proposed = proposeMapping(rows);
    expect(proposed.headerRow).toBe(1);
    // The user says the comments column is their own, whatever core guessed.
    const mapping = correctMapping(proposed, { "Comments of the team": null });
    const result = await adoptSheet(host, {
      sheet: "Suivi 2023",
      mapping,
      today: "2026-01-01",
      random,
    });
    expect(result.records).toBe(12);
    expect(result.extraHeaders).toEqual(["Comments of the team"]);
    // The original sheet is untouched.
    expect(fake.workbook.sheet("Suivi 2023").snapshot()).toEqual(original);

    const wb = fake.workbook;
    const table = wb.findTable("Recommendations")!;
    const headers = wb.headers(table);
    const sheet = table.sheet;
    const textColumn = headers.indexOf("Recommendation");
    const ownColumn = headers.indexOf("Comments of the team");
    INJECTION.forEach((text, i) => {
      const r = table.rect.r0 + 1 + i;
      for (const [c, expected] of [
        [textColumn, text],
        [ownColumn, INJECTION[INJECTION.length - 1 - i]],
      ] as [number, string][]) {
        const cell = sheet.cells.get(r * 16384 + c);
        expect(cell?.value).toBe(expected);
        expect(cell?.formula).toBeUndefined();
        expect(sheet.numberFormatAt(r, c)).toBe("@");
      }
    });
    // "+cmd" as a date cannot be read: kept as typed, as text, and flagged.
    const dateColumn = headers.indexOf("Date made");
    const kept = sheet.cells.get((table.rect.r0 + 3) * 16384 + dateColumn);
    expect(kept?.value).toBe("+cmd");
    expect(kept?.formula).toBeUndefined();
    expect(kept?.style?.fill).toBe(KEPT_VALUE_FILL);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ kind: "kept", column: "dateMade", value: "+cmd" })
    );
    // Every value of the hand-made sheet is somewhere in the new table.
    const tableValues = new Set(wb.tableRows("Recommendations").flat().map(String));
    for (const [address, cell] of original) {
      if (address.endsWith("1") && address.length === 2) continue; // the title row is not data
      if (Number(address.slice(1)) <= 2) continue;
      const value =
        typeof cell.value === "number" && address.startsWith("B") ? null : String(cell.value);
      if (value !== null)
        expect(tableValues.has(value) || tableValues.has(value.trim())).toBe(true);
    }
  });

  it.each([10, 10000])("adopts %i rows with every request under 5 MB", async (count) => {
    fake = installOfficeFakes({ host: "excel", workbook: handMade(count) });
    const host = officeExcelHost();
    const rows = await readSheet(host, "Suivi 2023");
    fake.resetCounters();
    const result = await adoptSheet(host, {
      sheet: "Suivi 2023",
      mapping: proposeMapping(rows),
      today: "2026-01-01",
      random,
    });
    expect(result.records).toBe(count);
    expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(fake.workbook.tableRows("Recommendations")).toHaveLength(count);
    // The Dashboard's charts (the four from its formulas, the status at each year end from the block of
    // figures), drawn in the first request whatever the number of rows.
    const dashboard = fake.workbook.sheets.find((sheet) => sheet.charts.length > 0)!;
    expect(dashboard.charts.map((chart) => chart.chartType)).toEqual([
      "ColumnStacked",
      "BarClustered",
      "ColumnClustered",
      "BarClustered",
      "ColumnStacked",
    ]);
    for (const chart of dashboard.charts) expect(chart.source).toContain(dashboard.name);
    console.log(
      `adopt ${count} rows: ${fake.syncCount} syncs, largest request ${fake.maxRequestBytes} bytes`
    );
  });

  it("refuses to adopt when the workbook already has a tracker", async () => {
    fake = await trackerWithRows(3);
    const rows = [["Recommendation"], ["Do this"]];
    fake.workbook.addSheet("Old").seed("A1", rows);
    await expect(
      adoptSheet(officeExcelHost(), {
        sheet: "Old",
        mapping: proposeMapping(rows),
        today: "2026-01-01",
      })
    ).rejects.toMatchObject({ code: "alreadyTracker" });
  });
});

describe("data quality", () => {
  it("reads the rows and a click on an issue selects its cell, wherever the user moved the columns", async () => {
    fake = await trackerWithRows(20);
    await userEdits(async (context) => {
      context.workbook.tables
        .getItem("Recommendations")
        .columns.add(0, undefined, "My first column");
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Recommendations");
    // Row 6 repeats the id of row 2; row 9 has its deadline before the date it was made.
    const headers = fake.workbook.headers(fake.workbook.findTable("Recommendations")!);
    const idColumn = columnLetter(headers.indexOf("Rec ID"));
    sheet.seed(`${idColumn}6`, [[String(sheet.value(`${idColumn}2`))]]);
    const deadline = headers.indexOf("Deadline");
    sheet.seed(`${String.fromCharCode(65 + deadline)}9`, [[40000]]);
    const host = officeExcelHost();
    fake.resetCounters();
    const snapshot = await readTracker(host);
    expect(fake.syncCount).toBe(3);
    expect(snapshot.rows).toHaveLength(20);
    expect(snapshot.extraHeaders).toEqual(["My first column"]);
    const issues = validateRows(snapshot.rows, { today: "2026-01-01" });
    const duplicate = issues.find((issue) => issue.code === "duplicateId")!;
    expect(duplicate.row).toBe(6);
    await selectCell(host, {
      sheet: snapshot.sheet,
      row: duplicate.row,
      column: snapshot.columns.id!,
    });
    const idAt = headers.indexOf("Rec ID");
    expect(fake.workbook.selection?.rect).toEqual({ r0: 5, c0: idAt, r1: 5, c1: idAt });
    const early = issues.find((issue) => issue.code === "deadlineBeforeMade")!;
    await selectCell(host, {
      sheet: snapshot.sheet,
      row: early.row,
      column: snapshot.columns[early.column!]!,
    });
    expect(fake.workbook.selection?.rect).toEqual({ r0: 8, c0: deadline, r1: 8, c1: deadline });
    expect(fake.workbook.activeSheet?.name).toBe("Recommendations");
  });

  it("reads 10,000 rows in blocks that stay under the 5 MB response limit", async () => {
    fake = await trackerWithRows(10000);
    fake.resetCounters();
    const seen: [number, number][] = [];
    const snapshot = await readTracker(officeExcelHost(), {
      progress: (done, total) => seen.push([done, total]),
    });
    expect(snapshot.rows).toHaveLength(10000);
    // The pane's progress bar: one step per block, rising to all rows.
    expect(seen.length).toBe(fake.syncCount - 2);
    expect(seen[seen.length - 1]).toEqual([10000, 10000]);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1][0])).toBe(true);
    expect(Math.max(...fake.state.requests.map((r) => r.responseBytes))).toBeLessThan(FIVE_MB);
    console.log(`read 10000 rows: ${fake.syncCount} syncs`);
  });

  it("reads a block again in halves when Excel finds the answer too big", async () => {
    fake = await trackerWithRows(50);
    // Too small even for the sampled rows sent with the structure: that request goes again without them.
    fake.state.limits.maxResponseBytes = 20000;
    const snapshot = await readTracker(officeExcelHost());
    expect(snapshot.rows.map((row) => row.values.id)).toEqual(
      Array.from({ length: 50 }, (_, i) => record(i + 1).id)
    );
  });

  it("reads rows longer than the sampled ones, halving the block Excel refuses", async () => {
    fake = await trackerWithRows(1000);
    // The first rows are short; the ones after them carry 10,000-character notes.
    const notes = TRACKER_COLUMNS.findIndex((column) => column.key === "notes");
    const sheet = fake.workbook.sheet("Recommendations");
    for (let r = 300; r <= 1000; r++)
      sheet.seed(`${columnLetter(notes)}${r + 1}`, [["n".repeat(10000)]]);
    fake.resetCounters();
    const snapshot = await readTracker(officeExcelHost());
    expect(snapshot.rows).toHaveLength(1000);
    expect(snapshot.rows[999].values.notes).toHaveLength(10000);
    const refused = fake.state.requests.filter((r) => r.responseBytes > FIVE_MB);
    expect(refused.length).toBeGreaterThan(0);
    expect(
      Math.max(
        ...fake.state.requests.filter((r) => r.responseBytes <= FIVE_MB).map((r) => r.responseBytes)
      )
    ).toBeLessThan(FIVE_MB);
  });

  it("says there is no tracker instead of failing on a missing table", async () => {
    fake = installOfficeFakes({ host: "excel" });
    await expect(readTracker(officeExcelHost())).rejects.toMatchObject({ code: "noTracker" });
  });
});

describe("follow-up", () => {
  it("rewrites the Follow-up table and counts overdue, due soon, not verified and not implemented", async () => {
    fake = await trackerWithRows(40);
    const host = officeExcelHost();
    const first = await refreshFollowUp(host, { today: "2023-06-01" });
    const again = await refreshFollowUp(host, { today: "2023-06-01" });
    expect(again).toEqual(first);
    expect(first.overdue + first.dueSoon + first.notVerified + first.notImplemented).toBe(
      first.rows
    );
    expect(first.notImplemented).toBeGreaterThan(0);
    expect(first.overdue).toBeGreaterThan(0);
    const rows = fake.workbook.tableRows("FollowUp");
    expect(rows).toHaveLength(first.rows);
    expect(rows[0][0]).toBe("Overdue");
    // Nothing left below the table from the first refresh.
    const table = fake.workbook.findTable("FollowUp")!;
    expect(table.sheet.valueAt(table.rect.r1 + 1, 0)).toBe("");
  });
});
