import { promises as fs } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";
import { PNG } from "pngjs";
import { main } from "../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION } from "../../src/core/model/batch";
import {
  buildWorkbookPlan,
  PLAN_TEXTS,
  QUADRANT_ORDER,
  STAKEHOLDER_TEXTS,
  type Language,
} from "../../src/core/schema";
import { quadrantCounts, readStakeholders } from "../../src/core/tracker/stakeholders";
import { buildTemplate } from "../../src/files/xlsx/apply-plan";
import {
  convertWithLibreOffice,
  libreOfficeAvailable,
  recalculatedSheets,
} from "../support/libreoffice";
import { colouredPixels, drawPage, ghostscript, pdfPages } from "../support/pdf";
import {
  firstReleaseTrackerBytes,
  legacyBytes,
  sampleRecords,
  seededRandom,
} from "../support/xlsx";
import { sheetCharts } from "../support/xlsx-charts";

/**
 * Acceptance: the power-interest grid's chart is in a tracker made by
 * `rectrack template`, by `rectrack import` into a new file, by `rectrack
 * adopt` and by `rectrack upgrade`; LibreOffice keeps it as a chart part when
 * it saves the file as .xlsx and draws it on the grid's page of the PDF; the
 * grid's formulas, recalculated by LibreOffice, give the quadrant counts the
 * core decides. The grid pages are saved as pictures in
 * test-artifacts/charts/ (Ghostscript renders them when it is installed).
 */

const quiet = { out: () => undefined, err: () => undefined };

/** Actors of our own: actor, type, power, interest, stance, links, notes (labels in the tracker's language). */
const ACTORS: Record<"en" | "fr", (string | null)[][]> = {
  en: [
    ["Ministry of Justice", "Ministry", "High", "Low", "Neutral", "Overcrowding", null],
    ["Director of East Remand Centre", "Head of institution", "High", "High", "Opposed", "", null],
    ["Justice committee", "Parliament", "Medium", "Medium", "Supportive", "", null],
    ["Families' association", "Families", "Low", "High", "Supportive", "", null],
    ["Local newspaper", "Media", "Low", "Low", null, "", null],
    ["Legal aid NGO", "NGO", "Low", "Medium", "Supportive", "", null],
    ["Regional inspectorate", "Oversight body", null, "High", null, "", null],
  ],
  fr: [
    ["Ministère de la justice", "Ministère", "Élevé", "Faible", "Neutre", "Surpopulation", null],
    ["Direction du centre", "Direction d'établissement", "Élevé", "Élevé", "Opposé", "", null],
    ["Commission des lois", "Parlement", "Moyen", "Moyen", "Favorable", "", null],
    ["Association des familles", "Familles", "Faible", "Élevé", "Favorable", "", null],
    ["Journal local", "Médias", "Faible", "Faible", null, "", null],
    ["ONG d'aide juridique", "ONG", "Faible", "Moyen", "Favorable", "", null],
    ["Inspection régionale", "Organe de contrôle", null, "Élevé", null, "", null],
  ],
};

async function withActors(language: "en" | "fr"): Promise<Buffer> {
  const plan = buildWorkbookPlan({ language });
  const sheet = plan.sheets.find((s) => s.key === "stakeholders")!;
  sheet.tables[0].rows = ACTORS[language].map((row) => [...row]);
  return buildTemplate(plan);
}

