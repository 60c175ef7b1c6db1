import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";
import { main } from "../../../src/cli/rectrack";
import type { CliIo } from "../../../src/cli/io";
import { columnLetter } from "../../../src/core/schema/a1";
import { FIRST_TABLE_ORDER, TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { readTracker } from "../../../src/files/xlsx/reader";
import { upgradeTrackerFile } from "../../../src/files/xlsx/upgrade";
import { convertWithLibreOffice, libreOfficeAvailable } from "../../support/libreoffice";
import { pdfPages } from "../../support/pdf";
import { firstReleaseTrackerBytes, sampleRecords, seededRandom } from "../../support/xlsx";
import { allCells } from "../../support/xlsx-cells";

const TODAY = "2026-03-01";

/** Records with long texts and answers, so rows wrap and the table runs over several pages. */
function records(count: number): TrackerRecord[] {
  return sampleRecords(count, seededRandom(31), TODAY).map((record, i) => ({
    ...record,
    text: `${String(record.text)} The authorities should also report on the measures taken, ${"with figures for each unit and each month, ".repeat(1 + (i % 4))}and consult the people held there.`,
    response: i % 3 === 0 ? "Accepted in part; a working group will meet in the spring." : null,
    smartScore: i % 11,
  }));
}

function bufferIo(): CliIo & { text: () => string } {
  let out = "";
  return { out: (t) => void (out += t), err: (t) => void (out += t), text: () => out };
}

async function part(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

describe("upgrading a tracker file (rectrack upgrade)", () => {
  const budget = { header: "Budget line", values: Array.from({ length: 30 }, (_v, i) => `B-${i}`) };

  it("changes no cell of the user's data, adds the missing column and the new display", async () => {
    const recs = records(30);
    const before = await firstReleaseTrackerBytes(recs, {
      extraColumns: [budget],
      withoutUpdated: true,
    });
    const result = await upgradeTrackerFile(before, "t.xlsx", { today: TODAY });
    expect(result).toMatchObject({
      addedColumns: ["Last updated"],
      extraKept: ["Budget line"],
      reordered: false,
      reorderRefused: null,
    });
    const old = await allCells(before);
    const now = await allCells(result.bytes);
    // Cell by cell: every cell of the Recommendations sheet as it was; one header more at the end.
    const width = old.Recommendations[0].length;
    expect(now.Recommendations.map((row) => row.slice(0, width))).toEqual(old.Recommendations);
    expect(now.Recommendations[0][width]).toBe("Last updated");
    expect(now.Recommendations.slice(1).every((row) => row.length <= width)).toBe(true);
    expect(now.Lists).toEqual(old.Lists);
    // The rows read back the same, field by field.
    const read = await readTracker(result.bytes, "t.xlsx");
    expect(read.rows.map((row) => row.values)).toEqual(
      (await readTracker(before, "t.xlsx")).rows.map((row) => row.values)
    );

    const sheet = await part(result.bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(
      /<pageSetup\b[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/
    );
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    // The text sits too far right in the first order to freeze beside it: the header row only.
    expect(sheet).toMatch(/<pane ySplit="1" topLeftCell="A2"[^>]*state="frozen"/);
    expect(sheet).not.toContain("Not started");
    expect(sheet).toMatch(/<row r="2"[^>]* ht="\d+" customHeight="1"/);
    const workbook = await part(result.bytes, "xl/workbook.xml");
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">Recommendations!$1:$1</definedName>'
    );
    // The Follow-up sheet in its new layout, labelled, without the command line's name.
    expect(now["Follow-up"][2].slice(0, 4)).toEqual([
      "Why",
      "Days overdue",
      "Days left",
      "Days waiting for verification",
    ]);
    expect(JSON.stringify(now["Follow-up"])).not.toContain("rectrack");
    expect(result.followUp.outcome).toBe("refreshed");
    // Whole-number scores: the score cells' format is "0" now.
    const styles = await part(result.bytes, "xl/styles.xml");
    const score = columnLetter(FIRST_TABLE_ORDER.indexOf("smartScore"));
    const s = new RegExp(`<c r="${score}3" s="(\\d+)"`).exec(sheet)?.[1];
    const xf = [...styles.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
    const ownXf = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][Number(s)][0];
    expect(ownXf).toMatch(/numFmtId="1"/);
    expect(xf.length).toBeGreaterThan(0);
  });

  it("changes nothing more when run again", async () => {
    const once = (
      await upgradeTrackerFile(await firstReleaseTrackerBytes(records(8)), "t.xlsx", {
        today: TODAY,
      })
    ).bytes;
    const twice = (await upgradeTrackerFile(once, "t.xlsx", { today: TODAY })).bytes;
    expect(await allCells(twice)).toEqual(await allCells(once));
    for (const path of [
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
      "xl/tables/table1.xml",
      "xl/workbook.xml",
    ])
      expect([path, await part(twice, path)]).toEqual([path, await part(once, path)]);
  });

  it("puts the columns in the order by task when asked, every value moving with its column", async () => {
    const recs = records(30);
    const before = await firstReleaseTrackerBytes(recs, { extraColumns: [budget] });
    const path = join(await fs.mkdtemp(join(tmpdir(), "rectrack-upgrade-")), "t.xlsx");
    await fs.writeFile(path, before);
    const io = bufferIo();
    expect(await main(["upgrade", path, "--reorder", "--today", TODAY], io)).toBe(0);
    expect(io.text()).toContain("The columns are now in the order by task.");
    const after = await fs.readFile(path);
    const byHeader = (cells: unknown[][]) =>
      cells
        .slice(1)
        .map((row) => Object.fromEntries(cells[0].map((h, i) => [String(h), row[i] ?? null])));
    const old = (await allCells(before)).Recommendations;
    const now = (await allCells(after)).Recommendations;
    expect(now[0]).toEqual([...TRACKER_COLUMNS.map((c) => c.headers.en), "Budget line"]);
    expect(byHeader(now)).toEqual(byHeader(old));
    const sheet = await part(after, "xl/worksheets/sheet1.xml");
    // Ref. and Recommendation now lead: frozen beside the header.
    expect(sheet).toMatch(/<pane xSplit="2" ySplit="1" topLeftCell="C2"/);
    const table = await part(after, "xl/tables/table1.xml");
    expect([...table.matchAll(/<tableColumn\b[^>]*name="([^"]*)"/g)].map((m) => m[1])[1]).toBe(
      "Recommendation"
    );
    // The drop-down of Implementation follows its column.
    const status = columnLetter(TRACKER_COLUMNS.findIndex((c) => c.key === "status"));
    expect(sheet).toMatch(
      new RegExp(`promptTitle="Implementation"[^>]*sqref="${status}2:${status}1048576"`)
    );
    expect((await readTracker(after, path)).rows.map((row) => row.values)).toEqual(
      (await readTracker(before, path)).rows.map((row) => row.values)
    );
  });

  it("leaves the columns where they are, and says why, when a formula points at cells by position", async () => {
    const before = await firstReleaseTrackerBytes(records(5));
    const zip = await JSZip.loadAsync(before);
    const notes = columnLetter(FIRST_TABLE_ORDER.indexOf("notes"));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(
        new RegExp(`<c r="${notes}3"([^>]*?)(/>|>[\\s\\S]*?</c>)`),
        `<c r="${notes}3"><f>B3&amp;"!"</f></c>`
      )
    );
    const withFormula = await zip.generateAsync({ type: "uint8array" });
    const result = await upgradeTrackerFile(withFormula, "t.xlsx", { today: TODAY, reorder: true });
    expect(result.reordered).toBe(false);
    expect(result.reorderRefused).toBe(`cell ${notes}3 holds a formula`);
    const now = await allCells(result.bytes);
    expect(now.Recommendations[0].slice(0, 3)).toEqual(["Rec ID", "Ref.", "Date made"]);
  });
});

(libreOfficeAvailable() ? describe : describe.skip)(
  "an upgraded tracker printed by LibreOffice",
  () => {
    it("prints the Recommendations sheet landscape, fitted to the width, the header on every page", async () => {
      const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-print-"));
      try {
        const recs = records(52);
        const before = await firstReleaseTrackerBytes(recs);
        const upgraded = (await upgradeTrackerFile(before, "t.xlsx", { today: TODAY })).bytes;
        // Only the Recommendations sheet is printed: the others are hidden in the copies sent to LibreOffice.
        const onlyRecommendations = async (bytes: Uint8Array, name: string) => {
          const zip = await JSZip.loadAsync(bytes);
          const workbook = await zip.file("xl/workbook.xml")!.async("string");
          zip.file(
            "xl/workbook.xml",
            workbook.replace(/<sheet\b[^>]*\/>/g, (sheet) =>
              /name="Recommendations"/.test(sheet)
                ? sheet
                : sheet.replace(/\sstate="[^"]*"/, "").replace("<sheet ", '<sheet state="hidden" ')
            )
          );
          const path = join(dir, name);
          await fs.writeFile(path, await zip.generateAsync({ type: "uint8array" }));
          return path;
        };
        // One LibreOffice start for both files.
        const written = await convertWithLibreOffice(
          [
            await onlyRecommendations(before, "before.xlsx"),
            await onlyRecommendations(upgraded, "upgraded.xlsx"),
          ],
          { format: "pdf", outDir: join(dir, "pdf") }
        );
        const oldPdf = written.filter((path) => path.endsWith("before.pdf"));
        const newPdf = written.filter((path) => path.endsWith("upgraded.pdf"));
        const artefacts = resolve(__dirname, "../../../test-artifacts");
        await fs.mkdir(artefacts, { recursive: true });
        await fs.copyFile(newPdf[0], join(artefacts, "upgraded-tracker-recommendations.pdf"));
        const oldPages = pdfPages(await fs.readFile(oldPdf[0]));
        const pages = pdfPages(await fs.readFile(newPdf[0]));
        // Before: portrait pages, the columns split across pages, no header after the first.
        expect(oldPages.length).toBeGreaterThan(10);
        // After: a handful of landscape pages, each starting with the whole header row.
        expect(pages.length).toBeGreaterThanOrEqual(2);
        expect(pages.length).toBeLessThanOrEqual(8);
        expect(pages.length * 3).toBeLessThan(oldPages.length);
        for (const page of pages) {
          expect(page.width).toBeGreaterThan(page.height);
          // The first and the last printed headers: every column fits the page's width.
          const lines = page.text.split("\n");
          expect(lines[0]).toBe("Rec ID");
          expect(page.text).toContain("Recommendation");
          expect(page.text).toContain("Source document");
        }
        const printed = pages.map((page) => page.text).join("\n");
        for (const record of recs) expect(printed).toContain(String(record.id));
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }, 180000);
  }
);
