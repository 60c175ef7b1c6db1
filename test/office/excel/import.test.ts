import { TABLE_ORDER } from "../../../src/core/schema/columns";
import { columnLetter } from "../../../src/core/schema/a1";
import { ColumnKey, TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import type { RecommendationBatch } from "../../../src/core/model/batch";
import type { TrackerChanges } from "../../../src/core/tracker/store";
import { importInto } from "../../../src/core/tracker/upsert";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { applyTracker, ExcelTrackerStore, officeExcelHost } from "../../../src/office/excel";
import { FakeHost, FIVE_MB, installOfficeFakes } from "../../support/office";
import { record, trackerWithRows, userEdits } from "./fixtures";
import { CORRECTED, earlierRows, rereadBatch } from "../../support/earlierImport";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, string> = {};
afterAll(() => {
  // The figures the report quotes.
  console.log(`Excel import: ${JSON.stringify(measured)}`);
});

const col = (key: ColumnKey) => TRACKER_COLUMNS.findIndex((column) => column.key === key);
const letter = (key: ColumnKey) => columnLetter(col(key));

/** Report-side changes to rows 2, 4 and 6 of the fixture, and three new recommendations, one of each formula-looking kind. */
function changesFor(): TrackerChanges {
  const updates = [2, 4, 6].map((i) => ({
    row: i + 1,
    id: record(i).id as string,
    values: { theme: "Health care and hygiene", deadline: "2031-01-31" } as TrackerRecord,
  }));
  const additions: TrackerRecord[] = [
    "=1+1 is what the report says",
    "+33 1 23 45 67 89 is the hotline",
    "-2 degrees in the cells at night",
    "@SUM(A1) stays text",
  ].map((text, i) => ({
    id: `NEW-${i}`,
    ref: String(i + 1),
    text,
    dateMade: "2026-03-01",
    place: "Nowhere remand centre",
    authority: "Ministry of Justice",
    smartScore: 7.5,
    source: "report-2026",
  }));
  return { updates, additions };
}

function changedCells(
  before: ReturnType<FakeHost["workbook"]["sheet"]>["snapshot"] extends () => infer R ? R : never,
  after: typeof before
): string[] {
  const changed: string[] = [];
  for (const [address, cell] of before)
    if (JSON.stringify(after.get(address)) !== JSON.stringify(cell)) changed.push(address);
  for (const address of after.keys()) if (!before.has(address)) changed.push(address);
  return changed.sort();
}

describe("importing into the open workbook", () => {
  it.each([10, 10000])(
    "writes into a %i-row tracker in the same number of requests, each under 5 MB, touching only the changed cells",
    async (count) => {
      fake = await trackerWithRows(count);
      const store = new ExcelTrackerStore(officeExcelHost());
      fake.resetCounters();
      const content = await store.read();
      measured[`read ${count} rows`] = `${fake.syncCount} syncs`;
      expect(content.rows).toHaveLength(count);
      expect(content.columns).toEqual(TRACKER_COLUMNS.map((column) => column.key));

      const sheet = fake.workbook.sheet("Recommendations");
      const before = sheet.snapshot();
      fake.resetCounters();
      await store.write(changesFor());
      measured[`write into ${count} rows`] =
        `${fake.syncCount} syncs, largest request ${fake.maxRequestBytes} bytes`;
      expect(fake.syncCount).toBe(4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(store.lastWrite).toMatchObject({
        updatedCells: 6,
        appendedRows: 4,
        filledBlankRows: 0,
        moved: 0,
        missingColumns: [],
      });

      const after = sheet.snapshot();
      const changed = changedCells(before, after);
      const expected = [3, 5, 7].flatMap((row) => [
        `${letter("theme")}${row}`,
        `${letter("deadline")}${row}`,
      ]);
      // Only the changed report-side cells of existing rows, and the new rows below the data.
      const existing = changed.filter((address) => Number(/\d+$/.exec(address)![0]) <= count + 1);
      expect(existing.sort()).toEqual(expected.sort());
      expect(sheet.cell(`${letter("theme")}3`)?.value).toBe("Health care and hygiene");
      expect(sheet.cell(`${letter("deadline")}3`)?.value).toBe(47879);
      // Tracking fields of the updated rows are as they were.
      for (const key of ["status", "accepted", "notes", "staff"] as ColumnKey[])
        expect(after.get(`${letter(key)}5`)).toEqual(before.get(`${letter(key)}5`));

      const table = fake.workbook.findTable("Recommendations")!;
      expect(table.rect.r1).toBe(count + 4);
      const rows = fake.workbook.tableRows("Recommendations").slice(count);
      expect(rows.map((row) => row[col("id")])).toEqual(["NEW-0", "NEW-1", "NEW-2", "NEW-3"]);
      for (let i = 0; i < 4; i++) {
        const address = `${letter("text")}${count + 2 + i}`;
        const cell = sheet.cell(address)!;
        expect({
          address,
          formula: cell.formula ?? null,
          format: sheet.numberFormatAt(count + 1 + i, col("text")),
        }).toEqual({
          address,
          formula: null,
          format: "@",
        });
        expect(String(cell.value)).toMatch(/^[=+\-@]/);
      }
      expect(sheet.cell(`${letter("dateMade")}${count + 2}`)?.value).toBe(46082);
      expect(sheet.numberFormatAt(count + 1, col("dateMade"))).toBe("yyyy-mm-dd");
      expect(sheet.cell(`${letter("smartScore")}${count + 2}`)?.value).toBe(7.5);
      // The new place joins the drop-down list; a known addressee is not added twice.
      const places = fake.workbook.tableRows("ListPlace").map((row) => row[0]);
      expect(places).toContain("Nowhere remand centre");
      expect(places.filter((p) => p === "Nowhere remand centre")).toHaveLength(1);
      const authorities = fake.workbook.tableRows("ListAuthority").map((row) => row[0]);
      expect(authorities.filter((a) => a === "Ministry of Justice")).toHaveLength(1);
    }
  );

  it("writes nothing, and sends no request, when there is nothing to change", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    const before = fake.workbook.sheet("Recommendations").snapshot();
    fake.resetCounters();
    await store.write({ updates: [], additions: [] });
    expect(fake.syncCount).toBe(0);
    expect(fake.workbook.sheet("Recommendations").snapshot()).toEqual(before);
  });

  it("fills the blank row of a new tracker before adding rows", async () => {
    fake = installOfficeFakes({ host: "excel" });
    await applyTracker(officeExcelHost(), { language: "en" });
    const store = new ExcelTrackerStore(officeExcelHost());
    expect((await store.read()).rows).toHaveLength(0);
    await store.write({ updates: [], additions: changesFor().additions.slice(0, 3) });
    expect(store.lastWrite).toMatchObject({ filledBlankRows: 1, appendedRows: 2 });
    const rows = fake.workbook.tableRows("Recommendations");
    expect(rows.map((row) => row[col("id")])).toEqual(["NEW-0", "NEW-1", "NEW-2"]);
  });

  it("does not take the rows a table was extended by (a calculated column fills them) for recommendations, and fills them first", async () => {
    fake = await trackerWithRows(3);
    const table = fake.workbook.findTable("Recommendations");
    if (!table) throw new Error("no table");
    const extra = columnLetter(TRACKER_COLUMNS.length);
    // The user adds a calculated column and extends the table by five rows, as Excel lets one do.
    table.rect = { ...table.rect, c1: table.rect.c1 + 1, r1: table.rect.r1 + 5 };
    table.columnIds.push(table.nextColumnId++);
    await userEdits(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Recommendations");
      sheet.getRange(`${extra}1`).values = [["Days open"]];
      sheet.getRange(`${extra}2:${extra}9`).formulas = Array.from({ length: 8 }, (_, i) => [
        `=TODAY()-${letter("dateMade")}${i + 2}`,
      ]);
      await context.sync();
    });
    const store = new ExcelTrackerStore(officeExcelHost());
    expect((await store.read()).rows.map((row) => row.row)).toEqual([2, 3, 4]);
    await store.write({ updates: [], additions: changesFor().additions.slice(0, 2) });
    expect(store.lastWrite).toMatchObject({ filledBlankRows: 2, appendedRows: 0 });
    const sheet = fake.workbook.sheet("Recommendations");
    expect([5, 6].map((r) => sheet.value(`${letter("id")}${r}`))).toEqual(["NEW-0", "NEW-1"]);
    expect(sheet.cell(`${extra}5`)?.formula).toMatch(/^=TODAY\(\)/);
  });

  it("writes a row that moved (the table was sorted after the preview) where it is now", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    // The user sorts: rows 3 and 9 swap places.
    const sheet = fake.workbook.sheet("Recommendations");
    const rows = fake.workbook.tableRows("Recommendations");
    sheet.seed("A3", [rows[7]]);
    sheet.seed("A9", [rows[1]]);
    await store.write({
      updates: [{ row: 3, id: record(2).id as string, values: { theme: "Moved theme" } }],
      additions: [],
    });
    expect(store.lastWrite?.moved).toBe(1);
    expect(sheet.cell(`${letter("theme")}9`)?.value).toBe("Moved theme");
    expect(sheet.cell(`${letter("id")}9`)?.value).toBe(record(2).id);
    expect(sheet.cell(`${letter("theme")}3`)?.value).toBe("Health care");
  });

  it.each([
    ["deleted", "rowGone"],
    ["repeated", "idRepeated"],
  ])(
    "stops before writing anything when the row to update was %s in between",
    async (what, code) => {
      fake = await trackerWithRows(10);
      const store = new ExcelTrackerStore(officeExcelHost());
      await store.read();
      const sheet = fake.workbook.sheet("Recommendations");
      await userEdits(async (context) => {
        // Deleted: its Rec ID is nowhere; repeated: a pasted copy gives a second row the same Rec ID.
        const cell = context.workbook.worksheets
          .getItem("Recommendations")
          .getRange(`${letter("id")}${what === "deleted" ? 3 : 9}`);
        cell.values = [[what === "deleted" ? "REC-999999" : (record(2).id as string)]];
        await context.sync();
      });
      const before = sheet.snapshot();
      const changes = changesFor();
      await expect(store.write(changes)).rejects.toMatchObject({ name: "ExcelProblem", code });
      expect(sheet.snapshot()).toEqual(before);
      expect(fake.workbook.findTable("Recommendations")!.rect.r1).toBe(10);
    }
  );

  it("refuses a table with a total row before writing anything", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    fake.workbook.findTable("Recommendations")!.showTotals = true;
    const before = fake.workbook.sheet("Recommendations").snapshot();
    await expect(store.write(changesFor())).rejects.toMatchObject({ code: "totalsRow" });
    expect(fake.workbook.sheet("Recommendations").snapshot()).toEqual(before);
  });

  it("checks a row without a Rec ID by its text, and stops if it changed", async () => {
    fake = await trackerWithRows(10);
    const sheet = fake.workbook.sheet("Recommendations");
    sheet.cell(`${letter("id")}4`)!.value = "";
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    await store.write({
      updates: [{ row: 4, id: "", values: { theme: "By text" } }],
      additions: [],
    });
    expect(sheet.cell(`${letter("theme")}4`)?.value).toBe("By text");
    sheet.cell(`${letter("text")}4`)!.value = "Another recommendation typed over it";
    const before = sheet.snapshot();
    await expect(
      store.write({ updates: [{ row: 4, id: "", values: { theme: "Again" } }], additions: [] })
    ).rejects.toMatchObject({ code: "rowChanged" });
    expect(sheet.snapshot()).toEqual(before);
  });

  it("writes around the user's own column in the middle of the table, leaving it as it was", async () => {
    fake = await trackerWithRows(10);
    await userEdits(async (context) => {
      // Between Ref. (A) and Recommendation, which moves to C.
      context.workbook.tables.getItem("Recommendations").columns.add(1, undefined, "Our remarks");
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Recommendations");
    sheet.seed("B3", [["keep me"]]);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    const changes = changesFor();
    changes.updates[0].values = { ...changes.updates[0].values, ref: "9", text: "New words" };
    await store.write(changes);
    // Row 3 holds REC-000002: Ref. (A) and Recommendation (now C, after the own column B) change, B stays.
    expect(sheet.cell("A3")?.value).toBe("9");
    expect(sheet.cell("B3")?.value).toBe("keep me");
    expect(sheet.cell("C3")?.value).toBe("New words");
    const id = TABLE_ORDER.indexOf("id") + 1;
    const added = fake.workbook.tableRows("Recommendations").slice(10);
    expect(added.map((row) => [row[id], row[1], row[2]])).toEqual(
      changes.additions.map((record) => [record.id, "", record.text])
    );
  });

  it("leaves out, and reports, values for a column the table lacks", async () => {
    fake = await trackerWithRows(10);
    await userEdits(async (context) => {
      context.workbook.tables.getItem("Recommendations").columns.getItem("Theme").delete();
      await context.sync();
    });
    const store = new ExcelTrackerStore(officeExcelHost());
    const content = await store.read();
    expect(content.columns).not.toContain("theme");
    await store.write(changesFor());
    expect(store.lastWrite?.missingColumns).toEqual(["theme"]);
    expect(store.lastWrite?.updatedCells).toBe(3);
    expect(fake.workbook.tableRows("Recommendations")).toHaveLength(14);
  });

  it("splits a big import into requests under the limit, rows in order", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    const long = "x".repeat(3000);
    const additions: TrackerRecord[] = Array.from({ length: 2500 }, (_v, i) => ({
      id: `BIG-${i}`,
      text: `${i} ${long}`,
      dateMade: "2026-01-01",
    }));
    fake.resetCounters();
    await store.write({ updates: [], additions });
    measured["write 2,500 rows of 3,000 characters"] =
      `${fake.syncCount} syncs, largest request ${fake.maxRequestBytes} bytes`;
    expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(fake.syncCount).toBeGreaterThan(4);
    const rows = fake.workbook.tableRows("Recommendations");
    expect(rows).toHaveLength(2510);
    expect(rows.slice(10).map((row) => row[col("id")])).toEqual(additions.map((a) => a.id));
  });
});

