import { CRITERION_KEYS, CriterionKey, Verdict } from "../smart/types";
import { escapeXmlText, unescapeXml, xmlAttributes } from "./xml";

/**
 * What the Word pane keeps inside a report (Custom XML part, namespace
 * urn:opcat-recommendation-tracker:report:1): the report's details and, per
 * tagged recommendation, its tracker fields, the reviewers' verdict
 * overrides and the review state. The Word adapter writes it, the .docx
 * reader reads it, both through serializeReportMetadata/parseReportMetadata,
 * so the two always agree. Written without an XML library because core stays
 * dependency-free and the format is ours.
 */
export const REPORT_NAMESPACE = "urn:opcat-recommendation-tracker:report:1";
/** Where a damaged part's text is kept when the user starts afresh, so nothing is lost. */
export const REPORT_BACKUP_NAMESPACE = "urn:opcat-recommendation-tracker:report-backup:1";
export const REPORT_FORMAT_VERSION = 1;
/** Content-control tag prefix: "opcat-rec:<id>". */
export const REC_TAG_PREFIX = "opcat-rec:";

export const REPORT_TYPES = ["visit", "thematic", "urgent", "annual", "preliminary"] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REVIEW_STATES = ["draft", "reviewed", "approved"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const TIMEFRAMES = ["short", "medium", "long"] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];
const VERDICTS: readonly Verdict[] = ["met", "not_met", "needs_review"];

export interface ReportDetails {
  /**
   * Stable report id, kept by the Word pane so the report is the same
   * "Source document" in the tracker at every send; "" or absent when none
   * was given yet (a batch then derives one from title and date).
   */
  id?: string;
  title: string;
  type: ReportType | "";
  /** ISO date (yyyy-mm-dd) or "". */
  date: string;
  places: string[];
  link: string;
  /** Default addressee and theme for recommendations that give none. */
  addressee: string;
  theme: string;
  /**
   * The report's title and date when its ids were given (first tag or first
   * send): a copy saved as next year's report keeps every id, and its new
   * title or date is how the pane notices it (./identity.ts).
   */
  keyedAs?: { title: string; date: string };
}

/** A reviewer's verdict in place of the checker's; it is what counts in exports. */
export interface VerdictOverride {
  verdict: Verdict;
  /**
   * The reviewer found that the criterion does not apply to this
   * recommendation: stored with verdict "met" (nothing to improve, and what
   * an earlier version of the add-in reads), shown as "not applicable".
   */
  notApplicable?: true;
  note: string;
  reviewer: string;
  /** ISO date-time. */
  at: string;
}

export interface RecommendationMeta {
  /** Stable id, also in the content control tag. */
  id: string;
  ref: string;
  addressee: string;
  theme: string;
  groups: string[];
  priority: Priority | "";
  timeframe: Timeframe | "";
  /** ISO date or "". */
  deadline: string;
  type: ReportType | "";
  place: string;
  /** Marked by the drafter as one of the report's key recommendations. */
  key: boolean;
  overrides: Partial<Record<CriterionKey, VerdictOverride>>;
  reviewState: ReviewState;
  /** The text as it was when last checked, to know when a re-check is due. */
  checkedText: string;
}

export interface ReportMetadata {
  report: ReportDetails;
  recommendations: RecommendationMeta[];
}

export type ReportMetadataParse =
  { ok: true; metadata: ReportMetadata; warnings: string[] } | { ok: false; problem: string };

export function emptyReportDetails(): ReportDetails {
  return { title: "", type: "", date: "", places: [], link: "", addressee: "", theme: "" };
}

export function emptyReportMetadata(): ReportMetadata {
  return { report: emptyReportDetails(), recommendations: [] };
}

export function newRecommendationMeta(
  id: string,
  fields: Partial<RecommendationMeta> = {}
): RecommendationMeta {
  return {
    id,
    ref: "",
    addressee: "",
    theme: "",
    groups: [],
    priority: "",
    timeframe: "",
    deadline: "",
    type: "",
    place: "",
    key: false,
    overrides: {},
    reviewState: "draft",
    checkedText: "",
    ...fields,
  };
}

export function tagOf(id: string): string {
  return REC_TAG_PREFIX + id;
}

