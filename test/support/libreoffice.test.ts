import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { libreOfficeAvailable, parseCsv, recalculatedSheets } from "./libreoffice";

const haveLibreOffice = libreOfficeAvailable();
if (!haveLibreOffice) console.warn("LibreOffice (soffice) not found: its tests are skipped");

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes and line breaks inside quotes", () => {
    expect(parseCsv('a,"b,1","say ""hi"""\n"two\nlines",,x\r\n')).toEqual([
      ["a", "b,1", 'say "hi"'],
      ["two\nlines", "", "x"],
    ]);
  });
});

(haveLibreOffice ? describe : describe.skip)("LibreOffice headless", () => {
  it("recalculates formulas on load instead of trusting cached results, one CSV per sheet", async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-lo-test-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sums");
    // A wrong cached result: a converter that does not recalculate would print 7.
    sheet.getCell("A1").value = { formula: "1+1", result: 7 } as ExcelJS.CellFormulaValue;
    sheet.getCell("A2").value = { formula: "SUM(B1:B3)" } as ExcelJS.CellFormulaValue;
    sheet.getCell("B1").value = 2;
    sheet.getCell("B2").value = 3;
    workbook.addWorksheet("Other sheet").getCell("A1").value = "=1+1";
    const path = join(dir, "calc.xlsx");
    await workbook.xlsx.writeFile(path);
    const sheets = (await recalculatedSheets([path], join(dir, "out"))).get(path)!;
    expect(sheets.get("Sums")!.map((row) => row[0])).toEqual(["2", "5"]);
    expect(sheets.get("Other sheet")![0][0]).toBe("=1+1");
    await fs.rm(dir, { recursive: true, force: true });
  });
});
