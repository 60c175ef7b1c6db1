import ExcelJS from "exceljs";
import type { RecommendationBatch } from "../../src/core/model/batch";
import { listValuesOf, recordToCells } from "../../src/core/tracker/cells";
import { newTrackerDashboard } from "../../src/core/tracker/dashboard";
import { recordEvent } from "../../src/core/tracker/observe";
import { historyRecordToCells, type HistoryRecord } from "../../src/core/tracker/history";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { buildTemplate, loadWorkbook } from "../../src/files/xlsx";
import { GraphProblem } from "../../src/graph/client";
import { sendBatch } from "../../src/graph/send";
import { GraphTrackerStore } from "../../src/graph/store";
import { FakeGraphServer } from "../support/graph/server";
import { sampleRecords, seededRandom } from "../support/xlsx";

/**
 * "Send to tracker" through Graph keeps the Dashboard's block of figures
 * from the history (columns U to AB) and its year-end chart up to date, as
 * the pane and rectrack do, within the push's round trips.
 */

const t = PLAN_TEXTS.en;
const TODAY = "2026-03-01";
const NOW = "2026-03-01T10:00:00";
const CHART = t.chartStatusAtYearEnd;

const servers: FakeGraphServer[] = [];
afterEach(async () => {
  while (servers.length) await (servers.pop() as FakeGraphServer).stop();
});
const measured: Record<string, string> = {};
afterAll(() => console.log(`Graph push round trips with the figures: ${JSON.stringify(measured)}`));

/** Two recommendations: A implemented on 2025-02-01 (its one event), B in progress with no event. */
const RECORDS: TrackerRecord[] = [
  {
    id: "rec-a",
    ref: "1",
    text: "Give every detainee a medical examination within 24 hours.",
    dateMade: "2024-03-01",
    authority: "Ministry of Health",
    status: "implemented",
    accepted: "accepted",
  },
  {
    id: "rec-b",
    ref: "2",
    text: "Keep a register of medical examinations.",
    dateMade: "2024-05-10",
    authority: "Police",
    status: "inProgress",
    accepted: "accepted",
  },
];
const EVENTS: HistoryRecord[] = [
  { recId: "rec-a", date: "2025-02-01", kind: "followUpVisit", status: "implemented" },
];

async function trackerWith(records: TrackerRecord[], events: HistoryRecord[]): Promise<Uint8Array> {
  return buildTemplate(
    buildWorkbookPlan({
      language: "en",
      rows: records.map((record) => recordToCells(record, "en")),
      listExtras: listValuesOf(records),
      dashboard: newTrackerDashboard(records, "en"),
      historyRows: events.map((event) => historyRecordToCells(event, "en")),
    })
  );
}

async function serve(xlsx: Uint8Array): Promise<FakeGraphServer> {
  const server = await FakeGraphServer.start({
    xlsx,
    charts: [{ sheet: "Dashboard", name: CHART, source: "U6:Z7" }],
  });
  servers.push(server);
  return server;
}

function storeFor(server: FakeGraphServer): GraphTrackerStore {
  return new GraphTrackerStore(
    { shareUrl: server.shareUrl },
    {
      getToken: async () => server.token,
      baseUrl: server.baseUrl,
      sleep: async () => undefined,
      today: () => TODAY,
    }
  );
}

function batchOf(count: number, report = "visit-2026"): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: report,
      title: "Visit to Northgate Prison",
      type: "visit",
      date: "2026-02-01",
      places: ["Northgate Prison"],
      link: "",
    },
    recommendations: Array.from({ length: count }, (_, i) => ({
      id: `${report}-${i + 1}`,
      ref: String(i + 1),
      text: `The director should open the exercise yard every morning (${report} ${i + 1}).`,
      place: "Northgate Prison",
      authority: i === 0 ? "=cmd()" : "Prison director",
      theme: "Material conditions",
    })),
  };
}

async function push(server: FakeGraphServer, batch: RecommendationBatch) {
  const store = storeFor(server);
  const from = server.log.length;
  const result = await sendBatch(store, batch, { today: TODAY, now: NOW });
  return { result, store, trips: server.roundTrips(from) };
}

const LETTERS = ["U", "V", "W", "X", "Y", "Z", "AA", "AB"];
async function dashboard(server: FakeGraphServer) {
  const { workbook } = await loadWorkbook(await server.xlsx(), "Tracker.xlsx");
  const sheet = workbook.getWorksheet("Dashboard") as ExcelJS.Worksheet;
  const row = (r: number) =>
    LETTERS.map((letter) => {
      const value = sheet.getCell(`${letter}${r}`).value;
      return value === null ? "" : value;
    });
  return { sheet, row };
}

