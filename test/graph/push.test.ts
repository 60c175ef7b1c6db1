import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { RecommendationBatch } from "../../src/core/model/batch";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { TRACKER_NAMESPACE } from "../../src/core/schema/columns";
import { buildTemplate, loadWorkbook, readTracker, workbookBytes } from "../../src/files/xlsx";
import { GraphProblem } from "../../src/graph/client";
import { openWorkbook, sendBatch } from "../../src/graph/send";
import { GraphTrackerStore } from "../../src/graph/store";
import { Fault, FakeGraphServer } from "../support/graph/server";
import { libreOfficeAvailable, recalculatedSheets } from "../support/libreoffice";
import { CORRECTED, earlierRows, rereadBatch } from "../support/earlierImport";
import { trackerBytes } from "../support/xlsx";

/**
 * Acceptance of "Send to tracker" through Graph (issue 7): whole pushes
 * (the shared upsert, then the Graph store) against the local fake Graph
 * server, which keeps a real .xlsx.
 */

const TODAY = "2026-03-01";
/** Requests on the Recommendations sheet (the rows), and on the Dashboard (its block of figures). */
const ON_ROWS = /\/worksheets\/Recommendations\//;
const ON_DASHBOARD = /\/worksheets\/Dashboard\//;
const NOW = "2026-03-01T10:00:00";

const servers: FakeGraphServer[] = [];
afterEach(async () => {
  while (servers.length) await (servers.pop() as FakeGraphServer).stop();
});

let template: Uint8Array;
beforeAll(async () => {
  template = await buildTemplate(buildWorkbookPlan({ language: "en" }));
});

async function serve(xlsx: Uint8Array = template): Promise<FakeGraphServer> {
  const server = await FakeGraphServer.start({ xlsx });
  servers.push(server);
  return server;
}

function batchOf(
  count: number,
  tagged = true,
  report = "visit-northgate-2026"
): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: report,
      title: "Visit to Northgate Prison",
      type: "visit",
      date: "2026-02-01",
      places: ["Northgate Prison"],
      link: "https://example.org/reports/northgate.pdf",
    },
    recommendations: Array.from({ length: count }, (_, i) => ({
      ...(tagged ? { id: `rec-${report.length}-${String(i).padStart(4, "0")}` } : {}),
      ref: String(i + 1),
      text:
        i === 1
          ? "=1+1"
          : `The prison director should give every detainee in segregation an hour outdoors each day (${report} ${i + 1}).`,
      place: "Northgate Prison",
      authority: i % 2 ? "Prison director" : "Ministry of Justice",
      theme: "Material conditions",
      priority: "high" as const,
      deadline: "2026-09-30",
      smartScore: 6.5,
    })),
  };
}

function storeFor(server: FakeGraphServer, waits: number[] = []): GraphTrackerStore {
  return new GraphTrackerStore(
    { shareUrl: server.shareUrl },
    {
      getToken: async () => server.token,
      baseUrl: server.baseUrl,
      sleep: async (ms) => {
        waits.push(ms);
      },
    }
  );
}

async function push(server: FakeGraphServer, batch: RecommendationBatch) {
  return sendBatch(storeFor(server), batch, { today: TODAY, now: NOW });
}

async function cells(server: FakeGraphServer) {
  const tracker = await readTracker(await server.xlsx(), "Tracker.xlsx");
  return { rows: tracker.rows, lastRow: tracker.layout.lastRow };
}

function writesSince(server: FakeGraphServer, from: number) {
  return server.log
    .slice(from)
    .filter(
      (r) => r.method === "PATCH" || (r.method === "POST" && /\/rows\/add$|\/delete$/.test(r.path))
    );
}

