import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { loadWorkbook, readTracker } from "../../../src/files/xlsx/reader";
import { extendSqref, growDimension, patchSheet } from "../../../src/files/xlsx/sheet-patch";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { allCells } from "../../support/xlsx-cells";
import { columnLetter } from "../../../src/core/schema/a1";
import { TABLE_ORDER } from "../../../src/core/schema/columns";
/** The last column of a new tracker's table. */
const LAST = columnLetter(TABLE_ORDER.length - 1);
import { buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { recordToCells } from "../../../src/core/tracker/cells";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../../support/xlsx";
import { importInto } from "../../../src/core/tracker/upsert";
import { CORRECTED, earlierRows, rereadBatch } from "../../support/earlierImport";

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (zip.file(path) as JSZip.JSZipObject).async("string");
}

function record(id: string, text: string, extra: TrackerRecord = {}): TrackerRecord {
  return { id, ref: id.slice(-1), dateMade: "2026-02-01", text, source: "rep-1", ...extra };
}

describe("sheet XML patching", () => {
  it("extends only ranges that end at the table's last row, within its columns", () => {
    expect(extendSqref("A2:A10 C2:D10 E5:E10 F2:F9 AZ2:AZ10", 0, 5, 2, 10, 15)).toBe(
      "A2:A15 C2:D15 E5:E10 F2:F9 AZ2:AZ10"
    );
    expect(growDimension('<dimension ref="A1:C4"/>', 9, 5)).toBe('<dimension ref="A1:F9"/>');
    expect(growDimension('<dimension ref="A1"/>', 3, 1)).toBe('<dimension ref="A1:B3"/>');
  });

  it("refuses to overwrite a cell whose formula other cells share", () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="A2"><f t="shared" ref="A2:A9" si="0">B2*2</f><v>4</v></c></row></sheetData></worksheet>';
    expect(() => patchSheet(xml, new Map([[2, [{ column: 0, value: "x" }]]]))).toThrow(
      /cell A2 holds a formula that other cells share/
    );
  });

  it("inserts cells in column order, gives positional cells their reference, creates rows in order", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c><c r="C1" s="2"><v>1</v></c></row><row r="3" spans="1:3"><c r="A3"><v>2</v></c></row></sheetData></worksheet>';
    const out = patchSheet(
      xml,
      new Map([
        [
          1,
          [
            { column: 1, value: "b" },
            { column: 2, value: 5 },
          ],
        ],
        [2, [{ column: 0, value: "new", style: "4" }]],
        [3, [{ column: 3, value: null, style: "1" }]],
        [5, [{ column: 0, value: true }]],
      ])
    );
    expect(out).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">b</t></is></c><c r="C1" s="2"><v>5</v></c></row>' +
        '<row r="2"><c r="A2" s="4" t="inlineStr"><is><t xml:space="preserve">new</t></is></c></row>' +
        '<row r="3"><c r="A3"><v>2</v></c><c r="D3" s="1"/></row>' +
        '<row r="5"><c r="A5" t="b"><v>1</v></c></row></sheetData></worksheet>'
    );
  });
});

