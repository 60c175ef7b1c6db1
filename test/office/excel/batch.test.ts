import fc from "fast-check";
import {
  chunkRows,
  formatsFor,
  jsonBytes,
  readBlocks,
  relocateColumnRefs,
  relocateListSource,
  widthToPoints,
} from "../../../src/office/excel/batch";

describe("request-size chunks", () => {
  it("splits rows so every chunk stays under the budget and no row is lost or reordered", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 400 }), fc.integer(), fc.constant(null)), {
            minLength: 3,
            maxLength: 3,
          }),
          { maxLength: 200 }
        ),
        (rows) => {
          const budget = 2000;
          const chunks = chunkRows(rows, ["@", "0", "yyyy-mm-dd"], budget);
          const back = chunks.flatMap((chunk) => chunk.values);
          expect(back).toEqual(rows.map((row) => row.map((v) => (v === null ? "" : v))));
          for (const chunk of chunks) {
            const size = jsonBytes(chunk.values) + jsonBytes(chunk.formats);
            if (chunk.values.length > 1) expect(size).toBeLessThanOrEqual(budget + 4);
          }
        }
      )
    );
  });

  it("marks every string as text so formula-looking text stays text", () => {
    expect(
      formatsFor([["=1+1", 3, "-2", null, "@SUM(A1)"]], ["@", "0", "yyyy-mm-dd", "0", "General"])
    ).toEqual([["@", "0", "@", "0", "@"]]);
  });

  it("reads in blocks that cover every row once", () => {
    const blocks = readBlocks(10000, 35);
    expect(blocks.reduce((n, b) => n + b.count, 0)).toBe(10000);
    expect(blocks.every((b) => b.count * 35 <= 60000)).toBe(true);
    expect(readBlocks(0, 10)).toEqual([]);
  });

  it("sizes read blocks by the sampled row size when it is known", () => {
    // 10,000 rows of 400 bytes: 4 MB, one answer under Excel's 5 MB cap.
    expect(readBlocks(10000, 35, 400)).toEqual([{ start: 0, count: 10000 }]);
    // Rows of 2 KB: blocks of 2,048 rows, each answer about 4 MB.
    const heavy = readBlocks(10000, 35, 2048);
    expect(heavy.map((b) => b.count)).toEqual([2048, 2048, 2048, 2048, 1808]);
    // Near-empty rows: still no more than a million cells asked at once.
    const light = readBlocks(100000, 35, 10);
    expect(light.every((b) => b.count * 35 <= 1_000_000)).toBe(true);
    expect(light.reduce((n, b) => n + b.count, 0)).toBe(100000);
    // A single row bigger than the budget is a block of its own.
    expect(readBlocks(3, 35, 10 * 1024 * 1024)).toHaveLength(3);
  });
});

describe("moving planned formulas to the real columns", () => {
  it("moves $X2 references, not text in quotes or references to other sheets", () => {
    const map = new Map([
      [18, 20],
      [23, 3],
    ]);
    expect(
      relocateColumnRefs('=AND(ISNUMBER($S2),$S2<TODAY(),$X2<>"$S2",Lists!$S$2>0)', map, 5)
    ).toBe('=AND(ISNUMBER($U5),$U5<TODAY(),$D5<>"$S2",Lists!$S$2>0)');
  });

  it("points a drop-down at the list where it really is", () => {
    const source = "=OFFSET(Lists!$A$2,0,0,MAX(1,COUNTA(Lists!$A$2:$A$1048576)),1)";
    expect(
      relocateListSource(
        source,
        { sheet: "Lists", column: 0 },
        { sheet: "My lists", column: 4, firstDataRow: 3 }
      )
    ).toBe("=OFFSET('My lists'!$E$3,0,0,MAX(1,COUNTA('My lists'!$E$3:$E$1048576)),1)");
  });

  it("converts character widths to points", () => {
    expect(widthToPoints(10)).toBeCloseTo(56.25);
  });
});
