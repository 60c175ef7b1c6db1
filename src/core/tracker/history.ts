/**
 * The follow-up history (tracker schema v2) as core sees it: events read
 * from the History table's cells and written back as cells, in order, and
 * what is computed from them (the status of every recommendation on a day,
 * a status changed by hand since the last recorded event). The stores read
 * the History table's cells and hand them here, so the Excel pane, the
 * .xlsx file and Graph see the same events.
 */
import type { ColumnKey } from "../schema/columns";
import { isIsoDay } from "../schema/dates";
import {
  HISTORY_COLUMNS,
  HISTORY_COLUMN_BY_KEY,
  HISTORY_KEYS,
  HistoryColumnDef,
  HistoryKey,
} from "../schema/history";
import type { CellValue, Language } from "../schema/plan";
import { foldText, VOCABULARIES, vocabularyLabel } from "../schema/vocabularies";
import { fieldToCell } from "./cells";
import { isEmptyCell } from "./grid";
import { normaliseField, parseChoice, type FieldParse } from "./normalize";
import type { CellInput, FieldValue, TrackerRecord, TrackerRow } from "./types";

export type EventKind =
  | "draftSent"
  | "responseReceived"
  | "actionPlanAgreed"
  | "reminderSent"
  | "meeting"
  | "followUpVisit"
  | "statusChanged"
  | "other"
  | "explained"
  | "advocacy"
  | "coalition"
  | "inspectorates"
  | "media"
  | "redirected";

export const EVENT_KINDS = VOCABULARIES.eventKind.values.map((value) => value.key) as EventKind[];

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === "string" && (EVENT_KINDS as string[]).includes(value);
}

/** An event as core stores it, its fields like a TrackerRecord's (ISO dates, list values as keys). */
export type HistoryRecord = Partial<Record<HistoryKey, FieldValue>>;

export interface HistoryRow {
  /** Worksheet row number (1-based). */
  row: number;
  values: HistoryRecord;
}

/** The History table as a store read it. */
export interface HistoryContent {
  /** The tracker has a History table (schema v2); false for a tracker of schema v1. */
  present: boolean;
  /** Columns of the History table found. */
  columns: HistoryKey[];
  /** Rows with at least one filled cell. */
  rows: HistoryRow[];
  /** The reply-deadline setting: days from the report date, or null when none is set. */
  replyDays: number | null;
}

export const NO_HISTORY: HistoryContent = {
  present: false,
  columns: [],
  rows: [],
  replyDays: null,
};

function columnOf(key: HistoryKey): HistoryColumnDef {
  return HISTORY_COLUMN_BY_KEY.get(key) as HistoryColumnDef;
}

/** One History cell read into its stored form, as the tracker column it is like reads it. */
export function normaliseHistoryField(key: HistoryKey, input: CellInput): FieldParse {
  const column = columnOf(key);
  if (column.like) return normaliseField(column.like, input);
  if (isEmptyCell(input)) return { value: null, ok: true };
  const parsed = parseChoice("eventKind", input);
  return parsed && !parsed.detail
    ? { value: parsed.key, ok: true }
    : { value: String(input).trim(), ok: false };
}

/** One event field as a cell in the workbook's language. */
export function historyFieldToCell(
  key: HistoryKey,
  value: FieldValue | undefined,
  language: Language
): CellValue {
  const column = columnOf(key);
  if (column.like) return fieldToCell(column.like, value, language);
  if (value === undefined || value === null || value === "") return null;
  return (typeof value === "string" && vocabularyLabel("eventKind", value, language)) || value;
}

/** An event as a row of the History table, its columns in `order`. */
export function historyRecordToCells(
  record: HistoryRecord,
  language: Language,
  order: readonly HistoryKey[] = HISTORY_KEYS
): CellValue[] {
  return order.map((key) => historyFieldToCell(key, record[key], language));
}

/** The History columns in a header row: by their header in any tracker language. */
export function locateHistoryColumns(
  headerRow: readonly (CellInput | undefined)[]
): Map<HistoryKey, number> {
  const found = new Map<HistoryKey, number>();
  const taken = new Set<number>();
  const folded = headerRow.map((header) => foldText(String(header ?? "")));
  for (const column of HISTORY_COLUMNS) {
    const names = new Set(Object.values(column.headers).map(foldText));
    const at = folded.findIndex((header, index) => !taken.has(index) && names.has(header));
    if (at >= 0) {
      found.set(column.key, at);
      taken.add(at);
    }
  }
  return found;
}

