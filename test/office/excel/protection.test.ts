/**
 * A tracker whose user protected a sheet (Review > Protect Sheet) or the
 * workbook's structure. Excel refuses a change to a protected sheet only
 * when the request carrying it runs, and keeps the requests before it: each
 * write path must refuse before its first request, naming the sheet, and
 * leave every sheet as it was. Reading is not affected.
 */
import type { TrackerChanges } from "../../../src/core/tracker/store";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { TABLE_ORDER } from "../../../src/core/schema/columns";
import {
  adoptSheet,
  applyTracker,
  ExcelProblem,
  ExcelTrackerStore,
  officeExcelHost,
  readTracker,
  refreshFollowUp,
} from "../../../src/office/excel";
import { proposeMapping } from "../../../src/core/tracker/legacy";
import { explainError } from "../../../src/taskpane/excel/state";
import { excelTranslator } from "../../../src/taskpane/excel/i18n";
import { FakeHost, installOfficeFakes, WorkbookModel } from "../../support/office";
import { record, trackerWithRows } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

/** Every cell, table and sheet of the fake workbook, to compare before and after a refusal. */
function everything(f: FakeHost): string {
  return JSON.stringify({
    sheets: f.workbook.sheets.map((sheet) => [sheet.name, [...sheet.snapshot()]]),
    tables: f.workbook.tables.map((table) => [table.name, table.sheet.name, table.rect]),
    xml: f.workbook.customXml.parts.map((part) => part.xml),
  });
}

function protect(f: FakeHost, sheet: string): void {
  f.workbook.sheet(sheet).protection.protected = true;
}

/** One update of an existing row, and one new recommendation whose place is not yet in the Lists. */
function changes(place: string, authority = "Ministry of Justice"): TrackerChanges {
  const update = {
    row: 3,
    id: record(2).id as string,
    values: { deadline: "2031-01-31" } as TrackerRecord,
  };
  const addition: TrackerRecord = {
    id: "NEW-1",
    text: "The prison administration should repair the call bells of wing B by June 2027.",
    dateMade: "2026-03-01",
    place,
    authority,
  };
  return { updates: [update], additions: [addition] };
}

/** A 10-row tracker read for the preview, then a sheet protected by the user before the import is confirmed. */
async function previewThenProtect(
  sheet: string
): Promise<{ store: ExcelTrackerStore; host: FakeHost }> {
  const host = await trackerWithRows(10);
  fake = host;
  const store = new ExcelTrackerStore(officeExcelHost());
  await store.read();
  protect(host, sheet);
  return { store, host };
}

describe("importing into a tracker with a protected sheet", () => {
  it("refuses a protected Recommendations sheet in the requests that read, and changes nothing", async () => {
    const { store, host } = await previewThenProtect("Recommendations");
    const before = everything(host);
    host.resetCounters();
    await expect(store.write(changes("Prison 1"))).rejects.toMatchObject({
      name: "ExcelProblem",
      code: "sheetProtected",
      values: { sheet: "Recommendations" },
    });
    // The two requests that find the table again, and none that writes.
    expect(host.syncCount).toBe(2);
    expect(everything(host)).toBe(before);
  });

  it("refuses a protected Lists sheet when a new place must join its list, before the rows are written", async () => {
    const { store, host } = await previewThenProtect("Lists");
    const before = everything(host);
    await expect(store.write(changes("Nowhere remand centre"))).rejects.toMatchObject({
      code: "sheetProtected",
      values: { sheet: "Lists" },
    });
    expect(everything(host)).toBe(before);
  });

  it("imports when the protected Lists sheet needs no new entry", async () => {
    const { store, host } = await previewThenProtect("Lists");
    const lists = JSON.stringify([...host.workbook.sheet("Lists").snapshot()]);
    const known = (table: string) => String(host.workbook.tableRows(table)[0][0]);
    await store.write(changes(known("ListPlace"), known("ListAuthority")));
    expect(store.lastWrite).toMatchObject({ updatedCells: 1, listEntries: 0 });
    const id = TABLE_ORDER.indexOf("id");
    expect(host.workbook.tableRows("Recommendations").map((row) => row[id])).toContain("NEW-1");
    expect(JSON.stringify([...host.workbook.sheet("Lists").snapshot()])).toBe(lists);
  });

  it("reads a protected tracker as it is", async () => {
    fake = await trackerWithRows(10);
    protect(fake, "Recommendations");
    const snapshot = await readTracker(officeExcelHost());
    expect(snapshot.rows).toHaveLength(10);
  });
});

