import { splitAddressees, ADDRESSEE_SEPARATOR } from "../details/addressees";
import {
  DETAIL_FIELDS,
  reportSourceId,
  type BatchRecommendation,
  type DetailField,
  type RecommendationBatch,
} from "../model/batch";
import type { ReportType } from "../model/reportMetadata";
import type { ColumnKey } from "../schema/columns";
import type { Language } from "../schema/plan";
import { foldText, vocabularyLabel, vocabularyLookup } from "../schema/vocabularies";
import { defaultRandom, newId, type RandomSource } from "./ids";
import { RepeatIndex, textSimilarity } from "./repeats";
import { normaliseField, parseDateTime } from "./normalize";
import {
  EDITABLE_FIELDS,
  type EditableField,
  type ImportChoices,
  type ImportFlag,
  type ImportItem,
  type ImportPlan,
  type ImportSummary,
  type RepeatProposal,
  type RowUpdate,
  type TrackerChanges,
  type TrackerContent,
  type TrackerStore,
} from "./store";
import type { FieldValue, TrackerRecord, TrackerRow } from "./types";

/**
 * The one upsert every channel uses (docs/architecture.md):
 * a report's recommendations are matched to tracker rows, only their
 * report-side fields are compared and written, tracking fields never are,
 * and the same report imported twice writes nothing.
 */

/** Fields that come from the report: the only ones an import writes on an existing row. */
export const REPORT_SIDE_KEYS: readonly ColumnKey[] = [
  "text",
  "ref",
  "type",
  "place",
  "placeType",
  "authority",
  "report",
  "reportLink",
  "theme",
  "groups",
  "keywords",
  "priority",
  "key",
  "timeframe",
  "deadline",
  "scope",
  "smartScore",
  "source",
];

/** Fields the NPM fills while following a recommendation up: never written on an existing row. */
export const TRACKING_KEYS: readonly ColumnKey[] = [
  "responseDate",
  "response",
  "accepted",
  "status",
  "verified",
  "verifiedOn",
  "evidence",
  "reasonNotImplemented",
  "nextFollowUp",
  "staff",
  "notes",
];

/** What a new row starts with, so the Dashboard counts it and "tracked" can be told from "just imported". */
export const NEW_ROW_DEFAULTS: TrackerRecord = { accepted: "noResponse", status: "notStarted" };

/** Report types as the report part names them -> the tracker's Type list keys. */
const TRACKER_TYPE: Record<ReportType, string> = {
  visit: "visit",
  thematic: "thematic",
  urgent: "urgent",
  annual: "annualReport",
  preliminary: "preliminaryObservation",
};

/**
 * Text as compared for matching and for "did it change": case, accents,
 * spacing, quote and dash forms and surrounding punctuation do not count,
 * so retyping a quote in Word does not make a new recommendation.
 */
