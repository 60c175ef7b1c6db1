/**
 * What the Dashboard's labels are and in which order, from the tracker's
 * rows and its lists: every list entry and every value found, most frequent
 * first, counted as the sheet's formulas count them (rows with a
 * recommendation text; text compared without case; several addressees in
 * one cell count once for each). The add-in and rectrack give this to the
 * plan (src/core/schema/dashboard.ts) each time they write the workbook.
 */
import { DASHBOARD_SECTIONS, DashboardData, DashboardSectionKey } from "../schema/dashboard";
import type { Language } from "../schema/plan";
import { VOCABULARIES, VocabularyKey, vocabularyLabel } from "../schema/vocabularies";
import { planLists } from "../schema/workbook-plan";
import { cellValues, listValuesOf } from "./cells";
import type { TrackerRecord } from "./types";

export interface SectionCount {
  label: string;
  count: number;
}

function hasText(record: TrackerRecord): boolean {
  const text = record.text;
  return typeof text === "string" ? text.trim() !== "" : text !== undefined && text !== null;
}

/** Each section's labels with their counts, in the order the Dashboard shows them. */
export function dashboardCounts(
  records: readonly TrackerRecord[],
  lists: Partial<Record<VocabularyKey, readonly string[]>>,
  language: Language
): Record<DashboardSectionKey, SectionCount[]> {
  const out = {} as Record<DashboardSectionKey, SectionCount[]>;
  // One walk over the rows: for each section, how many rows (with a recommendation text) hold each
  // distinct cell value, in the order the values first come (a tracker repeats a few values).
  const valueRows = DASHBOARD_SECTIONS.map(() => new Map<string, number>());
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!hasText(record)) continue;
    for (let s = 0; s < DASHBOARD_SECTIONS.length; s++) {
      const cell = record[DASHBOARD_SECTIONS[s].column];
      if (cell === undefined || cell === null || cell === "") continue;
      const raw = String(cell);
      const rows = valueRows[s];
      rows.set(raw, (rows.get(raw) ?? 0) + 1);
    }
  }
  DASHBOARD_SECTIONS.forEach((section, s) => {
    const vocab = VOCABULARIES[section.vocabulary];
    const entries = new Map<string, SectionCount & { order: number }>();
    const add = (label: string) => {
      const key = label.trim().toLowerCase();
      if (key && !entries.has(key))
        entries.set(key, { label: label.trim(), count: 0, order: entries.size });
      return entries.get(key);
    };
    if (vocab.extendable) for (const item of lists[section.vocabulary] ?? []) add(item);
    else for (const value of vocab.values) add(value.labels[language]);
    // The entries each value counts for, worked out once per value.
    for (const [raw, count] of valueRows[s]) {
      const seen = new Set<string>();
      for (const value of cellValues(section.column, raw)) {
        // Fixed lists hold keys in core ("inProgress"); the sheet holds their labels.
        const label = vocab.extendable
          ? value
          : (vocabularyLabel(section.vocabulary, value, language) ?? value);
        const entry = vocab.extendable ? add(label) : entries.get(label.trim().toLowerCase());
        // A value outside a fixed list is counted by the sheet's "(other values)" row, not listed.
        if (!entry || seen.has(label.toLowerCase())) continue;
        seen.add(label.toLowerCase());
        entry.count += count;
      }
    }
    out[section.key] = [...entries.values()]
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ label, count }) => ({ label, count }));
  });
  return out;
}

/** The Dashboard's labels in order and its year rows, for the plan. */
export function dashboardData(
  records: readonly TrackerRecord[],
  lists: Partial<Record<VocabularyKey, readonly string[]>>,
  language: Language
): DashboardData {
  const counts = dashboardCounts(records, lists, language);
  const sections: DashboardData["sections"] = {};
  for (const [key, entries] of Object.entries(counts) as [DashboardSectionKey, SectionCount[]][])
    sections[key] = entries.map((entry) => entry.label);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < records.length; i++) {
    const made = records[i].dateMade;
    if (typeof made !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(made)) continue;
    const year = Number(made.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  // A row or two to spare: a recommendation dated next year still has its row before the next refresh.
  return { sections, yearRows: Number.isFinite(first) ? last - first + 3 : undefined };
}

/** The Dashboard of a tracker made from these records (adopting a sheet, a new file): the lists as the new Lists sheet holds them. */
export function newTrackerDashboard(
  records: readonly TrackerRecord[],
  language: Language
): DashboardData {
  return dashboardData(records, planLists(language, listValuesOf(records)), language);
}
