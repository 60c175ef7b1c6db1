import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { localDate } from "../../../src/core/schema/dates";
import {
  buildWorkbookPlan,
  PLAN_TEXTS,
  TRACKER_COLUMNS,
  VOCABULARIES,
} from "../../../src/core/schema";
import { computeStats } from "../../../src/core/tracker/stats";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { adoptWorkbook, buildTemplate } from "../../../src/files/xlsx";
import {
  convertWithLibreOffice,
  libreOfficeAvailable,
  recalculatedSheets,
} from "../../support/libreoffice";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../../support/xlsx";

/**
 * Acceptance: the files rectrack writes, opened by LibreOffice headless (no
 * add-in, no Excel). LibreOffice starts twice in this file: once to re-save
 * the template, once to recalculate four workbooks to CSV.
 */
const FORMULA_LOOKING = ['=HYPERLINK("http://x","y")', "=1+1", "+cmd", "-2", "@SUM(A1)"];
const t = PLAN_TEXTS.en;

(libreOfficeAvailable() ? describe : describe.skip)("tracker workbooks in LibreOffice", () => {
  let dir: string;
  let records: TrackerRecord[];
  let sheets: Map<string, Map<string, string[][]>>;
  let paths: { filled: string; legacy: string; adopted: string; french: string };
  const today = localDate(new Date());

  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), "rectrack-lo-acceptance-"));
    records = sampleRecords(80, seededRandom(21), today);
    FORMULA_LOOKING.forEach((text, i) => Object.assign(records[i], { text, notes: text }));
    records[5].authority = "=cmd|' /C calc'!A0";
    // Every seventh a key recommendation: the Dashboard's first figures count them.
    records.forEach((record, i) => {
      if (i % 7 === 0) record.key = true;
    });
    paths = {
      filled: join(dir, "filled.xlsx"),
      legacy: join(dir, "legacy.xlsx"),
      adopted: join(dir, "adopted.xlsx"),
      french: join(dir, "french.xlsx"),
    };
    await fs.writeFile(paths.filled, await trackerBytes(records));
    await fs.writeFile(paths.french, await trackerBytes(records, "fr"));
    const legacy = await legacyBytes([
      {
        name: "Recs",
        rows: [
          ["Follow-up of recommendations", "Follow-up of recommendations"],
          ["No.", "Date", "Recommendation", "Status", "Remarks"],
          [
            1,
            "16/01/2024",
            "The director should repair the heating before winter.",
            "ongoing",
            "=2+2",
          ],
          [
            "1a",
            new Date(Date.UTC(2024, 1, 2)),
            "The ministry should publish the complaint procedure.",
            "done",
            "+33 1 23",
          ],
          [2, "March 2024", "-", "?", 3.5],
        ],
        merge: ["A1:B1"],
      },
    ]);
    await fs.writeFile(paths.legacy, legacy);
    const adopted = await adoptWorkbook(legacy, "legacy.xlsx", { today, random: seededRandom(3) });
    await fs.writeFile(paths.adopted, adopted.bytes);
    sheets = await recalculatedSheets(
      [paths.filled, paths.legacy, paths.adopted, paths.french],
      join(dir, "csv")
    );
  }, 180000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("keeps the template's data validation when LibreOffice opens and saves it", async () => {
    const template = join(dir, "template.xlsx");
    await fs.writeFile(template, await buildTemplate(buildWorkbookPlan({ language: "en" })));
    const [resaved] = await convertWithLibreOffice([template], {
      format: "xlsx",
      outDir: join(dir, "resaved"),
    });
    const zip = await JSZip.loadAsync(await fs.readFile(resaved));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const lists = [
      ...xml.matchAll(/<dataValidation [^>]*type="list"[^>]*>[\s\S]*?<\/dataValidation>/g),
    ].map((m) => m[0]);
    // One list rule per list column of the schema.
    expect(lists.length).toBe(TRACKER_COLUMNS.filter((column) => column.vocabulary).length);
    expect(lists.join("\n")).toMatch(/OFFSET\(\$?Lists!\$A\$2/);
  }, 120000);

  it("computes the Dashboard figures the core statistics compute", () => {
    const dashboard = sheets.get(paths.filled)!.get("Dashboard")!;
    const stats = computeStats(records, { today });
    const valueOf = (label: string) => dashboard.find((row) => row[0] === label)?.[1];
    expect(valueOf(t.total)).toBe(String(stats.total));
    expect(valueOf(t.overdue)).toBe(String(stats.overdue));
    expect(valueOf(t.dueSoon)).toBe(String(stats.dueSoon));
    expect(valueOf(t.notVerified)).toBe(String(stats.implementedNotVerified));
    expect(stats.overdue).toBeGreaterThan(0);
    expect([valueOf(t.keyTotal), valueOf(t.keyImplemented), valueOf(t.keyOverdue)]).toEqual([
      String(stats.key.total),
      String(stats.key.implemented),
      String(stats.key.overdue),
    ]);
    expect(stats.key.total).toBeGreaterThan(0);
    expect(stats.key.overdue).toBeGreaterThan(0);

    // A section: its labels until the "Total" row; every section adds up to the total.
    const section = (title: string): Map<string, number> => {
      const start = dashboard.findIndex((row) => row[0] === title);
      const found = new Map<string, number>();
      for (let r = start + 1; r < dashboard.length && dashboard[r][0] !== t.sectionTotal; r++)
        found.set(dashboard[r][0], Number(dashboard[r][1]));
      const total = dashboard.slice(start).find((row) => row[0] === t.sectionTotal)?.[1];
      expect([title, Number(total)]).toEqual([title, stats.total]);
      expect([title, [...found.values()].reduce((sum, n) => sum + n, 0)]).toEqual([
        title,
        stats.total,
      ]);
      return found;
    };
    const status = section(t.byStatus);
    for (const value of VOCABULARIES.status.values)
      expect(status.get(value.labels.en)).toBe(stats.byStatus[value.key]);
    const accepted = section(t.byAcceptance);
    for (const value of VOCABULARIES.accepted.values)
      expect(accepted.get(value.labels.en)).toBe(stats.byAccepted[value.key]);
    expect(accepted.get(t.notSet)).toBe(records.filter((record) => !record.accepted).length);
    for (const [title, counts] of [
      [t.byAuthority, stats.byAuthority],
      [t.byTheme, stats.byTheme],
      [t.byPlaceType, stats.byPlaceType],
    ] as const) {
      const shown = section(title);
      for (const entry of counts)
        expect([title, entry.label, shown.get(entry.label)]).toEqual([
          title,
          entry.label,
          entry.count,
        ]);
      expect(shown.get(t.otherValues)).toBe(0);
    }

    const yearHeader = dashboard.findIndex((row) => row[0] === t.year);
    const years = stats.byYear.map((_year, i) => dashboard[yearHeader + 1 + i]);
    expect(years.map((row) => Number(row[0]))).toEqual(stats.byYear.map((y) => y.year));
    expect(years.map((row) => Number(row[7]))).toEqual(stats.byYear.map((y) => y.total));
    expect(years.map((row) => row.slice(1, 6).map(Number))).toEqual(
      stats.byYear.map((y) => VOCABULARIES.status.values.map((v) => y.byStatus[v.key]))
    );
    expect(dashboard[yearHeader + 1 + stats.byYear.length][0]).toBe("");
  });

  it("computes the French Dashboard too (headers with apostrophes in structured references)", () => {
    const dashboard = sheets.get(paths.french)!.get(PLAN_TEXTS.fr.sheets.dashboard)!;
    const stats = computeStats(records, { today });
    const fr = PLAN_TEXTS.fr;
    expect(dashboard.find((row) => row[0] === fr.total)?.[1]).toBe(String(stats.total));
    expect(dashboard.find((row) => row[0] === fr.overdue)?.[1]).toBe(String(stats.overdue));
    const yearHeader = dashboard.findIndex((row) => row[0] === fr.year);
    expect(stats.byYear.map((_y, i) => Number(dashboard[yearHeader + 1 + i][7]))).toEqual(
      stats.byYear.map((y) => y.total)
    );
    const implemented = dashboard.find((row) => row[0] === VOCABULARIES.status.values[3].labels.fr);
    expect(implemented?.[1]).toBe(String(stats.byStatus.implemented));
  });

  it("leaves formula-looking text as text after recalculation", () => {
    const rows = sheets.get(paths.filled)!.get("Recommendations")!;
    const header = rows[0];
    const text = header.indexOf("Recommendation");
    const notes = header.indexOf("Notes");
    const authority = header.indexOf("Addressed to");
    expect(rows.slice(1, 6).map((row) => row[text])).toEqual(FORMULA_LOOKING);
    expect(rows.slice(1, 6).map((row) => row[notes])).toEqual(FORMULA_LOOKING);
    expect(rows[6][authority]).toBe("=cmd|' /C calc'!A0");
    const adopted = sheets.get(paths.adopted)!.get("Recommendations")!;
    expect(adopted[3][adopted[0].indexOf("Recommendation")]).toBe("-");
    expect(adopted.slice(1, 3).map((row) => row[adopted[0].indexOf("Notes")])).toEqual([
      "=2+2",
      "+33 1 23",
    ]);
  });

  it("keeps every cell of the hand-made sheet when adopting it", () => {
    const before = sheets.get(paths.legacy)!.get("Recs")!;
    const after = sheets.get(paths.adopted)!.get("Recs")!;
    expect(after).toEqual(before);
    expect(before.flat().filter(Boolean).length).toBeGreaterThan(15);
  });
});
