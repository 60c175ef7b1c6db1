import { introducingText, type FoundRecommendation } from "../extract";
import type { ReportParagraph } from "../model/report";
import {
  PRIORITIES,
  RecommendationMeta,
  ReportDetails,
  ReportMetadata,
  TIMEFRAMES,
  idFromTag,
  newRecommendationMeta,
} from "../model/reportMetadata";
import type { CheckInput, CheckResult } from "../smart/types";
import type { TaggedText } from "./open";
import { ReviewItem, markChecked } from "./review";

/** First line of a tagged text (a control over several paragraphs holds them joined by "\r"). */
function firstLine(text: string): string {
  return text.split(/[\r\n]/)[0];
}

/**
 * The introducing sentences of each tagged recommendation, for the checker:
 * the finder's when it saw the tag on the paragraph, else the text before
 * the recommendation in its paragraph (a control inside a paragraph does not
 * tag the paragraph itself).
 */
export function contextsOf(
  tagged: TaggedText[],
  paragraphs: ReportParagraph[],
  found: FoundRecommendation[]
): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of found) {
    const id = idFromTag(f.tag);
    if (id) map.set(id, introducingText(f));
  }
  for (const t of tagged) {
    const first = firstLine(t.text);
    if (map.has(t.id) || first.trim() === "") continue;
    const paragraph = paragraphs.find((p) => p.text.includes(first));
    if (paragraph) map.set(t.id, paragraph.text.slice(0, paragraph.text.indexOf(first)).trim());
  }
  return map;
}

/**
 * The found recommendations that still need a tag: in the body, and neither
 * inside a tagged recommendation nor in a paragraph that already holds one
 * (so running Find twice tags nothing twice).
 */
export function untaggedFindings(
  found: FoundRecommendation[],
  paragraphs: ReportParagraph[],
  taggedTexts: string[]
): FoundRecommendation[] {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const lines = taggedTexts.map(firstLine).filter((t) => t.trim() !== "");
  return found.filter((f) => {
    const paragraph = byIndex.get(f.paragraph);
    if (!paragraph || paragraph.part !== "body" || f.tag || paragraph.contentControlTag)
      return false;
    return !lines.some((line) => paragraph.text.includes(line) || line.includes(f.text));
  });
}

function isoDate(text: string | undefined): string {
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : "";
}

/** "High priority" -> "high"; "Short term" -> "short"; anything else -> "". */
function vocab<T extends string>(values: readonly T[], text: string | undefined): T | "" {
  const word = (text ?? "").trim().toLowerCase();
  return values.find((v) => word.startsWith(v)) ?? "";
}

/** Stored fields of a newly tagged recommendation: what the finder read, else the report's defaults. */
export function metaForFinding(
  id: string,
  f: FoundRecommendation,
  report: ReportDetails
): RecommendationMeta {
  return newRecommendationMeta(id, {
    ref: f.ref ?? "",
    addressee: f.addressee ?? report.addressee,
    theme: report.theme,
    deadline: isoDate(f.deadline),
    timeframe: vocab(TIMEFRAMES, f.timeframe),
    priority: vocab(PRIORITIES, f.priority),
    type: report.type,
  });
}

export interface ReviewSession {
  metadata: ReportMetadata;
  items: ReviewItem[];
  /** How many texts changed since their last check (their new text is recorded in metadata). */
  rechecked: number;
}

/**
 * Checks every recommendation still in the document and records the text
 * checked; a recommendation whose control is gone keeps its data, unchecked.
 */
export function reviewSession(
  metadata: ReportMetadata,
  tagged: TaggedText[],
  contexts: Map<string, string>,
  check: (input: CheckInput) => CheckResult
): ReviewSession {
  const texts = new Map(tagged.map((t) => [t.id, t.text]));
  let next = metadata;
  let rechecked = 0;
  for (const rec of metadata.recommendations) {
    const text = texts.get(rec.id);
    if (text !== undefined && text !== rec.checkedText) {
      next = markChecked(next, rec.id, text);
      rechecked++;
    }
  }
  const items = next.recommendations.map((meta) => {
    const text = texts.get(meta.id) ?? null;
    const context = contexts.get(meta.id) ?? "";
    return { meta, text, context, check: text === null ? null : check({ text, context }) };
  });
  return { metadata: next, items, rechecked };
}
