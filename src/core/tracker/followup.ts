import type { CellValue, Language } from "../schema/plan";
import { PLAN_TEXTS } from "../schema/texts";
import { daysBetween, isIsoDay } from "../schema/dates";
import { strategiesText } from "../schema/strategies";
import { FOLLOW_UP_KEYS } from "../schema/workbook-plan";
import { fieldToCell } from "./cells";
import {
  daysReplyOverdue,
  isDueSoon,
  isImplementedNotVerified,
  isOverdue,
  isReplyOverdue,
} from "./stats";
import { needsStrategy } from "./strategies";
import type { TrackerRecord } from "./types";

export type FollowUpReason =
  "overdue" | "replyOverdue" | "dueSoon" | "notVerified" | "notImplemented";

export interface FollowUpItem {
  reason: FollowUpReason;
  /** Overdue: days since the deadline; reply overdue: days since the reply was due; due soon: days left; not verified: days since the response or made date. */
  days: number | null;
  record: TrackerRecord;
}

export interface FollowUpOptions {
  today: string;
  /** "Due soon" window in days. */
  withinDays?: number;
  /** The reply-deadline setting (days from the report date); null or absent: no reply is overdue. */
  replyDays?: number | null;
}

/**
 * What needs the NPM's attention, key recommendations first: overdue
 * (longest overdue on top), then replies overdue, then due soon (soonest
 * first), then implemented but not verified, then not implemented (a
 * strategy to choose); the other recommendations after them in the same
 * order. A recommendation is listed once, for the first of these.
 */
export function followUpList(
  records: readonly TrackerRecord[],
  options: FollowUpOptions
): FollowUpItem[] {
  const within = options.withinDays ?? 30;
  const overdue: FollowUpItem[] = [];
  const replies: FollowUpItem[] = [];
  const soon: FollowUpItem[] = [];
  const unverified: FollowUpItem[] = [];
  const stalled: FollowUpItem[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (isOverdue(record, options.today)) {
      overdue.push({
        reason: "overdue",
        days: daysBetween(String(record.deadline), options.today),
        record,
      });
    } else if (isReplyOverdue(record, options.today, options.replyDays)) {
      replies.push({
        reason: "replyOverdue",
        days: daysReplyOverdue(record, options.today, options.replyDays),
        record,
      });
    } else if (isDueSoon(record, options.today, within)) {
      soon.push({
        reason: "dueSoon",
        days: daysBetween(options.today, String(record.deadline)),
        record,
      });
    } else if (isImplementedNotVerified(record)) {
      const since = typeof record.responseDate === "string" ? record.responseDate : record.dateMade;
      const days = isIsoDay(since) ? daysBetween(since, options.today) : null;
      unverified.push({ reason: "notVerified", days, record });
    } else if (needsStrategy(record)) {
      stalled.push({ reason: "notImplemented", days: null, record });
    }
  }
  overdue.sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  replies.sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  soon.sort((a, b) => (a.days ?? 0) - (b.days ?? 0));
  unverified.sort((a, b) => (b.days ?? -1) - (a.days ?? -1));
  const all = [...overdue, ...replies, ...soon, ...unverified, ...stalled];
  return [
    ...all.filter((item) => item.record.key === true),
    ...all.filter((item) => item.record.key !== true),
  ];
}

/**
 * A follow-up item as a row of the Follow-up table (FOLLOW_UP_LEAD, then
 * FOLLOW_UP_KEYS, then the strategies to try, in the plan): each figure in
 * the column that says what it counts; the strategies for a recommendation
 * not implemented, from its reason (src/core/schema/strategies.ts).
 */
export function followUpRow(item: FollowUpItem, language: Language): CellValue[] {
  // Pushed one by one, not spread from a mapped array: the Follow-up sheet of a large tracker makes tens of thousands.
  const row: CellValue[] = [
    PLAN_TEXTS[language].reasons[item.reason],
    item.reason === "overdue" || item.reason === "replyOverdue" ? item.days : null,
    item.reason === "dueSoon" ? item.days : null,
    item.reason === "notVerified" ? item.days : null,
  ];
  const record = item.record;
  for (let k = 0; k < FOLLOW_UP_KEYS.length; k++)
    row.push(fieldToCell(FOLLOW_UP_KEYS[k], record[FOLLOW_UP_KEYS[k]], language));
  row.push(
    needsStrategy(record)
      ? strategiesText(
          typeof record.reasonNotImplemented === "string" ? record.reasonNotImplemented : null,
          language
        )
      : null
  );
  return row;
}

/** Follow-up items as rows of the Follow-up table (followUpRow for each). */
export function followUpRows(items: readonly FollowUpItem[], language: Language): CellValue[][] {
  return items.map((item) => followUpRow(item, language));
}