describe("the Dashboard's figures through Graph", () => {
  it("a push writes the block from the rows, the new ones and the History, and sets the chart on it", async () => {
    const server = await serve(await trackerWith(RECORDS, EVENTS));
    const { result, store, trips } = await push(server, batchOf(2));
    expect(result.summary.added).toBe(2);
    expect(store.figures).toBe("refreshed");
    expect(trips).toBeLessThanOrEqual(6);
    const { sheet, row } = await dashboard(server);
    expect(row(1)[0]).toBe(t.figures.title);
    expect(row(3).slice(0, 2)).toEqual([t.figures.refreshed, TODAY]);
    expect(row(6)[0]).toBe(t.figures.asOf);
    // Worked by hand. At the end of 2024: A had no status recorded yet (not started), B in progress.
    expect(row(7)).toEqual(["2024-12-31", 1, 1, 0, 0, 0, 0, 2]);
    // At the end of 2025: A implemented since 2025-02-01.
    expect(row(8)).toEqual(["2025-12-31", 0, 1, 0, 1, 0, 0, 2]);
    // Today: the two sent, made on the report's date (2026-02-01), not started.
    expect(row(9)).toEqual([TODAY, 2, 1, 0, 1, 0, 0, 4]);
    // The chart reads the header and the three year ends, the statuses only.
    expect(server.charts.find((c) => c.name === CHART)).toMatchObject({
      source: "U6:Z9",
      seriesBy: "Columns",
    });
    // Styled as the other stores write it: the headers bold on their fill, text kept as text.
    expect(sheet.getCell("U6").font?.bold).toBe(true);
    expect(sheet.getCell("U6").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    const names: unknown[] = [];
    sheet.eachRow((r) => r.eachCell((cell) => names.push(cell.value)));
    expect(names).toContain("=cmd()");
    expect(
      names.some(
        (v) =>
          typeof v === "object" &&
          v !== null &&
          "formula" in v &&
          String((v as { formula: string }).formula).includes("cmd")
      )
    ).toBe(false);
  });

  it("an event recorded through Graph is in the figures written with it", async () => {
    const server = await serve(await trackerWith(RECORDS, []));
    const store = storeFor(server);
    const plan = await recordEvent(
      store,
      ["rec-b"],
      { kind: "followUpVisit", date: "2025-06-01", status: "implemented" },
      { now: NOW }
    );
    expect(plan).toMatchObject({ blocked: null, events: 1 });
    expect(store.figures).toBe("refreshed");
    const { row } = await dashboard(server);
    // Worked by hand: A has no event (implemented at every year end, as it is now); B not started
    // until its event on 2025-06-01, implemented since.
    expect(row(7)).toEqual(["2024-12-31", 1, 0, 0, 1, 0, 0, 2]);
    expect(row(8)).toEqual(["2025-12-31", 0, 0, 0, 2, 0, 0, 2]);
    expect(row(9)).toEqual([TODAY, 0, 0, 0, 2, 0, 0, 2]);
  });

  it.each([10, 10000])(
    "%i rows: a new push takes at most 6 round trips with the figures, the same push again 3 and writes nothing",
    async (rows) => {
      const records = sampleRecords(rows, seededRandom(rows));
      const server = await serve(await trackerWith(records, []));
      const first = await push(server, batchOf(10));
      expect(first.store.figures).toBe("refreshed");
      const { row } = await dashboard(server);
      expect(row(3).slice(0, 2)).toEqual([t.figures.refreshed, TODAY]);
      // The last year end counts every recommendation, the ten sent among them.
      const rowsWithText = records.length + 10;
      let last = 7;
      while (row(last + 1)[0] !== "" && row(last + 1)[0] !== t.figures.byAuthority) last++;
      expect(row(last)[0]).toBe(TODAY);
      expect(row(last)[7]).toBe(rowsWithText);
      const mark = server.writeRequests().length;
      const second = await push(server, batchOf(10));
      expect(second.result.summary.unchanged).toBe(10);
      expect(server.writeRequests().length).toBe(mark);
      measured[`${rows} rows`] = `new ${first.trips}, unchanged ${second.trips}`;
      expect(first.trips).toBeLessThanOrEqual(6);
      expect(second.trips).toBeLessThanOrEqual(3);
    },
    180_000
  );

  it("a protected Dashboard refuses the figures: the push is whole, and says so", async () => {
    const server = await serve(await trackerWith(RECORDS, EVENTS));
    // Review > Protect Sheet on the Dashboard: Excel refuses every change to it.
    server.edit((workbook) => void workbook.getWorksheet("Dashboard")?.protect("", {}));
    const { result, store, trips } = await push(server, batchOf(2));
    expect(result.summary.added).toBe(2);
    expect(store.figures).toBe("failed");
    measured["protected Dashboard, new push"] = String(trips);
    // 6 here; 7 when a refused request of the block rides in the last round trip (what waited on it goes again).
    expect(trips).toBeLessThanOrEqual(7);
    expect(server.openSessions).toBe(0);
    const { row } = await dashboard(server);
    expect(row(1)[0]).toBe("");
  });

  it("a push that fails after writing the figures puts them back as the tracker's rows are", async () => {
    const server = await serve(await trackerWith(RECORDS, EVENTS));
    // The new place's list word is refused in the last round trip, after the block was written.
    server.inject({
      method: "POST",
      path: /tables\/(?!Recommendations)[^/]+\/rows\/add$/,
      status: 400,
      code: "invalidRequest",
    });
    const problem = await push(server, batchOf(2)).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(GraphProblem);
    expect((problem as GraphProblem).info.partlyWritten).toBeUndefined();
    const { row } = await dashboard(server);
    // As before the push: the two recommendations of the tracker, worked out today.
    expect(row(3).slice(0, 2)).toEqual([t.figures.refreshed, TODAY]);
    expect(row(9)).toEqual([TODAY, 0, 1, 0, 1, 0, 0, 2]);
    expect(server.charts.find((c) => c.name === CHART)?.source).toBe("U6:Z9");
  });

  it("a tracker without a History (schema v1) is sent as before, its Dashboard untouched", async () => {
    const xlsx = await buildTemplate(buildWorkbookPlan({ language: "en", history: false }));
    const server = await serve(xlsx);
    const { result, store, trips } = await push(server, batchOf(2));
    expect(result.summary.added).toBe(2);
    expect(store.figures).toBe("noHistory");
    expect(trips).toBeLessThanOrEqual(6);
    expect(server.writeRequests().some((r) => r.path.includes("/worksheets/Dashboard/"))).toBe(
      false
    );
  });
});
