import type { ReportMetadata, VerdictOverride } from "../model/reportMetadata";
import { CRITERION_KEYS, CriterionKey } from "../smart/types";
import { ReviewItem, effectiveScore, effectiveVerdict, setOverride } from "./review";

/**
 * Settling the checker's findings, one criterion at a time, as a reviewer
 * does with PerfectIt's Fix / Skip: a criterion the checker did not find
 * met is settled when a reviewer accepts it as met, keeps it as not met,
 * or finds it does not apply. The review is done when nothing is left.
 */

export type Decision = "met" | "not_met" | "not_applicable";

export const DECISIONS: readonly Decision[] = ["met", "not_met", "not_applicable"];

/** The reviewer's decision an override records; null for none. */
export function decisionOf(override: VerdictOverride | undefined): Decision | null {
  if (!override) return null;
  if (override.notApplicable) return "not_applicable";
  return override.verdict === "met" ? "met" : "not_met";
}

export function overrideFor(
  decision: Decision,
  note: string,
  reviewer: string,
  at: string
): VerdictOverride {
  return decision === "not_applicable"
    ? { verdict: "met", notApplicable: true, note: note.trim(), reviewer, at }
    : { verdict: decision, note: note.trim(), reviewer, at };
}

/** Settled: the checker found it met, or a reviewer decided. A recommendation not checked has nothing to settle. */
export function isSettled(item: ReviewItem, criterion: CriterionKey): boolean {
  if (!item.check) return true;
  if (item.meta.overrides[criterion]) return true;
  return item.check.criteria[criterion].verdict === "met";
}

/** The criteria of a recommendation left to settle, in checklist order. */
export function toSettle(item: ReviewItem): CriterionKey[] {
  return CRITERION_KEYS.filter((k) => !isSettled(item, k));
}

/** Criteria counted as met for the fold ("7 met"): met by the checker and not overridden, or accepted. */
export function metCriteria(item: ReviewItem): CriterionKey[] {
  return CRITERION_KEYS.filter((k) => effectiveVerdict(item, k) === "met");
}

/** Records one decision. */
export function settle(
  metadata: ReportMetadata,
  id: string,
  criterion: CriterionKey,
  override: VerdictOverride | null
): ReportMetadata {
  return setOverride(metadata, id, criterion, override);
}

/**
 * The same decision for a criterion across recommendations (the criterion
 * walk's "apply to all"): only those where it is not settled yet, so no
 * reviewer's earlier decision is replaced. Returns the ids it changed.
 */
export function settleAll(
  metadata: ReportMetadata,
  items: ReviewItem[],
  criterion: CriterionKey,
  override: VerdictOverride
): { metadata: ReportMetadata; ids: string[] } {
  const ids = items
    .filter((i) => i.text !== null && !isSettled(i, criterion))
    .map((i) => i.meta.id);
  let next = metadata;
  for (const id of ids) next = setOverride(next, id, criterion, override);
  return { metadata: next, ids };
}

export interface ReviewSummary {
  /** Recommendations tagged (in the document or not). */
  total: number;
  /** Recommendations the checker read (still in the document). */
  checked: number;
  /** Mean of the scores after the reviewers' decisions, one decimal; null when none is checked. */
  averageScore: number | null;
  /** Per criterion, how many recommendations do not meet it (after decisions), most first; only those above 0. */
  notMet: { criterion: CriterionKey; count: number }[];
  /** Criteria left to settle, over all recommendations. */
  left: number;
  /** Recommendations with at least one criterion left to settle. */
  recommendationsLeft: number;
  /** Decisions taken so far. */
  settled: number;
}

export function reviewSummary(items: ReviewItem[]): ReviewSummary {
  const checked = items.filter((i) => i.check !== null);
  const scores = checked.map((i) => effectiveScore(i) ?? 0);
  const notMet = CRITERION_KEYS.map((criterion) => ({
    criterion,
    count: checked.filter((i) => effectiveVerdict(i, criterion) !== "met").length,
  }))
    .filter((c) => c.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        CRITERION_KEYS.indexOf(a.criterion) - CRITERION_KEYS.indexOf(b.criterion)
    );
  const left = checked.map((i) => toSettle(i).length);
  return {
    total: items.length,
    checked: checked.length,
    averageScore:
      scores.length === 0
        ? null
        : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    notMet,
    left: left.reduce((a, b) => a + b, 0),
    recommendationsLeft: left.filter((n) => n > 0).length,
    settled: checked.reduce(
      (n, i) => n + CRITERION_KEYS.filter((k) => i.meta.overrides[k]).length,
      0
    ),
  };
}

/**
 * The next recommendation with something left to settle, after `from` in
 * the list's order and wrapping around (`from` itself last); with a
 * criterion, the next where that criterion is left. Null when none is.
 */
export function nextToSettle(
  items: ReviewItem[],
  from: string | null,
  criterion: CriterionKey | null = null
): string | null {
  const open = (i: ReviewItem) => (criterion ? !isSettled(i, criterion) : toSettle(i).length > 0);
  const at = from === null ? -1 : items.findIndex((i) => i.meta.id === from);
  for (let k = 1; k <= items.length; k++) {
    const item = items[(at + k + items.length) % items.length];
    if (item && open(item)) return item.meta.id;
  }
  return null;
}
