import { CELL_TEXT_LIMIT, cellTextLength } from "../schema/a1";
import { InputError } from "./errors";
import {
  PRIORITIES,
  REPORT_TYPES,
  TIMEFRAMES,
  type Priority,
  type ReportType,
  type Timeframe,
} from "./reportMetadata";

/**
 * RecommendationBatch: the one interchange format between Word, Excel, the
 * command line and Graph (docs/architecture.md). Published as a JSON Schema in
 * schemas/recommendation-batch.schema.json; parseBatch (below) is the
 * validator every reader uses, hand-written because task panes may not
 * compile schemas at run time (no eval under the pages' CSP). A test checks
 * that the schema and parseBatch accept and refuse the same documents.
 */
export const BATCH_FORMAT = "opcat-recommendations";
export const BATCH_VERSION = 1;

export interface BatchReport {
  /**
   * Stable report id: it becomes the tracker's "Source document" and lets
   * an untagged report be imported again without duplicates. The Word pane
   * keeps its own id; for an untagged .docx it is derived from the title
   * and date (reportSourceId).
   */
  id: string;
  title: string;
  type: ReportType | "";
  /** ISO date (yyyy-mm-dd) or "". */
  date: string;
  places: string[];
  link: string;
  /** The report's number or reference as printed ("NPM-2024-07"); informative. */
  reference?: string;
}

