/**
 * The one decision every channel takes when something happens in the
 * follow-up of recommendations (docs/architecture.md, like ./upsert.ts for
 * imports): an event recorded for some recommendations (the Excel pane's
 * "Record an event", `rectrack log`), or a reply read back from a letter or
 * a visit brief (`rectrack reply`, the pane's "Read a reply"). It decides
 * which current columns change and which History rows are appended, as one
 * TrackerChanges that every store writes in one batch, so the history and
 * the current state never disagree. Reads nothing but its arguments.
 */
import { locateColumns } from "../schema/upgrade";
import { COLUMN_BY_KEY, type ColumnKey } from "../schema/columns";
import { foldText } from "../schema/vocabularies";
import { cellValues } from "./cells";
import type { Drift, EventKind, HistoryRecord } from "./history";
import { normaliseField } from "./normalize";
import type { TrackerChanges, TrackerContent, TrackerStore } from "./store";
import type { CellInput, FieldValue, TrackerRecord, TrackerRow } from "./types";
import { normaliseRecText } from "./upsert";

/** What happened: the event's own fields and what it observed of the recommendation. */
export interface EventFields {
  kind: EventKind;
  /** When it happened (ISO date). */
  date: string;
  /** With whom (the authority, the place's director, the focal point). */
  with?: string;
  summary?: string;
  /** A link to the document (a letter, the minutes, the reply). */
  link?: string;
  /** The NPM staff who recorded or followed it up. */
  staff?: string;
  /** The implementation observed (status key), written to the current column too. */
  status?: string;
  /** The acceptance observed (key). */
  accepted?: string;
  /** Whether the NPM verified the implementation. */
  verified?: boolean;
}

function isEmpty(value: FieldValue | undefined): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * The current columns an event sets on one recommendation (all of them,
 * changed or not): the implementation, acceptance and verification it
 * observed; the response date when it is the first response recorded; the
 * day of the verification when the NPM verified it; and `given` (the values a
 * reply carries: the authority's response, a deadline, how it was verified).
 */
export function observedValues(
  row: TrackerRecord,
  event: EventFields,
  given: TrackerRecord = {}
): TrackerRecord {
  const out: TrackerRecord = { ...given };
  if (event.status) out.status = event.status;
  if (event.accepted) out.accepted = event.accepted;
  if (event.verified !== undefined) {
    out.verified = event.verified;
    if (
      event.verified &&
      isEmpty(given.verifiedOn) &&
      (row.verified !== true || isEmpty(row.verifiedOn))
    )
      out.verifiedOn = event.date;
  }
  const answered =
    event.kind === "responseReceived" ||
    (event.accepted !== undefined && event.accepted !== "noResponse") ||
    !isEmpty(given.response);
  if (answered && isEmpty(row.responseDate) && isEmpty(given.responseDate))
    out.responseDate = event.date;
  return out;
}

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** The values of `target` that differ from the row's, on columns the tracker has. */
function differences(
  row: TrackerRecord,
  target: TrackerRecord,
  columns: ReadonlySet<ColumnKey>
): TrackerRecord {
  const out: TrackerRecord = {};
  for (const [key, value] of Object.entries(target) as [ColumnKey, FieldValue][])
    if (columns.has(key) && !isEmpty(value) && !same(row[key], value)) out[key] = value;
  return out;
}

/** The History row of an event for one recommendation. */
export function eventRecord(id: string, event: EventFields, now: string): HistoryRecord {
  const record: HistoryRecord = {
    date: event.date,
    recId: id,
    kind: event.kind,
    with: event.with?.trim() || null,
    summary: event.summary?.trim() || null,
    status: event.status ?? null,
    accepted: event.accepted ?? null,
    verified: event.verified ?? null,
    link: event.link?.trim() || null,
    staff: event.staff?.trim() || null,
    recorded: now,
  };
  for (const key of Object.keys(record) as (keyof HistoryRecord)[])
    if (record[key] === null) delete record[key];
  return record;
}

/**
 * The events that record what the data check found typed in the sheet since
 * the last recorded event ("status changed", with the value the sheet holds
 * now): one per recommendation, its current columns left as they are.
 */
export function planDriftRecords(
  drifts: readonly Drift[],
  options: { date: string; now: string }
): TrackerChanges {
  const byId = new Map<string, EventFields>();
  for (const drift of drifts) {
    const event = byId.get(drift.id) ?? { kind: "statusChanged" as const, date: options.date };
    if (drift.current) event[drift.field] = drift.current;
    byId.set(drift.id, event);
  }
  return {
    updates: [],
    additions: [],
    events: [...byId].map(([id, event]) => eventRecord(id, event, options.now)),
  };
}

/** Why a follow-up cannot be written at all. */
export type FollowUpBlock =
  /** The tracker has no History table (schema v1): an upgrade adds it. */
  | "noHistory"
  /** No recommendation was named. */
  | "noRecommendations";

export interface RecordPlan {
  changes: TrackerChanges;
  /** Rec IDs asked for that no row holds. */
  unknownIds: string[];
  /** Rec IDs held by more than one row: nothing is written for them (which row is meant?). */
  repeatedIds: string[];
  /** Recommendations whose current columns change. */
  updated: number;
  /** Events appended (one per recommendation found). */
  events: number;
  blocked: FollowUpBlock | null;
}

/** Rows by Rec ID; ids held by several rows apart. */
function rowsById(rows: readonly TrackerRow[]): {
  byId: Map<string, TrackerRow>;
  repeated: Set<string>;
} {
  const byId = new Map<string, TrackerRow>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const id = typeof row.values.id === "string" ? row.values.id.trim() : "";
    if (!id) continue;
    if (byId.has(id)) repeated.add(id);
    else byId.set(id, row);
  }
  return { byId, repeated };
}

