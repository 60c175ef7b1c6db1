import { findRecommendations, type FoundRecommendation } from "../extract";
import { taggedTexts, type OpenedReport, type TaggedText } from "../review/open";
import { effectiveScore } from "../review/review";
import { contextsOf, metaForFinding, untaggedFindings } from "../review/session";
import { foldText } from "../schema/vocabularies";
import { checkRecommendation } from "../smart";
import { parseDate } from "../tracker/normalize";
import {
  BATCH_FORMAT,
  BATCH_VERSION,
  ISO_DATE_PATTERN,
  MAX_TEXT_LENGTH,
  reportSourceId,
  type BatchRecommendation,
  type BatchReport,
  type RecommendationBatch,
} from "./batch";
import type { ReportParagraph } from "./report";
import {
  emptyReportDetails,
  type RecommendationMeta,
  type ReportDetails,
  type ReportType,
} from "./reportMetadata";

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
}

export interface ReportToBatchResult {
  batch: RecommendationBatch;
  /** True when the recommendations came from the report's tags rather than from the finder. */
  tagged: boolean;
  /** Plain sentences about what was left out or guessed, for the user. */
  warnings: string[];
  /**
   * Texts that the finder found just below its threshold ("possibly a
   * recommendation") and nobody tagged, not in the batch: a preview offers
   * them unticked, `rectrack import --include-candidates` takes them.
   */
  candidates: BatchRecommendation[];
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

const ISO_DATE = new RegExp(ISO_DATE_PATTERN, "u");

function isoOrEmpty(text: string | undefined): string {
  const t = (text ?? "").trim();
  return ISO_DATE.test(t) ? t : "";
}

/** A recommendation over several paragraphs keeps its breaks as line breaks in the tracker. */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

function textLength(text: string): number {
  return [...text].length;
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
    smartScore: score ?? undefined,
  });
}

// ---------------------------------------------------------------------------
// Report details of a report the Word pane never saw

/** "Date: 12 March 2026", "Dated 12/03/2026", "Fecha: ..." or a date alone on its line. */
const DATE_LABEL =
  /^(?:(?:date|dated|date of (?:the )?(?:report|visit|letter)|fecha|fait le|le)\s*[:.-]?\s*)?/i;

/**
 * The report date, only when a paragraph near the top holds nothing but a
 * full date (optionally labelled): a date inside a sentence may be the
 * visit's, a deadline or a law's, and a wrong "Date made" is worse than none.
 */
function guessDate(paragraphs: ReportParagraph[]): string {
  for (const p of paragraphs.slice(0, 40)) {
    const text = p.text.trim();
    if (p.part !== "body" || text === "" || text.length > 60) continue;
    const rest = text.replace(DATE_LABEL, "").replace(/[.;]$/, "").trim();
    if (!/\d{4}/.test(rest)) continue;
    const parsed = parseDate(rest);
    if (parsed && !parsed.approximate) return parsed.iso;
  }
  return "";
}

function guessTitle(paragraphs: ReportParagraph[]): string {
  const body = paragraphs.filter((p) => p.part === "body" && p.text.trim() !== "");
  const titled = body.find((p) => /^(title|titre|t[ií]tulo)$/i.test(p.style.trim()));
  const heading = titled ?? body.find((p) => p.headingLevel !== null);
  return heading ? heading.text.replace(/\s+/g, " ").trim().slice(0, 300) : "";
}

/** The type only where the title says it plainly. */
function guessType(title: string): ReportType | "" {
  const t = foldText(title);
  if (/\burgent/.test(t)) return "urgent";
  if (/\b(annual report|rapport annuel|informe anual)\b/.test(t)) return "annual";
  if (
    /\b(preliminary observations?|observations? preliminaires?|observaciones preliminares)\b/.test(
      t
    )
  )
    return "preliminary";
  if (/\b(thematic|thematique|tematico)\b/.test(t)) return "thematic";
  if (/\b(visit|visite|visita)\b/.test(t)) return "visit";
  return "";
}

/** What the report itself suggests for the details a user has not filled in. */
export type GuessedDetails = Pick<ReportDetails, "title" | "date" | "type">;

/** Title (Title style or first heading), date alone on its line near the top, type from the title. */
export function guessReportDetails(paragraphs: ReportParagraph[]): GuessedDetails {
  const title = guessTitle(paragraphs);
  return { title, date: guessDate(paragraphs), type: guessType(title) };
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
  const type = details.type || (details.title.trim() ? guessType(details.title) : guessed.type);
  return { ...details, title, date, type };
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
  const warnings: string[] = [];
  const stored = opened !== null && opened.partId !== null;
  const details: ReportDetails = stored ? opened.metadata.report : emptyReportDetails();
  // Tagging stores the details, mostly empty: what the user left empty is still guessed.
  const { title, date, type } = withGuessedDetails(details, guessReportDetails(paragraphs));
  const report: BatchReport = {
    id: reportSourceId(
      { id: details.id, title, date },
      input.fileName ? baseName(input.fileName) : "report"
    ),
    title,
    type,
    date,
    places: details.places.map((p) => p.trim()).filter(Boolean),
    link: details.link.trim(),
  };
  const effective: ReportDetails = { ...details, title, date, type };
  if (report.id === "") report.id = "report";

  const all = findRecommendations(paragraphs, { candidates: true });
  const found = all.filter((f) => !f.candidate);
  const tagged = input.tagged ?? taggedTexts(paragraphs);
  const isTagged = opened !== null && opened.inDocument.length > 0 && tagged.length > 0;
  const recommendations: BatchRecommendation[] = [];
  const candidates: BatchRecommendation[] = [];
  const add = (rec: BatchRecommendation, number: number, to = recommendations) => {
    if (rec.text === "") {
      warnings.push(`Recommendation ${number} has no text and was left out.`);
    } else if (textLength(rec.text) > MAX_TEXT_LENGTH) {
      warnings.push(
        `Recommendation ${number} is longer than an Excel cell holds (32,767 characters) and was left out.`
      );
    } else to.push(rec);
  };

  const fromFinding = (f: FoundRecommendation): BatchRecommendation => {
    const meta = metaForFinding("untagged", f, effective);
    const text = cleanText(f.text);
    const check = checkRecommendation({ text, context: f.context });
    const rec = fromMeta({ ...meta, groups: [] }, effective, text, check.score, !!f.repeated);
    delete rec.id;
    return rec;
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
    opened.inDocument.forEach((id, i) => {
      const meta = byId.get(id) as RecommendationMeta;
      const text = cleanText(texts.get(id) ?? "");
      const context = contexts.get(id) ?? "";
      const check = text === "" ? null : checkRecommendation({ text, context });
      const score = effectiveScore({ meta, text, context, check });
      add(fromMeta(meta, effective, text, score, repeatedIds.has(id)), i + 1);
    });
    const missing = opened.metadata.recommendations.length - opened.inDocument.length;
    if (missing > 0)
      warnings.push(
        `${missing} recommendation${missing === 1 ? " was" : "s were"} left out: ${missing === 1 ? "its" : "their"} tagged text is no longer in the report.`
      );
    const untagged = untaggedFindings(
      found,
      paragraphs,
      tagged.map((t) => t.text)
    ).length;
    if (untagged > 0)
      warnings.push(
        `${untagged} recommendation${untagged === 1 ? "" : "s"} found in the report ${untagged === 1 ? "is" : "are"} not tagged and ${untagged === 1 ? "was" : "were"} left out.`
      );
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
  return { batch, tagged: isTagged, warnings, candidates };
}
