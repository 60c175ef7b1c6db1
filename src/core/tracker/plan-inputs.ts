/**
 * Pure choices made before building a plan, by the Excel adapter and the
 * .xlsx adapter alike: sheet names that do not clash with the user's sheets,
 * the extendable-list words found in data, and what a tracker made from an
 * adopted sheet holds. The language of a sheet is ./sheet-language.ts.
 */
import {
  COLUMN_BY_KEY,
  ColumnKey,
  RECOMMENDATIONS_TABLE,
  TRACKER_COLUMNS,
} from "../schema/columns";
import type { TrackerMetadata } from "../schema/customxml";
import { locateColumns } from "../schema/upgrade";
import { headerScores, type AdoptedSheet } from "./legacy";
import type { CellValue, Language, SheetKey } from "../schema/plan";
import type { PlanOptions } from "../schema/workbook-plan";
import { listValuesOf, recordToCells } from "./cells";
import { newTrackerDashboard } from "./dashboard";
import { historyFigures } from "./figures";
import { followUpList, followUpRows } from "./followup";
import { PLAN_TEXTS } from "../schema/texts";

/** The language's sheet names, with " (2)", " (3)"... where the workbook already has a sheet of that name. */
export function freeSheetNames(
  language: Language,
  existing: readonly string[],
  keep: Partial<Record<SheetKey, string>> = {}
): Record<SheetKey, string> {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const out = {} as Record<SheetKey, string>;
  for (const [key, base] of Object.entries(PLAN_TEXTS[language].sheets) as [SheetKey, string][]) {
    const kept = keep[key];
    if (kept) {
      out[key] = kept;
      continue;
    }
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    out[key] = name;
  }
  return out;
}

export function schemaIndex(key: ColumnKey): number {
  return TRACKER_COLUMNS.indexOf(COLUMN_BY_KEY.get(key) as (typeof TRACKER_COLUMNS)[number]);
}

/** How sure a header must name a missing column to be taken for it (1 = a known wording of it). */
const RENAMED_CONFIDENCE = 0.85;

/**
 * A header the user reworded without the add-in ("Recommendation text" for
 * "Recommendation") would otherwise look like an own column, and the
 * schema's column would be added a second time. When an unplaced header is
 * a known wording of a column the table lacks, it is taken for that column
 * and recorded in the metadata, as a rename through the add-in would be.
 */
export function recogniseRenamed(
  headers: readonly string[],
  metadata: TrackerMetadata | null,
  language: Language
): TrackerMetadata | null {
  const { found, extra } = locateColumns(headers, metadata);
  const missing = new Set(
    TRACKER_COLUMNS.map((column) => column.key).filter((key) => !found.has(key))
  );
  const claimed: Partial<Record<ColumnKey, string>> = {};
  for (const column of extra) {
    let best: { key: ColumnKey; score: number } | null = null;
    for (const [key, score] of headerScores(column.header)) {
      if (missing.has(key) && score >= RENAMED_CONFIDENCE && (!best || score > best.score))
        best = { key, score };
    }
    if (best) {
      claimed[best.key] = column.header;
      missing.delete(best.key);
    }
  }
  if (Object.keys(claimed).length === 0) return metadata;
  const base: TrackerMetadata = metadata ?? {
    // No metadata part yet: the version is unknown, so the upgrade still writes the part.
    schemaVersion: 0,
    language,
    table: RECOMMENDATIONS_TABLE,
    headers: {},
  };
  return { ...base, headers: { ...base.headers, ...claimed } };
}

/**
 * What a new tracker made from an adopted sheet holds, the same from the
 * Excel pane and `rectrack adopt`: its rows (the schema's columns, then the
 * user's own), the list entries found in them, the Dashboard (no history
 * yet: each recommendation counts with its current status from its date
 * made) and the Follow-up rows as of `today`.
 */
export function adoptedTrackerContent(
  adopted: AdoptedSheet,
  language: Language,
  today: string
): Required<
  Pick<PlanOptions, "rows" | "extraColumns" | "listExtras" | "dashboard" | "followUpRows">
> {
  const rows: CellValue[][] = adopted.records.map((record, index) => [
    ...recordToCells(record, language),
    ...adopted.extraValues[index],
  ]);
  return {
    rows,
    extraColumns: adopted.extraHeaders,
    listExtras: listValuesOf(adopted.records),
    dashboard: {
      ...newTrackerDashboard(adopted.records, language),
      figures: historyFigures(adopted.records, { today, language, history: [] }),
    },
    followUpRows: followUpRows(followUpList(adopted.records, { today }), language),
  };
}
