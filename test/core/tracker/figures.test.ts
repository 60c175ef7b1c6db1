import { FIGURES_BLOCK, figuresBlock } from "../../../src/core/schema/figures";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import { buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { historyFigures } from "../../../src/core/tracker/figures";
import { statusAsOf, statusByYearEnd, type HistoryRow } from "../../../src/core/tracker/history";
import type { TrackerRecord } from "../../../src/core/tracker/types";

/**
 * The Dashboard's figures from the history, on a history small enough to
 * work out by hand (the dates and counts are in the comments).
 */

const HEALTH = "Ministry of Health";
const POLICE = "Police";
const RECORDS: TrackerRecord[] = [
  {
    id: "R1",
    text: "Give every detainee a medical examination within 24 hours.",
    dateMade: "2024-03-01",
    authority: HEALTH,
    place: "Central station",
    theme: "Health care",
    status: "implemented",
  },
  {
    id: "R2",
    text: "Keep a register of medical examinations.",
    dateMade: "2024-05-10",
    authority: HEALTH,
    status: "inProgress",
  },
  {
    id: "R3",
    text: "Bring a doctor to the cells at night.",
    dateMade: "2025-01-15",
    authority: POLICE,
    place: "Central station",
    theme: "Health care",
    status: "notStarted",
    repeated: true,
  },
  // No text: not a recommendation the Dashboard counts.
  { id: "R4", dateMade: "2024-01-01", authority: POLICE, status: "implemented" },
];

let nextRow = 10;
const event = (values: HistoryRow["values"]): HistoryRow => ({ row: nextRow++, values });
const HISTORY: HistoryRow[] = [
  // R1: answered 31 days after 2024-03-01 (due 2024-04-15 with 45 days: on time), in progress from then.
  event({
    recId: "R1",
    date: "2024-04-01",
    kind: "responseReceived",
    accepted: "accepted",
    status: "inProgress",
  }),
  // R1: implemented 337 days after it was made (365 to 2025-03-01, less February 2025's 28).
  event({ recId: "R1", date: "2025-02-01", kind: "followUpVisit", status: "implemented" }),
  // R2: answered 60 days after 2024-05-10 (21 days left in May, 30 in June, 9 in July); due 2024-06-24: late.
  event({ recId: "R2", date: "2024-07-09", kind: "responseReceived", accepted: "accepted" }),
  // R3: no event; its reply was due 2025-03-01 and none is recorded: late on 2026-03-01.
];

const figures = () =>
  historyFigures(RECORDS, {
    today: "2026-03-01",
    language: "en",
    replyDays: 45,
    history: HISTORY,
  });

describe("the figures from the history", () => {
  it("gives the status at each year end, per addressee the medians and replies on time, and repeats, as worked out by hand", () => {
    const { refreshed, tables } = figures();
    expect(refreshed).toBe("2026-03-01");
    expect(tables.map((table) => table.key)).toEqual([
      "yearEnd",
      "byAuthority",
      "repeated",
      "strategies",
    ]);
    const [yearEnd, byAuthority, repeated] = tables;

    expect(yearEnd.columns.map((column) => column.header)).toEqual([
      "As of",
      "Not started",
      "In progress",
      "Partially implemented",
      "Implemented",
      "Not implemented",
      "Other or not set",
      "Total",
    ]);
    expect(yearEnd.rows).toEqual([
      // End of 2024: R1 in progress (its event of 2024-04-01), R2 in progress (no event recorded a status:
      // its current one); R3 not made yet.
      ["2024-12-31", 0, 2, 0, 0, 0, 0, 2],
      // End of 2025: R1 implemented (2025-02-01), R2 in progress, R3 not started (its current status).
      ["2025-12-31", 1, 1, 0, 1, 0, 0, 3],
      // This year, up to today.
      ["2026-03-01", 1, 1, 0, 1, 0, 0, 3],
    ]);

    expect(byAuthority.rows).toEqual([
      // Responses after 31 and 60 days: median 45.5; implemented after 337; on time 1 of 2.
      [HEALTH, 2, 2, 45.5, 1, 337, 2, 0.5],
      // No response, none implemented; 1 reply due, late.
      [POLICE, 1, 0, null, 0, null, 1, 0],
    ]);
    // Central station, health care: R3 repeated, of R1 and R3 (R2 has no place).
    expect(repeated.rows).toEqual([["Central station", "Health care", 1, 2]]);
  });

  it("leaves replies due and on time empty when no reply deadline is set", () => {
    const { tables } = historyFigures(RECORDS, {
      today: "2026-03-01",
      language: "fr",
      history: HISTORY,
    });
    const byAuthority = tables[1];
    expect(byAuthority.title).toBe(PLAN_TEXTS.fr.figures.byAuthority);
    expect(byAuthority.rows.map((row) => row.slice(6))).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("places the block beside the charts, in columns U to AB, each table under its title, and says when it was refreshed", () => {
    const block = figuresBlock(figures(), PLAN_TEXTS.en);
    const at = new Map(block.cells.map((cell) => [cell.address, cell]));
    expect(FIGURES_BLOCK.firstColumn).toBe(20);
    expect(at.get("U1")?.value).toBe(PLAN_TEXTS.en.figures.title);
    expect(at.get("U3")?.value).toBe(PLAN_TEXTS.en.figures.refreshed);
    expect(at.get("V3")?.value).toBe("2026-03-01");
    // Year ends: title row 5, header row 6, three rows.
    expect(at.get("U5")?.value).toBe(PLAN_TEXTS.en.figures.yearEnd);
    expect(at.get("U6")?.value).toBe("As of");
    expect(at.get("U7")?.value).toBe("2024-12-31");
    expect(at.get("Y8")).toEqual({ address: "Y8", value: 1, numberFormat: "0" });
    // The chart reads the as-of days and the five statuses, not the rest and the total.
    expect(block.ranges.get("yearEnd")).toBe("U6:Z9");
    // By addressee: title row 11, header 12, rows 13 and 14; a median of 45.5 days keeps its half day.
    expect(at.get("U11")?.value).toBe(PLAN_TEXTS.en.figures.byAuthority);
    expect(at.get("U13")?.value).toBe(HEALTH);
    expect(at.get("X13")?.value).toBe(45.5);
    expect(at.get("AB13")).toEqual({ address: "AB13", value: 0.5, numberFormat: "0%" });
    // Nothing to show is left empty, not 0.
    expect(at.has("X14")).toBe(false);
    expect(at.get("U18")?.value).toBe("Central station");
    // Strategies: title row 20, header 21, one row per strategy (none tried here: 0 and no share).
    expect(at.get("U20")?.value).toBe(PLAN_TEXTS.en.figures.strategies);
    expect(at.get("U22")?.value).toBe("Explained / reformulated");
    expect(at.get("V22")?.value).toBe(0);
    expect(at.has("X22")).toBe(false);
    expect(block.lastRow).toBe(28);
    // No cell of the block strays outside its columns.
    expect(block.cells.every((cell) => /^(U|V|W|X|Y|Z|AA|AB)\d+$/.test(cell.address))).toBe(true);
  });

  it("shows which strategies preceded implementation, named in the tracker's language", () => {
    const history: HistoryRow[] = [
      // R2: advocacy on 2025-01-10, then implemented on 2025-06-01: implemented after it.
      event({ recId: "R2", date: "2025-01-10", kind: "advocacy" }),
      event({ recId: "R2", date: "2025-06-01", kind: "followUpVisit", status: "implemented" }),
      // R3: advocacy and a meeting, nothing implemented since.
      event({ recId: "R3", date: "2025-02-01", kind: "advocacy" }),
      event({ recId: "R3", date: "2025-03-01", kind: "meeting" }),
      // R1 was implemented (2025-02-01) before its meeting: not implemented *after* it.
      event({ recId: "R1", date: "2025-02-01", kind: "followUpVisit", status: "implemented" }),
      event({ recId: "R1", date: "2025-04-01", kind: "meeting" }),
      // R4 has no text: the Dashboard does not count it.
      event({ recId: "R4", date: "2025-02-01", kind: "media" }),
    ];
    const { tables } = historyFigures(RECORDS, { today: "2026-03-01", language: "fr", history });
    const strategies = tables.find((table) => table.key === "strategies")!;
    expect(strategies.title).toBe(PLAN_TEXTS.fr.figures.strategies);
    const byName = new Map(strategies.rows.map((row) => [row[0], row.slice(1)]));
    expect(byName.get("Plaidoyer")).toEqual([2, 1, 0.5]);
    expect(byName.get("Réunion")).toEqual([2, 0, 0]);
    expect(byName.get("Médias")).toEqual([0, 0, null]);
  });

  it("says so when a table has nothing to show yet, and its chart still has a range to read", () => {
    const empty = historyFigures([], { today: "2026-03-01", language: "es", history: [] });
    const block = figuresBlock(empty, PLAN_TEXTS.es);
    const at = new Map(block.cells.map((cell) => [cell.address, cell.value]));
    expect(at.get("U7")).toBe(PLAN_TEXTS.es.figures.nothingYet);
    expect(block.ranges.get("yearEnd")).toBe("U6:Z7");
  });

  it("is planned on the Dashboard with the chart of the status at each year end only when given", () => {
    const dashboardOf = (withFigures: boolean) =>
      buildWorkbookPlan({
        language: "en",
        dashboard: { sections: {}, ...(withFigures ? { figures: figures() } : {}) },
      }).sheets.find((sheet) => sheet.key === "dashboard")!;
    const without = dashboardOf(false);
    expect(without.charts.map((chart) => chart.key)).not.toContain("statusAtYearEnd");
    expect(without.cells.some((cell) => cell.address.startsWith("U"))).toBe(false);
    const withBlock = dashboardOf(true);
    const chart = withBlock.charts.find((c) => c.key === "statusAtYearEnd")!;
    expect(chart).toMatchObject({
      title: PLAN_TEXTS.en.chartStatusAtYearEnd,
      type: "columnStacked",
      dataRange: "U6:Z9",
      legend: true,
    });
    // The formula sections keep their cells and rows: the block sits beside them.
    expect(withBlock.cells.filter((cell) => !/^(U|V|W|X|Y|Z|AA|AB)\d/.test(cell.address))).toEqual(
      without.cells
    );
  });

  it("counts each year end as statusAsOf counts that day, on a history of many events in any order", () => {
    const statuses = [
      "notStarted",
      "inProgress",
      "partiallyImplemented",
      "implemented",
      "notImplemented",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const day = () =>
      `${2019 + random(8)}-${String(1 + random(12)).padStart(2, "0")}-${String(1 + random(28)).padStart(2, "0")}`;
    const records: TrackerRecord[] = Array.from({ length: 300 }, (_v, i) => ({
      id: `X-${i}`,
      text: "A recommendation.",
      dateMade: i % 17 === 0 ? "not a date" : day(),
      ...(i % 11 === 0 ? {} : { status: statuses[random(5)] }),
    }));
    const history: HistoryRow[] = Array.from({ length: 900 }, (_v, i) => ({
      row: i + 5,
      values: {
        recId: `X-${random(320)}`,
        date: day(),
        kind: "statusChanged",
        ...(i % 4 === 0 ? {} : { status: statuses[random(5)] }),
      },
    }));
    const today = "2026-03-01";
    const yearEnds = statusByYearEnd(records, history, today);
    expect(yearEnds.length).toBeGreaterThan(5);
    for (const end of yearEnds) {
      const dated = records.filter((record) => /^\d{4}-\d{2}-\d{2}$/.test(String(record.dateMade)));
      const { total, byStatus } = statusAsOf(dated, history, end.asOf);
      expect({ asOf: end.asOf, total: end.total, byStatus: end.byStatus }).toEqual({
        asOf: end.asOf,
        total,
        byStatus,
      });
    }
  });
});