(libreOfficeAvailable() ? describe : describe.skip)(
  "the power-interest grid after LibreOffice opens the file",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(join(tmpdir(), "rectrack-grid-lo-"));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("keeps the chart in .xlsx and on the grid's page of the PDF for template, import, adopt and upgrade; the counts follow the actors", async () => {
      const files: string[] = [];
      const template = join(dir, "template.xlsx");
      expect(await main(["template", template, "--lang", "fr"], quiet)).toBe(0);
      files.push(template);

      const input = join(dir, "batch.json");
      await fs.writeFile(
        input,
        JSON.stringify({
          format: BATCH_FORMAT,
          version: BATCH_VERSION,
          report: {
            id: "visit-1",
            title: "Visit",
            type: "visit",
            date: "2025-06-12",
            places: [],
            link: "",
          },
          recommendations: [
            {
              ref: "1",
              text: "The centre should train its staff in de-escalation within six months.",
            },
          ],
        })
      );
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
              ["The police should record every arrest.", "Police", "", "2024-09-09"],
            ],
          },
        ])
      );
      const adopted = join(dir, "adopted.xlsx");
      expect(await main(["adopt", legacy, adopted, "--today", "2026-03-01"], quiet)).toBe(0);
      files.push(adopted);

      const upgraded = join(dir, "upgraded.xlsx");
      await fs.writeFile(
        upgraded,
        await firstReleaseTrackerBytes(sampleRecords(20, seededRandom(2), "2026-03-01"))
      );
      expect(await main(["upgrade", upgraded, "--today", "2026-03-01"], quiet)).toBe(0);
      files.push(upgraded);

      const actorsEn = join(dir, "actors-en.xlsx");
      await fs.writeFile(actorsEn, await withActors("en"));
      const actorsFr = join(dir, "actors-fr.xlsx");
      await fs.writeFile(actorsFr, await withActors("fr"));
      files.push(actorsEn, actorsFr);

      const languageOf = (file: string): Language =>
        /template|actors-fr/.test(basename(file)) ? "fr" : "en";
      const gridName = (file: string) => PLAN_TEXTS[languageOf(file)].sheets.stakeholderGrid;
      for (const file of files)
        expect([
          basename(file),
          (await sheetCharts(await fs.readFile(file), gridName(file))).length,
        ]).toEqual([basename(file), 1]);

      const saved = await convertWithLibreOffice(files, {
        format: "xlsx",
        outDir: join(dir, "lo"),
      });
      expect(saved).toHaveLength(files.length);
      for (const file of saved) {
        const charts = await sheetCharts(await fs.readFile(file), gridName(file));
        expect([basename(file), charts.length]).toEqual([basename(file), 1]);
        expect(charts[0].xml).toContain(STAKEHOLDER_TEXTS[languageOf(file)].chartTitle);
        // Still reading the grid's cells.
        expect(charts[0].refs.every((ref) => ref.includes(gridName(file)))).toBe(true);
      }

      // The grid's formulas, recalculated by LibreOffice, count what the core decides.
      const sheets = await recalculatedSheets([actorsEn, actorsFr], join(dir, "csv"));
      for (const [file, language] of [
        [actorsEn, "en"],
        [actorsFr, "fr"],
      ] as const) {
        const grid = sheets.get(file)!.get(PLAN_TEXTS[language].sheets.stakeholderGrid)!;
        const header = [
          "Actor",
          "Type of actor",
          "Power",
          "Interest",
          "Stance",
          "Linked recommendations or themes",
          "Notes",
        ];
        const expected = quadrantCounts(readStakeholders(header, ACTORS[language]));
        // By hand: medium counts as high.
        expect(expected).toEqual({
          manageClosely: 2,
          keepSatisfied: 1,
          keepInformed: 2,
          monitor: 1,
          notPlaced: 1,
        });
        const counted = QUADRANT_ORDER.map((_q, i) => Number(grid[10 + i][3]));
        expect([language, counted]).toEqual([language, QUADRANT_ORDER.map((q) => expected[q])]);
        expect([language, Number(grid[14][3])]).toEqual([language, expected.notPlaced]);
        // The 3x3 counts: power low/medium/high down, interest low/medium/high across.
        expect(grid.slice(4, 7).map((row) => row.slice(1, 4).map(Number))).toEqual([
          [1, 1, 1],
          [0, 1, 0],
          [1, 0, 1],
        ]);
      }

      const pdfs = await convertWithLibreOffice(files, { format: "pdf", outDir: join(dir, "pdf") });
      const artefacts = resolve(__dirname, "../../test-artifacts/charts");
      await fs.mkdir(artefacts, { recursive: true });
      for (const pdf of pdfs) {
        const name = basename(pdf, ".pdf");
        const language = languageOf(pdf);
        const t = STAKEHOLDER_TEXTS[language];
        const pages = pdfPages(await fs.readFile(pdf));
        const at = pages.findIndex((page) =>
          page.text.replace(/\s+/g, " ").includes(t.gridNote.slice(0, 40))
        );
        expect([name, at >= 0]).toEqual([name, true]);
        const page = pages[at].text.replace(/\s+/g, " ");
        expect([name, page.includes(t.chartTitle)]).toEqual([name, true]);
        if (!ghostscript || !name.startsWith("actors")) continue;
        const png = join(artefacts, `stakeholder-grid-${name}.png`);
        expect(drawPage(pdf, at, png)).toBe(0);
        const coloured = colouredPixels(PNG.sync.read(await fs.readFile(png)), 0);
        // The chart's bars are drawn.
        expect([name, coloured > 500]).toEqual([name, true]);
      }
    }, 240000);
  }
);
