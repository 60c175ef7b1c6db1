import { ReportMetadata, ReviewState } from "../model/reportMetadata";
import { CRITERION_KEYS, CriterionKey } from "../smart/types";
import { ReviewItem, effectiveScore, effectiveVerdict } from "./review";
import { decisionOf, Decision } from "./settle";

/**
 * The review meeting's sheet: one row per recommendation, one narrow column
 * per criterion holding a mark, so that the table fits a portrait page.
 * The criteria's columns are headed with the letters of Double-SMART (the
 * same in every language); the last row says what the letters and marks
 * mean. Reviewers' notes go under the recommendation's text. It stays one
 * heading and one table, which is what the publisher removes from a copy.
 */

/** The letters of Double-SMART, one per criterion, in checklist order. */
export const CRITERION_LETTERS: Record<CriterionKey, string> = {
  specific: "S",
  measurable: "M",
  achievable: "A",
  results: "R",
  timebound: "T",
  solution: "S",
  prioritised: "P",
  argued: "A",
  rootcause: "R",
  targeted: "T",
};

/** The words the sheet is printed in (the pane passes its translations). */
export interface SheetLabels {
  ref: string;
  recommendation: string;
  score: string;
  criteria: Record<CriterionKey, string>;
  /** One or a few characters: "✓" met, "✗" not met, "?" to review, "n/a", "–" not checked. */
  marks: Record<"met" | "not_met" | "needs_review" | "not_applicable" | "notChecked", string>;
  /** Words for each mark in the legend ("met", "not met"...). */
  markNames: Record<"met" | "not_met" | "needs_review" | "not_applicable", string>;
  /** Added to a mark set by a reviewer ("*"), and its meaning in the legend. */
  byReviewer: string;
  byReviewerName: string;
  states: Record<ReviewState, string>;
  /** "Notes" before the reviewers' notes under a recommendation. */
  notes: string;
  /** One reviewer's decision with its note: "{criterion}: {decision}. {note} ({reviewer})". */
  noteLine: (criterion: string, decision: string, note: string, reviewer: string) => string;
}

export interface ReviewSheet {
  rows: string[][];
  /** Column widths in points, for a portrait A4 or Letter page (440 pt in all). */
  widths: number[];
}

const WIDTHS = { ref: 30, recommendation: 164, criterion: 20, score: 46 };

function mark(item: ReviewItem, k: CriterionKey, labels: SheetLabels): string {
  const decision: Decision | null = decisionOf(item.meta.overrides[k]);
  if (decision) return labels.marks[decision] + labels.byReviewer;
  const verdict = effectiveVerdict(item, k);
  return verdict === null ? labels.marks.notChecked : labels.marks[verdict];
}

export function reviewSheet(
  metadata: ReportMetadata,
  items: ReviewItem[],
  labels: SheetLabels
): ReviewSheet {
  const header = [
    labels.ref,
    labels.recommendation,
    ...CRITERION_KEYS.map((k) => CRITERION_LETTERS[k]),
    labels.score,
  ];
  const byId = new Map(items.map((i) => [i.meta.id, i]));
  const rows = metadata.recommendations.map((meta) => {
    const item = byId.get(meta.id) ?? { meta, text: null, check: null };
    const notes = CRITERION_KEYS.filter((k) => meta.overrides[k]).map((k) => {
      const o = meta.overrides[k]!;
      const decision = decisionOf(o)!;
      return labels.noteLine(labels.criteria[k], labels.markNames[decision], o.note, o.reviewer);
    });
    const text = item.text ?? meta.checkedText;
    const score = effectiveScore(item);
    return [
      meta.ref,
      notes.length > 0 ? [text, `${labels.notes}:`, ...notes].join("\n") : text,
      ...CRITERION_KEYS.map((k) => mark(item, k, labels)),
      `${score === null ? labels.marks.notChecked : `${score}/10`}\n${labels.states[meta.reviewState]}`,
    ];
  });
  const legend = [
    CRITERION_KEYS.map((k) => `${CRITERION_LETTERS[k]} ${labels.criteria[k]}`).join(" · "),
    [
      ...(["met", "not_met", "needs_review", "not_applicable"] as const).map(
        (m) => `${labels.marks[m]} ${labels.markNames[m]}`
      ),
      `${labels.byReviewer} ${labels.byReviewerName}`,
    ].join(" · "),
  ].join("\n");
  const legendRow = header.map((_cell, c) => (c === 1 ? legend : ""));
  return {
    rows: [header, ...rows, legendRow],
    widths: [
      WIDTHS.ref,
      WIDTHS.recommendation,
      ...CRITERION_KEYS.map(() => WIDTHS.criterion),
      WIDTHS.score,
    ],
  };
}