/** Report-side details an import may find in a report's text rather than in the Word pane's data. */
export const DETAIL_FIELDS = [
  "deadline",
  "timeframe",
  "priority",
  "place",
  "placeType",
  "authority",
  "theme",
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export const DETAIL_ORIGINS = ["report", "guessed"] as const;
/** "report": read from the report's words; "guessed": inferred (a type of place from a name, a theme from words). */
export type DetailOrigin = (typeof DETAIL_ORIGINS)[number];

export interface BatchRecommendation {
  /** Stable id from a tagged report (content control opcat-rec:<id>); absent when the report was not tagged. */
  id?: string;
  ref?: string;
  text: string;
  type?: ReportType | "";
  place?: string;
  placeType?: string;
  authority?: string;
  theme?: string;
  groups?: string[];
  keywords?: string;
  priority?: Priority | "";
  timeframe?: Timeframe | "";
  /** ISO date or "". */
  deadline?: string;
  scope?: "specific" | "systemic" | "";
  /** The report says it repeats an earlier recommendation ("reiterates its recommendation"). */
  repeated?: boolean;
  /** One of the report's key recommendations (the few the NPM makes its priorities); absent: not marked. */
  key?: boolean;
  /** Id of the earlier recommendation it repeats, when known. */
  repeatOf?: string;
  /** Double-SMART score, 0-10, with reviewers' overrides applied. */
  smartScore?: number;
  /**
   * Which details were read from the report's text or guessed, rather than
   * saved in the Word pane. An import writes these only into empty cells (or
   * cells an earlier import filled wrongly), never over a value in the tracker.
   */
  origin?: Partial<Record<DetailField, DetailOrigin>>;
}

export interface RecommendationBatch {
  format: typeof BATCH_FORMAT;
  version: typeof BATCH_VERSION;
  /** ISO date-time the batch was made; informative only. */
  created?: string;
  /** What made it ("OPCAT Recommendation Tracker 0.1.0 (Word)"); informative only. */
  generator?: string;
  report: BatchReport;
  recommendations: BatchRecommendation[];
}

// ---------------------------------------------------------------------------
// Validation, serialisation, report ids

/** Guards: a batch is made by a program from one report; anything larger is not one. */
export const MAX_RECOMMENDATIONS = 10000;
/** The most characters an Excel cell holds: a longer text could not be written whole. */
export const MAX_TEXT_LENGTH = CELL_TEXT_LIMIT;
/** Short fields (ref, place, authority, theme, a group, ids of reports). */
export const MAX_SHORT_LENGTH = 1000;
export const MAX_GROUPS = 100;
/** Refused before JSON.parse, so a huge file cannot stall a pane. */
export const MAX_BATCH_CHARACTERS = 400_000_000;

/**
 * A real calendar date yyyy-mm-dd (leap years included). Written as one
 * regular expression so the published schema can carry exactly the same
 * rule as parseBatch (the schema test checks the two strings are equal).
 */
export const ISO_DATE_PATTERN =
  "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";
/** Recommendation ids: as in the content-control tags (src/core/model/reportMetadata.ts idFromTag). */
export const REC_ID_PATTERN = "^[A-Za-z0-9_-]{4,64}$";
/** Something other than blanks. */
export const NOT_BLANK_PATTERN = "\\S";

const ISO_DATE = new RegExp(ISO_DATE_PATTERN, "u");
const REC_ID = new RegExp(REC_ID_PATTERN, "u");
const NOT_BLANK = new RegExp(NOT_BLANK_PATTERN, "u");
const SCOPES = ["specific", "systemic"] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Length as JSON Schema counts it (code points), so parseBatch and the schema agree on the limits. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function quoted(value: Json): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.length > 40 ? text.slice(0, 40) + "…" : text}'`;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Reads the fields of one object, each rule giving a sentence that names the
 * field as the user knows it; `where` starts every sentence ("Recommendation
 * 5", "The report").
 */
class Fields {
  constructor(
    private readonly object: JsonObject,
    private readonly where: string
  ) {}

  fail(problem: string): never {
    throw new InputError(`${this.where}: ${problem}.`);
  }

  text(key: string, label: string, max: number, required = false): string | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (required) throw new InputError(`${this.where} has no ${label}.`);
      return undefined;
    }
    if (typeof value !== "string") this.fail(`the ${label} ${quoted(value)} is not a text`);
    // A text bound for a cell is measured as the cell measures it; shorter fields as the schema does.
    const length = max === MAX_TEXT_LENGTH ? cellTextLength(value) : codePoints(value);
    if (length > max) this.fail(`the ${label} is longer than ${thousands(max)} characters`);
    return value;
  }

  pattern(key: string, label: string, pattern: RegExp, expected: string): string | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || (value !== "" && !pattern.test(value)))
      this.fail(`the ${label} ${quoted(value)} is not ${expected}`);
    return value;
  }

  choice<T extends string>(key: string, label: string, values: readonly T[]): T | "" | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (value !== "" && !(values as readonly Json[]).includes(value))
      this.fail(`the ${label} ${quoted(value)} is not one of ${values.join(", ")}`);
    return value as T | "";
  }

  list(key: string, label: string): string[] | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) this.fail(`the ${label} must be a list of texts`);
    if (value.length > MAX_GROUPS) this.fail(`there are more than ${MAX_GROUPS} ${label}`);
    for (const item of value) {
      if (typeof item !== "string") this.fail(`the ${label} must be a list of texts`);
      if (codePoints(item) > MAX_SHORT_LENGTH)
        this.fail(`one of the ${label} is longer than ${thousands(MAX_SHORT_LENGTH)} characters`);
    }
    return value as string[];
  }
}

