import {
  placeInTableRow,
  readRecommendationDetails,
  readReportDetails,
  reportTypeIn,
} from "../details";
import type { RecommendationDetails } from "../details";
import { findRecommendations, introducingText, type FoundRecommendation } from "../extract";
import { cellTextLength } from "../schema/a1";
import { taggedTexts, type OpenedReport, type TaggedText } from "../review/open";
import { effectiveScore } from "../review/review";
import { contextsOf, metaForFinding, untaggedFindings } from "../review/session";
import { checkRecommendation } from "../smart";
import {
  BATCH_FORMAT,
  BATCH_VERSION,
  type DetailField,
  ISO_DATE_PATTERN,
  MAX_TEXT_LENGTH,
  reportSourceId,
  type BatchRecommendation,
  type BatchReport,
  type RecommendationBatch,
} from "./batch";
import type { Language } from "../language";
import type { Problem } from "./problem";
import type { ReportParagraph } from "./report";
import { emptyReportDetails, type RecommendationMeta, type ReportDetails } from "./reportMetadata";

export interface ReportToBatchInput {
  paragraphs: ReportParagraph[];
  /** What the Word pane stored in the report (open.ts / the .docx reader); null when not read. */
  opened: OpenedReport | null;
  /**
   * Each tag's own text, where the reader knows it (Word gives a control's
   * text; its paragraphs do not name a control that covers only part of
   * them). Default: the paragraphs' tags, as the .docx reader gives them.
   */
  tagged?: TaggedText[];
  /** File name, the last resort for the report id. */
  fileName?: string;
  created?: string;
  generator?: string;
  /**
   * The report's date as the user gives it for this import (rectrack
   * --report-date, the import preview's date field): it wins over any other.
   */
  reportDate?: string;
}

/** Where a batch's report date came from: the Word pane's saved details, the report's words, the user for this import. */
export type ReportDateSource = "word" | "report" | "given";

/**
 * What reading a report into a batch left out or read as it was, for the
 * user to check: a code with its values (numbers as digits), worded by each
 * surface from a map keyed by code (the panes' catalogues, the command
 * line), so a code without its wording does not compile.
 */
export type BatchWarningCode =
  /** Recommendation {number} (its place in the report) has no text: left out. */
  | "noText"
  /** Recommendation {number} is longer than an Excel cell holds: left out. */
  | "tooLong"
  /** {count} tagged recommendations whose text is no longer in the report: left out. */
  | "taggedTextGone"
  /** {count} recommendations the finder found that are not tagged: left out. */
  | "untaggedLeftOut"
  /** The report has tracked changes and was read as if they were all accepted (the .docx reader). */
  | "trackedChanges"
  /** Nothing found, and the report seems written in a language the finder does not read (the .docx reader). */
  | "otherLanguage";

export type BatchWarning = Pick<Problem<BatchWarningCode>, "code" | "values">;

export interface ReportToBatchResult {
  batch: RecommendationBatch;
  /** True when the recommendations came from the report's tags rather than from the finder. */
  tagged: boolean;
  /** What was left out, for the user: codes each surface words. */
  warnings: BatchWarning[];
  /** Where batch.report.date came from; null when the report gives no date and none was given. */
  dateFrom: ReportDateSource | null;
  /** The report's line the date was read from ("Date of report: 22 May 2024"), when dateFrom is "report". */
  dateLine: string;
  /** The language the report is written in. */
  language: Language;
  /**
   * Texts that the finder found just below its threshold ("possibly a
   * recommendation") and nobody tagged, not in the batch: a preview offers
   * them unticked, `rectrack import --include-candidates` takes them.
   */
  candidates: BatchRecommendation[];
}

const ISO_DATE = new RegExp(ISO_DATE_PATTERN, "u");

function isoOrEmpty(text: string | undefined): string {
  const t = (text ?? "").trim();
  return ISO_DATE.test(t) ? t : "";
}

