import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import { PLAN_TEXTS } from "../../src/core/schema";
import { libreOfficeAvailable, recalculatedSheets } from "../support/libreoffice";

/**
 * Acceptance: recommendation texts that look like formulas or markup,
 * imported by `rectrack import` (new rows and a replaced text), are literal
 * text once LibreOffice has opened the tracker and recalculated every
 * formula; the Dashboard counts the imported rows.
 */
const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "=1+1",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "<script>alert(1)</script>",
  '<b onmouseover="x()">bold</b> & <i>more</i>',
];

function batchOf(texts: string[], id = "hostile-report"): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: { id, title: "Hostile texts", type: "visit", date: "2026-03-01", places: [], link: "" },
    recommendations: texts.map((text, i) => ({
      id: `recHostile${String(i).padStart(3, "0")}`,
      ref: String(i + 1),
      text,
      authority: i === 0 ? "=cmd|' /C calc'!A0" : "Ministry of Justice",
    })),
  };
}

const quiet = { out: () => undefined, err: () => undefined };

(libreOfficeAvailable() ? describe : describe.skip)("imported text in LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), "rectrack-import-lo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("stays literal text after recalculation, added or replacing a tracked text", async () => {
    const tracker = join(dir, "hostile.xlsx");
    const first = join(dir, "first.json");
    await fs.writeFile(first, JSON.stringify(batchOf(["Plain text one.", "Plain text two."])));
    expect(await main(["import", first, tracker], quiet)).toBe(0);
    // The same two recommendations with hostile texts (accepted), then the rest as new rows.
    const second = join(dir, "second.json");
    await fs.writeFile(second, JSON.stringify(batchOf(HOSTILE)));
    expect(await main(["import", second, tracker, "--accept-text-changes"], quiet)).toBe(0);

    const sheets = (await recalculatedSheets([tracker], join(dir, "csv"))).get(tracker)!;
    const rows = sheets.get("Recommendations")!;
    const header = rows[0];
    const text = header.indexOf("Recommendation");
    const authority = header.indexOf("Addressed to");
    expect(rows.slice(1, 1 + HOSTILE.length).map((row) => row[text])).toEqual(HOSTILE);
    expect(rows[1][authority]).toBe("=cmd|' /C calc'!A0");
    const dashboard = sheets.get("Dashboard")!;
    expect(dashboard.find((row) => row[0] === PLAN_TEXTS.en.total)?.[1]).toBe(
      String(HOSTILE.length)
    );
  }, 180000);
});