function parseReport(value: Json | undefined): BatchReport {
  if (!isObject(value)) throw new InputError("This batch has no report details.");
  const f: Fields = new Fields(value, "The report");
  const id = f.text("id", "id", MAX_SHORT_LENGTH, true) as string;
  if (!NOT_BLANK.test(id)) throw new InputError("The report has no id.");
  return {
    id,
    title: f.text("title", "title", MAX_SHORT_LENGTH, true) as string,
    type: f.choice("type", "type", REPORT_TYPES) ?? "",
    date: f.pattern("date", "date", ISO_DATE, "a date (yyyy-mm-dd)") ?? "",
    places: f.list("places", "places") ?? [],
    link: f.text("link", "link", MAX_SHORT_LENGTH) ?? "",
    ...optional("reference", f.text("reference", "reference", MAX_SHORT_LENGTH)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function parseOrigin(value: Json | undefined, f: Fields): BatchRecommendation["origin"] {
  if (value === undefined) return undefined;
  if (!isObject(value)) f.fail("'origin' must name, for each detail, 'report' or 'guessed'");
  const origin: Partial<Record<DetailField, DetailOrigin>> = {};
  for (const key of DETAIL_FIELDS) {
    const said = value[key];
    if (said === undefined) continue;
    if (!(DETAIL_ORIGINS as readonly Json[]).includes(said))
      f.fail(`the origin of the ${key} ${quoted(said)} is not 'report' or 'guessed'`);
    origin[key] = said as DetailOrigin;
  }
  return origin;
}

function parseRecommendation(value: Json, number: number): BatchRecommendation {
  const where = `Recommendation ${number}`;
  if (!isObject(value)) throw new InputError(`${where} is not a set of fields.`);
  const f: Fields = new Fields(value, where);
  const text = f.text("text", "text", MAX_TEXT_LENGTH);
  if (text === undefined || !NOT_BLANK.test(text)) throw new InputError(`${where} has no text.`);
  const rec: BatchRecommendation = { text };
  const id = value.id;
  if (id !== undefined) {
    if (typeof id !== "string" || !REC_ID.test(id))
      f.fail(`the id ${quoted(id)} is not 4 to 64 letters, digits, '-' or '_'`);
    rec.id = id;
  }
  const set = <K extends keyof BatchRecommendation>(
    key: K,
    got: BatchRecommendation[K] | undefined
  ) => {
    if (got !== undefined) rec[key] = got;
  };
  set("ref", f.text("ref", "ref", MAX_SHORT_LENGTH));
  set("type", f.choice("type", "type", REPORT_TYPES));
  set("place", f.text("place", "place", MAX_SHORT_LENGTH));
  set("placeType", f.text("placeType", "type of place", MAX_SHORT_LENGTH));
  set("authority", f.text("authority", "authority", MAX_SHORT_LENGTH));
  set("theme", f.text("theme", "theme", MAX_SHORT_LENGTH));
  set("groups", f.list("groups", "groups"));
  set("keywords", f.text("keywords", "keywords", MAX_TEXT_LENGTH));
  set("priority", f.choice("priority", "priority", PRIORITIES));
  set("timeframe", f.choice("timeframe", "timeframe", TIMEFRAMES));
  set("deadline", f.pattern("deadline", "deadline", ISO_DATE, "a date (yyyy-mm-dd)"));
  set("scope", f.choice("scope", "scope", SCOPES));
  if (value.repeated !== undefined) {
    if (typeof value.repeated !== "boolean")
      f.fail(`'repeated' must be true or false, not ${quoted(value.repeated)}`);
    rec.repeated = value.repeated;
  }
  if (value.key !== undefined) {
    if (typeof value.key !== "boolean")
      f.fail(`'key' must be true or false, not ${quoted(value.key)}`);
    rec.key = value.key;
  }
  set(
    "repeatOf",
    f.pattern(
      "repeatOf",
      "earlier recommendation id",
      REC_ID,
      "4 to 64 letters, digits, '-' or '_'"
    )
  );
  const score = value.smartScore;
  if (score !== undefined) {
    if (typeof score !== "number" || !(score >= 0 && score <= 10))
      f.fail(`the Double-SMART score ${quoted(score)} is not a number from 0 to 10`);
    rec.smartScore = score;
  }
  set("origin", parseOrigin(value.origin, f));
  return rec;
}

/**
 * The validator every reader of a batch uses (pane, rectrack, Graph).
 * Throws InputError with one sentence in the user's words. Properties it
 * does not know are ignored (the schema allows them too), so a later add-in
 * can add informative fields without breaking older trackers; anything that
 * would change meaning comes with a new version number.
 */
export function parseBatch(text: string): RecommendationBatch {
  if (text.length > MAX_BATCH_CHARACTERS)
    throw new InputError("This file is too large to be a recommendation batch.");
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, "")) as Json;
  } catch {
    throw new InputError("This file is not a recommendation batch (it is not JSON).");
  }
  if (!isObject(json))
    throw new InputError("This file is not a recommendation batch (it holds no batch object).");
  if (json.format !== BATCH_FORMAT) {
    throw new InputError(
      json.format === undefined
        ? `This file is not a recommendation batch (it has no format '${BATCH_FORMAT}').`
        : `This file is not a recommendation batch (its format is ${quoted(json.format)}, not '${BATCH_FORMAT}').`
    );
  }
  if (json.version !== BATCH_VERSION) {
    const v = json.version;
    throw new InputError(
      typeof v === "number" || typeof v === "string"
        ? `This batch is version ${v}; this tracker reads version ${BATCH_VERSION} batches. Update the add-in or ask the sender for a version ${BATCH_VERSION} batch.`
        : `This batch has no version number; this tracker reads version ${BATCH_VERSION} batches.`
    );
  }
  const top = new Fields(json, "The batch");
  const created = top.text("created", "creation date", MAX_SHORT_LENGTH);
  const generator = top.text("generator", "generator", MAX_SHORT_LENGTH);
  const report = parseReport(json.report);
  const list = json.recommendations;
  if (!Array.isArray(list)) throw new InputError("This batch has no list of recommendations.");
  if (list.length > MAX_RECOMMENDATIONS)
    throw new InputError(
      `This batch holds ${thousands(list.length)} recommendations; a batch holds at most ${thousands(MAX_RECOMMENDATIONS)}.`
    );
  const batch: RecommendationBatch = {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report,
    recommendations: list.map((item, index) => parseRecommendation(item, index + 1)),
  };
  if (created !== undefined) batch.created = created;
  if (generator !== undefined) batch.generator = generator;
  return batch;
}

