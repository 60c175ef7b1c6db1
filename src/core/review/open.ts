import type { ReportParagraph } from "../model/report";
import {
  ReportMetadata,
  emptyReportMetadata,
  idFromTag,
  newRecommendationMeta,
  parseReportMetadata,
} from "../model/reportMetadata";

/** One Custom XML part in our namespace, as a host or a .docx holds it. */
export interface StoredPart {
  /** Host part id (Word) or package path (.docx). */
  id: string;
  xml: string;
}

/** A tagged recommendation as found in the document. */
export interface TaggedText {
  id: string;
  text: string;
}

/** Something the user should know about the stored data; the pane words it. */
export type OpenProblem =
  | { code: "damagedPart"; problem: string }
  | { code: "extraParts"; count: number }
  | { code: "missingControls"; ids: string[] }
  | { code: "duplicateTags"; ids: string[] }
  | { code: "partWarnings"; warnings: string[] };

export interface OpenedReport {
  metadata: ReportMetadata;
  /** The part the metadata came from (and is saved back to); null when there is none yet. */
  partId: string | null;
  /** A part in our namespace that could not be read: its text is kept, never overwritten silently. */
  damaged: { partId: string; xml: string; problem: string } | null;
  /** Ids of the recommendations tagged in the document, in document order. */
  inDocument: string[];
  problems: OpenProblem[];
}

/**
 * Reconciles the stored part(s) with the tags found in the document:
 * a tag without metadata gets fresh metadata; metadata whose control was
 * deleted by hand is kept (reported, not dropped), so nothing is lost.
 */
export function openReport(parts: StoredPart[], tagged: TaggedText[]): OpenedReport {
  const problems: OpenProblem[] = [];
  let metadata = emptyReportMetadata();
  let partId: string | null = null;
  let damaged: OpenedReport["damaged"] = null;
  for (const part of parts) {
    const parsed = parseReportMetadata(part.xml);
    if (parsed.ok && partId === null) {
      metadata = parsed.metadata;
      partId = part.id;
      if (parsed.warnings.length > 0)
        problems.push({ code: "partWarnings", warnings: parsed.warnings });
    } else if (!parsed.ok && damaged === null) {
      damaged = { partId: part.id, xml: part.xml, problem: parsed.problem };
      problems.push({ code: "damagedPart", problem: parsed.problem });
    }
  }
  const readable = parts.length - (damaged ? 1 : 0);
  if (readable > 1) problems.push({ code: "extraParts", count: readable - 1 });

  const seen = new Set<string>();
  const duplicates: string[] = [];
  const inDocument: string[] = [];
  for (const t of tagged) {
    if (seen.has(t.id)) {
      duplicates.push(t.id);
      continue;
    }
    seen.add(t.id);
    inDocument.push(t.id);
  }
  if (duplicates.length > 0)
    problems.push({ code: "duplicateTags", ids: [...new Set(duplicates)] });

  const known = new Set(metadata.recommendations.map((r) => r.id));
  const added = inDocument.filter((id) => !known.has(id)).map((id) => newRecommendationMeta(id));
  const missing = metadata.recommendations.filter((r) => !seen.has(r.id)).map((r) => r.id);
  if (missing.length > 0) problems.push({ code: "missingControls", ids: missing });
  // Document order first; recommendations whose control is gone keep their place at the end.
  const byId = new Map([...metadata.recommendations, ...added].map((r) => [r.id, r]));
  const ordered = [...inDocument, ...missing].map((id) => byId.get(id)!);
  return {
    metadata: { report: metadata.report, recommendations: ordered },
    partId,
    damaged,
    inDocument,
    problems,
  };
}

/**
 * The tagged recommendations of a report's paragraphs, in document order:
 * consecutive paragraphs inside the same opcat-rec control form one
 * recommendation, their texts joined by "\r" as Word's ContentControl.text
 * does. A control inside a paragraph tags that paragraph in the readers'
 * output, so its text here is the whole paragraph's.
 */
export function taggedTexts(paragraphs: ReportParagraph[]): TaggedText[] {
  const out: TaggedText[] = [];
  let previous: string | null = null;
  for (const p of paragraphs) {
    const id = p.part === "body" ? idFromTag(p.contentControlTag) : null;
    if (id && id === previous) out[out.length - 1].text += "\r" + p.text;
    else if (id) out.push({ id, text: p.text });
    previous = id;
  }
  return out;
}
