import { isIsoDay, validDate } from "../../../src/core/schema/dates";
import { historyFigures } from "../../../src/core/tracker/figures";
import { followUpList } from "../../../src/core/tracker/followup";
import { computeStats } from "../../../src/core/tracker/stats";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { validateRows } from "../../../src/core/tracker/validate";

/**
 * A date cell typed as text stays as typed: "2019-13-45" looks like a stored
 * day but is none, and the figures, the follow-up list and the data check
 * must take it for what it is instead of failing on it.
 */
const impossible: TrackerRecord = {
  id: "REC-000001",
  text: "Install a call bell in every cell.",
  dateMade: "2019-13-45",
  deadline: "2025-02-30",
  responseDate: "2023-04-31",
  status: "implemented",
};
const real: TrackerRecord = {
  id: "REC-000002",
  text: "Record every use of restraint in a register.",
  dateMade: "2024-02-29",
  deadline: "2025-01-31",
  status: "notImplemented",
};

describe("days that look like days but are none", () => {
  it("tells real days from impossible ones, leap years included", () => {
    expect(["2024-02-29", "2000-02-29", "2025-12-31", "1900-03-01"].filter(isIsoDay)).toHaveLength(
      4
    );
    for (const day of [
      "2019-13-45",
      "2025-02-29",
      "1900-02-29",
      "2023-04-31",
      "2024-00-10",
      "2024-1-01",
    ])
      expect(isIsoDay(day)).toBe(false);
    expect(validDate(2100, 2, 29)).toBe(false);
    expect(validDate(2400, 2, 29)).toBe(true);
  });

  it("the figures, the statistics and the follow-up list leave them out instead of failing", () => {
    const records = [impossible, real];
    const figures = historyFigures(records, {
      today: "2026-03-01",
      language: "en",
      replyDays: 60,
      history: [],
    });
    expect(figures.refreshed).toBe("2026-03-01");
    expect(figures.tables.length).toBeGreaterThan(0);
    const stats = computeStats(records, { today: "2026-03-01", replyDays: 60 });
    expect(stats.total).toBe(2);
    const list = followUpList(records, { today: "2026-03-01", replyDays: 60 });
    expect(list.every((item) => item.days === null || Number.isFinite(item.days))).toBe(true);
    expect(list.map((item) => item.record.id)).toContain("REC-000002");
  });

  it("the data check reports each of them as a date it cannot read", () => {
    const issues = validateRows([{ row: 2, values: impossible }], { language: "en" });
    expect(issues.filter((issue) => issue.code === "badDate").map((issue) => issue.column)).toEqual(
      expect.arrayContaining(["dateMade", "deadline", "responseDate"])
    );
  });
});
