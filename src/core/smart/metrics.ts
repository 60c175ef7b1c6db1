import { CRITERION_KEYS, type CriterionKey, type Verdict } from "./types";

/** A reviewer's label: 1 met, 0 not met. */
export type Label = 0 | 1;

export interface LabelledVerdicts {
  /** Labels given by people; a criterion may be left unlabelled. */
  labels: Partial<Record<CriterionKey, Label>>;
  verdicts: Record<CriterionKey, Verdict>;
}

export interface Agreement {
  /** Number of labelled items. */
  n: number;
  /** Share of items where the checker agrees with the label; null when n = 0. */
  accuracy: number | null;
  /** Cohen's kappa; null when n = 0. */
  kappa: number | null;
}

export interface EvaluationSummary {
  perCriterion: Record<CriterionKey, Agreement>;
  /** Over every labelled (item, criterion) pair. */
  overall: { n: number; accuracy: number | null };
}

/**
 * The checker's verdict as a label. "needs review" is not an answer, so it
 * counts as a miss: it is scored as the opposite of the reviewer's label.
 */
export function verdictAsLabel(verdict: Verdict, label: Label): Label {
  if (verdict === "met") return 1;
  if (verdict === "not_met") return 0;
  return label === 1 ? 0 : 1;
}

/** Cohen's kappa for paired binary ratings [expected, predicted]. */
export function cohensKappa(pairs: ReadonlyArray<readonly [Label, Label]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agree = 0;
  let expectedYes = 0;
  let predictedYes = 0;
  for (const [expected, predicted] of pairs) {
    if (expected === predicted) agree++;
    expectedYes += expected;
    predictedYes += predicted;
  }
  const observed = agree / n;
  const pe =
    (expectedYes / n) * (predictedYes / n) + (1 - expectedYes / n) * (1 - predictedYes / n);
  // Both raters gave one and the same label to every item: chance explains
  // all agreement, kappa is 0/0. Agreement is then perfect, so report 1.
  if (pe >= 1) return 1;
  return (observed - pe) / (1 - pe);
}

export function accuracy(pairs: ReadonlyArray<readonly [Label, Label]>): number | null {
  if (pairs.length === 0) return null;
  let agree = 0;
  for (const [a, b] of pairs) if (a === b) agree++;
  return agree / pairs.length;
}

/** Per-criterion accuracy and kappa, and overall accuracy, of verdicts against labels. */
export function evaluateVerdicts(items: readonly LabelledVerdicts[]): EvaluationSummary {
  const perCriterion = {} as Record<CriterionKey, Agreement>;
  let total = 0;
  let agreeTotal = 0;
  for (const key of CRITERION_KEYS) {
    const pairs: Array<[Label, Label]> = [];
    for (const item of items) {
      const label = item.labels[key];
      if (label === undefined) continue;
      pairs.push([label, verdictAsLabel(item.verdicts[key], label)]);
    }
    const acc = accuracy(pairs);
    perCriterion[key] = { n: pairs.length, accuracy: acc, kappa: cohensKappa(pairs) };
    total += pairs.length;
    agreeTotal += pairs.filter(([a, b]) => a === b).length;
  }
  return { perCriterion, overall: { n: total, accuracy: total ? agreeTotal / total : null } };
}
