/**
 * Large inputs: a 20 MB report read and checked, and a 100,000-row tracker
 * validated and counted, in full and without a refusal. How long they take
 * is a figure of `npm run bench` (bench/large.ts), not a test.
 */
import { generatedRecords } from "../support/records";
import { TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { recordToCells } from "../../src/core/tracker/cells";
import { buildDocx, docxOfParagraphs, para } from "../support/docx";
import { rectrack, scratch, Scratch, sheetPackage } from "./support";

let files: Scratch;
beforeAll(() => {
  files = scratch("hostile-size");
});
afterAll(() => files.remove());

describe("a 20 MB report", () => {
  it("is read and every one of its recommendations checked", async () => {
    const narrative =
      "During the visit the delegation interviewed detained persons and staff in private, examined registers and inspected the cells, the exercise yards, the kitchen and the health care unit. ";
    const paragraphs: string[] = ["Report on the visit to Northgate Prison"];
    for (let i = 0; paragraphs.length < 90_000; i++) {
      paragraphs.push(`${i + 1}. ${narrative}${narrative}`);
      if (i % 200 === 0)
        paragraphs.push(
          `The NPM recommends that the Ministry of Justice install a call bell in every cell of block ${i} by June 2027.`
        );
    }
    const report = await docxOfParagraphs(paragraphs);
    const path = files.put("big-report.docx", report);
    const xmlBytes = paragraphs.reduce((n, p) => n + p.length, 0);
    expect(xmlBytes).toBeGreaterThan(20_000_000);

    const extract = await rectrack(["extract", path, "--json"]);
    expect(extract.err).toBe("");
    const found = JSON.parse(extract.out) as { text: string }[];
    expect(found.length).toBeGreaterThanOrEqual(400);
    expect(found.every((r) => /call bell/.test(r.text))).toBe(true);

    const check = await rectrack(["check", path, "--json"]);
    expect(check.err).toBe("");
    expect((JSON.parse(check.out) as unknown[]).length).toBe(found.length);
  }, 60_000);
});

describe("a 20 MB report file", () => {
  it("is read without inflating what the reader does not need (a 19.5 MB picture)", async () => {
    const noise = new Uint8Array(19.5 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 4) {
      const x = Math.imul(i + 1, 2654435761) >>> 0;
      noise[i] = x;
      noise[i + 1] = x >>> 8;
      noise[i + 2] = x >>> 16;
      noise[i + 3] = x >>> 24;
    }
    const texts = Array.from(
      { length: 20_000 },
      (_v, i) => `${i + 1}. The delegation visited the cells and interviewed detained persons.`
    );
    texts.push("The NPM recommends that the Ministry of Justice install call bells by June 2027.");
    const report = await buildDocx({
      blocks: texts.map((text) => para(text)),
      override: { "word/media/image1.png": noise },
    });
    expect(report.length).toBeGreaterThan(20_000_000);
    const path = files.put("big-file-report.docx", report);
    const extract = await rectrack(["extract", path, "--json"]);
    expect(extract.err).toBe("");
    expect((JSON.parse(extract.out) as unknown[]).length).toBe(1);
  }, 60_000);
});

describe("a 100,000-row tracker", () => {
  it("is validated and counted in full", async () => {
    const records = generatedRecords(100_000, 3);
    const rows = [
      TRACKER_COLUMNS.map((column) => column.headers.en),
      ...records.map((record) => recordToCells(record, "en")),
    ];
    const path = files.put(
      "big-tracker.xlsx",
      await sheetPackage(rows, { table: "Recommendations" })
    );

    const validate = await rectrack(["validate", path, "--json", "--today", "2026-03-01"]);
    expect(validate.err).toBe("");
    const report = JSON.parse(validate.out) as { rows: number; errors: number };
    expect(report.rows).toBe(100_000);

    const stats = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    expect(stats.err).toBe("");
    expect((JSON.parse(stats.out) as { total: number }).total).toBe(100_000);
  }, 90_000);
});
