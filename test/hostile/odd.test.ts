/**
 * Large or odd input that once crashed or blocked rectrack: a batch at the
 * published limit, a row number no spreadsheet can have, a row whose Rec ID
 * was cleared, and a workbook written with namespace prefixes by an
 * SDK-based tool. Each imports or is refused in one line, never a crash.
 */
import JSZip from "jszip";
import { readFileSync } from "fs";
import { BATCH_FORMAT, BATCH_VERSION } from "../../src/core/model/batch";
import { columnLetter } from "../../src/core/schema/a1";
import { TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { readTracker } from "../../src/files/xlsx";
import { docxOfParagraphs } from "../support/docx";
import { preExtendedTracker, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
import { expectOneLineRefusal, rectrack, scratch, Scratch } from "./support";

let files: Scratch;
beforeAll(() => {
  files = scratch("hostile-odd");
});
afterAll(() => files.remove());

function batchOf(count: number, reportId = "visit-big-2026"): string {
  return JSON.stringify({
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: reportId,
      title: "A large thematic report",
      type: "thematic",
      date: "2026-05-04",
    },
    recommendations: Array.from({ length: count }, (_, i) => ({
      ref: String(i + 1),
      text: `The director of establishment ${i + 1} should publish the visiting hours in every unit.`,
    })),
  });
}

async function rewrite(bytes: Uint8Array, edit: (path: string, xml: string) => string) {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith(".xml") || zip.files[path].dir) continue;
    zip.file(path, edit(path, await zip.files[path].async("string")));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

it("imports a batch of 10,000 recommendations (the published limit)", async () => {
  const tracker = files.put("big.xlsx", await trackerBytes([]));
  const batch = files.put("big.json", batchOf(10_000));
  const run = await rectrack(["import", batch, tracker, "--json", "--today", "2026-05-05"]);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(JSON.parse(run.out).summary.added).toBe(10_000);
  const read = await readTracker(readFileSync(tracker), tracker);
  expect(read.rows).toHaveLength(10_000);
}, 120_000);

it("refuses in one line a sheet with a row number no spreadsheet can have", async () => {
  const bytes = await rewrite(await trackerBytes(sampleRecords(3, seededRandom(4))), (path, xml) =>
    /worksheets\/sheet1\.xml$/.test(path)
      ? xml.replace(
          /<\/sheetData>/,
          '<row r="4000000000"><c r="A4000000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        )
      : xml
  );
  const path = files.put("absurd.xlsx", bytes);
  const started = Date.now();
  const run = await rectrack(["validate", path]);
  expectOneLineRefusal(
    run,
    /absurd\.xlsx: the sheet "Recommendations" has a row numbered 4,000,000,000, more than the 1,048,576 rows/
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(files.unchanged(path, bytes)).toBe(true);
});

it("reports a row whose Rec ID was cleared and imports the rest", async () => {
  const records = sampleRecords(3, seededRandom(9)).map((record) => ({
    ...record,
    source: "visit-big-2026",
  }));
  records[0].id = null;
  records[0].text =
    "The director of establishment 1 should publish the visiting hours in every unit.";
  const tracker = files.put("cleared.xlsx", await trackerBytes(records));
  const batch = files.put("small.json", batchOf(3));
  const run = await rectrack(["import", batch, tracker, "--json", "--today", "2026-05-05"]);
  expect(run.err).toMatch(/row 2 has no Rec ID/);
  expect([0, 1]).toContain(run.code);
  const result = JSON.parse(run.out) as { written: boolean; summary: { added: number } };
  expect(result.written).toBe(true);
  const read = await readTracker(readFileSync(tracker), tracker);
  expect(read.rows.filter((row) => !row.values.id)).toHaveLength(1);
  expect(read.rows.length).toBeGreaterThanOrEqual(5);
});

it("reads and writes a workbook whose parts use a namespace prefix (x:worksheet)", async () => {
  const prefixed = await rewrite(
    await trackerBytes(sampleRecords(4, seededRandom(2))),
    (path, xml) => {
      if (!/^xl\/(workbook|worksheets\/sheet\d+|tables\/table\d+|sharedStrings)\.xml$/.test(path))
        return xml;
      return xml
        .replace(
          /xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        )
        .replace(/<(\/?)(?!\?)([A-Za-z][\w]*)(?=[\s>/])/g, (m, slash: string, name: string) =>
          name.includes(":") ? m : `<${slash}x:${name}`
        );
    }
  );
  const sheet = await (
    await JSZip.loadAsync(prefixed)
  )
    .file("xl/worksheets/sheet1.xml")!
    .async("string");
  expect(sheet).toMatch(/^(<\?xml[^>]*\?>)?\s*<x:worksheet /);
  const path = files.put("prefixed.xlsx", prefixed);
  const validate = await rectrack(["validate", path, "--json"]);
  expect(validate.err).toBe("");
  const batch = files.put("p.json", batchOf(2, "visit-p"));
  const run = await rectrack(["import", batch, path, "--json", "--today", "2026-05-05"]);
  expect(run.err).toBe("");
  expect(JSON.parse(run.out).summary.added).toBe(2);
  expect((await readTracker(readFileSync(path), path)).rows).toHaveLength(6);
});

describe("a report in a language the finder does not read", () => {
  const german = [
    "Bericht über den Besuch in der Justizvollzugsanstalt Nord",
    "Die Nationale Stelle zur Verhütung von Folter empfiehlt, dass die Anstaltsleitung die Hafträume im Block C bis Ende des Jahres renoviert.",
    "Die Gefangenen sollten täglich mindestens eine Stunde im Freien verbringen können. Außerdem sollte jeder neu aufgenommene Gefangene innerhalb von vierundzwanzig Stunden ärztlich untersucht werden, und die Ergebnisse sollten dokumentiert werden.",
  ];

  it("says so instead of only 'No recommendations found'", async () => {
    const path = files.put("bericht.docx", await docxOfParagraphs(german));
    const extract = await rectrack(["extract", path]);
    expect(extract.out).toMatch(/language the finder does not read yet/);
    const tracker = files.put("de.xlsx", await trackerBytes([]));
    const before = readFileSync(tracker);
    const run = await rectrack(["import", path, tracker, "--today", "2026-05-05"]);
    expectOneLineRefusal(run, /seems to be written in a language the finder does not read yet/);
    expect(files.unchanged(tracker, before)).toBe(true);
  });
});

describe("a table extended in advance, with a calculated column", () => {
  it("does not count its empty rows, fills them first, and gives rows past them the formula", async () => {
    const records = sampleRecords(3, seededRandom(21));
    const path = files.put("padded.xlsx", await preExtendedTracker(records));
    const before = await readTracker(readFileSync(path), path);
    expect(before.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const stats = await rectrack(["stats", path, "--json"]);
    expect(JSON.parse(stats.out).total).toBe(3);

    const run = await rectrack([
      "import",
      files.put("pad.json", batchOf(12, "visit-pad")),
      path,
      "--json",
      "--today",
      "2026-05-05",
    ]);
    expect(run.err).toBe("");
    const after = await readTracker(readFileSync(path), path);
    expect(after.rows.map((r) => r.row)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    const sheet = await (
      await JSZip.loadAsync(readFileSync(path))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    const extra = columnLetter(TRACKER_COLUMNS.length);
    for (const r of [5, 14, 15, 16])
      expect(sheet).toMatch(new RegExp(`<c r="${extra}${r}"[^>]*><f>TODAY\\(\\)-Recommendations`));
  });
});
