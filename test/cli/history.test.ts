import { promises as fs } from "fs";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { XlsxTrackerStore } from "../../src/files/xlsx/store";
import { expectOneLineRefusal, rectrack, scratch, Scratch } from "../hostile/support";
import { firstReleaseTrackerBytes, trackerBytes } from "../support/xlsx";

/** rectrack log, history and stats on the Follow-up history sheet (schema v2). */

const RECORDS: TrackerRecord[] = [
  {
    id: "R-1",
    ref: "1",
    text: "Fit a working call bell in every cell of the north wing.",
    dateMade: "2024-04-02",
    authority: "Ministry of Justice",
    place: "North Prison",
    status: "notStarted",
  },
  {
    id: "R-2",
    ref: "2",
    text: "Record every use of restraint in one bound register.",
    dateMade: "2024-04-02",
    authority: "Ministry of Justice",
    place: "North Prison",
    status: "inProgress",
  },
  {
    id: "R-3",
    ref: "3",
    text: "Let families visit on weekends as well.",
    dateMade: "2025-09-15",
    authority: "Prison administration",
    place: "South Prison",
    status: "notStarted",
  },
];

let dir: Scratch;
beforeEach(() => {
  dir = scratch("rectrack-history");
});
afterEach(() => dir.remove());

describe("rectrack log and history", () => {
  it("records one event per recommendation, updates their current columns, lists them back", async () => {
    const path = dir.put("t.xlsx", await trackerBytes(RECORDS));
    const run = await rectrack([
      "log",
      path,
      "--id",
      "R-1,R-2",
      "--kind",
      "follow-up-visit",
      "--date",
      "2025-11-20",
      "--status",
      "implemented",
      "--with",
      "The director",
      "--note",
      "Bells seen working on both floors.",
    ]);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain("2 events; 2 recommendations with current values changed");
    const store = new XlsxTrackerStore(await fs.readFile(path), path);
    const content = await store.read();
    expect(content.rows.map((row) => row.values.status)).toEqual([
      "implemented",
      "implemented",
      "notStarted",
    ]);

    const listed = await rectrack(["history", path, "--json"]);
    const json = JSON.parse(listed.out) as { history: boolean; events: Record<string, unknown>[] };
    expect(json.history).toBe(true);
    expect(json.events).toEqual([
      expect.objectContaining({
        recId: "R-1",
        kind: "followUpVisit",
        date: "2025-11-20",
        status: "implemented",
        with: "The director",
        summary: "Bells seen working on both floors.",
      }),
      expect.objectContaining({ recId: "R-2", kind: "followUpVisit" }),
    ]);
    const one = await rectrack(["history", path, "--id", "R-2"]);
    expect(one.out).toMatch(
      /^1 event in .* for R-2\.\n {2}2025-11-20 {2}R-2 {2}Follow-up visit {2}with The director/
    );

    // The status at each year's end comes from the history: R-1 was not implemented at the end of 2024.
    const stats = JSON.parse(
      (await rectrack(["stats", path, "--json", "--today", "2026-03-01"])).out
    ) as { byYearEnd: { year: number; byStatus: Record<string, number>; total: number }[] };
    const asOf = JSON.parse(
      (await rectrack(["history", path, "--as-of", "2025-06-30", "--json"])).out
    ) as {
      total: number;
      byStatus: Record<string, number>;
      items: { id: string; status: string }[];
    };
    // Before the visit: R-1 not started (the state before its first recorded status), R-2 as made.
    expect(asOf.total).toBe(2);
    expect(asOf.items).toEqual([
      { id: "R-1", status: "notStarted" },
      { id: "R-2", status: "notStarted" },
    ]);
    expect(
      (await rectrack(["history", path, "--as-of", "2025-12-01", "--id", "R-1"])).out
    ).toContain("R-1: Implemented");
    expect(stats.byYearEnd.map((y) => [y.year, y.total, y.byStatus.implemented])).toEqual([
      [2024, 2, 0],
      [2025, 3, 2],
      [2026, 3, 2],
    ]);
  });

  it("reports unknown Rec IDs and values outside the lists, writing nothing for them", async () => {
    const bytes = await trackerBytes(RECORDS);
    const path = dir.put("t.xlsx", bytes);
    const unknown = await rectrack([
      "log",
      path,
      "--id",
      "R-9",
      "--kind",
      "meeting",
      "--date",
      "2026-01-05",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain("No row holds these Rec IDs: R-9.");
    expect(dir.unchanged(path, bytes)).toBe(true);
    expectOneLineRefusal(
      await rectrack(["log", path, "--id", "R-1", "--kind", "party", "--date", "2026-01-05"]),
      /--kind "party" is not in the list/
    );
    expectOneLineRefusal(
      await rectrack(["log", path, "--id", "R-1", "--kind", "meeting", "--date", "2026-02-30"]),
      /--date must be a date/
    );
    expect(dir.unchanged(path, bytes)).toBe(true);
  });

  it("a v1 tracker says what the upgrade brings; after rectrack upgrade the event is recorded", async () => {
    const bytes = await firstReleaseTrackerBytes(RECORDS);
    const path = dir.put("old.xlsx", bytes);
    expectOneLineRefusal(
      await rectrack(["log", path, "--id", "R-1", "--kind", "reminder", "--date", "2026-01-05"]),
      /no Follow-up history sheet yet .*rectrack upgrade/
    );
    expect(dir.unchanged(path, bytes)).toBe(true);
    expect((await rectrack(["history", path])).out).toMatch(/rectrack upgrade/);
    const upgraded = await rectrack(["upgrade", path, "--today", "2026-03-01"]);
    expect(upgraded.out).toContain("Added the Follow-up history sheet");
    expect(
      (await rectrack(["log", path, "--id", "R-1", "--kind", "reminder", "--date", "2026-01-05"]))
        .code
    ).toBe(0);
    expect((await rectrack(["history", path])).out).toMatch(/R-1 {2}Reminder sent/);
  });
});