const REC_KEYS: readonly (keyof BatchRecommendation)[] = [
  "id",
  "ref",
  "text",
  "type",
  "place",
  "placeType",
  "authority",
  "theme",
  "groups",
  "keywords",
  "priority",
  "timeframe",
  "deadline",
  "scope",
  "repeated",
  "repeatOf",
  "key",
  "smartScore",
  "origin",
];

/** Pretty JSON in a fixed key order, so the same batch always gives the same file (diffs stay readable). */
export function serializeBatch(batch: RecommendationBatch): string {
  const r = batch.report;
  const out: Record<string, unknown> = { format: BATCH_FORMAT, version: BATCH_VERSION };
  if (batch.created !== undefined) out.created = batch.created;
  if (batch.generator !== undefined) out.generator = batch.generator;
  out.report = {
    id: r.id,
    title: r.title,
    type: r.type,
    date: r.date,
    places: [...r.places],
    link: r.link,
    ...(r.reference !== undefined ? { reference: r.reference } : {}),
  };
  out.recommendations = batch.recommendations.map((rec) => {
    const o: Record<string, unknown> = {};
    for (const key of REC_KEYS) if (rec[key] !== undefined) o[key] = rec[key];
    return o;
  });
  return JSON.stringify(out, null, 2) + "\n";
}

/** Words of a title as an id: lower case, accents dropped, anything else a single "-". */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/**
 * The tracker's "Source document" for a report: its own id when it has one
 * (the Word pane keeps one), else a readable id from title and date that is
 * the same every time the same report is read, else the file name.
 */
export function reportSourceId(
  report: { id?: string; title: string; date: string },
  fallbackName: string
): string {
  const id = (report.id ?? "").trim();
  if (id) return id;
  const title = slug(report.title);
  if (title) return ISO_DATE.test(report.date) ? `${title}-${report.date}` : title;
  return fallbackName.trim();
}

/**
 * The batch with its candidates after the recommendations, and their
 * indices in the new list (for a preview to show them unticked).
 */
export function withCandidates(
  batch: RecommendationBatch,
  candidates: readonly BatchRecommendation[]
): { batch: RecommendationBatch; candidates: number[] } {
  const start = batch.recommendations.length;
  return {
    batch: { ...batch, recommendations: [...batch.recommendations, ...candidates] },
    candidates: candidates.map((_, k) => start + k),
  };
}