/** A recommendation over several paragraphs keeps its breaks as line breaks in the tracker. */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** Leaves out fields with nothing in them, so the batch says only what the report says. */
function compact(rec: BatchRecommendation): BatchRecommendation {
  const out: BatchRecommendation = { text: rec.text };
  for (const [key, value] of Object.entries(rec) as [keyof BatchRecommendation, unknown][]) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
      continue;
    (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

function fromMeta(
  meta: RecommendationMeta,
  details: ReportDetails,
  text: string,
  score: number | null,
  repeated: boolean
): BatchRecommendation {
  return compact({
    id: meta.id,
    ref: meta.ref.trim(),
    text,
    type: meta.type || details.type,
    place: meta.place.trim(),
    authority: (meta.addressee || details.addressee).trim(),
    theme: (meta.theme || details.theme).trim(),
    groups: meta.groups.map((g) => g.trim()).filter(Boolean),
    priority: meta.priority,
    timeframe: meta.timeframe,
    deadline: isoOrEmpty(meta.deadline),
    repeated: repeated || undefined,
    key: meta.key || undefined,
    smartScore: score ?? undefined,
  });
}

/**
 * Fills the fields the Word pane left empty with what the report's words
 * say, marking each as read or guessed (an import writes those only where
 * the tracker has nothing). Values the Word pane saved stay as they are.
 */
function withDetails(
  rec: BatchRecommendation,
  details: RecommendationDetails,
  savedPlaces: readonly string[]
): BatchRecommendation {
  const out: BatchRecommendation = { ...rec };
  const origin: NonNullable<BatchRecommendation["origin"]> = { ...(rec.origin ?? {}) };
  const fill = <K extends DetailField>(key: K, value: BatchRecommendation[K] | undefined) => {
    const detail = details[key];
    if (!detail || (rec[key] !== undefined && rec[key] !== "")) return;
    (out as unknown as Record<string, unknown>)[key] = value ?? detail.value;
    // A place among those the user saved for the report is the user's, not a reading.
    if (!(key === "place" && savedPlaces.includes(detail.value))) origin[key] = detail.origin;
  };
  fill("deadline", undefined);
  fill("timeframe", details.timeframe?.value);
  fill("priority", details.priority?.value);
  fill("place", undefined);
  fill("placeType", undefined);
  fill("authority", undefined);
  fill("theme", undefined);
  if (Object.keys(origin).length > 0) out.origin = origin;
  return out;
}

// ---------------------------------------------------------------------------
// Report details of a report the Word pane never saw, or left partly empty

/** What the report itself says for the details a user has not filled in (src/core/details reads them). */
export type GuessedDetails = Pick<ReportDetails, "title" | "date" | "type"> & { places?: string[] };

/** Title (Title style or first heading), the date the report gives itself, its places and type. */
export function guessReportDetails(paragraphs: ReportParagraph[]): GuessedDetails {
  const found = readReportDetails(paragraphs);
  return { title: found.title, date: found.date, type: found.type, places: found.places };
}

/**
 * The details with the report's guesses in the fields left empty. A value
 * the user saved always wins; the type follows the title the user saved
 * when there is one, so a saved title is never paired with a type guessed
 * from another.
 */
export function withGuessedDetails(details: ReportDetails, guessed: GuessedDetails): ReportDetails {
  const title = details.title.trim() || guessed.title;
  const date = isoOrEmpty(details.date) || guessed.date;
  const type = details.type || (details.title.trim() ? reportTypeIn(details.title) : guessed.type);
  const saved = details.places.map((p) => p.trim()).filter(Boolean);
  const places = saved.length > 0 ? saved : (guessed.places ?? []);
  return { ...details, title, date, type, places };
}

/** "C:\\reports\\H prison.docx" -> "H prison.docx". */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

// ---------------------------------------------------------------------------

/**
 * A report as a RecommendationBatch. A tagged report gives one
 * recommendation per tagged control with the data the Word pane stored and
 * the reviewers' verdicts applied; an untagged one gives what the finder
 * finds. Both are scored by the Double-SMART checker.
 */
export function reportToBatch(input: ReportToBatchInput): ReportToBatchResult {
  const { paragraphs, opened } = input;
  const warnings: BatchWarning[] = [];
  const stored = opened !== null && opened.partId !== null;
  const details: ReportDetails = stored ? opened.metadata.report : emptyReportDetails();
  // Tagging stores the details, mostly empty: what the user left empty is still read from the report.
  const read = readReportDetails(paragraphs);
  const merged = withGuessedDetails(details, {
    title: read.title,
    date: read.date,
    type: read.type,
    places: read.places,
  });
  const { title, type, places } = merged;
  const given = isoOrEmpty(input.reportDate);
  const date = given || merged.date;
  const dateFrom: ReportDateSource | null = given
    ? "given"
    : isoOrEmpty(details.date)
      ? "word"
      : read.date
        ? "report"
        : null;
  const report: BatchReport = {
    id: reportSourceId(
      { id: details.id, title, date },
      input.fileName ? baseName(input.fileName) : "report"
    ),
    title,
    type,
    date,
    places: places.map((p) => p.trim()).filter(Boolean),
    link: details.link.trim(),
  };
  if (read.reference) report.reference = read.reference;
  const effective: ReportDetails = { ...details, title, date, type, places: report.places };
  const savedPlaces = details.places.map((p) => p.trim()).filter(Boolean);
  const readContext = { language: read.language, date, places: report.places, title };
  const rowPlaceOf = (f: { paragraph: number }) =>
    placeInTableRow(paragraphs, f.paragraph, read.language) ?? undefined;
  if (report.id === "") report.id = "report";

  const all = findRecommendations(paragraphs, { candidates: true });
  const found = all.filter((f) => !f.candidate);
  const tagged = input.tagged ?? taggedTexts(paragraphs);
  const isTagged = opened !== null && opened.inDocument.length > 0 && tagged.length > 0;
  const recommendations: BatchRecommendation[] = [];
  const candidates: BatchRecommendation[] = [];
  const add = (rec: BatchRecommendation, number: number, to = recommendations) => {
    if (rec.text === "") {
      warnings.push({ code: "noText", values: { number: String(number) } });
    } else if (cellTextLength(rec.text) > MAX_TEXT_LENGTH) {
      warnings.push({ code: "tooLong", values: { number: String(number) } });
    } else to.push(rec);
  };

  const fromFinding = (f: FoundRecommendation): BatchRecommendation => {
    const meta = metaForFinding("untagged", f, effective);
    const text = cleanText(f.text);
    const check = checkRecommendation({ text, context: introducingText(f) });
    // What the finder read of addressee, deadline, timeframe and priority is read again by src/core/details.
    const plain: RecommendationMeta = {
      ...meta,
      groups: [],
      addressee: "",
      deadline: "",
      timeframe: "",
      priority: "",
    };
    const rec = fromMeta(plain, { ...effective, addressee: "" }, text, check.score, !!f.repeated);
    delete rec.id;
    const withRead = withDetails(
      rec,
      readRecommendationDetails({ ...f, rowPlace: rowPlaceOf(f) }, readContext),
      savedPlaces
    );
    // The report's default addressee (saved in the Word pane) where the text names none.
    if (!withRead.authority && details.addressee.trim())
      withRead.authority = details.addressee.trim();
    return withRead;
  };
  const possible = all.filter((f) => f.candidate);
  if (isTagged) {
    const texts = new Map(tagged.map((t) => [t.id, t.text]));
    const contexts = contextsOf(tagged, paragraphs, found);
    const repeatedIds = new Set(
      found
        .filter((f) => f.repeated && f.tag)
        .map((f) => (f.tag as string).slice("opcat-rec:".length))
    );
    const byId = new Map(opened.metadata.recommendations.map((m) => [m.id, m]));
    const foundById = new Map(
      found
        .filter((f) => f.tag)
        .map((f) => [(f.tag as string).slice("opcat-rec:".length), f] as const)
    );
    opened.inDocument.forEach((id, i) => {
      const meta = byId.get(id) as RecommendationMeta;
      const text = cleanText(texts.get(id) ?? "");
      const context = contexts.get(id) ?? "";
      const check = text === "" ? null : checkRecommendation({ text, context });
      const score = effectiveScore({ meta, text, context, check });
      const finding = foundById.get(id);
      const rec = fromMeta(meta, effective, text, score, repeatedIds.has(id));
      add(
        withDetails(
          rec,
          readRecommendationDetails(
            finding ? { ...finding, text, rowPlace: rowPlaceOf(finding) } : { text },
            readContext
          ),
          savedPlaces
        ),
        i + 1
      );
    });
    const missing = opened.metadata.recommendations.length - opened.inDocument.length;
    if (missing > 0) warnings.push({ code: "taggedTextGone", values: { count: String(missing) } });
    const untagged = untaggedFindings(
      found,
      paragraphs,
      tagged.map((t) => t.text)
    ).length;
    if (untagged > 0)
      warnings.push({ code: "untaggedLeftOut", values: { count: String(untagged) } });
    // Possible recommendations the reviewers have not tagged: offered, unticked, like the others.
    untaggedFindings(
      possible,
      paragraphs,
      tagged.map((t) => t.text)
    ).forEach((f, i) => add(fromFinding(f), opened.inDocument.length + i + 1, candidates));
  } else {
    found.forEach((f, i) => add(fromFinding(f), i + 1));
    possible.forEach((f, i) => add(fromFinding(f), found.length + i + 1, candidates));
  }

  const batch: RecommendationBatch = {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report,
    recommendations,
  };
  if (input.created !== undefined) batch.created = input.created;
  if (input.generator !== undefined) batch.generator = input.generator;
  return {
    batch,
    tagged: isTagged,
    warnings,
    dateFrom,
    dateLine: read.dateLine,
    language: read.language,
    candidates,
  };
}
