import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/rectrack";
import { buildWorkbookPlan } from "../src/core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../src/core/tracker/cells";
import { buildTemplate } from "../src/files/xlsx";
import { docxOfParagraphs } from "../test/support/docx";
import { generatedRecords } from "../test/support/records";
import type { BenchRow } from "./types";

/**
 * The large inputs of the hostile-input suite, timed here rather than in the
 * tests: a report of over 20 MB of text through `rectrack extract`,
 * `rectrack check` and `rectrack publish`, and a 100,000-row tracker through `rectrack validate`
 * and `rectrack stats`, each run in-process as the user runs it.
 */

async function timed(args: string[]): Promise<{ ms: number; out: string }> {
  let out = "";
  let err = "";
  const started = process.hrtime.bigint();
  const code = await main(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0 && code !== 1) throw new Error(`rectrack ${args[0]} failed (${code}): ${err}`);
  return { ms, out };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function benchLarge(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-large-"));
  try {
    const narrative =
      "During the visit the delegation interviewed detained persons and staff in private, examined registers and inspected the cells, the exercise yards, the kitchen and the health care unit. ";
    const paragraphs = ["Report on the visit to Northgate Prison"];
    for (let i = 0; paragraphs.length < 90_000; i++) {
      paragraphs.push(`${i + 1}. ${narrative}${narrative}`);
      if (i % 200 === 0)
        paragraphs.push(
          `The NPM recommends that the Ministry of Justice install a call bell in every cell of block ${i} by June 2027.`
        );
    }
    const textMb = paragraphs.reduce((n, p) => n + p.length, 0) / 1e6;
    const report = join(dir, "big-report.docx");
    writeFileSync(report, await docxOfParagraphs(paragraphs));
    const extract = await timed(["extract", report, "--json"]);
    const found = (JSON.parse(extract.out) as unknown[]).length;
    const check = await timed(["check", report, "--json"]);
    const publish = await timed(["publish", report, join(dir, "published.docx")]);

    const records = generatedRecords(100_000, 3);
    const tracker = join(dir, "big-tracker.xlsx");
    writeFileSync(
      tracker,
      await buildTemplate(
        buildWorkbookPlan({
          language: "en",
          rows: records.map((record) => recordToCells(record, "en")),
          listExtras: listValuesOf(records),
        })
      )
    );
    const validate = await timed(["validate", tracker, "--json", "--today", "2026-03-01"]);
    const stats = await timed(["stats", tracker, "--json", "--today", "2026-03-01"]);
    const counted = (JSON.parse(stats.out) as { total: number }).total;

    return [
      {
        name: `rectrack extract, a report of ${textMb.toFixed(1)} MB of text (${found} recommendations)`,
        figure: seconds(extract.ms),
        target: "< 30 s",
      },
      { name: "rectrack check, the same report", figure: seconds(check.ms), target: "< 30 s" },
      {
        name: "rectrack publish, the same report (its copy for publication)",
        figure: seconds(publish.ms),
        target: "< 30 s",
      },
      {
        name: `rectrack validate, a 100,000-row tracker`,
        figure: seconds(validate.ms),
        target: "< 30 s",
      },
      {
        name: `rectrack stats, the same tracker (${counted.toLocaleString("en")} counted)`,
        figure: seconds(stats.ms),
        target: "< 30 s",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
