import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../../src/core/model/batch";
import {
  buildWorkbookPlan,
  DASHBOARD_CHARTS,
  Language,
  PLAN_TEXTS,
  sheetRef,
} from "../../../src/core/schema";
import { listValuesOf, recordToCells } from "../../../src/core/tracker/cells";
import { applyPlan, workbookBytes } from "../../../src/files/xlsx";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { cellsIn, sheetCharts } from "../../support/xlsx-charts";
import { legacyBytes, sampleRecords, seededRandom } from "../../support/xlsx";

/**
 * Every kind of tracker file rectrack writes carries the Dashboard's charts
 * as DrawingML parts that read the Dashboard's own cells, and a write that
 * moves the Dashboard's sections moves what the charts read with them.
 */

const quiet = { out: () => undefined, err: () => undefined };
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-charts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function batch(authorities: string[], themes: string[]): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: "visit-north-2025",
      title: "Visit to North Remand Centre",
      type: "visit",
      date: "2025-04-02",
      places: [],
      link: "",
    },
    recommendations: authorities.map((authority, i) => ({
      ref: String(i + 1),
      text: `The centre should keep a complete register of practice ${i + 1} within three months.`,
      authority,
      theme: themes[i % themes.length],
    })),
  };
}

/** The Dashboard's charts, checked: one per planned chart, each reading the section its title names. */
async function expectDashboardCharts(bytes: Uint8Array, language: Language = "en") {
  const t = PLAN_TEXTS[language];
  const charts = await sheetCharts(bytes, t.sheets.dashboard);
  expect(charts.map((chart) => chart.name)).toEqual(
    DASHBOARD_CHARTS.map((spec) => t[spec.title] as string)
  );
  const heading: Record<string, string> = {
    statusByYear: t.year,
    byAuthority: t.byAuthority,
    byStatus: t.byStatus,
    byTheme: t.byTheme,
    // The block of figures from the history, in columns U to AB: its table of year ends.
    statusAtYearEnd: t.figures.asOf,
  };
  for (const [i, spec] of DASHBOARD_CHARTS.entries()) {
    const chart = charts[i];
    // The first series is named by the cell to the right of the section's heading; its categories start below it.
    const [name, categories] = chart.refs;
    const [label, series] = spec.source === "yearEnd" ? ["U", /\$V\$|\$V/] : ["A", /\$B\$|\$B/];
    const [[headingCell]] = await cellsIn(bytes, name.replace(series, `$${label}$`));
    expect([spec.key, headingCell]).toEqual([spec.key, heading[spec.key]]);
    expect(categories.startsWith(`${sheetRef(t.sheets.dashboard)}!$${label}$`)).toBe(true);
    expect(chart.xml).toContain(`<a:t>${t[spec.title] as string}</a:t>`);
  }
  return charts;
}