/** Events from a block of the History table's cells (rows below its header), as every store reads them. */
export function historyRowsFromGrid(
  grid: readonly (readonly CellInput[] | undefined)[],
  found: ReadonlyMap<HistoryKey, number>,
  options: { firstRow: number; date1904?: boolean }
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  grid.forEach((cells = [], i) => {
    const values: HistoryRecord = {};
    let filled = false;
    for (const [key, index] of found) {
      let input = cells[index] ?? null;
      if (isEmptyCell(input)) continue;
      filled = true;
      const kind = columnOf(key).kind;
      if (options.date1904 && typeof input === "number" && (kind === "date" || kind === "dateTime"))
        input += 1462;
      const parsed = normaliseHistoryField(key, input);
      if (parsed.value !== null) values[key] = parsed.value;
    }
    if (filled) rows.push({ row: options.firstRow + i, values });
  });
  return rows;
}

/**
 * The History table's content from its header row and the rows below it
 * (cells from the table's first column), as every store reads it; `found`
 * says where each History column is in those cells.
 */
export function historyFromGrid(
  header: readonly (CellInput | undefined)[],
  body: readonly (readonly CellInput[] | undefined)[],
  options: { firstRow: number; date1904?: boolean; replyDays: number | null }
): { content: HistoryContent; found: Map<HistoryKey, number> } {
  const found = locateHistoryColumns(header);
  const rows = historyRowsFromGrid(body, found, options);
  return {
    content: { present: true, columns: [...found.keys()], rows, replyDays: options.replyDays },
    found,
  };
}

/** The reply-deadline setting from its cell: a whole number of days, or null (empty, or not a number). */
export function replyDaysOf(input: CellInput): number | null {
  if (isEmptyCell(input)) return null;
  const n = typeof input === "number" ? input : Number(String(input).trim());
  return Number.isInteger(n) && n >= 0 && n <= 3650 ? n : null;
}

/**
 * The events of the rows in the order they happened: by date, then by when
 * they were recorded, then by their row. Events without a readable date or
 * Rec ID cannot be placed and are left out.
 */
export function eventsInOrder(rows: readonly HistoryRow[]): HistoryRow[] {
  return rows
    .filter((row) => isIsoDay(row.values.date) && typeof row.values.recId === "string")
    .slice()
    .sort((a, b) => {
      const byDate = String(a.values.date).localeCompare(String(b.values.date));
      if (byDate !== 0) return byDate;
      const ra = String(a.values.recorded ?? "");
      const rb = String(b.values.recorded ?? "");
      return ra.localeCompare(rb) || a.row - b.row;
    });
}

/** Each recommendation's events, in order, by Rec ID. */
export function eventsById(rows: readonly HistoryRow[]): Map<string, HistoryRow[]> {
  const out = new Map<string, HistoryRow[]>();
  for (const row of eventsInOrder(rows)) {
    const id = String(row.values.recId).trim();
    const list = out.get(id);
    if (list) list.push(row);
    else out.set(id, [row]);
  }
  return out;
}

/** What an event observed of a tracker field, when it recorded one. */
const OBSERVED: readonly { event: HistoryKey; field: ColumnKey }[] = [
  { event: "status", field: "status" },
  { event: "accepted", field: "accepted" },
];

/** A recommendation whose implementation or acceptance is not what its last event recorded (typed in the sheet since). */
export interface Drift {
  id: string;
  /** Worksheet row of the recommendation. */
  row: number;
  field: "status" | "accepted";
  /** What the last event that recorded this field recorded. */
  recorded: string;
  /** What the tracker holds now ("" when the cell is empty). */
  current: string;
  /** The date of that event. */
  since: string;
}

/**
 * Recommendations whose implementation (or acceptance) was changed in the
 * sheet since the last event that recorded one: the data check offers to
 * record it. A recommendation no event recorded a value for is not listed.
 */
export function statusDrift(rows: readonly TrackerRow[], history: readonly HistoryRow[]): Drift[] {
  const byId = eventsById(history);
  const out: Drift[] = [];
  for (const row of rows) {
    const id = typeof row.values.id === "string" ? row.values.id.trim() : "";
    const events = id ? byId.get(id) : undefined;
    if (!events) continue;
    for (const { event, field } of OBSERVED) {
      const last = [...events].reverse().find((e) => typeof e.values[event] === "string");
      if (!last) continue;
      const recorded = String(last.values[event]);
      const now = row.values[field];
      const current =
        typeof now === "string" ? now : now === undefined || now === null ? "" : String(now);
      if (current !== recorded)
        out.push({
          id,
          row: row.row,
          field: field as Drift["field"],
          recorded,
          current,
          since: String(last.values.date),
        });
    }
  }
  return out;
}

/**
 * A recommendation's implementation on `day` (ISO), from its events: the
 * status recorded by its last event on or before that day. Before its first
 * recorded status a recommendation was "Not started" (what a new row
 * starts with); a recommendation no event recorded a status for has its
 * current status from the day it was made.
 */
export function statusOn(
  record: TrackerRecord,
  events: readonly HistoryRow[] | undefined,
  day: string
): string | null {
  const withStatus = (events ?? []).filter((e) => typeof e.values.status === "string");
  const current = typeof record.status === "string" ? record.status : null;
  if (withStatus.length === 0) return current;
  let status: string | null = "notStarted";
  for (const event of withStatus) {
    if (String(event.values.date) > day) break;
    status = String(event.values.status);
  }
  return status;
}

