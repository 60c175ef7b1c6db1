import type { ColumnKey } from "../../../src/core/schema/columns";
import { FOLLOW_UP_KEYS, FOLLOW_UP_LEAD } from "../../../src/core/schema/workbook-plan";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { FOLLOW_UP_TABLE, buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { followUpList, followUpRows } from "../../../src/core/tracker/followup";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { openPackage } from "../../../src/files/xlsx/package";
import { removeCells } from "../../../src/files/xlsx/sheet-patch";
import { indexPackage, readSheetRows } from "../../../src/files/xlsx/sheet-xml";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { libreOfficeAvailable, recalculatedSheets } from "../../support/libreoffice";

const TODAY = "2026-11-28";

/** Column of a tracker column in the Follow-up table (after the reason and the three figures). */
const at = (key: ColumnKey) => FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.indexOf(key);

const RECORDS: TrackerRecord[] = [
  { id: "r1", ref: "1", text: "Repair the windows.", deadline: "2026-10-01", status: "notStarted" },
  {
    id: "r2",
    ref: "2",
    text: "Publish the reports.",
    deadline: "2026-12-10",
    status: "inProgress",
  },
  { id: "r3", ref: "3", text: "Open the library.", deadline: "2027-06-01", status: "notStarted" },
  {
    id: "r4",
    ref: "4",
    text: "Keep a register.",
    status: "implemented",
    responseDate: "2026-06-01",
  },
  { id: "r5", ref: "5", text: "Train the staff.", deadline: "2026-11-20", status: "implemented" },
];

/** The FollowUp table's data rows, padded to its 10 columns. */
async function tableRows(bytes: Uint8Array): Promise<unknown[][]> {
  const zip = await openPackage(bytes, "t.xlsx");
  const index = await indexPackage(zip);
  const sheet = index.sheets.find((s) => s.tables.some((t) => t.name === FOLLOW_UP_TABLE))!;
  const ref = sheet.tables.find((t) => t.name === FOLLOW_UP_TABLE)!.ref;
  const end = Number(/(\d+)$/.exec(ref)![1]);
  return (await readSheetRows(zip, sheet, index))
    .slice(3, end)
    .map((row) =>
      Array.from(
        { length: FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.length },
        (_, c) => row[c] ?? null
      )
    );
}

async function importInto(bytes: Uint8Array, additions: TrackerRecord[], today = TODAY) {
  const store = new XlsxTrackerStore(bytes, "t.xlsx", { followUpToday: today });
  await store.read();
  await store.write({ updates: [], additions });
  return store;
}

describe("Follow-up sheet refreshed in the package", () => {
  it("holds what the template builder writes for the same rows", async () => {
    const store = await importInto(
      await buildTemplate(buildWorkbookPlan({ language: "fr" })),
      RECORDS
    );
    expect(store.followUp?.counts).toEqual({
      overdue: 1,
      replyOverdue: 0,
      dueSoon: 1,
      notVerified: 2,
      notImplemented: 0,
    });
    const built = await buildTemplate(
      buildWorkbookPlan({
        language: "fr",
        followUpRows: followUpRows(followUpList(RECORDS, { today: TODAY }), "fr"),
      })
    );
    const refreshed = await tableRows(store.bytes());
    expect(refreshed).toHaveLength(4);
    expect(refreshed).toEqual(await tableRows(built));
  });

  it("leaves the sheet alone when cells below the table would be covered, and the import goes on", async () => {
    const template = await buildTemplate(buildWorkbookPlan({ language: "en" }));
    const zip = await JSZip.loadAsync(template);
    const path = "xl/worksheets/sheet3.xml";
    const xml = await zip.file(path)!.async("string");
    const note = xml.replace(
      "</sheetData>",
      '<row r="6"><c r="B6" t="inlineStr"><is><t>my note</t></is></c></row></sheetData>'
    );
    const bytes = await zip.file(path, note).generateAsync({ type: "uint8array" });
    const store = await importInto(bytes, RECORDS);
    expect(store.followUp).toMatchObject({ outcome: "blocked", sheet: "Follow-up" });
    const after = await JSZip.loadAsync(store.bytes());
    expect(await after.file(path)!.async("string")).toBe(note);
    expect((await store.read()).rows).toHaveLength(RECORDS.length);
  });

  it("writes dates as a 1904 workbook counts them, as the Recommendations sheet does", async () => {
    const zip = await JSZip.loadAsync(await buildTemplate(buildWorkbookPlan({ language: "en" })));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const bytes = await zip
      .file("xl/workbook.xml", workbook.replace("<workbookPr ", '<workbookPr date1904="1" '))
      .generateAsync({ type: "uint8array" });
    const store = await importInto(bytes, [RECORDS[0]]);
    const [row] = await tableRows(store.bytes());
    const expected = followUpRows(followUpList([RECORDS[0]], { today: TODAY }), "en")[0];
    const deadline = at("deadline");
    expect(row[deadline]).toBe((expected[deadline] as number) - 1462);
    expect((await store.read()).rows[0].values.deadline).toBe("2026-10-01");
  });

  it("removes only the given columns' cells, keeping the others with their reference", () => {
    const sheet =
      '<worksheet><sheetData><row r="3"><c r="A3"><v>1</v></c></row>' +
      '<row r="4" spans="1:12"><c r="A4"><v>2</v></c><c r="L4"><v>3</v></c></row>' +
      '<row r="5"><c><v>4</v></c><c><v>5</v></c></row>' +
      '<row r="6"><c r="B6"><v>6</v></c></row></sheetData></worksheet>';
    expect(removeCells(sheet, 4, 6, 0, 9)).toBe(
      '<worksheet><sheetData><row r="3"><c r="A3"><v>1</v></c></row>' +
        '<row r="4"><c r="L4"><v>3</v></c></row></sheetData></worksheet>'
    );
    expect(removeCells(sheet, 5, 5, 0, 0)).toContain('<row r="5"><c r="B5"><v>5</v></c></row>');
  });
});

(libreOfficeAvailable() ? describe : describe.skip)(
  "refreshed Follow-up sheet in LibreOffice",
  () => {
    it("opens with the list and nothing below it after the list shrank", async () => {
      const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-followup-lo-"));
      try {
        const grown = await importInto(await buildTemplate(buildWorkbookPlan({ language: "en" })), [
          ...RECORDS,
          { id: "r6", ref: "6", text: "=1+1", deadline: "2026-01-05", status: "notStarted" },
        ]);
        expect(grown.followUp?.items).toHaveLength(5);
        // Earlier in the year only r6 is due soon and two wait for verification: the list shrinks to 3 rows.
        const shrunk = new XlsxTrackerStore(grown.bytes(), "t.xlsx");
        const refresh = await shrunk.refreshFollowUp("2026-01-01");
        expect(refresh.outcome).toBe("refreshed");
        const path = join(dir, "t.xlsx");
        await fs.writeFile(path, shrunk.bytes());
        const rows = (await recalculatedSheets([path], join(dir, "csv")))
          .get(path)!
          .get("Follow-up")!;
        const expected = followUpList(
          [
            ...RECORDS,
            { id: "r6", ref: "6", text: "=1+1", deadline: "2026-01-05", status: "notStarted" },
          ],
          { today: "2026-01-01" }
        );
        expect(rows[2][0]).toBe("Why");
        const filled = rows.slice(3).filter((row) => row.some((cell) => cell !== ""));
        expect(expected).toHaveLength(3);
        expect(filled.map((row) => row[at("id")])).toEqual(expected.map((item) => item.record.id));
        expect(filled.find((row) => row[at("id")] === "r6")?.[at("text")]).toBe("=1+1");
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }, 120000);
  }
);