describe("XlsxTrackerStore", () => {
  it("appends rows to a fresh template's table, filling its blank row first", async () => {
    const store = new XlsxTrackerStore(await trackerBytes([]), "t.xlsx");
    const content = await store.read();
    expect(content.rows).toEqual([]);
    expect(content.columns).toContain("status");
    const additions = [
      record("recAAAAAAAA1", "The director should repair the showers.", {
        deadline: "2026-09-30",
        authority: "Prison director",
      }),
      record("recAAAAAAAA2", "The Ministry should publish the register.", { repeated: true }),
    ];
    await store.write({ updates: [], additions });
    expect(store.changed).toBe(true);
    const tracker = await readTracker(store.bytes(), "t.xlsx");
    expect(tracker.rows.map((row) => row.row)).toEqual([2, 3]);
    expect(tracker.rows[0].values).toMatchObject(additions[0]);
    expect(tracker.rows[1].values).toMatchObject(additions[1]);
    expect(await part(store.bytes(), "xl/tables/table1.xml")).toContain(`ref="A1:${LAST}3"`);
    const sheet = await part(store.bytes(), "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(`<dimension ref="A1:${LAST}3"`);
    // Dates keep the column's date style, so they show as dates.
    const deadline = TABLE_ORDER.indexOf("deadline");
    const col = [...sheet.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*\bstyle="(\d+)"/g)].find(
      (m) => Number(m[1]) <= deadline + 1 && deadline + 1 <= Number(m[2])
    );
    expect(sheet).toContain(`<c r="${columnLetter(deadline)}2" s="${col?.[3]}"><v>`);
  });

  it("writes nothing when there is nothing to write", async () => {
    const bytes = await trackerBytes(sampleRecords(3, seededRandom(1)));
    const store = new XlsxTrackerStore(bytes, "t.xlsx");
    await store.read();
    await store.write({ updates: [], additions: [] });
    expect(store.changed).toBe(false);
    expect(store.bytes()).toBe(bytes);
  });

  it("updates only the cells it is given and keeps every other cell of every sheet", async () => {
    const records = sampleRecords(5, seededRandom(2));
    const bytes = await trackerBytes(records);
    const store = new XlsxTrackerStore(bytes, "t.xlsx");
    const content = await store.read();
    const target = content.rows[2];
    await store.write({
      updates: [{ row: target.row, id: String(target.values.id), values: { theme: "Food" } }],
      additions: [],
    });
    const before = await allCells(bytes);
    const after = await allCells(store.bytes());
    const themeColumn = TABLE_ORDER.indexOf("theme");
    expect(after.Recommendations[target.row - 1][themeColumn]).toBe("Food");
    after.Recommendations[target.row - 1][themeColumn] =
      before.Recommendations[target.row - 1][themeColumn];
    // The new theme is added to the Lists sheet so its drop-down and the Dashboard know it.
    const listsBefore = before.Lists.flat().filter((v) => v !== null);
    const listsAfter = after.Lists.flat().filter((v) => v !== null);
    expect(listsAfter).toEqual(expect.arrayContaining([...listsBefore, "Food"]));
    expect(listsAfter).toHaveLength(listsBefore.length + 1);
    delete before.Lists;
    delete after.Lists;
    // The Dashboard lists the new theme and orders its sections by the new counts (its own test checks it).
    expect(after.Dashboard.flat()).toContain("Food");
    delete before.Dashboard;
    delete after.Dashboard;
    expect(after).toEqual(before);
  });

  it("refuses an update whose row no longer holds the same recommendation, writing nothing", async () => {
    const bytes = await trackerBytes(sampleRecords(3, seededRandom(3)));
    const store = new XlsxTrackerStore(bytes, "t.xlsx");
    await store.read();
    await expect(
      store.write({
        updates: [{ row: 2, id: "someoneElse1", values: { theme: "X" } }],
        additions: [],
      })
    ).rejects.toThrow(InputError);
    expect(store.bytes()).toBe(bytes);
  });

  it("writes text that looks like a formula or markup as literal text", async () => {
    const store = new XlsxTrackerStore(await trackerBytes([]), "t.xlsx");
    await store.read();
    const texts = [
      '=HYPERLINK("http://evil","x")',
      "+1+2",
      "-3",
      "@SUM(A1)",
      "<script>alert(1)</script> & <b>bold</b>",
      "Line one\nline two\r\nwith _x0041_ and a tab\tand \u0007 bell",
    ];
    await store.write({
      updates: [],
      additions: texts.map((text, i) => record(`recTXT00000${i}`, text)),
    });
    const sheet = await part(store.bytes(), "xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/<f\b/);
    const tracker = await readTracker(store.bytes(), "t.xlsx");
    expect(tracker.rows.map((row) => row.values.text)).toEqual(texts);
    // exceljs (another reader) sees the same strings (it leaves Excel's _xHHHH_ escapes undecoded).
    const { workbook } = await loadWorkbook(store.bytes(), "t.xlsx");
    const column = workbook
      .getWorksheet("Recommendations")
      ?.getColumn(TABLE_ORDER.indexOf("text") + 1);
    expect(column?.values.slice(2, 7)).toEqual(texts.slice(0, 5));
  });

  it("keeps the user's own columns, other parts and the metadata part", async () => {
    const bytes = await trackerBytes(sampleRecords(2, seededRandom(4)));
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    const withExtra = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const store = new XlsxTrackerStore(withExtra, "t.xlsx");
    await store.read();
    await store.write({ updates: [], additions: [record("recNEW000001", "New text.")] });
    const out = await JSZip.loadAsync(store.bytes());
    for (const path of Object.keys(zip.files)) {
      if (/sheet1\.xml$|table1\.xml$|workbook\.xml$/.test(path) || zip.files[path].dir) continue;
      // The Dashboard (and the cell formats it uses) follows the data in the same write.
      if (/sheet2\.xml$|styles\.xml$/.test(path)) continue;
      if (/sheet4\.xml$|table(2|1\d)\.xml$/.test(path)) continue; // Lists may grow
      expect([path, await out.file(path)?.async("base64")]).toEqual([
        path,
        await zip.file(path)?.async("base64"),
      ]);
    }
  });

  it("refuses to grow the table over cells below it", async () => {
    const bytes = await trackerBytes(sampleRecords(2, seededRandom(5)));
    const zip = await JSZip.loadAsync(bytes);
    const path = "xl/worksheets/sheet1.xml";
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    zip.file(
      path,
      xml.replace(
        "</sheetData>",
        '<row r="4"><c r="B4" t="inlineStr"><is><t>Note below the table</t></is></c></row></sheetData>'
      )
    );
    const blocked = await zip.generateAsync({ type: "uint8array" });
    const store = new XlsxTrackerStore(blocked, "t.xlsx");
    await store.read();
    await expect(
      store.write({ updates: [], additions: [record("recNEW000001", "New text.")] })
    ).rejects.toThrow(/row 4, just below the Recommendations table, is not empty/);
    expect(store.bytes()).toBe(blocked);
  });

  it("grows validations and formats that stop at the table's end, and keeps the user's columns", async () => {
    const records = sampleRecords(3, seededRandom(6));
    const bytes = await buildTemplate(
      buildWorkbookPlan({
        language: "en",
        rows: records.map((r, i) => [...recordToCells(r, "en"), `mine ${i}`]),
        extraColumns: ["My notes"],
      })
    );
    const zip = await JSZip.loadAsync(bytes);
    const path = "xl/worksheets/sheet1.xml";
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    // As a hand-made tracker would have them: rules on the used rows only.
    zip.file(path, xml.replace(/sqref="([A-Z]+)2:([A-Z]+)1048576"/g, 'sqref="$12:$24"'));
    const narrow = await zip.generateAsync({ type: "uint8array" });
    const store = new XlsxTrackerStore(narrow, "t.xlsx");
    const content = await store.read();
    expect(content.rows[0].extra).toEqual({ "My notes": "mine 0" });
    await store.write({
      updates: [],
      additions: [record("recNEW000001", "One."), record("recNEW000002", "Two.")],
    });
    const sheet = await part(store.bytes(), path);
    expect(sheet).toContain('sqref="X2:X6"');
    expect(sheet).toContain('sqref="C2:C6"');
    expect(sheet).not.toContain('sqref="X2:X4"');
    expect(await part(store.bytes(), "xl/tables/table1.xml")).toContain(
      `ref="A1:${columnLetter(TABLE_ORDER.length)}6"`
    );
    const tracker = await readTracker(store.bytes(), "t.xlsx");
    expect(tracker.rows.map((row) => row.extra?.["My notes"])).toEqual([
      "mine 0",
      "mine 1",
      "mine 2",
      null,
      null,
    ]);
  });

  it("refuses a workbook without the tracker table in one sentence", async () => {
    const bytes = await legacyBytes([{ name: "Sheet1", rows: [["Hello"]] }]);
    const store = new XlsxTrackerStore(bytes, "plain.xlsx");
    await expect(store.read()).rejects.toThrow(/plain\.xlsx has no Recommendations table/);
  });

  it("re-importing a report corrects what an earlier import got wrong, and no tracking field", async () => {
    const store = new XlsxTrackerStore(await trackerBytes(earlierRows()), "t.xlsx");
    const now = "2026-03-01T10:00:00";
    const first = await importInto(store, rereadBatch(), { now });
    expect(first.summary).toMatchObject({ added: 0, updated: 2, corrected: 2 });
    const rows = (await readTracker(store.bytes(), "t.xlsx")).rows;
    expect(rows.map((row) => row.values)).toEqual([
      expect.objectContaining(CORRECTED[0]),
      expect.objectContaining(CORRECTED[1]),
    ]);
    const again = new XlsxTrackerStore(store.bytes(), "t.xlsx");
    const second = await importInto(again, rereadBatch(), { now });
    expect(second.summary).toMatchObject({ updated: 0, corrected: 0, unchanged: 2 });
    expect(again.changed).toBe(false);
  });
});

describe("new words for the Lists sheet of a tracker file", () => {
  it("are compared as every store compares them: an addressee spelt without its accents is not added again", async () => {
    const store = new XlsxTrackerStore(
      await trackerBytes([record("recAAAAAAAA1", "One.", { authority: "Ministère de la Santé" })]),
      "t.xlsx"
    );
    await store.read();
    await store.write({
      updates: [],
      additions: [
        record("recAAAAAAAA2", "Two.", { authority: "Ministere de la Sante" }),
        record("recAAAAAAAA3", "Three.", { authority: "MINISTÈRE DE LA SANTÉ " }),
        record("recAAAAAAAA4", "Four.", { authority: "Ministry of Health" }),
      ],
    });
    const lists = await new XlsxTrackerStore(store.bytes(), "t.xlsx").listItems();
    expect(lists.authority?.filter((word) => /sant/i.test(word))).toEqual([
      "Ministère de la Santé",
    ]);
    expect(lists.authority).toContain("Ministry of Health");
  });
});

describe("the Dashboard of a tracker file", () => {
  it("is rewritten with the rows, and never over cells the user wrote below it", async () => {
    const records = sampleRecords(6, seededRandom(9));
    const store = new XlsxTrackerStore(await trackerBytes(records), "t.xlsx");
    await store.read();
    await store.write({
      updates: [],
      additions: [record("recNEW000001", "New.", { authority: "Regional council" })],
    });
    expect(store.dashboard?.outcome).toBe("refreshed");
    const dashboard = (await allCells(store.bytes())).Dashboard;
    expect(dashboard.flat()).toContain("Regional council");
    // A note below the last Total row.
    const zip = await JSZip.loadAsync(store.bytes());
    const last = dashboard.map((row) => row[0]).lastIndexOf("Total") + 1;
    const path = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(
        "</sheetData>",
        `<row r="${last + 2}"><c r="A${last + 2}" t="inlineStr"><is><t>Our note</t></is></c></row></sheetData>`
      )
    );
    const noted = new XlsxTrackerStore(await zip.generateAsync({ type: "uint8array" }), "t.xlsx");
    await noted.read();
    await noted.write({
      updates: [],
      additions: [1, 2, 3].map((i) =>
        record(`recNEW00000${i + 1}`, "New.", { authority: `Body ${i}` })
      ),
    });
    expect(noted.dashboard?.outcome).toBe("blocked");
    const after = (await allCells(noted.bytes())).Dashboard;
    expect(after[last + 1][0]).toBe("Our note");
    expect(after.flat()).not.toContain("Body 1");
  });
});