/**
 * One event for every recommendation named (the pane's selected rows, the
 * ids of `rectrack log`): one History row each, and their current columns
 * set to what the event observed, in one write.
 */
export function planRecord(
  content: TrackerContent,
  ids: readonly string[],
  event: EventFields,
  options: { now: string }
): RecordPlan {
  const changes: TrackerChanges = { updates: [], additions: [], events: [] };
  const plan: RecordPlan = {
    changes,
    unknownIds: [],
    repeatedIds: [],
    updated: 0,
    events: 0,
    blocked: null,
  };
  if (!content.history) return { ...plan, blocked: "noHistory" };
  const wanted = [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
  if (wanted.length === 0) return { ...plan, blocked: "noRecommendations" };
  const { byId, repeated } = rowsById(content.rows);
  const columns = new Set(content.columns);
  for (const id of wanted) {
    if (repeated.has(id)) {
      plan.repeatedIds.push(id);
      continue;
    }
    const row = byId.get(id);
    if (!row) {
      plan.unknownIds.push(id);
      continue;
    }
    const values = differences(row.values, observedValues(row.values, event), columns);
    if (Object.keys(values).length > 0) {
      if (columns.has("updated")) values.updated = options.now;
      changes.updates.push({ row: row.row, id, values });
      plan.updated++;
    }
    changes.events?.push(eventRecord(id, event, options.now));
    plan.events++;
  }
  return plan;
}

// --- Replies --------------------------------------------------------------------------------

/** The tracker columns a returned letter or visit brief may fill. */
export const REPLY_FIELDS: readonly ColumnKey[] = [
  "accepted",
  "response",
  "responseDate",
  "deadline",
  "status",
  "verified",
  "verifiedOn",
  "evidence",
  "reasonNotImplemented",
];

/** The columns a visit brief carries, whose reply is a follow-up visit. */
const VISIT_FIELDS: ReadonlySet<ColumnKey> = new Set([
  "status",
  "verified",
  "verifiedOn",
  "evidence",
]);

const ID_HEADERS = new Set(
  Object.values(COLUMN_BY_KEY.get("id")?.headers ?? {})
    .concat(COLUMN_BY_KEY.get("id")?.synonyms ?? [])
    .map(foldText)
);

/** A header naming the Rec ID column in any tracker language: how a returned table is found. */
export function isRecIdHeader(header: unknown): boolean {
  return typeof header === "string" && ID_HEADERS.has(foldText(header));
}

/** A table read from a returned document (a .docx table, or cells pasted into an .xlsx). */
export interface ReplyTable {
  headers: string[];
  /** Data rows; `line` is the row's number in the table (1 = the first under the header) or the sheet. */
  rows: { line: number; cells: CellInput[] }[];
  /** What the document says it is (the marker the add-in puts in its letters and briefs), when it says. */
  kind?: "letter" | "brief";
  /** The authority (letter) or place (brief) it was prepared for, when it says. */
  party?: string;
}

export type ReplyProblem =
  /** Not in the list (Accepted, Implementation, Verified, Reason). */
  | "notInList"
  /** Not a date. */
  | "notADate"
  /** A month or a year, not a day. */
  | "notADay";

export interface ReplyChange {
  key: ColumnKey;
  before: FieldValue;
  after: FieldValue;
}

export interface ReplyItem {
  id: string;
  /** The row of the returned table. */
  line: number;
  /** The tracker's row. */
  row: number;
  ref: string;
  /** The recommendation's text in the tracker. */
  text: string;
  /** What applying it writes: each current value and the new one. */
  changes: ReplyChange[];
  /** The reply's text of the recommendation differs from the tracker's (the authority changed it): left out unless accepted. */
  textChanged?: { before: string; after: string };
  /** Cells that could not be read: reported, never guessed, never written. */
  invalid: { key: ColumnKey; value: string; problem: ReplyProblem }[];
  /** The event applying it appends. */
  event: EventFields;
  /** The values the reply gives for the current columns (read, not compared). */
  given: TrackerRecord;
}

export interface ReplyPlan {
  /** A reply to a letter (a response received) or a visit brief filled in (a follow-up visit). */
  kind: EventKind;
  /** The reply's columns recognised, among REPLY_FIELDS. */
  fields: ColumnKey[];
  /** Recommendations found, changed or not. */
  items: ReplyItem[];
  /** Rows whose Rec ID no row of the tracker holds. */
  unknownIds: { line: number; id: string }[];
  /** Rows without a Rec ID (but with something filled in). */
  withoutId: number[];
  /** Rec IDs that appear twice in the reply (only the first row counts), or in two rows of the tracker. */
  repeatedIds: { line: number; id: string }[];
  blocked: FollowUpBlock | "noIdColumn" | "noFields" | null;
}

export interface ReplyOptions {
  /** The day the reply was received (ISO): the event's date. */
  date: string;
  /** The tracker's own headers (renamed ones too), so a reply with them is read. */
  headers?: Partial<Record<ColumnKey, string>>;
  /** The reply's file name, kept as the event's link. */
  source?: string;
  staff?: string;
}

function text(input: CellInput): string {
  if (input === null || input === undefined) return "";
  return input instanceof Date ? input.toISOString().slice(0, 10) : String(input).trim();
}

/**
 * Matches each row of a returned table to the tracker by its Rec ID and
 * says, per recommendation, what reading it would change (current value and
 * new one) and which event it appends. Unknown Rec IDs, texts changed by the
 * authority and values outside the lists are reported, never guessed.
 * Reading the same reply twice plans no change the second time.
 */
export function planReply(
  content: TrackerContent,
  table: ReplyTable,
  options: ReplyOptions
): ReplyPlan {
  const { found } = locateColumns(table.headers, {
    schemaVersion: 0,
    language: content.language,
    table: "",
    headers: options.headers ?? {},
  });
  const fields = REPLY_FIELDS.filter((key) => found.has(key));
  const visit =
    table.kind === "brief" ||
    (table.kind === undefined &&
      fields.some((key) => VISIT_FIELDS.has(key)) &&
      !fields.includes("response") &&
      !fields.includes("accepted"));
  const plan: ReplyPlan = {
    kind: visit ? "followUpVisit" : "responseReceived",
    fields,
    items: [],
    unknownIds: [],
    withoutId: [],
    repeatedIds: [],
    blocked: null,
  };
  if (!content.history) return { ...plan, blocked: "noHistory" };
  const idAt = found.get("id");
  if (idAt === undefined) return { ...plan, blocked: "noIdColumn" };
  if (fields.length === 0) return { ...plan, blocked: "noFields" };
  const { byId, repeated } = rowsById(content.rows);
  const columns = new Set(content.columns);
  const textAt = found.get("text");
  const seen = new Set<string>();
  for (const line of table.rows) {
    const id = text(line.cells[idAt]);
    if (!id) {
      if (fields.some((key) => text(line.cells[found.get(key) as number]) !== ""))
        plan.withoutId.push(line.line);
      continue;
    }
    if (seen.has(id) || repeated.has(id)) {
      plan.repeatedIds.push({ line: line.line, id });
      continue;
    }
    seen.add(id);
    const row = byId.get(id);
    if (!row) {
      plan.unknownIds.push({ line: line.line, id });
      continue;
    }
    const given: TrackerRecord = {};
    const invalid: ReplyItem["invalid"] = [];
    for (const key of fields) {
      const input = line.cells[found.get(key) as number];
      if (text(input) === "") continue;
      const parsed = normaliseField(key, input);
      if (parsed.value === null) continue;
      const kind = parsed.ok
        ? null
        : key === "deadline" || key === "responseDate" || key === "verifiedOn"
          ? "notADate"
          : "notInList";
      if (kind) invalid.push({ key, value: text(input), problem: kind });
      else if (parsed.approximate) invalid.push({ key, value: text(input), problem: "notADay" });
      else given[key] = parsed.value;
    }
    const event: EventFields = {
      kind: plan.kind,
      date: options.date,
      with: table.party || (visit ? stringOf(row.values.place) : stringOf(row.values.authority)),
      summary: stringOf(given.response) || stringOf(given.evidence) || undefined,
      link: options.source,
      staff: options.staff,
      ...(typeof given.status === "string" ? { status: given.status } : {}),
      ...(typeof given.accepted === "string" ? { accepted: given.accepted } : {}),
      ...(typeof given.verified === "boolean" ? { verified: given.verified } : {}),
    };
    // A row left blank, or holding only what could not be read, says nothing: it changes nothing.
    const target = Object.keys(given).length > 0 ? observedValues(row.values, event, given) : {};
    const changes = (
      Object.entries(differences(row.values, target, columns)) as [ColumnKey, FieldValue][]
    ).map(([key, after]) => ({ key, before: row.values[key] ?? null, after }));
    const item: ReplyItem = {
      id,
      line: line.line,
      row: row.row,
      ref: stringOf(row.values.ref),
      text: stringOf(row.values.text),
      changes,
      invalid,
      event,
      given,
    };
    if (textAt !== undefined) {
      const after = text(line.cells[textAt]);
      const before = stringOf(row.values.text);
      if (after && normaliseRecText(after) !== normaliseRecText(before))
        item.textChanged = { before, after };
    }
    plan.items.push(item);
  }
  return plan;
}

function stringOf(value: FieldValue | undefined): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

/** What the user decided in the preview; the command line uses the defaults or its flags. */
export interface ReplyChoices {
  /** Rec IDs left out. */
  skip?: string[];
  /** Rec IDs whose text was changed in the reply, applied all the same. */
  acceptTextChanges?: string[];
}

/** Whether an item is applied by default: it changes something and its text is the tracker's. */
export function appliesByDefault(item: ReplyItem): boolean {
  return item.changes.length > 0 && !item.textChanged;
}

/** The items applied with these choices. */
export function chosenReplyItems(plan: ReplyPlan, choices: ReplyChoices = {}): ReplyItem[] {
  const skip = new Set(choices.skip ?? []);
  const accepted = new Set(choices.acceptTextChanges ?? []);
  return plan.items.filter(
    (item) =>
      item.changes.length > 0 && !skip.has(item.id) && (!item.textChanged || accepted.has(item.id))
  );
}

/** The changes a reply writes: each chosen recommendation's changed columns and one event each. */
export function resolveReply(
  plan: ReplyPlan,
  choices: ReplyChoices,
  options: { now: string; columns: readonly ColumnKey[] }
): TrackerChanges {
  const changes: TrackerChanges = { updates: [], additions: [], events: [] };
  const columns = new Set(options.columns);
  for (const item of chosenReplyItems(plan, choices)) {
    const values: TrackerRecord = {};
    for (const change of item.changes) values[change.key] = change.after;
    if (columns.has("updated")) values.updated = options.now;
    changes.updates.push({ row: item.row, id: item.id, values });
    changes.events?.push(eventRecord(item.id, item.event, options.now));
  }
  return changes;
}

// --- Composition: what rectrack and Graph call -----------------------------------------------

/** The tracker's content, with whether it has the History table (asked of a store whose read() does not say). */
async function readWithHistory(store: TrackerStore): Promise<TrackerContent> {
  const content = await store.read();
  if (content.history === undefined && store.readHistory)
    return { ...content, history: (await store.readHistory()).present };
  return content;
}

/** Read, plan, write one event for some recommendations (unless blocked or a dry run). */
export async function recordEvent(
  store: TrackerStore,
  ids: readonly string[],
  event: EventFields,
  options: { now: string; dryRun?: boolean }
): Promise<RecordPlan> {
  const content = await readWithHistory(store);
  const plan = planRecord(content, ids, event, options);
  if (!plan.blocked && !options.dryRun && (plan.changes.events?.length ?? 0) > 0)
    await store.write(plan.changes);
  return plan;
}

/** Read, plan, write a reply (unless blocked, a dry run, or nothing changes). */
export async function readReply(
  store: TrackerStore,
  table: ReplyTable,
  options: ReplyOptions & { now: string; choices?: ReplyChoices; dryRun?: boolean }
): Promise<{ plan: ReplyPlan; changes: TrackerChanges }> {
  const content = await readWithHistory(store);
  const plan = planReply(content, table, options);
  const changes = plan.blocked
    ? { updates: [], additions: [], events: [] }
    : resolveReply(plan, options.choices ?? {}, { now: options.now, columns: content.columns });
  if (!options.dryRun && changes.updates.length > 0) await store.write(changes);
  return { plan, changes };
}

/** Whether an addressee cell names `authority` (several addressees are kept apart with "; "). */
export function addressedTo(record: TrackerRecord, authority: string): boolean {
  const wanted = foldText(authority);
  return cellValues("authority", record.authority).some((value) => foldText(value) === wanted);
}