describe("Send to tracker through Graph", () => {
  it("pushing a report twice gives its rows once, and the second push writes nothing", async () => {
    const server = await serve();
    const batch = batchOf(4);
    const first = await push(server, batch);
    expect(first.summary.added).toBe(4);
    expect(first.webUrl).toMatch(/^https:\/\//);
    const after = await cells(server);
    expect(after.rows.map((r) => r.values.id)).toEqual(batch.recommendations.map((r) => r.id));
    expect(after.rows[1].values.text).toBe("=1+1");
    expect(after.rows.every((r) => r.values.source === batch.report.id)).toBe(true);
    const mark = server.log.length;
    const second = await push(server, batch);
    expect(second.summary).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(writesSince(server, mark)).toEqual([]);
    expect(await cells(server)).toEqual(after);
    expect(server.openSessions).toBe(0);
  });

  it.each([10, 300])(
    "%i recommendations: a new push takes 6 HTTP round trips, the same push again 3 (JSON batching)",
    async (count) => {
      const server = await serve();
      const batch = batchOf(count);
      const first = await push(server, batch);
      expect(first.summary.added).toBe(count);
      expect(server.roundTrips()).toBeLessThanOrEqual(6);
      // The Lists grew (a new place, new addressees) and the texts are in: one write each, in batches.
      expect(server.log.filter((r) => r.path.endsWith("/rows/add"))).toHaveLength(3);
      const mark = server.log.length;
      const second = await push(server, batch);
      expect(second.summary).toMatchObject({ added: 0, unchanged: count });
      expect(server.roundTrips(mark)).toBeLessThanOrEqual(3);
      expect(writesSince(server, mark)).toEqual([]);
      // A push that updates some rows and adds others: still 6.
      const changed = batchOf(count);
      changed.recommendations[0].priority = "low";
      changed.recommendations.push({ ...batchOf(count + 1).recommendations[count] });
      const third = server.log.length;
      const again = await push(server, changed);
      expect(again.summary).toMatchObject({ added: 1, updated: 1 });
      expect(server.roundTrips(third)).toBeLessThanOrEqual(6);
      expect(server.openSessions).toBe(0);
    }
  );

  it("an untagged report sent twice is matched by its text: no duplicates", async () => {
    const server = await serve();
    const batch = batchOf(3, false);
    await push(server, batch);
    const mark = server.log.length;
    const again = await push(server, batch);
    expect(again.summary.added).toBe(0);
    expect(writesSince(server, mark)).toEqual([]);
    expect((await cells(server)).rows).toHaveLength(3);
  });

  it.each([
    ["tagged", true],
    ["untagged", false],
  ])(
    "two colleagues sending the same %s report at the same moment give each row once",
    async (_kind, tagged) => {
      const server = await serve();
      const batch = batchOf(4, tagged);
      const [a, b] = await Promise.all([push(server, batch), push(server, batch)]);
      const { rows } = await cells(server);
      expect(rows).toHaveLength(4);
      expect(new Set(rows.map((r) => r.values.text)).size).toBe(4);
      expect(new Set(rows.map((r) => r.values.id)).size).toBe(4);
      expect(a.summary.added + b.summary.added).toBe(4);
      expect(a.summary.unchanged + b.summary.unchanged).toBe(4);
      // A third send, later, finds everything there.
      expect((await push(server, batch)).summary).toMatchObject({ added: 0, unchanged: 4 });
      expect(server.openSessions).toBe(0);
    }
  );

  describe("a colleague sorts the table while a send that then fails is being put back", () => {
    const reverseDataRows = (workbook: ExcelJS.Workbook) => {
      // Sort descending: every data row of the table in reverse order, the new ones first.
      const sheet = workbook.getWorksheet("Recommendations") as ExcelJS.Worksheet;
      const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => i + 2);
      const values = rows.map((r) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice());
      rows.forEach((r, i) => (sheet.getRow(r).values = values[values.length - 1 - i]));
    };

    it("finds the new rows by their Rec IDs and removes only them", async () => {
      const server = await serve();
      await push(server, batchOf(3, true, "visit-harbour-2025"));
      const before = (await cells(server)).rows.map((r) => r.values.id);
      // The new rows and their texts are written; adding a new place to the Lists fails after the sort.
      server.inject({
        method: "POST",
        path: /tables\/(?!Recommendations)[^/]+\/rows\/add$/,
        status: 400,
        code: "invalidRequest",
        edit: reverseDataRows,
      });
      const other = batchOf(2);
      other.recommendations.forEach((r) => (r.place = "Eastfield Remand Centre"));
      const problem = await push(server, other).catch((error: unknown) => error);
      expect(problem).toBeInstanceOf(GraphProblem);
      expect((problem as GraphProblem).info.partlyWritten).toBeUndefined();
      const after = (await cells(server)).rows.map((r) => r.values.id);
      expect(after.filter(Boolean).sort()).toEqual(before.filter(Boolean).sort());
    });

    it("removes nothing it cannot identify, and says the tracker may be partly written", async () => {
      const server = await serve();
      await push(server, batchOf(3, true, "visit-harbour-2025"));
      const before = (await cells(server)).rows.map((r) => r.values.id);
      // The rows are added, then sorted to the top before their Rec IDs arrive (that PATCH fails).
      server.inject({
        method: "PATCH",
        path: ON_ROWS,
        status: 400,
        code: "invalidRequest",
        edit: reverseDataRows,
      });
      const problem = await push(server, batchOf(2)).catch((error: unknown) => error);
      expect(problem).toBeInstanceOf(GraphProblem);
      expect((problem as GraphProblem).info.partlyWritten).toBe(true);
      const after = (await cells(server)).rows.map((r) => r.values.id);
      for (const id of before.filter(Boolean)) expect(after).toContain(id);
    });
  });

  it("a second report adds its rows after the first; a changed field is updated in place", async () => {
    const server = await serve();
    await push(server, batchOf(2));
    const other = batchOf(2, true, "visit-harbour-2026");
    await push(server, other);
    const changed = batchOf(2);
    changed.recommendations[0].priority = "low";
    const result = await push(server, changed);
    expect(result.summary).toMatchObject({ added: 0, updated: 1 });
    const { rows } = await cells(server);
    expect(rows).toHaveLength(4);
    expect(rows[0].values.priority).toBe("low");
    expect(rows[2].values.source).toBe("visit-harbour-2026");
  });

  it("sending a report again corrects what an earlier import got wrong, and no tracking field", async () => {
    const server = await serve(await trackerBytes(earlierRows()));
    const result = await push(server, rereadBatch());
    expect(result.summary).toMatchObject({ added: 0, updated: 2, corrected: 2 });
    const { rows } = await cells(server);
    expect(rows.map((r) => r.values)).toEqual([
      expect.objectContaining(CORRECTED[0]),
      expect.objectContaining(CORRECTED[1]),
    ]);
    const mark = server.log.length;
    expect((await push(server, rereadBatch())).summary).toMatchObject({ corrected: 0, updated: 0 });
    expect(writesSince(server, mark)).toEqual([]);
  });

  it("401: signedOut, and nothing is written", async () => {
    const server = await serve();
    server.inject({ status: 401, code: "InvalidAuthenticationToken", times: 100 });
    await expect(push(server, batchOf(2))).rejects.toMatchObject({ code: "signedOut" });
    expect(writesSince(server, 0)).toEqual([]);
    expect((await cells(server)).rows).toEqual([]);
  });

  it("429 with Retry-After and 504 in the middle of a push: waited, then written once", async () => {
    const server = await serve();
    server.inject({
      method: "POST",
      path: /rows\/add$/,
      status: 429,
      code: "tooManyRequests",
      retryAfter: "12",
    });
    server.inject({ method: "PATCH", path: ON_ROWS, status: 504, code: "gatewayTimeout" });
    const waits: number[] = [];
    await sendBatch(storeFor(server, waits), batchOf(3), { today: TODAY, now: NOW });
    expect(waits).toEqual([12000, 1000]);
    expect((await cells(server)).rows).toHaveLength(3);
  });

  it("a push interrupted by a dropped connection, then sent again, ends as an uninterrupted push", async () => {
    const batch = batchOf(5);
    const clean = await serve();
    await push(clean, batchOf(1, true, "earlier-report"));
    await push(clean, batch);
    const expected = await cells(clean);
    // [faults, whether the first push fails (the connection stays down past the retries)]
    const cases: [Fault[], boolean][] = [
      [[{ method: "POST", path: /rows\/add$/, drop: "before" }], false],
      [[{ method: "POST", path: /rows\/add$/, drop: "after" }], false],
      [[{ method: "PATCH", path: ON_ROWS, drop: "after" }], false],
      // The connection stays down for the PATCH: the push fails and the added rows are removed.
      [[{ method: "PATCH", path: ON_ROWS, drop: "before", times: 5 }], true],
      [
        [
          { method: "POST", path: /rows\/add$/, drop: "after" },
          { method: "PATCH", path: ON_ROWS, drop: "after", times: 5 },
        ],
        true,
      ],
      // Lost while the Dashboard's figures are written: sent again, the push is whole.
      [[{ method: "PATCH", path: ON_DASHBOARD, drop: "after" }], false],
    ];
    for (const [fault, fails] of cases) {
      const server = await serve();
      await push(server, batchOf(1, true, "earlier-report"));
      const before = await cells(server);
      fault.forEach((f) => server.inject(f));
      let failed: unknown = null;
      try {
        await push(server, batch);
      } catch (error) {
        failed = error;
      }
      expect(failed !== null).toBe(fails);
      if (failed) {
        expect(failed).toBeInstanceOf(GraphProblem);
        expect((failed as GraphProblem).code).toBe("offline");
        expect((failed as GraphProblem).info.partlyWritten).toBeUndefined();
        expect(await cells(server)).toEqual(before);
        await push(server, batch);
      }
      expect({
        fault: fault.map((f) => `${f.method} ${f.drop}`),
        ...(await cells(server)),
      }).toEqual({
        fault: fault.map((f) => `${f.method} ${f.drop}`),
        ...expected,
      });
      expect(server.openSessions).toBe(0);
    }
  });

  it("a workbook that is not a tracker: notTracker, nothing written", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").getCell("A1").value = "Year";
    const server = await serve(new Uint8Array(await workbook.xlsx.writeBuffer()));
    await expect(push(server, batchOf(2))).rejects.toMatchObject({ code: "notTracker" });
    expect(writesSince(server, 0)).toEqual([]);
  });

  it("a protected sheet: readOnly, and what was written before the refusal is put back", async () => {
    // Loaded and saved as the fake server does (exceljs alone would expand whole-column rules cell by cell).
    const protectedCopy = async (sheet: string | null) => {
      const { workbook, customXml } = await loadWorkbook(template, "Tracker.xlsx", "rewrite");
      if (sheet) await workbook.getWorksheet(sheet)!.protect("", {});
      const xml = customXml.find((part) => part.includes(TRACKER_NAMESPACE)) as string;
      return new Uint8Array(
        await workbookBytes(workbook, { customXml: { namespace: TRACKER_NAMESPACE, xml } })
      );
    };
    // The same copy without protection takes the push: the refusals below are the protection's.
    const open = await serve(await protectedCopy(null));
    await push(open, batchOf(2));
    expect((await cells(open)).rows).toHaveLength(2);

    for (const sheet of ["Recommendations", "Lists"]) {
      const server = await serve(await protectedCopy(sheet));
      await expect(push(server, batchOf(2))).rejects.toMatchObject({
        code: "readOnly",
        info: { status: 403, graphCode: "AccessDenied" },
      });
      expect({ sheet, rows: (await cells(server)).rows }).toEqual({ sheet, rows: [] });
      const refused = writesSince(server, 0).filter((r) => r.status === 403);
      expect({ sheet, refused: refused.length }).toEqual({ sheet, refused: 1 });
    }
  });

  it("opens only an https workbook address", () => {
    const opened: string[] = [];
    expect(openWorkbook("https://contoso.sharepoint.com/x.xlsx", (u) => opened.push(u))).toBe(true);
    expect(openWorkbook("javascript:alert(1)", (u) => opened.push(u))).toBe(false);
    expect(openWorkbook(null, (u) => opened.push(u))).toBe(false);
    expect(opened).toEqual(["https://contoso.sharepoint.com/x.xlsx"]);
  });

  (libreOfficeAvailable() ? it : it.skip)(
    "the pushed workbook opens in LibreOffice with the pushed texts, formula-looking text kept as text",
    async () => {
      const server = await serve();
      const batch = batchOf(3);
      await push(server, batch);
      const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-graph-lo-"));
      const file = join(dir, "pushed.xlsx");
      await fs.writeFile(file, await server.xlsx());
      const sheets = (await recalculatedSheets([file], join(dir, "out"))).get(file);
      const recommendations = sheets?.get("Recommendations") ?? [];
      const textAt = recommendations[0].indexOf("Recommendation");
      const idAt = recommendations[0].indexOf("Rec ID");
      const byId = new Map(recommendations.map((row) => [row[idAt], row[textAt]]));
      expect(byId.get(batch.recommendations[0].id as string)).toBe(batch.recommendations[0].text);
      expect(byId.get(batch.recommendations[1].id as string)).toBe("=1+1");
      await fs.rm(dir, { recursive: true, force: true });
    },
    120000
  );
});
