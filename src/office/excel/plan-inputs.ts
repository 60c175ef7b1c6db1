/**
 * Pure choices the Excel adapter makes before building a plan: sheet names
 * that do not clash with the user's sheets, the tracker language of a
 * workbook without metadata, and the extendable-list words found in data.
 * (The .xlsx adapter makes the same choices; these belong in src/core/tracker
 * once both sides share them.)
 */
import { COLUMN_BY_KEY, ColumnKey, LANGUAGES, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { Language, SheetKey } from "../../core/schema/plan";
import { PLAN_TEXTS } from "../../core/schema/texts";
import { foldText, VocabularyKey } from "../../core/schema/vocabularies";
import type { TrackerRecord } from "../../core/tracker/types";

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

/** The language whose schema headers match most of the table's headers; `fallback` when none does. */
export function languageOfHeaders(headers: readonly string[], fallback: Language): Language {
  const folded = new Set(headers.map((header) => foldText(header)));
  let best: Language = fallback;
  let bestScore = 0;
  for (const language of LANGUAGES) {
    const score = TRACKER_COLUMNS.filter((column) =>
      folded.has(foldText(column.headers[language]))
    ).length;
    // English and Spanish share a few headers ("Ref."); a tie keeps the earlier, the fallback first.
    if (score > bestScore || (score === bestScore && score > 0 && language === fallback)) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** Distinct values of the extendable lists in the records, so drop-downs and the Dashboard know them. */
export function listExtrasOf(
  records: readonly TrackerRecord[]
): Partial<Record<VocabularyKey, string[]>> {
  const extras: Partial<Record<VocabularyKey, string[]>> = {};
  for (const column of TRACKER_COLUMNS) {
    if (!column.vocabulary || (column.kind !== "list" && column.kind !== "multiList")) continue;
    const values: string[] = [];
    for (const record of records) {
      const value = record[column.key];
      if (typeof value !== "string" || value === "") continue;
      values.push(...(column.kind === "multiList" ? value.split(/\s*;\s*/) : [value]));
    }
    extras[column.vocabulary] = [...(extras[column.vocabulary] ?? []), ...values];
  }
  return extras;
}

export function schemaIndex(key: ColumnKey): number {
  return TRACKER_COLUMNS.indexOf(COLUMN_BY_KEY.get(key) as (typeof TRACKER_COLUMNS)[number]);
}
