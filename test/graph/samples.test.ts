import { existsSync, promises as fs, readdirSync } from "fs";
import { join } from "path";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { reportToBatch } from "../../src/core/model/batch-from-report";
import { readDocx } from "../../src/files/docx";
import { readReportMetadata } from "../../src/files/docx/reportMetadata";
import { buildTemplate, readTracker } from "../../src/files/xlsx";
import { sendBatch } from "../../src/graph/send";
import { GraphTrackerStore } from "../../src/graph/store";
import { FakeGraphServer } from "../support/graph/server";

/**
 * Every sample report (read-only reference data, used through its path
 * only; skipped on a clone without /work/shared) sent twice through Graph
 * into one tracker: its recommendations once each, and nothing written the
 * second time.
 */
const REPORTS = "/work/shared/samples/reports";
const files: string[] = existsSync(REPORTS)
  ? readdirSync(REPORTS)
      .filter((name) => name.endsWith(".docx"))
      .sort()
  : [];

(files.length ? describe : describe.skip)("sample reports sent through Graph", () => {
  it("each report twice: its rows once, no duplicates, no write the second time", async () => {
    const server = await FakeGraphServer.start({
      xlsx: await buildTemplate(buildWorkbookPlan({ language: "en" })),
    });
    try {
      const send = async (file: string) => {
        const docx = await readDocx(new Uint8Array(await fs.readFile(join(REPORTS, file))));
        const { batch } = reportToBatch({
          paragraphs: docx.paragraphs,
          opened: readReportMetadata(docx),
          fileName: file,
        });
        const store = new GraphTrackerStore(
          { shareUrl: server.shareUrl },
          { getToken: async () => server.token, baseUrl: server.baseUrl }
        );
        const writesBefore = server.writeRequests().length;
        const result = await sendBatch(store, batch, {
          today: "2026-03-01",
          now: "2026-03-01T10:00:00",
        });
        return { batch, result, writes: server.writeRequests().length - writesBefore };
      };
      let expected = 0;
      for (const file of files) {
        const first = await send(file);
        expect(first.batch.recommendations.length).toBeGreaterThan(0);
        expect(first.result.summary.added).toBeGreaterThan(0);
        expected += first.result.summary.added;
        const before = await readTracker(await server.xlsx(), "Tracker.xlsx");
        // One row per recommendation of the report, a recommendation repeated inside it once.
        const distinct = first.result.plan.items.filter(
          (item) => !item.flags.includes("duplicateInBatch")
        ).length;
        const mine = before.rows.filter((r) => r.values.source === first.batch.report.id);
        expect({ file, rows: mine.length }).toEqual({ file, rows: distinct });
        expect(mine.map((r) => r.values.text)).toEqual(
          first.result.changes.additions.map((a) => a.text)
        );
        const second = await send(file);
        expect({ file, ...second.result.summary }).toMatchObject({ file, added: 0, updated: 0 });
        expect({ file, writes: second.writes }).toEqual({ file, writes: 0 });
        const after = await readTracker(await server.xlsx(), "Tracker.xlsx");
        expect(after.rows).toEqual(before.rows);
      }
      const { rows } = await readTracker(await server.xlsx(), "Tracker.xlsx");
      expect(rows).toHaveLength(expected);
      expect(new Set(rows.map((r) => r.values.id)).size).toBe(expected);
      expect(server.openSessions).toBe(0);
    } finally {
      await server.stop();
    }
  }, 240000);
});
