import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Language } from "../../src/core/schema/plan";
import { columnLetter } from "../../src/core/schema/a1";
import {
  ColumnKey,
  columnHeader,
  FIRST_TABLE_ORDER,
  TRACKER_COLUMNS,
} from "../../src/core/schema/columns";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { VOCABULARIES } from "../../src/core/schema/vocabularies";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { fieldToCell, listValuesOf, recordToCells } from "../../src/core/tracker/cells";
import { followUpList } from "../../src/core/tracker/followup";
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

/**
 * A tracker whose table the user grew to row 14 in advance and gave a
 * calculated "Days open" column (a formula on every row, the empty ones too).
 */
export async function preExtendedTracker(records: TrackerRecord[]): Promise<Uint8Array> {
  const width = TRACKER_COLUMNS.length;
  const last = columnLetter(width - 1);
  const extra = columnLetter(width);
  const formula = "TODAY()-Recommendations[[#This Row],[Date made]]";
  const zip = await JSZip.loadAsync(await trackerBytes(records));
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith(".xml") || zip.files[path].dir) continue;
    let xml = await zip.files[path].async("string");
    if (/^xl\/tables\/table\d+\.xml$/.test(path) && /name="Recommendations"/.test(xml)) {
      xml = xml
        .replace(new RegExp(`ref="A1:${last}\\d+"`, "g"), `ref="A1:${extra}14"`)
        .replace(
          /<tableColumns count="(\d+)">/,
          (_m, n: string) => `<tableColumns count="${Number(n) + 1}">`
        )
        .replace(
          "</tableColumns>",
          `<tableColumn id="${width + 1}" name="Days open"><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn></tableColumns>`
        );
    }
    if (path === "xl/worksheets/sheet1.xml") {
      xml = xml.replace(
        /(<row r="1"[^>]*>[\s\S]*?)(<\/row>)/,
        `$1<c r="${extra}1" t="inlineStr"><is><t>Days open</t></is></c>$2`
      );
      for (let r = 2; r <= 14; r++) {
        const cell = `<c r="${extra}${r}"><f>${formula}</f><v>12</v></c>`;
        if (new RegExp(`<row r="${r}"`).test(xml))
          xml = xml.replace(new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)(</row>)`), `$1${cell}$2`);
        else xml = xml.replace("</sheetData>", `<row r="${r}">${cell}</row></sheetData>`);
      }
    }
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The first release's colours: every status coloured, "Not started" in red. */
const FIRST_STATUS_COLOURS: Record<string, string> = {
  notStarted: "#F4CCCC",
  inProgress: "#FFF2CC",
  partiallyImplemented: "#FCE5CD",
  implemented: "#D9EAD3",
  notImplemented: "#E06666",
};

/**
 * A tracker as the first release wrote it, holding `records`: its columns in
 * the first order (the user's own columns after them), only the header row
 * frozen, no print settings, every status coloured, scores shown with a
 * decimal, rows at the default height, a Follow-up sheet with "Why" and an
 * unexplained "Days" and a note naming the command line. `withoutUpdated`
 * leaves out the last column (an older schema), so an upgrade adds it.
 */
export async function firstReleaseTrackerBytes(
  records: TrackerRecord[],
  options: {
    extraColumns?: { header: string; values: (string | number | null)[] }[];
    withoutUpdated?: boolean;
    today?: string;
  } = {}
): Promise<Buffer> {
  const language = "en";
  const extras = options.extraColumns ?? [];
  const plan = buildWorkbookPlan({
    language,
    order: FIRST_TABLE_ORDER,
    rows: records.map((record, i) => [
      ...recordToCells(record, language, FIRST_TABLE_ORDER),
      ...extras.map((extra) => extra.values[i] ?? null),
    ]),
    extraColumns: extras.map((extra) => extra.header),
    listExtras: listValuesOf(records),
    // Schema v1: no History sheet, no Stakeholders sheet.
    history: false,
    stakeholders: false,
  });
  const recs = plan.sheets.find((sheet) => sheet.key === "recommendations")!;
  const table = recs.tables[0];
  recs.print = undefined;
  recs.freeze = { rows: 1, columns: 0 };
  table.rowHeights = undefined;
  table.columns.find((column) => column.key === "smartScore")!.numberFormat = "0.0";
  const letter = (key: ColumnKey) => columnLetter(FIRST_TABLE_ORDER.indexOf(key));
  const s = `$${letter("status")}2`;
  recs.conditionalFormats = [
    recs.conditionalFormats.find((format) => format.description === "overdue deadline")!,
    ...Object.entries(FIRST_STATUS_COLOURS).map(([key, fill], index) => ({
      range: `${letter("status")}2:${letter("status")}1048576`,
      formula: `=${s}="${VOCABULARIES.status.values.find((value) => value.key === key)!.labels.en}"`,
      format: { fill },
      priority: 2 + index,
      stopIfTrue: true,
      description: `status ${key}`,
    })),
  ];
  if (options.withoutUpdated) {
    const at = FIRST_TABLE_ORDER.indexOf("updated");
    table.columns.splice(at, 1);
    for (const row of table.rows) row.splice(at, 1);
    recs.columnWidths.splice(at, 1);
    recs.validations = recs.validations.filter((rule) => rule.tableColumn?.columnKey !== "updated");
  }
  const followUp = plan.sheets.find((sheet) => sheet.key === "followUp")!;
  const firstKeys: ColumnKey[] = [
    "id",
    "ref",
    "text",
    "authority",
    "deadline",
    "status",
    "verified",
    "staff",
  ];
  followUp.tables[0].columns = [
    { key: "reason", header: "Why", numberFormat: "@" },
    { key: "days", header: "Days", numberFormat: "0" },
    ...firstKeys.map((key) => ({
      key,
      header: columnHeader(key, language),
      numberFormat: key === "deadline" ? "yyyy-mm-dd" : "@",
    })),
  ];
  followUp.tables[0].rows = followUpList(records, { today: options.today ?? "2026-03-01" }).map(
    (item) => [
      PLAN_TEXTS.en.reasons[item.reason],
      item.days,
      ...firstKeys.map((key) => fieldToCell(key, item.record[key], language)),
    ]
  );
  followUp.tables[0].rowHeights = undefined;
  followUp.cells = followUp.cells.map((cell) =>
    cell.address === "A2"
      ? {
          ...cell,
          value: "Refreshed by the add-in or by `rectrack`; the Dashboard counts stay live.",
        }
      : cell
  );
  followUp.print = undefined;
  followUp.columnWidths = followUp.columnWidths.slice(0, followUp.tables[0].columns.length);
  for (const sheet of plan.sheets) if (sheet.key !== "recommendations") sheet.print = undefined;
  return buildTemplate(plan);
}