describe("new words for the Lists tables of the open workbook", () => {
  it("are compared as every store compares them: an addressee spelt without its accents is not added again", async () => {
    fake = await trackerWithRows(2);
    const store = new ExcelTrackerStore(officeExcelHost());
    const addition = (id: string, authority: string): TrackerRecord => ({
      id,
      text: `Recommendation ${id}.`,
      dateMade: "2026-03-01",
      authority,
      source: "report-2026",
    });
    await store.read();
    await store.write({ updates: [], additions: [addition("NEW-1", "Ministère de la Santé")] });
    await store.read();
    await store.write({
      updates: [],
      additions: [
        addition("NEW-2", "Ministere de la Sante"),
        addition("NEW-3", "MINISTÈRE DE LA SANTÉ "),
        addition("NEW-4", "Ministry of Health"),
      ],
    });
    const authorities = fake.workbook.tableRows("ListAuthority").map((row) => String(row[0]));
    expect(authorities.filter((word) => /sant/i.test(word))).toEqual(["Ministère de la Santé"]);
    expect(authorities).toContain("Ministry of Health");
  });
});

describe("the shared upsert on the open workbook", () => {
  const batch = (texts: string[]): RecommendationBatch => ({
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "visit-nord-2026",
      title: "Visit to Prison Nord",
      type: "visit",
      date: "2026-02-10",
      places: ["Prison Nord"],
      link: "",
    },
    recommendations: texts.map((text, i) => ({
      id: `nord${String(i).padStart(4, "0")}`,
      ref: String(i + 1),
      text,
      authority: "Ministry of Justice",
      theme: "Health care",
      smartScore: 6,
    })),
  });
  const texts = [
    '=HYPERLINK("http://example.org") is how the register links its entries.',
    "The director should ensure that every detainee sees a doctor within 24 hours.",
    "@everyone on night duty should carry a radio.",
  ];
  const options = { today: "2026-03-01", now: "2026-03-01T10:00:00" };

  it.each([10, 10000])(
    "imports into a %i-row tracker, then imports the same report again without a single write",
    async (count) => {
      fake = await trackerWithRows(count);
      const store = new ExcelTrackerStore(officeExcelHost());
      fake.resetCounters();
      const first = await importInto(store, batch(texts), options);
      measured[`importInto ${count} rows (read + write)`] =
        `${fake.syncCount} syncs, largest request ${fake.maxRequestBytes} bytes`;
      expect(fake.syncCount).toBe(7);
      expect(first.summary).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      const sheet = fake.workbook.sheet("Recommendations");
      for (let i = 0; i < 3; i++) {
        const cell = sheet.cell(`${letter("text")}${count + 2 + i}`)!;
        expect({ value: cell.value, formula: cell.formula ?? null }).toEqual({
          value: texts[i],
          formula: null,
        });
      }
      const before = sheet.snapshot();
      fake.resetCounters();
      const second = await importInto(store, batch(texts), options);
      const readSyncs = fake.syncCount;
      expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
      expect(second.changes).toEqual({ updates: [], additions: [] });
      // Only the read's requests: the write sent none.
      fake.resetCounters();
      await store.write(second.changes);
      expect(fake.syncCount).toBe(0);
      // Blocks follow the rows' size (sampled with the structure): these 10,000 rows fit one answer.
      expect(readSyncs).toBe(3);
      expect(sheet.snapshot()).toEqual(before);
    }
  );

  it.each([10, 10000])(
    "re-importing a report corrects what an earlier import got wrong in a %i-row tracker, in constant requests",
    async (count) => {
      fake = await trackerWithRows(count);
      const store = new ExcelTrackerStore(officeExcelHost());
      await store.write({ updates: [], additions: earlierRows() });
      fake.resetCounters();
      const result = await importInto(store, rereadBatch(), { now: options.now });
      measured[`re-import correcting 2 of ${count + 2} rows`] = `${fake.syncCount} syncs`;
      expect(result.summary).toMatchObject({ added: 0, updated: 2, corrected: 2 });
      // As many requests as a first import (read, then one write), whatever the tracker's size.
      expect(fake.syncCount).toBe(7);
      const rows = (await store.read()).rows.slice(count);
      expect(rows.map((row) => row.values)).toEqual([
        expect.objectContaining(CORRECTED[0]),
        expect.objectContaining(CORRECTED[1]),
      ]);
      fake.resetCounters();
      const again = await importInto(store, rereadBatch(), { now: options.now });
      expect(again.summary).toMatchObject({ updated: 0, corrected: 0, unchanged: 2 });
    }
  );

  it("keeps the tracking fields and flags a changed text of a tracked recommendation", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await importInto(store, batch(texts), options);
    const sheet = fake.workbook.sheet("Recommendations");
    const row = 13; // the second new recommendation
    await userEdits(async (context) => {
      const ws = context.workbook.worksheets.getItem("Recommendations");
      ws.getRange(`${letter("response")}${row}`).values = [["Accepted in a letter of 2 March."]];
      ws.getRange(`${letter("status")}${row}`).values = [["In progress"]];
      await context.sync();
    });
    const corrected = [...texts];
    corrected[1] = "The director should ensure that every detainee sees a doctor within 12 hours.";
    const result = await importInto(store, { ...batch(corrected) }, options);
    expect(result.summary).toMatchObject({ added: 0, flagged: 1 });
    expect(sheet.cell(`${letter("text")}${row}`)?.value).toBe(texts[1]);
    expect(sheet.cell(`${letter("response")}${row}`)?.value).toBe(
      "Accepted in a letter of 2 March."
    );
    expect(sheet.cell(`${letter("status")}${row}`)?.value).toBe("In progress");
  });
});
