import { join } from "path";
import { buildTemplate } from "../../src/files/xlsx";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../../src/core/tracker/cells";
import type { Trends } from "../../src/core/tracker/trends";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { PLAN_TEXTS } from "../../src/core/schema";
import { rectrack, scratch, Scratch } from "../hostile/support";
import { libreOfficeAvailable, recalculatedSheets } from "../support/libreoffice";

/**
 * `rectrack stats` gives the trends (issue 20, item 2) of a tracker whose
 * history is recorded with `rectrack log`; every figure below is worked out
 * by hand from the dates in this file.
 */

const HEALTH = "Ministry of Health";
const PRISONS = "Prison service";
const base = { status: "notStarted" } as const;
const RECORDS: TrackerRecord[] = [
  {
    ...base,
    id: "A-1",
    text: "Hire a second nurse for the night shift.",
    dateMade: "2024-01-10",
    authority: HEALTH,
    place: "North Prison",
    theme: "Health care",
  },
  {
    ...base,
    id: "A-2",
    text: "Keep a register of medical examinations on arrival.",
    dateMade: "2024-01-10",
    authority: HEALTH,
    place: "North Prison",
    theme: "Health care",
    repeated: true,
  },
  {
    ...base,
    id: "A-3",
    text: "Allow video calls with relatives twice a week.",
    dateMade: "2024-06-01",
    authority: PRISONS,
    place: "South Prison",
    theme: "Contact with the outside world",
  },
  {
    ...base,
    id: "A-4",
    text: "Give the night nurse a key to every cell block.",
    dateMade: "2025-02-01",
    authority: `${HEALTH}; ${PRISONS}`,
    place: "North Prison",
    theme: "Health care",
    repeatOf: "A-1",
  },
  {
    ...base,
    id: "A-5",
    text: "Publish the visiting hours at the entrance.",
    dateMade: "2025-11-01",
    authority: PRISONS,
    place: "South Prison",
    theme: "Contact with the outside world",
  },
  {
    ...base,
    id: "A-6",
    text: "Publish the visiting hours on the prison's web page too.",
    dateMade: "2026-02-15",
    authority: PRISONS,
    place: "South Prison",
    theme: "Contact with the outside world",
    repeatOf: "A-5",
  },
];

let dir: Scratch;
beforeEach(() => {
  dir = scratch("rectrack-trends");
});
afterEach(() => dir.remove());

async function log(path: string, args: string[]): Promise<void> {
  const run = await rectrack(["log", path, ...args]);
  expect(run).toMatchObject({ code: 0, err: "" });
}

/** The tracker of RECORDS, replies due after 60 days, with its history recorded by `rectrack log`. */
async function trackerWithHistory(): Promise<string> {
  const bytes = await buildTemplate(
    buildWorkbookPlan({
      language: "en",
      rows: RECORDS.map((record) => recordToCells(record, "en")),
      listExtras: listValuesOf(RECORDS),
      // Replies are due 60 days after the recommendation.
      replyDays: 60,
    })
  );
  const path = dir.put("t.xlsx", bytes);
  // answered 41 days after 2024-01-10 (21 days left in January + 20), due 2024-03-10: on time.
  await log(path, [
    "--id",
    "A-1,A-2",
    "--kind",
    "response",
    "--date",
    "2024-02-20",
    "--accepted",
    "accepted",
  ]);
  // answered 92 days after 2024-06-01 (30 + 31 + 31), due 2024-07-31: late.
  await log(path, [
    "--id",
    "A-3",
    "--kind",
    "response",
    "--date",
    "2024-09-01",
    "--accepted",
    "accepted",
  ]);
  // implemented 366 days after it was made (2024 is a leap year).
  await log(path, [
    "--id",
    "A-1",
    "--kind",
    "follow-up-visit",
    "--date",
    "2025-01-10",
    "--status",
    "implemented",
  ]);
  // implemented 365 days after it was made (2024-06-01 to 2025-06-01).
  await log(path, [
    "--id",
    "A-3",
    "--kind",
    "follow-up-visit",
    "--date",
    "2025-06-01",
    "--status",
    "implemented",
  ]);
  // answered 30 days after 2025-02-01 (27 days left in February + 3), due 2025-04-02: on time.
  await log(path, [
    "--id",
    "A-4",
    "--kind",
    "response",
    "--date",
    "2025-03-03",
    "--accepted",
    "accepted",
  ]);
  // implemented 303 days after it was made (28+31+30+31+30+31+31+30+31+30, February to November).
  await log(path, [
    "--id",
    "A-4",
    "--kind",
    "status-changed",
    "--date",
    "2025-12-01",
    "--status",
    "implemented",
  ]);
  // no reply, due 2025-12-31: late on 2026-03-01. A-6: due 2026-04-16, not judged yet.

  return path;
}