describe("setting up, upgrading and refreshing with protection on", () => {
  it("refuses to build a tracker in a workbook whose structure is protected", async () => {
    fake = installOfficeFakes({ host: "excel" });
    fake.workbook.protection.protected = true;
    const before = everything(fake);
    await expect(applyTracker(officeExcelHost(), { language: "en" })).rejects.toMatchObject({
      code: "structureProtected",
    });
    expect(everything(fake)).toBe(before);
  });

  it("refuses to adopt a sheet into a workbook whose structure is protected", async () => {
    const wb = new WorkbookModel(["Suivi"]);
    const rows = [
      ["Recommendation", "Status"],
      ["Install call bells.", "In progress"],
    ];
    wb.sheet("Suivi").seed("A1", rows);
    wb.protection.protected = true;
    fake = installOfficeFakes({ host: "excel", workbook: wb });
    const before = everything(fake);
    await expect(
      adoptSheet(officeExcelHost(), {
        sheet: "Suivi",
        mapping: proposeMapping(rows),
        today: "2026-01-01",
      })
    ).rejects.toMatchObject({ code: "structureProtected" });
    expect(everything(fake)).toBe(before);
  });

  it.each(["Recommendations", "Lists", "Dashboard"])(
    "refuses to upgrade a tracker whose %s sheet is protected, naming it",
    async (sheet) => {
      fake = await trackerWithRows(10);
      protect(fake, sheet);
      const before = everything(fake);
      await expect(applyTracker(officeExcelHost(), { language: "en" })).rejects.toMatchObject({
        code: "sheetProtected",
        values: { sheet },
      });
      expect(everything(fake)).toBe(before);
    }
  );

  it("upgrades a tracker whose structure is protected when no sheet is missing", async () => {
    fake = await trackerWithRows(10);
    fake.workbook.protection.protected = true;
    const result = await applyTracker(officeExcelHost(), { language: "en" });
    expect(result.mode).toBe("upgraded");
  });

  it("refuses to refresh a protected Follow-up sheet, and to add one to a protected structure", async () => {
    fake = await trackerWithRows(40);
    protect(fake, "Follow-up");
    let before = everything(fake);
    await expect(refreshFollowUp(officeExcelHost(), { today: "2023-06-01" })).rejects.toMatchObject(
      { code: "sheetProtected", values: { sheet: "Follow-up" } }
    );
    expect(everything(fake)).toBe(before);

    fake.workbook.sheet("Follow-up").protection.protected = false;
    fake.workbook.tables.splice(
      fake.workbook.tables.findIndex((table) => table.name === "FollowUp"),
      1
    );
    fake.workbook.sheets.splice(
      fake.workbook.sheets.findIndex((sheet) => sheet.name === "Follow-up"),
      1
    );
    fake.workbook.protection.protected = true;
    before = everything(fake);
    await expect(refreshFollowUp(officeExcelHost(), { today: "2023-06-01" })).rejects.toMatchObject(
      { code: "structureProtected" }
    );
    expect(everything(fake)).toBe(before);
  });
});

describe("the pane's words for protection", () => {
  it.each(["en", "fr", "es"] as const)(
    "name the sheet and say nothing changed (%s)",
    (language) => {
      const t = excelTranslator(language);
      const sheet = explainError(new ExcelProblem("sheetProtected", { sheet: "Listes" }));
      expect(sheet.key).toBe("problemSheetProtected");
      expect(t("problemSheetProtected", sheet.values)).toMatch(/Listes.*(Nothing|Rien|No se)/);
      const structure = explainError(new ExcelProblem("structureProtected"));
      expect(structure.key).toBe("problemStructureProtected");
      expect(t("problemStructureProtected", structure.values)).toMatch(/Nothing|Rien|No se/);
    }
  );
});