export function normaliseRecText(text: string): string {
  return foldText(text.replace(/["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/g, " "));
}

function isEmpty(value: FieldValue | undefined): boolean {
  return value === undefined || value === null || value === "";
}

/** A value in the form the tracker stores it (normaliseField), or null for "nothing". */
function stored(key: ColumnKey, value: string | number | boolean | undefined): FieldValue {
  if (value === undefined) return null;
  return normaliseField(key, value).value;
}

/**
 * A type of place or theme of the seeded lists in the tracker's language: a
 * French report's "Centre de rétention administrative" goes into an English
 * tracker as "Immigration detention centre". Other values stay as written.
 */
function inTrackerLanguage(
  vocabulary: "placeType" | "theme",
  value: string | undefined,
  language: Language
): string | undefined {
  if (!value) return value;
  const key = vocabularyLookup(vocabulary).get(foldText(value));
  return (key && vocabularyLabel(vocabulary, key, language)) || value;
}

/** The record an incoming recommendation writes or compares, every value in stored form. */
function incomingRecord(
  rec: BatchRecommendation,
  batch: RecommendationBatch,
  source: string,
  language: Language
): TrackerRecord {
  const report = batch.report;
  const type = rec.type || report.type;
  const fields: [ColumnKey, string | number | boolean | undefined][] = [
    ["id", rec.id],
    ["ref", rec.ref],
    ["text", rec.text],
    ["type", type ? TRACKER_TYPE[type] : undefined],
    // A report on one place names it for all its recommendations; on several, only each one can.
    ["place", rec.place || (report.places.length === 1 ? report.places[0] : undefined)],
    ["placeType", inTrackerLanguage("placeType", rec.placeType, language)],
    ["authority", rec.authority],
    ["report", report.title],
    ["reportLink", report.link],
    ["theme", inTrackerLanguage("theme", rec.theme, language)],
    ["groups", rec.groups?.join("; ")],
    ["keywords", rec.keywords],
    ["priority", rec.priority],
    ["timeframe", rec.timeframe],
    ["deadline", rec.deadline],
    ["scope", rec.scope],
    ["smartScore", rec.smartScore],
    ["source", source],
    ["repeated", rec.repeated === true || rec.repeatOf ? true : undefined],
    ["repeatOf", rec.repeatOf],
    // Marked key in the report: written (an import never unmarks what the NPM marked in the tracker).
    ["key", rec.key === true ? true : undefined],
  ];
  const record: TrackerRecord = {};
  for (const [key, value] of fields) {
    const v = stored(key, value);
    if (!isEmpty(v)) record[key] = v;
  }
  return record;
}

/** A recommendation is being tracked once anyone filled a tracking field beyond what an import sets. */
export function isTracked(values: TrackerRecord): boolean {
  return TRACKING_KEYS.some((key) => {
    const value = values[key];
    if (isEmpty(value)) return false;
    if (key === "verified") return value === true;
    return NEW_ROW_DEFAULTS[key] !== value;
  });
}

function sameValue(key: ColumnKey, a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (key === "text" && typeof a === "string" && typeof b === "string")
    return normaliseRecText(a) === normaliseRecText(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** Where a row comes from: its Source document, or the report title when the tracker has no Source column. */
function sourceKeyOf(values: TrackerRecord, bySource: boolean): string {
  const value = bySource ? values.source : values.report;
  return typeof value === "string" ? value.trim() : "";
}

const DETAILS: ReadonlySet<string> = new Set(DETAIL_FIELDS);

function isDetail(key: ColumnKey): key is ColumnKey & DetailField {
  return DETAILS.has(key);
}

/** The date of a "Last updated" date-time, "" when there is none. */
function dayOf(value: FieldValue | undefined): string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : "";
}

/**
 * Whether a tracker value is what an earlier import wrote for what the
 * report now gives: addressees written as one ("Ministry of the Interior and
 * the Ministry of Health") that this import keeps apart.
 */
function importWrote(key: ColumnKey, before: FieldValue | undefined, after: FieldValue): boolean {
  if (key !== "authority" || typeof before !== "string" || typeof after !== "string") return false;
  return foldText(splitAddressees(before).join(ADDRESSEE_SEPARATOR)) === foldText(after);
}

/**
 * Source ids this report had in trackers filled before the import read
 * report dates: an untagged report's id is made from its title and date, and
 * was its title alone when no date was found. A Word pane's own id has none.
 */
function earlierSourceIds(batch: RecommendationBatch, source: string): string[] {
  const { title, date } = batch.report;
  if (!date || source !== reportSourceId({ title, date }, "")) return [];
  const dateless = reportSourceId({ title, date: "" }, "");
  return dateless && dateless !== source ? [dateless] : [];
}

/**
 * How alike (0-1, ./repeats textSimilarity) a row's text and an incoming
 * text must be for a shared printed ref to mean the same recommendation: a
 * reworded one stays above it, another one under the same number does not.
 */
const REF_TEXT_AGREEMENT = 0.5;

export interface PlanOptions {
  /**
   * Today (ISO date): "Date made" of new rows when the report has no date.
   * Without it such rows get no "Date made": the panes and rectrack ask for
   * the report's date instead of writing the import's day.
   */
  today?: string;
  /**
   * Finds an earlier recommendation a new one may repeat; by default the
   * tracker's own rows through ./repeats RepeatIndex.
   */
  proposeRepeat?: (incoming: TrackerRecord, index: number) => RepeatProposal | undefined;
}

/**
 * Matches each incoming recommendation to the tracker and says what an
 * import would do with it. Reads nothing but its arguments.
 */
export function planImport(
  content: TrackerContent,
  batch: RecommendationBatch,
  options: PlanOptions
): ImportPlan {
  const source = reportSourceId(batch.report, batch.report.title || "batch");
  const columns = new Set(content.columns);
  const bySource = columns.has("source");
  const sourceKey = bySource ? source : batch.report.title.trim();
  const aliases = bySource ? earlierSourceIds(batch, source) : [];
  const batchIds = new Set(
    batch.recommendations.map((r) => r.id).filter((id): id is string => !!id)
  );

  const rowById = new Map<string, TrackerRow>();
  const sameSource: TrackerRow[] = [];
  const rowsWithoutId: number[] = [];
  for (const row of content.rows) {
    const id = row.values.id;
    const hasId = typeof id === "string" && id !== "";
    if (hasId && !rowById.has(id)) rowById.set(id, row);
    const rowSource = sourceKeyOf(row.values, bySource);
    if (sourceKey !== "" && (rowSource === sourceKey || aliases.includes(rowSource))) {
      // A row without its Rec ID cannot be written safely (nothing proves it is still that row).
      if (hasId) sameSource.push(row);
      else rowsWithoutId.push(row.row);
    }
  }

  const incoming = batch.recommendations.map((rec) =>
    incomingRecord(rec, batch, source, content.language)
  );
  const items: ImportItem[] = incoming.map((record, index) => {
    const item: ImportItem = { index, incoming: record, state: "new", changed: [], flags: [] };
    const origin = batch.recommendations[index].origin;
    if (origin && Object.keys(origin).length > 0) item.origin = { ...origin };
    return item;
  });

  // Duplicates first: the same id, or the same text, twice in the batch; the first one counts.
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  for (const item of items) {
    const rec = batch.recommendations[item.index];
    const text = normaliseRecText(rec.text);
    if ((rec.id && seenIds.has(rec.id)) || seenTexts.has(text)) {
      item.flags.push("duplicateInBatch");
      continue;
    }
    if (rec.id) seenIds.add(rec.id);
    seenTexts.add(text);
  }
  const live = items.filter((item) => !item.flags.includes("duplicateInBatch"));

  const claimed = new Set<TrackerRow>();
  const match = (item: ImportItem, row: TrackerRow, how: "id" | "text" | "ref") => {
    item.existing = row;
    item.matchedBy = how;
    claimed.add(row);
  };
  for (const item of live) {
    const id = batch.recommendations[item.index].id;
    const row = id ? rowById.get(id) : undefined;
    if (!row || claimed.has(row)) continue;
    // An id is its report's: the same id on a row of another report is a copied report, not an update.
    const rowSource = sourceKeyOf(row.values, bySource);
    if (
      sourceKey !== "" &&
      rowSource !== "" &&
      rowSource !== sourceKey &&
      !aliases.includes(rowSource)
    ) {
      item.flags.push("idOfAnotherReport");
      item.idOfReport = {
        row: row.row,
        report: String(row.values.report ?? "").trim() || rowSource,
      };
      continue;
    }
    match(item, row, "id");
  }
  // Rows of the same report not taken by an id of this batch can still be found by text or printed ref.
  const open = () =>
    sameSource.filter((row) => {
      if (claimed.has(row)) return false;
      const id = row.values.id;
      return !(typeof id === "string" && batchIds.has(id));
    });
  const byText = new Map<string, TrackerRow[]>();
  for (const row of open()) {
    const text = row.values.text;
    if (typeof text !== "string") continue;
    const key = normaliseRecText(text);
    const list = byText.get(key);
    if (list) list.push(row);
    else byText.set(key, [row]);
  }
  for (const item of live) {
    if (item.existing) continue;
    const candidates = (byText.get(normaliseRecText(String(item.incoming.text))) ?? []).filter(
      (row) => !claimed.has(row)
    );
    if (candidates.length > 0) match(item, candidates[0], "text");
  }
  const refCount = (refs: (FieldValue | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const ref of refs)
      if (typeof ref === "string" && ref.trim() !== "") {
        const key = foldText(ref);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    return counts;
  };
  const openRows = open();
  const rowRefs = refCount(openRows.map((row) => row.values.ref));
  const batchRefs = refCount(live.map((item) => item.incoming.ref));
  for (const item of live) {
    const ref = item.incoming.ref;
    if (item.existing || typeof ref !== "string") continue;
    const key = foldText(ref);
    if (rowRefs.get(key) !== 1 || batchRefs.get(key) !== 1) continue;
    const row = openRows.find(
      (r) => typeof r.values.ref === "string" && foldText(r.values.ref) === key
    );
    // A printed number alone proves little (a list renumbered, a partial sort): the texts must agree too.
    const similar =
      row !== undefined &&
      textSimilarity(String(row.values.text ?? ""), String(item.incoming.text ?? "")) >=
        REF_TEXT_AGREEMENT;
    if (row && similar && !claimed.has(row)) match(item, row, "ref");
  }

  for (const item of items) {
    if (item.flags.includes("duplicateInBatch")) {
      // Nothing is written for a duplicate: it shows as unchanged with its flag.
      item.state = "unchanged";
      continue;
    }
    const missing = (Object.keys(item.incoming) as ColumnKey[]).filter(
      (key) => key !== "id" && !columns.has(key)
    );
    if (missing.length > 0) item.flags.push("missingColumn");
    const row = item.existing;
    const reportDate = batch.report.date;
    if (!row) {
      item.state = "new";
      const dateMade = reportDate || options.today;
      if (dateMade) item.incoming.dateMade = dateMade;
      item.changed = REPORT_SIDE_KEYS.filter((key) => key in item.incoming && columns.has(key));
    } else {
      const before = row.values;
      const origin = batch.recommendations[item.index].origin ?? {};
      const corrected: ColumnKey[] = [];
      for (const key of REPORT_SIDE_KEYS) {
        const after = item.incoming[key];
        if (isEmpty(after) || !columns.has(key) || sameValue(key, before[key], after)) continue;
        if (isDetail(key) && origin[key]) {
          // Read or guessed from the report's words: only where the tracker has nothing, or what an earlier import wrote.
          if (isEmpty(before[key]) || importWrote(key, before[key], after as FieldValue)) {
            item.changed.push(key);
            corrected.push(key);
          }
          continue;
        }
        if (key === "text") {
          item.textChange = { before: String(before.text ?? ""), after: String(after) };
          if (!isEmpty(before.text) && isTracked(before)) {
            item.flags.push("textChanged");
            continue;
          }
        }
        item.changed.push(key);
      }
      // "Date made" is the report's date: corrected where an earlier import wrote its own day (or nothing).
      if (
        reportDate &&
        columns.has("dateMade") &&
        before.dateMade !== reportDate &&
        (isEmpty(before.dateMade) || before.dateMade === dayOf(before.updated))
      ) {
        item.incoming.dateMade = reportDate;
        item.changed.push("dateMade");
        corrected.push("dateMade");
      }
      if (corrected.length > 0) item.corrected = corrected;
      // The report saying it repeats turns "No" into "Yes"; an earlier link set by the user stays.
      if (item.incoming.repeated === true && columns.has("repeated") && before.repeated !== true)
        item.changed.push("repeated");
      if (!isEmpty(item.incoming.repeatOf) && columns.has("repeatOf") && isEmpty(before.repeatOf))
        item.changed.push("repeatOf");
      item.state =
        item.changed.length > 0 || item.flags.includes("textChanged") ? "update" : "unchanged";
    }
  }
  // Only new recommendations: one already imported was proposed (and decided) when it was new.
  const fresh = items.filter((item) => item.state === "new" && !item.incoming.repeatOf);
  if (fresh.length > 0) {
    let repeats: RepeatIndex | undefined;
    const propose =
      options.proposeRepeat ??
      ((record: TrackerRecord) =>
        (repeats ??= new RepeatIndex(content.rows)).propose(record, source));
    for (const item of fresh) {
      const proposal = propose(item.incoming, item.index);
      if (proposal) item.repeatProposal = proposal;
    }
  }
  return {
    source,
    reportDate: batch.report.date,
    items,
    takenIds: [...rowById.keys()],
    rowsWithoutId,
  };
}

export interface ResolveOptions {
  /** ISO date-time of the import ("Last updated"). */
  now: string;
  random?: RandomSource;
  /** The tracker's columns: nothing is written to a column it lacks. */
  columns: ColumnKey[];
}

/** Turns the plan and the user's choices into the cells to write, and counts what happens. */
export function resolveImport(
  plan: ImportPlan,
  choices: ImportChoices,
  options: ResolveOptions
): { changes: TrackerChanges; summary: ImportSummary } {
  const random = options.random ?? defaultRandom;
  const columns = new Set(options.columns);
  const skip = new Set(choices.skip ?? []);
  const acceptText = new Set(choices.acceptTextChanges ?? []);
  const confirmed = choices.confirmRepeats ?? {};
  const updated = parseDateTime(options.now) ?? options.now;
  const writable = (record: TrackerRecord): TrackerRecord => {
    const out: TrackerRecord = {};
    for (const [key, value] of Object.entries(record) as [ColumnKey, FieldValue][])
      if (columns.has(key) && !isEmpty(value)) out[key] = value;
    return out;
  };
  const usedIds = new Set<string>(plan.takenIds ?? []);
  for (const item of plan.items) {
    const id = item.existing?.values.id;
    if (typeof id === "string") usedIds.add(id);
  }
  const changes: TrackerChanges = { updates: [], additions: [] };
  let flagged = 0;
  let corrected = 0;
  for (const item of plan.items) {
    const textAccepted = item.flags.includes("textChanged") && acceptText.has(item.index);
    if (
      item.flags.some((flag: ImportFlag) => flag !== "textChanged") ||
      (item.flags.includes("textChanged") && !textAccepted)
    )
      flagged++;
    if (skip.has(item.index) || item.flags.includes("duplicateInBatch")) continue;
    const repeatOf = confirmed[item.index];
    const edited = editsOf(choices, item.index);
    if (!item.existing) {
      const record: TrackerRecord = { ...item.incoming, ...edited, ...NEW_ROW_DEFAULTS };
      let id = typeof record.id === "string" ? record.id : "";
      for (let tries = 0; id === "" || usedIds.has(id); tries++) {
        // 72 random bits do not collide by chance; a source that keeps repeating itself is broken.
        if (tries === 100) throw new Error("The random source keeps giving ids already in use.");
        id = newId(random);
      }
      usedIds.add(id);
      record.id = id;
      if (repeatOf) {
        record.repeatOf = repeatOf;
        record.repeated = true;
      }
      if (record.repeated !== true) record.repeated = false;
      record.updated = updated;
      changes.additions.push(writable(record));
      continue;
    }
    const values: TrackerRecord = {};
    for (const key of item.changed) values[key] = item.incoming[key];
    if (textAccepted) values.text = item.incoming.text;
    const before = item.existing.values;
    for (const [key, value] of Object.entries(edited) as [EditableField, FieldValue][]) {
      if (isEmpty(value)) delete values[key];
      else if (!sameValue(key, before[key], value)) values[key] = value;
      else delete values[key];
    }
    if (repeatOf && item.existing.values.repeatOf !== repeatOf) {
      values.repeatOf = repeatOf;
      values.repeated = true;
    }
    const write = writable(values);
    if (Object.keys(write).length === 0) continue;
    if (columns.has("updated")) write.updated = updated;
    const update: RowUpdate = {
      row: item.existing.row,
      id: String(item.existing.values.id ?? ""),
      values: write,
    };
    changes.updates.push(update);
    if ((item.corrected ?? []).some((key) => key in write && !(key in edited))) corrected++;
  }
  // Additions keep the order of the report; ids unique against the tracker and the batch.
  const added = changes.additions.length;
  const updatedCount = changes.updates.length;
  return {
    changes,
    summary: {
      added,
      updated: updatedCount,
      corrected,
      unchanged: plan.items.length - added - updatedCount,
      flagged,
    },
  };
}

/**
 * The user's edits of one item in stored form; "" stays "" (an empty field,
 * or the tracker's value on an existing row); a date that is not one is left out.
 */
function editsOf(choices: ImportChoices, index: number): TrackerRecord {
  const out: TrackerRecord = {};
  const edits = choices.edits?.[index] ?? {};
  for (const key of EDITABLE_FIELDS) {
    const text = edits[key];
    if (text === undefined) continue;
    if (text.trim() === "") {
      out[key] = null;
      continue;
    }
    const parsed = normaliseField(key, text);
    if (parsed.ok) out[key] = parsed.value;
  }
  return out;
}

export interface ImportOptions {
  today?: string;
  now: string;
  choices?: ImportChoices;
  dryRun?: boolean;
  random?: RandomSource;
  proposeRepeat?: PlanOptions["proposeRepeat"];
}

/** Read, plan, resolve, write (unless a dry run or nothing to write): what rectrack and Graph call. */
export async function importInto(
  store: TrackerStore,
  batch: RecommendationBatch,
  options: ImportOptions
): Promise<{ plan: ImportPlan; changes: TrackerChanges; summary: ImportSummary }> {
  const content = await store.read();
  const plan = planImport(content, batch, {
    today: options.today,
    proposeRepeat: options.proposeRepeat,
  });
  const { changes, summary } = resolveImport(plan, options.choices ?? {}, {
    now: options.now,
    random: options.random,
    columns: content.columns,
  });
  if (!options.dryRun && (changes.updates.length > 0 || changes.additions.length > 0)) {
    const outcome = await store.write(changes);
    // A colleague sent the same recommendations at the same moment: theirs count, ours are unchanged.
    const late = outcome ? Math.min(outcome.alreadyPresent, summary.added) : 0;
    if (late > 0)
      return {
        plan,
        changes,
        summary: { ...summary, added: summary.added - late, unchanged: summary.unchanged + late },
      };
  }
  return { plan, changes, summary };
}
