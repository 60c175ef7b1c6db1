import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../core/tracker/cells";
import { newId, RandomSource } from "../core/tracker/ids";
import { computeStats } from "../core/tracker/stats";
import type { TrackerRecord, TrackerRow } from "../core/tracker/types";
import { validateRows } from "../core/tracker/validate";
import { adoptWorkbook, buildTemplate, readTracker } from "../files/xlsx";

/** Tracker benchmarks: validation and statistics on 50,000 rows, reading that workbook, adopting a 5,000-row hand-made sheet. */

function seeded(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const STATUSES = [
  "notStarted",
  "inProgress",
  "partiallyImplemented",
  "implemented",
  "notImplemented",
];
const ACCEPTED = ["accepted", "partiallyAccepted", "rejected", "noResponse"];
const AUTHORITIES = [
  "Ministry of Justice",
  "Ministry of Health",
  "Prison director",
  "Police HQ",
  "Governor",
  "MoI",
];
const THEMES = [
  "Health care",
  "Material conditions",
  "Legal safeguards",
  "Complaints",
  "Staff",
  "Use of force",
];
const PLACE_TYPES = ["Prison", "Police station", "Psychiatric hospital", "Care home", "IRC"];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function day(random: RandomSource, from: number, span: number): string {
  return new Date(Date.UTC(from, 0, 1) + Math.floor(random() * span) * 86400000)
    .toISOString()
    .slice(0, 10);
}

export function generatedRecords(count: number, seed = 1): TrackerRecord[] {
  const random = seeded(seed);
  const records: TrackerRecord[] = [];
  for (let i = 0; i < count; i++) {
    const status = pick(random, STATUSES);
    const verified = status === "implemented" ? random() < 0.6 : null;
    records.push({
      id: newId(random),
      ref: String(i + 1),
      dateMade: day(random, 2015, 4000),
      text: `The director of place ${i % 300} should make sure that every person detained is seen by a doctor within 24 hours (${i}).`,
      authority: pick(random, AUTHORITIES),
      theme: pick(random, THEMES),
      placeType: pick(random, PLACE_TYPES),
      accepted: pick(random, ACCEPTED),
      status,
      deadline: random() < 0.7 ? day(random, 2016, 4000) : null,
      verified,
      verifiedOn: verified && random() < 0.8 ? day(random, 2020, 1500) : null,
      reasonNotImplemented: status === "notImplemented" && random() < 0.7 ? "budget" : null,
    });
  }
  return records;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function legacyWorkbook(count: number): Promise<Buffer> {
  const random = seeded(99);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Recs");
  sheet.addRow(["Follow-up of recommendations"]);
  sheet.addRow([]);
  sheet.addRow([
    "No.",
    "Date of report",
    "Facility",
    "Type of facility",
    "Recommendation",
    "Addressed to",
    "Theme",
    "Response",
    "Accepted?",
    "Status",
    "Follow-up visit",
    "Notes",
    "Internal",
  ]);
  const statuses = [
    "ongoing",
    "implemented",
    "not implemented - no staff",
    "Partly",
    "not started",
    "?",
    "In progress ",
  ];
  const dates = (i: number) =>
    [
      `${(i % 28) + 1}/0${(i % 9) + 1}/2023`,
      new Date(Date.UTC(2022, i % 12, 1)),
      "January 2024",
      `2024-0${(i % 9) + 1}-15`,
    ][i % 4];
  for (let i = 0; i < count; i++) {
    sheet.addRow([
      i + 1,
      dates(i),
      `Place ${i % 40}`,
      pick(random, PLACE_TYPES),
      `The management should keep a register of every use of force, with the reasons and the staff involved (${i}).`,
      pick(random, AUTHORITIES),
      pick(random, THEMES),
      random() < 0.5 ? "Accepted. Works planned for next year." : null,
      pick(random, ["Yes", "No", "Partly", "No answer", "y"]),
      pick(random, statuses),
      pick(random, ["yes", "not yet", "YES (Jun 2024)", null]),
      random() < 0.3 ? "Check at next visit" : null,
      random() < 0.2 ? "internal" : null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function benchTracker(): Promise<{ name: string; figure: string; target: string }[]> {
  const today = "2026-03-01";
  const records = generatedRecords(50000);
  const rows: TrackerRow[] = records.map((values, index) => ({ row: index + 2, values }));

  let start = process.hrtime.bigint();
  const issues = validateRows(rows, { today });
  const stats = computeStats(records, { today });
  const coreMs = ms(start);

  const bytes = await buildTemplate(
    buildWorkbookPlan({
      language: "en",
      rows: records.map((record) => recordToCells(record, "en")),
      listExtras: listValuesOf(records),
    })
  );
  start = process.hrtime.bigint();
  const tracker = await readTracker(bytes, "bench.xlsx");
  const readMs = ms(start);
  start = process.hrtime.bigint();
  validateRows(tracker.rows, { today });
  computeStats(
    tracker.rows.map((row) => row.values),
    { today }
  );
  const readCoreMs = ms(start);

  const legacy = await legacyWorkbook(5000);
  start = process.hrtime.bigint();
  const adopted = await adoptWorkbook(legacy, "legacy.xlsx", { today, random: seeded(5) });
  const adoptMs = ms(start);

  return [
    {
      name: `tracker validate + stats, 50,000 rows in memory (${issues.length} issues, ${stats.total} counted)`,
      figure: `${coreMs.toFixed(0)} ms`,
      target: "< 1000 ms",
    },
    {
      name: `tracker .xlsx read, 50,000 rows (${(bytes.length / 1e6).toFixed(1)} MB file), then validate + stats ${readCoreMs.toFixed(0)} ms`,
      figure: `${readMs.toFixed(0)} ms`,
      target: "< 5000 ms",
    },
    {
      name: `adopt a 5,000-row hand-made sheet (${adopted.adopted.records.length} rows, write included)`,
      figure: `${adoptMs.toFixed(0)} ms`,
      target: "< 5000 ms",
    },
  ];
}
