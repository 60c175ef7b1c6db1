import ExcelJS from "exceljs";
import type { Language } from "../../src/core/schema/plan";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../../src/core/tracker/cells";
import { newTrackerDashboard } from "../../src/core/tracker/dashboard";
import type { RandomSource } from "../../src/core/tracker/ids";
import { newId } from "../../src/core/tracker/ids";
import type { CellInput, TrackerRecord } from "../../src/core/tracker/types";
import { buildTemplate } from "../../src/files/xlsx/apply-plan";

/** Fixture builders for tracker and legacy workbooks, made in code (tests must not need /work/shared). */

/** Deterministic random source (mulberry32). */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Northgate Prison",
  "Harbour Police Station",
  "Elm Hospital",
  "Hill Care Home",
  "Bay Removal Centre",
];
const PLACE_TYPES = [
  "Prison",
  "Police station",
  "Psychiatric hospital",
  "Social care home",
  "Immigration detention centre",
];
const AUTHORITIES = [
  "Ministry of Justice",
  "Ministry of Health",
  "Prison director",
  "Police HQ",
  "Ministry of the Interior",
];
const THEMES = [
  "Material conditions",
  "Health care",
  "Legal safeguards",
  "Complaints and inspection",
  "Staff and training",
];
const STATUSES = [
  "notStarted",
  "inProgress",
  "partiallyImplemented",
  "implemented",
  "notImplemented",
];
const ACCEPTED = ["accepted", "partiallyAccepted", "rejected", "noResponse"];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function isoDay(random: RandomSource, fromYear: number, years: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const day = Math.floor(random() * years * 365);
  return new Date(start + day * 86400000).toISOString().slice(0, 10);
}

/** Plausible, varied tracker records (some with gaps and deadlines around `today`). */
export function sampleRecords(
  count: number,
  random: RandomSource,
  today = "2026-03-01"
): TrackerRecord[] {
  const records: TrackerRecord[] = [];
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    const dateMade = isoDay(random, 2021, 5);
    const status = random() < 0.1 ? null : pick(random, STATUSES);
    const deadline =
      random() < 0.3
        ? null
        : new Date(todayMs + Math.floor((random() - 0.6) * 400) * 86400000)
            .toISOString()
            .slice(0, 10);
    const verified = status === "implemented" ? random() < 0.5 : null;
    records.push({
      id: newId(random),
      ref: String(i + 1),
      dateMade,
      text: `The authority should improve practice number ${i + 1} within six months.`,
      place: pick(random, PLACES),
      placeType: pick(random, PLACE_TYPES),
      authority: pick(random, AUTHORITIES),
      theme: pick(random, THEMES),
      accepted: random() < 0.15 ? null : pick(random, ACCEPTED),
      status,
      deadline,
      verified,
      verifiedOn: verified ? dateMade : null,
      reasonNotImplemented: status === "notImplemented" ? "budget" : null,
    });
  }
  return records;
}

/** A complete tracker workbook holding `records`. */
export async function trackerBytes(
  records: TrackerRecord[],
  language: Language = "en"
): Promise<Buffer> {
  return buildTemplate(
    buildWorkbookPlan({
      language,
      rows: records.map((record) => recordToCells(record, language)),
      listExtras: listValuesOf(records),
      dashboard: newTrackerDashboard(records, language),
    })
  );
}

/** A hand-made workbook: one sheet per entry, cells as given (row 1 first); `merge` ranges like "A1:D1". */
export async function legacyBytes(
  sheets: { name: string; rows: CellInput[][]; merge?: string[] }[]
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      })
    );
    for (const range of sheet.merge ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
