import { ReportMetadata } from "../model/reportMetadata";
import { CRITERION_KEYS, CriterionKey, Verdict } from "../smart/types";
import { ReviewItem, effectiveScore, effectiveVerdict } from "./review";

/** The words the review sheet is printed in (the pane passes its translations). */
export interface SheetLabels {
  ref: string;
  recommendation: string;
  score: string;
  state: string;
  notes: string;
  criteria: Record<CriterionKey, string>;
  verdicts: Record<Verdict, string>;
  notChecked: string;
  states: Record<"draft" | "reviewed" | "approved", string>;
  /** "{criterion}: {note} ({reviewer})" style line for each override. */
  overrideLine: (criterion: string, verdict: string, note: string, reviewer: string) => string;
  /** Marks a verdict set by a reviewer. */
  overridden: (verdict: string) => string;
}

/**
 * The review meeting's summary table: one row per recommendation, one column
 * per criterion (the verdict that counts, marked when a reviewer set it),
 * then the score, the review state and the reviewers' notes.
 */
export function reviewSheetRows(
  metadata: ReportMetadata,
  items: ReviewItem[],
  labels: SheetLabels
): string[][] {
  const header = [
    labels.ref,
    labels.recommendation,
    ...CRITERION_KEYS.map((k) => labels.criteria[k]),
    labels.score,
    labels.state,
    labels.notes,
  ];
  const byId = new Map(items.map((i) => [i.meta.id, i]));
  const rows = metadata.recommendations.map((meta) => {
    const item = byId.get(meta.id) ?? { meta, text: null, check: null };
    const cells = CRITERION_KEYS.map((k) => {
      const v = effectiveVerdict(item, k);
      if (v === null) return labels.notChecked;
      return meta.overrides[k] ? labels.overridden(labels.verdicts[v]) : labels.verdicts[v];
    });
    const score = effectiveScore(item);
    const notes = CRITERION_KEYS.filter((k) => meta.overrides[k])
      .map((k) => {
        const o = meta.overrides[k]!;
        return labels.overrideLine(
          labels.criteria[k],
          labels.verdicts[o.verdict],
          o.note,
          o.reviewer
        );
      })
      .join("\n");
    return [
      meta.ref,
      item.text ?? meta.checkedText,
      ...cells,
      score === null ? labels.notChecked : `${score}/10`,
      labels.states[meta.reviewState],
      notes,
    ];
  });
  return [header, ...rows];
}
