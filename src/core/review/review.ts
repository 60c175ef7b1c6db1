import {
  RecommendationMeta,
  ReportMetadata,
  ReviewState,
  VerdictOverride,
} from "../model/reportMetadata";
import { CRITERION_KEYS, CheckResult, CriterionKey, Span, Verdict } from "../smart/types";

/** One recommendation as the pane reviews it: stored data, current text, and the checker's result for that text. */
export interface ReviewItem {
  meta: RecommendationMeta;
  /** Current text in the document; null when its content control was deleted. */
  text: string | null;
  /** The sentences before it that the checker also read (findings, standards); "" when none. */
  context?: string;
  check: CheckResult | null;
}

/** Spans sorted, with overlapping or touching ones joined, for showing evidence once. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The verdict that counts: the reviewer's override when there is one, else the checker's. */
export function effectiveVerdict(item: ReviewItem, criterion: CriterionKey): Verdict | null {
  const override = item.meta.overrides[criterion];
  if (override) return override.verdict;
  return item.check ? item.check.criteria[criterion].verdict : null;
}

/** Criteria met once overrides are applied (0-10), null when not checked yet. */
export function effectiveScore(item: ReviewItem): number | null {
  if (!item.check) return null;
  return CRITERION_KEYS.filter((k) => effectiveVerdict(item, k) === "met").length;
}

/** A re-check is due when the text changed since the stored check. */
export function needsRecheck(item: ReviewItem): boolean {
  return item.text !== null && item.text !== item.meta.checkedText;
}

export interface ReviewFilter {
  /** Only recommendations where this criterion is not met (not_met or needs_review, after overrides). */
  criterionNotMet: CriterionKey | null;
  reviewState: ReviewState | null;
}

export const NO_FILTER: ReviewFilter = { criterionNotMet: null, reviewState: null };

export function matchesFilter(item: ReviewItem, filter: ReviewFilter): boolean {
  if (filter.reviewState && item.meta.reviewState !== filter.reviewState) return false;
  if (filter.criterionNotMet) {
    const v = effectiveVerdict(item, filter.criterionNotMet);
    if (v === null || v === "met") return false;
  }
  return true;
}

export function filterItems(items: ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  return items.filter((item) => matchesFilter(item, filter));
}

/**
 * Next or previous id in the visible list, wrapping around; the first one
 * when the current id is not visible (it was filtered out).
 */
export function step(
  visibleIds: string[],
  current: string | null,
  direction: 1 | -1
): string | null {
  if (visibleIds.length === 0) return null;
  const i = current === null ? -1 : visibleIds.indexOf(current);
  if (i < 0) return direction === 1 ? visibleIds[0] : visibleIds[visibleIds.length - 1];
  return visibleIds[(i + direction + visibleIds.length) % visibleIds.length];
}

/** One stop of the criterion-first walk: a recommendation whose verdict on the criterion is not settled as met. */
export interface WalkStop {
  id: string;
  verdict: Verdict | null;
}

/**
 * Criterion-first review, as PerfectIt walks one check through a document:
 * every recommendation where the criterion is not met or needs review, in
 * document order. Met (checker or override) ones are skipped; an override
 * to not met stays in the walk, as a decision already taken.
 */
export function criterionWalk(
  items: ReviewItem[],
  criterion: CriterionKey,
  filter: ReviewFilter = NO_FILTER
): WalkStop[] {
  return filterItems(items, { ...filter, criterionNotMet: criterion }).map((item) => ({
    id: item.meta.id,
    verdict: effectiveVerdict(item, criterion),
  }));
}

// ---------------------------------------------------------------------------
// Updates (pure: a new metadata object, the old one untouched)

function updateRec(
  metadata: ReportMetadata,
  id: string,
  change: (rec: RecommendationMeta) => RecommendationMeta
): ReportMetadata {
  if (!metadata.recommendations.some((r) => r.id === id))
    throw new Error(`No recommendation ${id} in this report.`);
  return {
    report: metadata.report,
    recommendations: metadata.recommendations.map((r) => (r.id === id ? change(r) : r)),
  };
}

export function setOverride(
  metadata: ReportMetadata,
  id: string,
  criterion: CriterionKey,
  override: VerdictOverride | null
): ReportMetadata {
  return updateRec(metadata, id, (rec) => {
    const overrides = { ...rec.overrides };
    if (override) overrides[criterion] = override;
    else delete overrides[criterion];
    return { ...rec, overrides };
  });
}

export function setReviewState(
  metadata: ReportMetadata,
  id: string,
  state: ReviewState
): ReportMetadata {
  return updateRec(metadata, id, (rec) => ({ ...rec, reviewState: state }));
}

export type EditableField =
  | "ref"
  | "addressee"
  | "theme"
  | "groups"
  | "priority"
  | "timeframe"
  | "deadline"
  | "type"
  | "place";

export function setFields(
  metadata: ReportMetadata,
  id: string,
  fields: Partial<Pick<RecommendationMeta, EditableField>>
): ReportMetadata {
  return updateRec(metadata, id, (rec) => ({ ...rec, ...fields }));
}

/**
 * Key recommendations per report when the tracker's own limit is not known
 * (the Word pane cannot read it): the guidance's range is 3 to 6 priorities.
 */
export const DEFAULT_KEY_LIMIT = 6;

/** Marks (or unmarks) a recommendation as one of the report's key recommendations. */
export function setKey(metadata: ReportMetadata, id: string, key: boolean): ReportMetadata {
  return updateRec(metadata, id, (rec) => (rec.key === key ? rec : { ...rec, key }));
}

/** How many of the report's recommendations are marked key. */
export function keyCount(metadata: ReportMetadata): number {
  return metadata.recommendations.filter((rec) => rec.key).length;
}

/** Records that `text` was checked; a changed text sends an approved recommendation back to review. */
export function markChecked(metadata: ReportMetadata, id: string, text: string): ReportMetadata {
  return updateRec(metadata, id, (rec) =>
    rec.checkedText === text
      ? rec
      : {
          ...rec,
          checkedText: text,
          reviewState:
            rec.checkedText !== "" && rec.reviewState === "approved" ? "reviewed" : rec.reviewState,
        }
  );
}

/** Groups as the user types them ("a; b;c") and as the tracker stores them ("a; b; c"). */
export function parseGroups(text: string): string[] {
  return text
    .split(";")
    .map((g) => g.trim())
    .filter((g) => g !== "");
}