export interface YearEnd {
  year: number;
  /** The day counted: 31 December, or today for the year not over yet. */
  asOf: string;
  /** Recommendations made on or before that day. */
  total: number;
  /** Their implementation on that day, per status key (values outside the list count in the total only). */
  byStatus: Record<string, number>;
}

export interface StatusAsOf {
  asOf: string;
  /** Recommendations made on or before that day. */
  total: number;
  byStatus: Record<string, number>;
  /** Each of them (Rec ID, or "" when it has none) with its implementation that day. */
  items: { id: string; status: string | null }[];
}

/**
 * The implementation of every recommendation made on or before `day`, as it
 * was that day (from the history; a recommendation no event recorded a
 * status for counts with its current one), and how many in each status.
 */
export function statusAsOf(
  records: readonly TrackerRecord[],
  history: readonly HistoryRow[] | ReadonlyMap<string, HistoryRow[]>,
  day: string
): StatusAsOf {
  const byId = history instanceof Map ? history : eventsById(history as readonly HistoryRow[]);
  const byStatus: Record<string, number> = Object.fromEntries(
    VOCABULARIES.status.values.map((value) => [value.key, 0])
  );
  const items: StatusAsOf["items"] = [];
  for (const record of records) {
    if (!isIsoDay(record.dateMade) || String(record.dateMade) > day) continue;
    const id = typeof record.id === "string" ? record.id.trim() : "";
    const status = statusOn(record, id ? byId.get(id) : undefined, day);
    if (status !== null && status in byStatus) byStatus[status]++;
    items.push({ id, status });
  }
  return { asOf: day, total: items.length, byStatus, items };
}

/**
 * For every year from the first recommendation's to today's, how many
 * recommendations were in each status on 31 December (today for the
 * current year), computed from the history.
 */
export function statusByYearEnd(
  records: readonly TrackerRecord[],
  history: readonly HistoryRow[],
  today: string
): YearEnd[] {
  const made = records.filter((record) => isIsoDay(record.dateMade));
  if (made.length === 0) return [];
  const byId = eventsById(history);
  let first = Number(today.slice(0, 4));
  for (let i = 0; i < made.length; i++)
    first = Math.min(first, Number(String(made[i].dateMade).slice(0, 4)));
  const last = Number(today.slice(0, 4));
  const out: YearEnd[] = [];
  for (let year = first; year <= last; year++) {
    const end = `${year}-12-31`;
    out.push({
      year,
      asOf: end < today ? end : today,
      total: 0,
      byStatus: Object.fromEntries(VOCABULARIES.status.values.map((value) => [value.key, 0])),
    });
  }
  // As statusAsOf on each day, in one walk per recommendation through its events (the days ascend):
  // a 50,000-row tracker's year ends are written with every import. A recommendation no event
  // recorded a status for has one status from its day made on: it is counted once, where its
  // year ends start (`from`), and the counts are carried to the later year ends after the walk.
  const statusKeys = out[0].byStatus;
  const from = out.map(() => ({ total: 0, byStatus: new Map<string, number>() }));
  for (let i = 0; i < made.length; i++) {
    const record = made[i];
    const madeOn = String(record.dateMade);
    const id = typeof record.id === "string" ? record.id.trim() : "";
    const events = (id ? byId.get(id) : undefined)?.filter(
      (event) => typeof event.values.status === "string"
    );
    if (!events || events.length === 0) {
      const status = typeof record.status === "string" ? record.status : null;
      // The year ends ascend: those on or after the day made are the ones from here.
      let at = Math.max(0, Number(madeOn.slice(0, 4)) - first);
      while (at < out.length && madeOn > out[at].asOf) at++;
      if (at >= out.length) continue;
      from[at].total++;
      if (status !== null && status in statusKeys)
        from[at].byStatus.set(status, (from[at].byStatus.get(status) ?? 0) + 1);
      continue;
    }
    let status: string | null = "notStarted";
    let next = 0;
    for (const end of out) {
      if (madeOn > end.asOf) continue;
      while (next < events.length && String(events[next].values.date) <= end.asOf)
        status = String(events[next++].values.status);
      end.total++;
      if (status !== null && status in end.byStatus) end.byStatus[status]++;
    }
  }
  let total = 0;
  const carried = new Map<string, number>();
  out.forEach((end, at) => {
    total += from[at].total;
    for (const [status, count] of from[at].byStatus)
      carried.set(status, (carried.get(status) ?? 0) + count);
    end.total += total;
    for (const [status, count] of carried) end.byStatus[status] += count;
  });
  return out;
}

/** Whether a stored date is a real day (for events read from cells). */
export function isEventDay(value: FieldValue | undefined): boolean {
  return isIsoDay(value);
}
