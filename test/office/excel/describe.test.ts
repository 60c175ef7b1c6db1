import { applyTracker, describeWorkbook, officeExcelHost } from "../../../src/office/excel";
import { FakeHost, installOfficeFakes } from "../../support/office";
import { trackerWithRows } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

describe("what Set up says of the tracker's rows", () => {
  it("counts no recommendation in a new tracker, whose table keeps one blank row", async () => {
    fake = installOfficeFakes({ host: "excel" });
    await applyTracker(officeExcelHost(), { language: "en" });
    const table = fake.workbook.findTable("Recommendations")!;
    expect(table.rect.r1 - table.rect.r0).toBe(1);
    const summary = await describeWorkbook(officeExcelHost());
    expect(summary.tracker?.rows).toBe(0);
  });

  it("counts the filled rows, not the blank ones the table ends with", async () => {
    fake = await trackerWithRows(3);
    const table = fake.workbook.findTable("Recommendations")!;
    // Two blank rows left at the end of the table, as after deleting the contents of rows.
    table.rect = { ...table.rect, r1: table.rect.r1 + 2 };
    expect((await describeWorkbook(officeExcelHost())).tracker?.rows).toBe(3);
  });

  it("counts every row of the table when the sheet has values below it", async () => {
    fake = await trackerWithRows(3);
    const table = fake.workbook.findTable("Recommendations")!;
    table.sheet.seed(`A${table.rect.r1 + 10}`, [["a note under the table"]]);
    expect((await describeWorkbook(officeExcelHost())).tracker?.rows).toBe(3);
  });
});