/** The id in an "opcat-rec:<id>" tag, null for any other tag. */
export function idFromTag(tag: string | null | undefined): string | null {
  if (!tag || !tag.startsWith(REC_TAG_PREFIX)) return null;
  const id = tag.slice(REC_TAG_PREFIX.length);
  return /^[A-Za-z0-9_-]{4,64}$/.test(id) ? id : null;
}

// ---------------------------------------------------------------------------
// Serialisation

/** Attribute values also keep their line breaks and tabs (XML would turn them into spaces). */
function attr(text: string): string {
  return escapeXmlText(text).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** Element text keeps carriage returns, which XML would otherwise normalise away. */
function elementText(text: string): string {
  return escapeXmlText(text).replace(/\r/g, "&#13;");
}

export function serializeReportMetadata(metadata: ReportMetadata): string {
  const r = metadata.report;
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<report xmlns="${REPORT_NAMESPACE}" version="${REPORT_FORMAT_VERSION}"${r.id ? ` id="${attr(r.id)}"` : ""} title="${attr(r.title)}" type="${r.type}" date="${attr(r.date)}" link="${attr(r.link)}" addressee="${attr(r.addressee)}" theme="${attr(r.theme)}"${r.keyedAs ? ` keyedTitle="${attr(r.keyedAs.title)}" keyedDate="${attr(r.keyedAs.date)}"` : ""}>`,
  ];
  for (const place of r.places) lines.push(`  <place>${elementText(place)}</place>`);
  for (const rec of metadata.recommendations) {
    lines.push(
      `  <recommendation id="${attr(rec.id)}" ref="${attr(rec.ref)}" addressee="${attr(rec.addressee)}" theme="${attr(rec.theme)}" priority="${rec.priority}" timeframe="${rec.timeframe}" deadline="${attr(rec.deadline)}" type="${rec.type}" place="${attr(rec.place)}"${rec.key ? ` key="true"` : ""} reviewState="${rec.reviewState}">`
    );
    for (const group of rec.groups) lines.push(`    <group>${elementText(group)}</group>`);
    for (const key of CRITERION_KEYS) {
      const o = rec.overrides[key];
      if (!o) continue;
      lines.push(
        `    <override criterion="${key}" verdict="${o.verdict}"${o.notApplicable ? ` applies="no"` : ""} reviewer="${attr(o.reviewer)}" at="${attr(o.at)}">${elementText(o.note)}</override>`
      );
    }
    lines.push(`    <checkedText>${elementText(rec.checkedText)}</checkedText>`);
    lines.push(`  </recommendation>`);
  }
  lines.push(`</report>`);
  return lines.join("\n") + "\n";
}

/** Keeps a damaged part's text, escaped, in a part of its own namespace, so it stays in the document. */
export function serializeBackup(damagedXml: string, savedAt: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<damagedReportData xmlns="${REPORT_BACKUP_NAMESPACE}" savedAt="${attr(savedAt)}">${elementText(damagedXml)}</damagedReportData>\n`
  );
}

// ---------------------------------------------------------------------------
// Parsing

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | "" {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : "";
}

/** Children `<name>text</name>` (or `<name/>`) of a fragment, unescaped, in order. */
function childTexts(fragment: string, name: string): string[] {
  const pattern = new RegExp(
    `<(?:[\\w-]+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${name}\\s*>)`,
    "g"
  );
  const out: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(fragment)) !== null) out.push(unescapeXml(match[1] ?? ""));
  return out;
}

/**
 * Reads the part. A damaged part (not ours, cut short, unreadable) is
 * reported in plain words and never thrown; values outside the
 * vocabularies are dropped with a warning rather than refusing the report.
 */
