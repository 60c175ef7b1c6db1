import type { HistoryRow } from "../../../src/core/tracker/history";
import { computeTrends, median, responseDay } from "../../../src/core/tracker/trends";
import type { TrackerRecord } from "../../../src/core/tracker/types";

function event(row: number, values: HistoryRow["values"]): HistoryRow {
  return { row, values };
}

describe("trends", () => {
  it("takes the median as Excel's MEDIAN does", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 2, 4])).toBe(4);
    expect(median([10, 2, 4, 5])).toBe(4.5);
  });

  it("dates a response by its first answering event or the Response date column, whichever is earlier", () => {
    const record: TrackerRecord = { id: "X", responseDate: "2025-05-01" };
    expect(responseDay(record, undefined)).toBe("2025-05-01");
    const events = [
      event(6, { date: "2025-03-01", recId: "X", kind: "reminderSent" }),
      event(7, { date: "2025-03-20", recId: "X", kind: "meeting", accepted: "partially" }),
      event(8, { date: "2025-04-02", recId: "X", kind: "responseReceived" }),
    ];
    expect(responseDay(record, events)).toBe("2025-03-20");
    expect(responseDay({ id: "X" }, [events[0]])).toBeNull();
    // Typed by hand before the history was kept: the column's day is the first response.
    expect(responseDay({ id: "X", responseDate: "2025-02-10" }, events)).toBe("2025-02-10");
  });

  it("leaves out days that cannot be right, and rows without a date made from the years", () => {
    const records: TrackerRecord[] = [
      // Answered before it was made (a typing slip): no delay counted.
      { id: "B-1", text: "t", dateMade: "2025-06-01", authority: "Police", status: "implemented" },
      { id: "B-2", text: "t", authority: "Police", status: "implemented" },
      { id: "B-3", text: "t", dateMade: "2023-01-01", authority: "police", status: "inProgress" },
    ];
    const trends = computeTrends(records, {
      today: "2026-01-01",
      history: [
        event(6, { date: "2025-05-01", recId: "B-1", kind: "responseReceived" }),
        event(7, { date: "2023-01-11", recId: "B-3", kind: "responseReceived" }),
        event(8, { date: "2023-03-01", recId: "B-3", kind: "other", status: "implemented" }),
        event(9, { date: "2023-04-01", recId: "B-3", kind: "other", status: "inProgress" }),
      ],
    });
    expect(trends.implementationByYear.map((y) => [y.year, y.total, y.implemented])).toEqual([
      [2023, 1, 0],
      [2024, 0, 0],
      [2025, 1, 1],
    ]);
    expect(trends.implementationByYear[1].rate).toBeNull();
    // "Police" and "police" are one addressee; B-3 took 10 days to answer and was first implemented after 59.
    expect(trends.byAuthority).toEqual([
      expect.objectContaining({
        authority: "Police",
        recommendations: 3,
        responses: 1,
        medianDaysToResponse: 10,
        implemented: 1,
        medianDaysToImplementation: 59,
        onTimeShare: null,
      }),
    ]);
    expect(trends.repeatedByPlaceAndTheme).toEqual([]);
  });
});
