import { computeStats } from "../../../src/core/tracker/stats";
import { followUpList, followUpRows } from "../../../src/core/tracker/followup";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { FOLLOW_UP_KEYS, FOLLOW_UP_LEAD } from "../../../src/core/schema/workbook-plan";

const today = "2026-03-01";
const records: TrackerRecord[] = [
  {
    text: "a",
    dateMade: "2024-02-01",
    status: "implemented",
    verified: true,
    accepted: "accepted",
    authority: "MoJ",
    theme: "Health",
  },
  {
    text: "b",
    dateMade: "2024-05-01",
    status: "implemented",
    accepted: "accepted",
    authority: "moj",
    deadline: "2025-01-01",
  },
  {
    text: "c",
    dateMade: "2026-01-01",
    status: "inProgress",
    deadline: "2026-02-01",
    authority: "Police",
    placeType: "Prison",
  },
  { text: "d", dateMade: "2026-01-15", deadline: "2026-03-20", accepted: "noResponse" },
  { text: "e", dateMade: "not a date", status: "Stalled", deadline: "2026-01-01" },
  { dateMade: "2026-02-01", status: "notImplemented", deadline: "2025-01-01" },
];

describe("computeStats", () => {
  const stats = computeStats(records, { today });

  it("counts like the Dashboard formulas", () => {
    expect(stats.total).toBe(5);
    expect(stats.byStatus).toEqual({
      notStarted: 0,
      inProgress: 1,
      partiallyImplemented: 0,
      implemented: 2,
      notImplemented: 1,
    });
    expect(stats.byAccepted).toEqual({
      accepted: 2,
      partiallyAccepted: 0,
      rejected: 0,
      noResponse: 1,
    });
    // Overdue: c (in progress) and e (status outside the list counts as open); b is implemented, f closed.
    expect(stats.overdue).toBe(2);
    expect(stats.dueSoon).toBe(1);
    expect(stats.implementedNotVerified).toBe(1);
  });

  it("groups extendable values without case and fills every year between the first and the last", () => {
    expect(stats.byAuthority).toEqual([
      { label: "MoJ", count: 2 },
      { label: "Police", count: 1 },
    ]);
    expect(stats.byYear.map((y) => [y.year, y.total])).toEqual([
      [2024, 2],
      [2025, 0],
      [2026, 3],
    ]);
    expect(stats.byYear[0].byStatus.implemented).toBe(2);
  });
});

describe("followUpList", () => {
  it("lists key recommendations first, each part in the same order", () => {
    const marked = records.map((record) =>
      record.text === "d" || record.text === "b" ? { ...record, key: true } : record
    );
    const items = followUpList(marked, { today, withinDays: 30 });
    expect(items.map((i) => [i.reason, i.record.text ?? null])).toEqual([
      ["dueSoon", "d"],
      ["notVerified", "b"],
      ["overdue", "e"],
      ["overdue", "c"],
      ["notImplemented", null],
    ]);
    // The Key column says why they come first.
    const rows = followUpRows(items, "en");
    const key = FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.indexOf("key");
    expect(rows.map((row) => row[key])).toEqual(["Yes", "Yes", null, null, null]);
  });

  it("lists overdue (longest first), due soon, implemented but not verified, then not implemented", () => {
    const items = followUpList(records, { today, withinDays: 30 });
    expect(items.map((i) => [i.reason, i.record.text ?? null, i.days])).toEqual([
      ["overdue", "e", 59],
      ["overdue", "c", 28],
      ["dueSoon", "d", 19],
      ["notVerified", "b", 669],
      ["notImplemented", null, null],
    ]);
    const rows = followUpRows(items, "fr");
    expect(rows[0][0]).toBe("En retard");
    // Then the strategies to try, for the one not implemented only.
    expect(rows[2].length).toBe(FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.length + 1);
    expect(rows.map((row) => row[row.length - 1] !== null)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    // Each figure in the column that names it: days overdue, days left, days waiting for verification.
    expect(rows.map((row) => row.slice(1, 4))).toEqual([
      [59, null, null],
      [28, null, null],
      [null, 19, null],
      [null, null, 669],
      [null, null, null],
    ]);
  });
});
