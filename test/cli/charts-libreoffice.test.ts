import { promises as fs } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";
import { PNG } from "pngjs";
import { main } from "../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import { DASHBOARD_CHARTS, PLAN_TEXTS } from "../../src/core/schema";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { colouredPixels, drawPage, ghostscript, pdfPages } from "../support/pdf";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
import { cellsIn, sheetCharts } from "../support/xlsx-charts";

/**
 * Acceptance: the Dashboard's charts of a tracker made by `rectrack
 * template`, by `rectrack import` into a new file and by `rectrack adopt`
 * survive LibreOffice: saved again as .xlsx they are still chart parts on
 * the Dashboard, and printed to PDF they are drawn on the Dashboard's page
 * (their titles in its text, coloured bars in its picture). The Dashboard
 * pages are saved as pictures in test-artifacts/charts/ (Ghostscript renders
 * them when it is installed).
 */

const quiet = { out: () => undefined, err: () => undefined };
const t = PLAN_TEXTS.en;

function batch(): RecommendationBatch {
  const authorities = ["Ministry of Justice", "Prison Service", "Ministry of Health", "Police"];
  const themes = ["Overcrowding", "Healthcare", "Night staffing"];
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: "visit-east-2025",
      title: "Visit to East Remand Centre",
      type: "visit",
      date: "2025-06-12",
      places: [],
      link: "",
    },
    recommendations: Array.from({ length: 12 }, (_v, i) => ({
      ref: String(i + 1),
      text: `The centre should put practice ${i + 1} in writing and train the staff within six months.`,
      authority: authorities[i % 3 === 0 ? 0 : i % authorities.length],
      theme: themes[i % themes.length],
    })),
  };
}

(libreOfficeAvailable() ? describe : describe.skip)(
  "the Dashboard's charts after LibreOffice opens the file",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(join(tmpdir(), "rectrack-charts-lo-"));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("keeps them as chart parts in .xlsx and draws them on the Dashboard's page of the PDF, for template, import and adopt", async () => {
      const files: string[] = [];
      const template = join(dir, "template.xlsx");
      expect(await main(["template", template], quiet)).toBe(0);
      files.push(template);

      const input = join(dir, "batch.json");
      await fs.writeFile(input, JSON.stringify(batch()));
      const imported = join(dir, "imported.xlsx");
      expect(await main(["import", input, imported, "--today", "2026-03-01"], quiet)).toBe(0);
      files.push(imported);

      const legacy = join(dir, "legacy.xlsx");
      await fs.writeFile(
        legacy,
        await legacyBytes([
          {
            name: "Follow-up",
            rows: [
              ["Recommendation", "Addressee", "Status", "Date"],
              [
                "The director should repair the heating.",
                "Prison Service",
                "ongoing",
                "2023-02-01",
              ],
              [
                "The ministry should publish the procedure.",
                "Ministry of Justice",
                "done",
                "2024-05-03",
              ],
              ["The police should record every arrest.", "Police", "", "2024-09-09"],
            ],
          },
        ])
      );
      const adopted = join(dir, "adopted.xlsx");
      expect(await main(["adopt", legacy, adopted, "--today", "2026-03-01"], quiet)).toBe(0);
      files.push(adopted);

      // A tracker with years of data, for a picture with every chart filled.
      const sample = join(dir, "sample.xlsx");
      await fs.writeFile(sample, await trackerBytes(sampleRecords(120, seededRandom(11))));
      // Its figures from the history and their chart of the status at each year end, written by stats --refresh.
      expect(await main(["stats", sample, "--refresh", "--today", "2026-03-01"], quiet)).toBe(0);
      files.push(sample);

      for (const file of files)
        expect([
          basename(file),
          (await sheetCharts(await fs.readFile(file), "Dashboard")).length,
        ]).toEqual([basename(file), DASHBOARD_CHARTS.length]);

      const titles = DASHBOARD_CHARTS.map((spec) => t[spec.title] as string);
      const saved = await convertWithLibreOffice(files, {
        format: "xlsx",
        outDir: join(dir, "lo"),
      });
      for (const file of saved) {
        const charts = await sheetCharts(await fs.readFile(file), "Dashboard");
        expect([basename(file), charts.length]).toEqual([basename(file), DASHBOARD_CHARTS.length]);
        const texts = charts.map((chart) => chart.xml).join("\n");
        for (const title of titles)
          expect([basename(file), texts.includes(title)]).toEqual([basename(file), true]);
        // Still reading the Dashboard's cells, not a copy of the values.
        for (const chart of charts)
          expect(chart.refs.every((ref) => ref.startsWith("Dashboard!"))).toBe(true);
      }
      // A tracker LibreOffice saved keeps its charts' names: the next import re-points them, never adds copies.
      const resaved = saved.find((file) => basename(file) === "imported.xlsx")!;
      const before = await sheetCharts(await fs.readFile(resaved), "Dashboard");
      const more = batch();
      more.report = { ...more.report, id: "visit-north-2026", title: "Visit to North Prison" };
      more.recommendations = more.recommendations.map((rec) => ({
        ...rec,
        text: `${rec.text} (North)`,
        authority: `${rec.authority} North`,
      }));
      await fs.writeFile(input, JSON.stringify(more));
      expect(await main(["import", input, resaved, "--today", "2026-03-01"], quiet)).toBe(0);
      const after = await sheetCharts(await fs.readFile(resaved), "Dashboard");
      expect(after.map((chart) => chart.path)).toEqual(before.map((chart) => chart.path));
      expect(after.map((chart) => chart.name)).toEqual(titles);
      const byTheme = DASHBOARD_CHARTS.findIndex((spec) => spec.key === "byTheme");
      expect(after[byTheme].refs).not.toEqual(before[byTheme].refs);
      // The Dashboard itself was rewritten (LibreOffice's formulas are recognised as ours): the new addressees are listed where the chart reads.
      const byAuthority = DASHBOARD_CHARTS.findIndex((spec) => spec.key === "byAuthority");
      const authorities = (
        await cellsIn(await fs.readFile(resaved), after[byAuthority].refs[1])
      ).map((row) => row[0]);
      expect(authorities).toEqual(expect.arrayContaining(["Police North", "Ministry of Justice"]));

      const pdfs = await convertWithLibreOffice(files, { format: "pdf", outDir: join(dir, "pdf") });
      const artefacts = resolve(__dirname, "../../test-artifacts/charts");
      await fs.mkdir(artefacts, { recursive: true });
      for (const pdf of pdfs) {
        const name = basename(pdf, ".pdf");
        const pages = pdfPages(await fs.readFile(pdf));
        const at = pages.findIndex((page) => page.text.includes(t.dashboardTitle));
        expect([name, at >= 0]).toEqual([name, true]);
        // The Dashboard's page (fitted to its width, charts beside the figures) carries every chart's title.
        const page = pages[at].text.replace(/\s+/g, " ");
        for (const title of titles) expect([name, page.includes(title)]).toEqual([name, true]);
        if (!ghostscript) continue;
        const png = join(artefacts, `dashboard-${name}.png`);
        expect(drawPage(pdf, at, png)).toBe(0);
        const picture = PNG.sync.read(await fs.readFile(png));
        // The charts stand right of the figures (the figures from the history further right): coloured bars
        // there, except on an empty template.
        const bars = colouredPixels(picture, 0.35);
        if (name === "template") expect(bars).toBeGreaterThanOrEqual(0);
        else expect([name, bars > 500]).toEqual([name, true]);
      }
    }, 240000);
  }
);
