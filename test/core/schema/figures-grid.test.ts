import { figuresGrid, type HistoryFigures } from "../../../src/core/schema/figures";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";

/** The block laid out as one rectangle with runs of styled cells, for stores that write ranges (Graph). */

const t = PLAN_TEXTS.en;

const FIGURES: HistoryFigures = {
  refreshed: "2026-03-01",
  tables: [
    {
      key: "yearEnd",
      title: "At each year end",
      columns: [
        { header: "As of", format: "text" },
        { header: "Done", format: "count" },
        { header: "Share", format: "share" },
      ],
      rows: [
        ["2025-12-31", 2, 0.5],
        ["2026-03-01", 3, null],
      ],
      chartColumns: 2,
    },
    {
      key: "empty",
      title: "Nothing here",
      columns: [{ header: "=Name", format: "text" }],
      rows: [],
    },
  ],
};

describe("figuresGrid", () => {
  it("lays the block out from U1: title, note, refreshed, then each table; text as text, numbers with their format", () => {
    const grid = figuresGrid(FIGURES, t);
    // Rows: 1 title, 2 note, 3 refreshed, 4 blank, 5 title, 6 header, 7-8 rows, 9 blank,
    // 10 title, 11 header, 12 "nothing yet".
    expect(grid.address).toBe("U1:AB12");
    expect(grid.values).toHaveLength(12);
    expect(grid.values.every((row) => row.length === 8)).toBe(true);
    expect(grid.values[0][0]).toBe(t.figures.title);
    expect(grid.values[2].slice(0, 3)).toEqual([t.figures.refreshed, "2026-03-01", ""]);
    expect(grid.values[6].slice(0, 4)).toEqual(["2025-12-31", 2, 0.5, ""]);
    expect(grid.numberFormats[6].slice(0, 4)).toEqual(["@", "0", "0%", "General"]);
    // An empty value leaves its cell empty.
    expect(grid.values[7].slice(0, 3)).toEqual(["2026-03-01", 3, ""]);
    // A header starting with "=" is written as text.
    expect([grid.values[10][0], grid.numberFormats[10][0]]).toEqual(["=Name", "@"]);
    expect(grid.values[11][0]).toBe(t.figures.nothingYet);
    // The chart reads the header row and the rows, its first two columns.
    expect(grid.chartRange).toBe("U6:V8");
  });

  it("styles neighbouring cells of a row alike in one run", () => {
    const runs = figuresGrid(FIGURES, t).styles;
    expect(runs.map((run) => run.range)).toEqual([
      "U1",
      "U2",
      "U3:V3",
      "U5",
      "U6:W6",
      "U10",
      "U11",
      "U12",
    ]);
    expect(runs.find((run) => run.range === "U6:W6")?.style).toEqual({
      bold: true,
      fill: "#DDEBF7",
    });
  });
});
