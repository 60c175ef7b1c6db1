/**
 * A tracker the user reshaped by hand: columns deleted, renamed or
 * reordered, cells merged, the sheet protected. validate and stats read it
 * or say in one line what is wrong; adopt makes a tracker of a reshaped
 * sheet without losing a cell; the file itself is never changed.
 */
import { readFileSync } from "fs";
import { generatedRecords } from "../support/records";
import { ColumnKey, TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { recordToCells } from "../../src/core/tracker/cells";
import JSZip from "jszip";
import { readTracker } from "../../src/files/xlsx";
import { sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
import { rectrack, scratch, Scratch, SheetOptions, sheetPackage } from "./support";

type Cell = string | number | boolean | null;
const TODAY = "2026-03-01";
const records = generatedRecords(40, 11);
const HEADERS = TRACKER_COLUMNS.map((column) => column.headers.en);
const FULL: Cell[][] = [HEADERS, ...records.map((record) => recordToCells(record, "en"))];

let files: Scratch;
beforeAll(() => {
  files = scratch("hostile-shape");
});
afterAll(() => files.remove());

function keep(rows: Cell[][], keys: ColumnKey[]): Cell[][] {
  const at = keys.map((key) => TRACKER_COLUMNS.findIndex((column) => column.key === key));
  return rows.map((row) => at.map((c) => row[c] ?? null));
}

function without(rows: Cell[][], keys: ColumnKey[]): Cell[][] {
  return keep(
    rows,
    TRACKER_COLUMNS.map((column) => column.key).filter((key) => !keys.includes(key))
  );
}

async function put(name: string, rows: Cell[][], options: SheetOptions = {}) {
  const bytes = await sheetPackage(rows, { table: "Recommendations", ...options });
  return { path: files.put(name, bytes), bytes };
}

async function run(command: string, path: string) {
  const result = await rectrack([command, path, "--json", "--today", TODAY]);
  return {
    ...result,
    json: result.out ? (JSON.parse(result.out) as Record<string, unknown>) : null,
  };
}

/** A sheet as Excel keeps merged cells: only the first cell of each range has a value. */
function merged(
  rows: Cell[][],
  ranges: [column: number, fromRow: number, toRow: number][]
): Cell[][] {
  const out = rows.map((row) => [...row]);
  for (const [column, from, to] of ranges)
    for (let r = from + 1; r <= to; r++) out[r - 1][column] = null;
  return out;
}

function expectOneLine(result: { code: number; err: string; out: string }, pattern: RegExp) {
  expect({ code: result.code, out: result.out }).toEqual({ code: 2, out: "" });
  expect(result.err).toMatch(pattern);
  expect(result.err.trimEnd().split("\n")).toHaveLength(1);
}

describe("a tracker reshaped by hand", () => {
  let baseline: { validate: Record<string, unknown>; stats: Record<string, unknown> };
  beforeAll(async () => {
    const { path } = await put("full.xlsx", FULL);
    const validate = await run("validate", path);
    const stats = await run("stats", path);
    expect(validate.err + stats.err).toBe("");
    baseline = {
      validate: { ...validate.json, file: null },
      stats: stats.json as Record<string, unknown>,
    };
    expect(baseline.stats.total).toBe(records.length);
  });

  it("with its columns in another order gives the same figures and issues", async () => {
    const { path, bytes } = await put(
      "reordered.xlsx",
      FULL.map((row) => [...row].reverse())
    );
    const validate = await run("validate", path);
    expect({ ...validate.json, file: null }).toEqual(baseline.validate);
    expect((await run("stats", path)).json).toEqual(baseline.stats);
    expect(files.unchanged(path, bytes)).toBe(true);
  });

  it("on a protected sheet is read as it is", async () => {
    const { path, bytes } = await put("protected.xlsx", FULL, { protect: true });
    expect({ ...(await run("validate", path)).json, file: null }).toEqual(baseline.validate);
    expect((await run("stats", path)).json).toEqual(baseline.stats);
    expect(files.unchanged(path, bytes)).toBe(true);
  });

  it("with merged cells reports the rows the merge left empty", async () => {
    const dateColumn = TRACKER_COLUMNS.findIndex((column) => column.key === "dateMade");
    const { path, bytes } = await put("merged.xlsx", merged(FULL, [[dateColumn, 2, 5]]), {
      merges: ["C2:C5"],
    });
    const validate = await run("validate", path);
    const issues = (validate.json?.issues ?? []) as { row: number; column: string; code: string }[];
    expect(
      issues
        .filter((i) => i.column === "dateMade" && i.code === "missingRequired")
        .map((i) => i.row)
    ).toEqual([3, 4, 5]);
    expect((await run("stats", path)).json?.total).toBe(records.length);
    expect(files.unchanged(path, bytes)).toBe(true);
  });

  it("without required columns is refused by validate in one line naming them", async () => {
    const { path, bytes } = await put("deleted.xlsx", without(FULL, ["id", "dateMade", "status"]));
    expectOneLine(
      await run("validate", path),
      /deleted\.xlsx: the Recommendations table has no "Date made", "Rec ID" columns \(deleted or renamed\?\)/
    );
    // stats needs only the texts: it still counts every row.
    expect((await run("stats", path)).json?.total).toBe(records.length);
    expect(files.unchanged(path, bytes)).toBe(true);
  });

  it("without its recommendation column, deleted or renamed, is refused by validate and stats", async () => {
    const renamed = FULL.map((row, r) =>
      r === 0 ? row.map((h) => (h === "Recommendation" ? "Text agreed with the ministry" : h)) : row
    );
    for (const [name, rows] of [
      ["deleted-text", without(FULL, ["text"])],
      ["renamed-text", renamed],
    ] as const) {
      const { path, bytes } = await put(`${name}.xlsx`, rows);
      for (const command of ["validate", "stats"])
        expectOneLine(
          await run(command, path),
          /has no "Recommendation" column \(deleted or renamed\?\)/
        );
      expect(files.unchanged(path, bytes)).toBe(true);
    }
  });

  it("with a header reworded in a known way is read as the add-in in Excel reads it", async () => {
    const reworded = FULL.map((row, r) =>
      r === 0
        ? row.map((h) =>
            h === "Recommendation"
              ? "Recommendation text"
              : h === "Rec ID"
                ? "Recommendation ID"
                : h
          )
        : row
    );
    const { path, bytes } = await put("reworded.xlsx", reworded);
    const tracker = await readTracker(readFileSync(path), path);
    expect(tracker.headers.text).toBe("Recommendation text");
    expect({ ...(await run("validate", path)).json, file: null }).toEqual(baseline.validate);
    expect((await run("stats", path)).json).toEqual(baseline.stats);
    expect(files.unchanged(path, bytes)).toBe(true);
  });

  it("renamed in Excel, schema part and all, is refused in one line and left as it was", async () => {
    const zip = await JSZip.loadAsync(await trackerBytes(sampleRecords(6, seededRandom(5))));
    const rename = async (part: string, from: RegExp, to: string) => {
      const file = zip.file(part);
      if (file) zip.file(part, (await file.async("string")).replace(from, to));
    };
    await rename("xl/sharedStrings.xml", /<t>Recommendation<\/t>/g, "<t>What we asked for</t>");
    await rename("xl/sharedStrings.xml", /<t>Implementation<\/t>/g, "<t>Where it stands</t>");
    for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\//.test(p))) {
      await rename(part, /name="Recommendation"/g, 'name="What we asked for"');
      await rename(part, /name="Implementation"/g, 'name="Where it stands"');
    }
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const path = files.put("renamed-with-schema.xlsx", bytes);
    // The schema part records the headers the add-in wrote; a header retyped in Excel is not one of them.
    const tracker = await readTracker(readFileSync(path), path);
    expect(tracker.headers.text).toBeUndefined();
    expect(tracker.extraHeaders).toEqual(
      expect.arrayContaining(["What we asked for", "Where it stands"])
    );
    for (const command of ["validate", "stats"])
      expectOneLine(
        await run(command, path),
        /has no "Recommendation" column \(deleted or renamed\?\)/
      );
    expect(files.unchanged(path, bytes)).toBe(true);
  });
});

describe("adopt on a hand-made sheet", () => {
  const SHEET: Cell[][] = [
    ["Status", "Recommendation", "Place", "Date of visit", "Comments"],
    [
      "In progress",
      "Install call bells in every cell.",
      "Northgate Prison",
      "2024-03-12",
      "asked twice",
    ],
    ["Implemented", "Repair the showers of block B.", null, null, ""],
    ["Not started", "Train staff in de-escalation.", null, null, "budget?"],
    ["Implemented", "Record every use of force.", "Harbour Police Station", "2024-05-02", ""],
  ];

  it.each([
    ["with merged cells", { merges: ["C2:C4", "D2:D4"] }],
    ["on a protected sheet", { protect: true }],
  ] as const)("%s keeps every row and leaves the file as it was", async (name, options) => {
    const input = files.put(
      `adopt-${name.replace(/\W+/g, "-")}.xlsx`,
      await sheetPackage(SHEET, options)
    );
    const before = readFileSync(input);
    const out = `${input}.tracker.xlsx`;
    const result = await rectrack(["adopt", input, out, "--json", "--today", TODAY]);
    expect(result.err).toBe("");
    expect(files.unchanged(input, before)).toBe(true);
    const tracker = await readTracker(readFileSync(out), out);
    expect(tracker.rows.map((row) => row.values.text)).toEqual(SHEET.slice(1).map((row) => row[1]));
    expect(tracker.rows.map((row) => row.values.status)).toEqual([
      "inProgress",
      "implemented",
      "notStarted",
      "implemented",
    ]);
    // A merged Place or Date spans its rows: each row gets it (exceljs reads a merge's value in every cell).
    if ("merges" in options)
      expect(tracker.rows.map((row) => [row.values.place, row.values.dateMade])).toEqual([
        ["Northgate Prison", "2024-03-12"],
        ["Northgate Prison", "2024-03-12"],
        ["Northgate Prison", "2024-03-12"],
        ["Harbour Police Station", "2024-05-02"],
      ]);
  });
});
