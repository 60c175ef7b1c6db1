import { addDays, daysBetween } from "../schema/dates";
import type { ColumnKey } from "../schema/columns";
import { VOCABULARIES } from "../schema/vocabularies";
import { cellValues } from "./cells";
import { statusByYearEnd, type HistoryRow, type YearEnd } from "./history";
import { awaitsReply, isDate, replyDue } from "./reply";
import { computeTrends, type Trends } from "./trends";
import { strategyOutcomes, type StrategyOutcome } from "./strategies";
import type { TrackerRecord } from "./types";

export { awaitsReply, replyDue };

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
  /**
   * No response recorded within the reply deadline (null when no deadline is
   * set, as on the Dashboard's row).
   */
  replyOverdue: number | null;
  /**
   * Every year from the first recommendation's to today's: how many were in
   * each status on 31 December (today for this year), from the history.
   */
  byYearEnd: YearEnd[];
  /**
   * From the history: implementation rate per year made, median days to a
   * response and to implementation and replies on time per authority,
   * repeated recommendations per place and theme.
   */
  trends: Trends;
  /** From the history: for each strategy, the recommendations it was tried for and of them those implemented after it. */
  strategies: StrategyOutcome[];
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
  /** The reply-deadline setting (days from the report date); null or absent: none set. */
  replyDays?: number | null;
  /** The History table's rows (schema v2), for the status at each year's end. */
  history?: readonly HistoryRow[];
}

const CLOSED = new Set(["implemented", "notImplemented"]);

function zeroCounts(keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, 0]));
}

export function countLabels(records: readonly TrackerRecord[], key: ColumnKey): LabelCount[] {
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

/**
 * The reply is overdue on `today`: the deadline set for replies passed with
 * no response recorded, and the recommendation is not closed (implemented,
 * or closed as not implemented). The Dashboard's formula counts the same.
 */
export function isReplyOverdue(
  record: TrackerRecord,
  today: string,
  replyDays: number | null | undefined
): boolean {
  const due = replyDue(record, replyDays);
  return (
    due !== null && due < today && awaitsReply(record) && !CLOSED.has(String(record.status ?? ""))
  );
}

/** Days since the reply was due (positive when overdue), or null without a deadline. */
export function daysReplyOverdue(
  record: TrackerRecord,
  today: string,
  replyDays: number | null | undefined
): number | null {
  const due = replyDue(record, replyDays);
  return due === null ? null : daysBetween(due, today);
}

export function isImplementedNotVerified(record: TrackerRecord): boolean {
  return record.status === "implemented" && record.verified !== true;
}

/** A row the Dashboard counts: it has a recommendation text. */
export function hasText(record: TrackerRecord): boolean {
  return typeof record.text === "string"
    ? record.text.trim() !== ""
    : record.text !== undefined && record.text !== null;
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
  let replyOverdue = 0;
  const key = { total: 0, implemented: 0, overdue: 0 };
  for (const record of records) {
    if (record.key === true) {
      key.total++;
      if (record.status === "implemented") key.implemented++;
      if (isOverdue(record, options.today)) key.overdue++;
    }
    if (hasText(record)) total++;
    const status = typeof record.status === "string" ? record.status : "";
    if (status in byStatus) byStatus[status]++;
    const accepted = typeof record.accepted === "string" ? record.accepted : "";
    if (accepted in byAccepted) byAccepted[accepted]++;
    if (isOverdue(record, options.today)) overdue++;
    if (isDueSoon(record, options.today, days)) dueSoon++;
    if (isImplementedNotVerified(record)) notVerified++;
    if (hasText(record) && isReplyOverdue(record, options.today, options.replyDays)) replyOverdue++;
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
    replyOverdue:
      options.replyDays === null || options.replyDays === undefined ? null : replyOverdue,
    byYearEnd: statusByYearEnd(records.filter(hasText), options.history ?? [], options.today),
    trends: computeTrends(records.filter(hasText), options),
    strategies: strategyOutcomes(records.filter(hasText), options.history ?? []),
  };
}