describe("the Dashboard's charts in tracker files", () => {
  it("rectrack template writes them, in each language", async () => {
    for (const language of ["en", "fr", "es"] as const) {
      const out = join(dir, `template-${language}.xlsx`);
      expect(await main(["template", out, "--lang", language], quiet)).toBe(0);
      await expectDashboardCharts(await fs.readFile(out), language);
    }
  });

  it("rectrack import into a new file writes them, the addressee and theme charts covering every value found", async () => {
    const input = join(dir, "batch.json");
    const authorities = ["Ministry of Justice", "Prison Service", "Ministry of Health", "Police"];
    await fs.writeFile(
      input,
      JSON.stringify(batch([...authorities, authorities[0]], ["Overcrowding", "Night staffing"]))
    );
    const tracker = join(dir, "imported.xlsx");
    expect(await main(["import", input, tracker, "--today", "2026-03-01"], quiet)).toBe(0);
    const bytes = await fs.readFile(tracker);
    const charts = await expectDashboardCharts(bytes);
    const byAuthority = charts[DASHBOARD_CHARTS.findIndex((s) => s.key === "byAuthority")];
    const labels = (await cellsIn(bytes, byAuthority.refs[1])).map((row) => row[0]);
    // Most frequent first, every addressee found (and the list's own entries) where the chart reads.
    expect(labels[0]).toBe("Ministry of Justice");
    expect(labels).toEqual(expect.arrayContaining(authorities));
    const byTheme = charts[DASHBOARD_CHARTS.findIndex((s) => s.key === "byTheme")];
    const themesBefore = (await cellsIn(bytes, byTheme.refs[1])).map((row) => row[0]);
    expect(themesBefore.slice(0, 2)).toEqual(["Overcrowding", "Night staffing"]);
    // A second import moves the theme section down (two more addressees): the charts follow.
    await fs.writeFile(
      input,
      JSON.stringify({
        ...batch(["Health Board", "Fire Service"], ["Food"]),
        report: { ...batch([], []).report, id: "visit-south-2025" },
      })
    );
    expect(await main(["import", input, tracker, "--today", "2026-03-01"], quiet)).toBe(0);
    const after = await fs.readFile(tracker);
    const again = await expectDashboardCharts(after);
    expect(again.map((c) => c.path)).toEqual(charts.map((c) => c.path));
    const themes = (await cellsIn(after, again[3].refs[1])).map((row) => row[0]);
    expect(themes).toEqual(expect.arrayContaining(["Overcrowding", "Night staffing", "Food"]));
    expect(themes).toHaveLength(themesBefore.length + 1);
    expect(again[3].refs[1]).not.toBe(byTheme.refs[1]);
  });

  it("rectrack adopt writes them", async () => {
    const input = join(dir, "legacy.xlsx");
    await fs.writeFile(
      input,
      await legacyBytes([
        {
          name: "2024",
          rows: [
            ["Recommendation", "Addressee", "Status"],
            ["The director should repair the heating before winter.", "Prison Service", "ongoing"],
            ["The ministry should publish the complaint procedure.", "Ministry of Justice", ""],
          ],
        },
      ])
    );
    const out = join(dir, "adopted.xlsx");
    expect(await main(["adopt", input, out, "--today", "2026-03-01"], quiet)).toBe(0);
    await expectDashboardCharts(await fs.readFile(out));
  });

  it("rectrack upgrade adds them to a tracker that has none", async () => {
    const records = sampleRecords(40, seededRandom(7));
    const plan = buildWorkbookPlan({
      language: "en",
      rows: records.map((record) => recordToCells(record, "en")),
      listExtras: listValuesOf(records),
    });
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, plan);
    // An earlier rectrack: the same workbook without chart parts.
    const old = await workbookBytes(workbook, { customXml: plan.customXml });
    expect(await sheetCharts(old, "Dashboard")).toEqual([]);
    const path = join(dir, "old.xlsx");
    await fs.writeFile(path, old);
    expect(await main(["upgrade", path, "--today", "2026-03-01"], quiet)).toBe(0);
    const upgraded = await fs.readFile(path);
    await expectDashboardCharts(upgraded);
    const after = await JSZip.loadAsync(upgraded);
    // The metadata part and the charts share the content types: both are declared.
    const types = await after.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("customXmlProperties+xml");
  });

  it("re-points a chart restyled in Excel without losing its look, and writes nothing when nothing moved", async () => {
    const records = sampleRecords(30, seededRandom(3));
    const out = join(dir, "styled.xlsx");
    expect(await main(["template", out], quiet)).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const charts = await sheetCharts(await fs.readFile(out), "Dashboard");
    const authority = charts[1];
    const styled = authority.xml
      .replace(
        '<c:invertIfNegative val="0"/>',
        '<c:spPr><a:solidFill><a:srgbClr val="7030A0"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>'
      )
      .replace(
        /(<c:cat><c:strRef><c:f>[^<]*<\/c:f>)/,
        '$1<c:strCache><c:ptCount val="1"/></c:strCache>'
      );
    zip.file(authority.path, styled);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const store = new XlsxTrackerStore(bytes, "styled.xlsx", { followUpToday: "2026-03-01" });
    await store.read();
    await store.write({ updates: [], additions: records });
    const written = store.bytes();
    const after = await sheetCharts(written, "Dashboard");
    expect(after[1].xml).toContain('<a:srgbClr val="7030A0"/>');
    expect(after[1].xml).not.toContain("<c:strCache>");
    expect(after[1].refs[1]).not.toBe(authority.refs[1]);
    const labels = (await cellsIn(written, after[1].refs[1])).map((row) => row[0]);
    // Every addressee found (the list's own entries too), where the chart now reads.
    expect(labels).toEqual(expect.arrayContaining([...new Set(records.map((r) => r.authority))]));
    // Refreshing again the same day changes nothing: no chart part is rewritten.
    const again = new XlsxTrackerStore(written, "styled.xlsx");
    await again.refreshFollowUp("2026-03-01");
    expect(again.changed).toBe(false);
  });
});