export function parseReportMetadata(xml: string): ReportMetadataParse {
  const text = xml.replace(/^\uFEFF/, "").trim();
  const root = /<(?:[\w-]+:)?report\b([^>]*?)(\/?)>/.exec(text);
  if (!root) return { ok: false, problem: "it has no report element" };
  const rootAttributes = xmlAttributes(root[1]);
  const namespaceOk = [...rootAttributes.entries()].some(
    ([name, value]) => (name === "xmlns" || name.startsWith("xmlns:")) && value === REPORT_NAMESPACE
  );
  if (!namespaceOk) return { ok: false, problem: "it belongs to another format" };
  const selfClosing = root[2] === "/";
  if (!selfClosing && !/<\/(?:[\w-]+:)?report\s*>$/.test(text))
    return { ok: false, problem: "it is cut short" };
  const version = Number(rootAttributes.get("version") ?? "1");
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, problem: "it has no valid version" };
  if (version > REPORT_FORMAT_VERSION) {
    return { ok: false, problem: "it was written by a newer version of the add-in" };
  }
  const body = selfClosing ? "" : text.slice(root.index + root[0].length);
  const warnings: string[] = [];
  const recPattern =
    /<(?:[\w-]+:)?recommendation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?recommendation\s*>)/g;
  const recommendations: RecommendationMeta[] = [];
  const seen = new Set<string>();
  let match: RegExpExecArray | null;
  // Places are direct children of <report>, so take them from outside the recommendations.
  const outside = body.replace(recPattern, "");
  recPattern.lastIndex = 0;
  while ((match = recPattern.exec(body)) !== null) {
    const a = xmlAttributes(match[1]);
    const inner = match[2] ?? "";
    const id = a.get("id") ?? "";
    if (!/^[A-Za-z0-9_-]{4,64}$/.test(id) || seen.has(id)) {
      warnings.push(
        id
          ? `a recommendation id appears twice (${id})`
          : "a recommendation without an id was skipped"
      );
      continue;
    }
    seen.add(id);
    const overrides: Partial<Record<CriterionKey, VerdictOverride>> = {};
    const overridePattern =
      /<(?:[\w-]+:)?override\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?override\s*>)/g;
    let o: RegExpExecArray | null;
    while ((o = overridePattern.exec(inner)) !== null) {
      const oa = xmlAttributes(o[1]);
      const criterion = oneOf(CRITERION_KEYS, oa.get("criterion"));
      const verdict = oneOf(VERDICTS, oa.get("verdict"));
      if (!criterion || !verdict) {
        warnings.push(`an override of recommendation ${id} could not be read`);
        continue;
      }
      overrides[criterion] = {
        verdict,
        ...(verdict === "met" && oa.get("applies") === "no"
          ? { notApplicable: true as const }
          : {}),
        note: unescapeXml(o[2] ?? ""),
        reviewer: oa.get("reviewer") ?? "",
        at: oa.get("at") ?? "",
      };
    }
    const withoutOverrides = inner.replace(overridePattern, "");
    recommendations.push({
      id,
      ref: a.get("ref") ?? "",
      addressee: a.get("addressee") ?? "",
      theme: a.get("theme") ?? "",
      groups: childTexts(withoutOverrides, "group").filter((g) => g !== ""),
      priority: oneOf(PRIORITIES, a.get("priority")),
      timeframe: oneOf(TIMEFRAMES, a.get("timeframe")),
      deadline: a.get("deadline") ?? "",
      type: oneOf(REPORT_TYPES, a.get("type")),
      place: a.get("place") ?? "",
      key: a.get("key") === "true",
      overrides,
      reviewState: oneOf(REVIEW_STATES, a.get("reviewState")) || "draft",
      checkedText: childTexts(withoutOverrides, "checkedText")[0] ?? "",
    });
  }
  return {
    ok: true,
    warnings,
    metadata: {
      report: {
        // Absent stays absent, so parts written before ids existed read back exactly as they were.
        ...(rootAttributes.get("id") ? { id: rootAttributes.get("id") } : {}),
        title: rootAttributes.get("title") ?? "",
        type: oneOf(REPORT_TYPES, rootAttributes.get("type")),
        date: rootAttributes.get("date") ?? "",
        places: childTexts(outside, "place").filter((p) => p !== ""),
        link: rootAttributes.get("link") ?? "",
        addressee: rootAttributes.get("addressee") ?? "",
        theme: rootAttributes.get("theme") ?? "",
        ...(rootAttributes.has("keyedTitle") || rootAttributes.has("keyedDate")
          ? {
              keyedAs: {
                title: rootAttributes.get("keyedTitle") ?? "",
                date: rootAttributes.get("keyedDate") ?? "",
              },
            }
          : {}),
      },
      recommendations,
    },
  };
}

/** True when the XML text claims our namespace (so other parts are skipped without being read). */
export function isReportPart(xml: string): boolean {
  return xml.includes(REPORT_NAMESPACE);
}