describe("rectrack stats: trends from the history", () => {
  it("gives implementation rates, median delays, replies on time and repeats as worked out by hand", async () => {
    const path = await trackerWithHistory();
    const run = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    const { trends } = JSON.parse(run.out) as { trends: Trends };

    // Implemented now, by year made: 2024 of three; 2025 A-4 of two; 2026 none of one.
    expect(trends.implementationByYear).toEqual([
      { year: 2024, total: 3, implemented: 2, rate: 0.667 },
      { year: 2025, total: 2, implemented: 1, rate: 0.5 },
      { year: 2026, total: 1, implemented: 0, rate: 0 },
    ]);
    expect(trends.byAuthority).toEqual([
      {
        // A-6 (A-4 is addressed to both).
        authority: PRISONS,
        recommendations: 4,
        // Responses 92 and 30: median (30 + 92) / 2.
        responses: 2,
        medianDaysToResponse: 61,
        // Implemented 365 and 303 days on: median (303 + 365) / 2.
        implemented: 2,
        medianDaysToImplementation: 334,
        // A-3 late, A-4 on time, A-5 late with no reply; A-6 not yet due.
        repliesDue: 3,
        repliesOnTime: 1,
        onTimeShare: 0.333,
      },
      {
        //
        authority: HEALTH,
        recommendations: 3,
        // 41, 41, 30: median 41.
        responses: 3,
        medianDaysToResponse: 41,
        // 366 and 303: median 334.5.
        implemented: 2,
        medianDaysToImplementation: 334.5,
        repliesDue: 3,
        repliesOnTime: 3,
        onTimeShare: 1,
      },
    ]);
    // North Prison, health care: A-2 (Repeated = Yes) and A-4 (repeats A-1) of three; South Prison: A-6 of three.
    expect(trends.repeatedByPlaceAndTheme).toEqual([
      { place: "North Prison", theme: "Health care", repeated: 2, total: 3 },
      { place: "South Prison", theme: "Contact with the outside world", repeated: 1, total: 3 },
    ]);

    const text = (await rectrack(["stats", path, "--today", "2026-03-01"])).out;
    expect(text).toContain(
      "Implementation rate by year made (implemented/made):\n  2024: 67% (2/3)\n  2025: 50% (1/2)\n  2026: 0% (0/1)\n"
    );
    expect(text).toContain(`  ${PRISONS}: 61 (2)\n  ${HEALTH}: 41 (3)\n`);
    expect(text).toContain(`  ${PRISONS}: 33% (1/3)\n  ${HEALTH}: 100% (3/3)\n`);
    expect(text).toContain("  North Prison, Health care: 2/3\n");
  });

  it("leaves the share of replies on time out when no reply deadline is set", async () => {
    const bytes = await buildTemplate(
      buildWorkbookPlan({
        language: "fr",
        rows: RECORDS.map((record) => recordToCells(record, "fr")),
        listExtras: listValuesOf(RECORDS),
      })
    );
    const path = dir.put("t.xlsx", bytes);
    const run = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    const { trends } = JSON.parse(run.out) as { trends: Trends };
    expect(trends.byAuthority.map((a) => [a.authority, a.onTimeShare, a.repliesDue])).toEqual([
      [PRISONS, null, 0],
      [HEALTH, null, 0],
    ]);
    // No history and no response date: no delay to measure.
    expect(trends.byAuthority.every((a) => a.medianDaysToResponse === null)).toBe(true);
    const text = (await rectrack(["stats", path, "--today", "2026-03-01"])).out;
    expect(text).toContain("Taux de mise en œuvre par année de la recommandation");
    expect(text).not.toContain("Réponses dans le délai de réponse");
  });
});

(libreOfficeAvailable() ? describe : describe.skip)("the Dashboard's trends in LibreOffice", () => {
  it("computes the implementation rate per year made as rectrack stats does", async () => {
    const path = await trackerWithHistory();
    const { trends } = JSON.parse(
      (await rectrack(["stats", path, "--json", "--today", "2026-03-01"])).out
    ) as { trends: Trends };
    const dashboard = (await recalculatedSheets([path], join(dir.dir, "csv")))
      .get(path)!
      .get("Dashboard")!;
    const t = PLAN_TEXTS.en;
    const title = dashboard.findIndex((row) => row[0] === t.trends.rateByYearTitle);
    expect(dashboard[title + 1].slice(0, 4)).toEqual([
      t.year,
      t.sectionTotal,
      "Implemented",
      t.trends.shareImplemented,
    ]);
    // LibreOffice writes the share as a percentage ("66.6666666666667%").
    const numberOf = (cell: string) =>
      cell.endsWith("%") ? Number(cell.slice(0, -1)) / 100 : Number(cell);
    const rows: [number, number, number, number][] = [];
    for (let r = title + 2; dashboard[r][0] !== t.sectionTotal; r++)
      if (dashboard[r][0] !== "")
        rows.push(dashboard[r].slice(0, 4).map(numberOf) as [number, number, number, number]);
    expect(rows.map(([year, made, done]) => [year, made, done])).toEqual(
      trends.implementationByYear.map((y) => [y.year, y.total, y.implemented])
    );
    rows.forEach(([, , , share], i) =>
      expect(share).toBeCloseTo(trends.implementationByYear[i].rate as number, 3)
    );
  }, 120000);
});
