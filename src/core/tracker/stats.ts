import { addDays } from "../schema/dates";
import type { ColumnKey } from "../schema/columns";
import { VOCABULARIES } from "../schema/vocabularies";
import { cellValues } from "./cells";
import type { FieldValue, TrackerRecord } from "./types";

/**
 * The figures the Dashboard sheet computes with formulas, computed the same
 * way (COUNTIF semantics: text compared without case, dates that are not
 * dates ignored), so the pane, `rectrack stats` and the sheet agree.
 */
export interface TrackerStats {
  /** Rows with a recommendation text (the Dashboard's total). */
  total: number;
  overdue: number;
  dueSoon: number;
  implementedNotVerified: number;
  /** Key recommendations (Key = Yes): how many, how many implemented, how many overdue, as the Dashboard's first figures. */
  key: { total: number; implemented: number; overdue: number };
  /** Fixed lists: count per value key; values outside the list are not counted, as in the sheet. */
  byStatus: Record<string, number>;
  byAccepted: Record<string, number>;
  /** Extendable lists: one entry per value (case-insensitive, first spelling kept), most frequent first. */
  byAuthority: LabelCount[];
  byTheme: LabelCount[];
  byPlace: LabelCount[];
  byPlaceType: LabelCount[];
  /** Every year from the first to the last date made, with counts per status key. */
  byYear: { year: number; total: number; byStatus: Record<string, number> }[];
}

export interface LabelCount {
  label: string;
  count: number;
}

export interface StatsOptions {
  /** ISO date of today; the Dashboard uses TODAY(). */
  today: string;
  /** "Due soon" window in days (the Dashboard uses 30). */
  dueSoonDays?: number;
}

const CLOSED = new Set(["implemented", "notImplemented"]);

function isDate(value: FieldValue | undefined): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function zeroCounts(keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, 0]));
}

function countLabels(records: readonly TrackerRecord[], key: ColumnKey): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  for (const record of records) {
    // Several addressees in one cell count once for each, as on the Dashboard.
    const seen = new Set<string>();
    for (const label of cellValues(key, record[key])) {
      const folded = label.toLowerCase();
      if (seen.has(folded)) continue;
      seen.add(folded);
      const entry = counts.get(folded);
      if (entry) entry.count++;
      else counts.set(folded, { label, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Is this record overdue on `today` (deadline passed, neither implemented nor closed as not implemented)? */
export function isOverdue(record: TrackerRecord, today: string): boolean {
  return (
    isDate(record.deadline) && record.deadline < today && !CLOSED.has(String(record.status ?? ""))
  );
}

export function isDueSoon(record: TrackerRecord, today: string, days: number): boolean {
  return (
    isDate(record.deadline) &&
    record.deadline >= today &&
    record.deadline <= addDays(today, days) &&
    !CLOSED.has(String(record.status ?? ""))
  );
}

export function isImplementedNotVerified(record: TrackerRecord): boolean {
  return record.status === "implemented" && record.verified !== true;
}

export function computeStats(
  records: readonly TrackerRecord[],
  options: StatsOptions
): TrackerStats {
  const statusKeys = VOCABULARIES.status.values.map((value) => value.key);
  const acceptedKeys = VOCABULARIES.accepted.values.map((value) => value.key);
  const byStatus = zeroCounts(statusKeys);
  const byAccepted = zeroCounts(acceptedKeys);
  const days = options.dueSoonDays ?? 30;
  const years = new Map<number, { total: number; byStatus: Record<string, number> }>();
  let total = 0;
  let overdue = 0;
  let dueSoon = 0;
  let notVerified = 0;
  const key = { total: 0, implemented: 0, overdue: 0 };
  for (const record of records) {
    if (record.key === true) {
      key.total++;
      if (record.status === "implemented") key.implemented++;
      if (isOverdue(record, options.today)) key.overdue++;
    }
    if (
      typeof record.text === "string"
        ? record.text.trim() !== ""
        : record.text !== undefined && record.text !== null
    )
      total++;
    const status = typeof record.status === "string" ? record.status : "";
    if (status in byStatus) byStatus[status]++;
    const accepted = typeof record.accepted === "string" ? record.accepted : "";
    if (accepted in byAccepted) byAccepted[accepted]++;
    if (isOverdue(record, options.today)) overdue++;
    if (isDueSoon(record, options.today, days)) dueSoon++;
    if (isImplementedNotVerified(record)) notVerified++;
    if (isDate(record.dateMade)) {
      const year = Number(record.dateMade.slice(0, 4));
      let entry = years.get(year);
      if (!entry) years.set(year, (entry = { total: 0, byStatus: zeroCounts(statusKeys) }));
      entry.total++;
      if (status in entry.byStatus) entry.byStatus[status]++;
    }
  }
  const byYear: TrackerStats["byYear"] = [];
  if (years.size > 0) {
    const first = Math.min(...years.keys());
    const last = Math.max(...years.keys());
    for (let year = first; year <= last; year++) {
      byYear.push({ year, ...(years.get(year) ?? { total: 0, byStatus: zeroCounts(statusKeys) }) });
    }
  }
  return {
    total,
    overdue,
    dueSoon,
    implementedNotVerified: notVerified,
    key,
    byStatus,
    byAccepted,
    byAuthority: countLabels(records, "authority"),
    byTheme: countLabels(records, "theme"),
    byPlace: countLabels(records, "place"),
    byPlaceType: countLabels(records, "placeType"),
    byYear,
  };
}
