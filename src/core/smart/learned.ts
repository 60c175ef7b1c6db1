/**
 * A compact learned layer over the rules: per criterion, a logistic
 * regression whose inputs are what the checker already knows about a
 * recommendation (the rule's verdict and basis, the other rules' verdicts,
 * which cue families fire, the shape of the asks). Every input is a class,
 * never a word, so one model serves English, French and Spanish. The
 * weights are data: `npm run eval -- --train FILE` writes them (learn.ts
 * fits them), `--model FILE` checks with them. Not shipped: left one real
 * document out at a time, the layer did no better than the rules alone
 * (`npm run eval -- --model-lodo`), so the panes and rectrack use the rules.
 */
import { readRules, type CheckOptions, type VerdictLayer } from "./check";
import type { RuleOutcome } from "./criteria";
import { findAsks } from "./structure";
import type { Doc } from "./text";
import { CRITERION_KEYS, type CheckInput, type CriterionKey } from "./types";

/** Weights of one criterion's logistic regression, by feature name ("bias" is the intercept). */
export type FeatureWeights = Readonly<Record<string, number>>;

export interface LearnedModel {
  /** What the model is, for whoever opens the file. */
  readonly about?: string;
  readonly weights: Readonly<Record<CriterionKey, FeatureWeights>>;
  /**
   * Half the width of the band around 0.5 where the model is too unsure to
   * overrule the rule: there the verdict is "needs review" (0: never).
   */
  readonly reviewMargin: number;
}

/** Cue families whose presence is a feature (anywhere, and in an operative sentence). */
const CUE_FEATURES = [
  "directive",
  "modal",
  "frame",
  "passiveAgent",
  "subordinate",
  "vague",
  "bareQuality",
  "absolute",
  "unbounded",
  "anaphoricObject",
  "softYardstick",
  "yardstickTie",
  "openAction",
  "measure",
  "timeframe",
  "immediacy",
  "routineAnchor",
  "routineStep",
  "openTime",
  "priority",
  "urge",
  "finding",
  "standard",
  "genericStandard",
  "crossReference",
  "problemClause",
  "lackClause",
  "purpose",
  "weakPurpose",
  "effect",
  "beneficiary",
  "ensureOutcome",
  "means",
  "meansLink",
  "stopPractice",
  "option",
  "rootLever",
  "weakLever",
  "systemic",
  "quantifiedGroup",
  "quantifiedItems",
  "namedFacility",
  "oneOffFix",
  "individualCase",
  "legislativeAct",
  "genericAddressee",
] as const;

const bucket = (n: number, bounds: readonly number[]): string => {
  let i = 0;
  while (i < bounds.length && n > bounds[i]) i++;
  return i === 0 ? `<=${bounds[0]}` : `>${bounds[i - 1]}`;
};

/**
 * The features every criterion sees: cue families, the shape of the asks,
 * the length of the text and the rules' verdicts. Names are stable strings;
 * a feature a model has no weight for counts for nothing.
 */
function sharedFeatures(doc: Doc, outcomes: Record<CriterionKey, RuleOutcome>): string[] {
  const out: string[] = ["bias"];
  for (const key of CUE_FEATURES) {
    const hits = doc.hits(key);
    if (hits.length === 0) continue;
    out.push(`cue:${key}`);
    if (doc.operativeHits(key).length > 0) out.push(`op:${key}`);
  }
  if (doc.offset > 0) out.push("context");
  const textSentences = doc.sentences.filter((s) => !s.inContext);
  const words = textSentences.reduce((sum, s) => sum + s.words, 0);
  out.push(`words:${bucket(words, [20, 40, 80])}`);
  out.push(`sentences:${bucket(textSentences.length, [1, 2])}`);
  const asks = findAsks(doc).filter((a) => !a.continuation);
  out.push(`asks:${bucket(asks.length, [0, 1, 2])}`);
  for (const ask of asks) {
    if (ask.framed) out.push("ask:framed");
    if (ask.modal) out.push("ask:modal");
    if (ask.passive) out.push("ask:passive");
    if (ask.agent) out.push(`ask:agent:${ask.agent.role}`);
    out.push(`ask:subject:${ask.subject ? ask.subject.role : "none"}`);
  }
  for (const key of CRITERION_KEYS) out.push(`rule:${key}:${outcomes[key].verdict}`);
  return [...new Set(out)];
}

type CueFeature = (typeof CUE_FEATURES)[number];

/** The cue families each criterion's rule reads (criteria.ts): the model's focus for that criterion. */
export const CRITERION_CUES: Readonly<Record<CriterionKey, readonly CueFeature[]>> = {
  specific: ["vague", "bareQuality", "absolute", "unbounded", "openAction", "directive", "measure"],
  measurable: [
    "vague",
    "bareQuality",
    "absolute",
    "measure",
    "softYardstick",
    "yardstickTie",
    "openAction",
    "timeframe",
    "standard",
    "crossReference",
  ],
  achievable: ["absolute", "unbounded", "anaphoricObject", "legislativeAct"],
  results: [
    "purpose",
    "weakPurpose",
    "problemClause",
    "effect",
    "beneficiary",
    "ensureOutcome",
    "finding",
    "openAction",
    "lackClause",
  ],
  timebound: ["timeframe", "immediacy", "routineAnchor", "routineStep", "openTime", "standard"],
  solution: ["means", "stopPractice", "option", "meansLink", "purpose", "problemClause"],
  prioritised: ["urge", "priority", "immediacy", "timeframe", "routineAnchor"],
  argued: [
    "standard",
    "finding",
    "problemClause",
    "lackClause",
    "crossReference",
    "genericStandard",
  ],
  rootcause: [
    "rootLever",
    "weakLever",
    "systemic",
    "quantifiedGroup",
    "quantifiedItems",
    "namedFacility",
    "individualCase",
    "oneOffFix",
    "openAction",
    "standard",
    "openTime",
  ],
  targeted: ["genericAddressee", "frame", "modal", "passiveAgent"],
};

/**
 * The features of each criterion: the shared ones, its own rule's verdict and basis, and the
 * rule's verdict paired with each cue family of the criterion that fires ("met&op:vague": the
 * rule said met although a vague word stands in the ask).
 */
export function modelFeatures(
  doc: Doc,
  outcomes: Record<CriterionKey, RuleOutcome>
): Record<CriterionKey, string[]> {
  const shared = sharedFeatures(doc, outcomes);
  const present = new Set(shared);
  const out = {} as Record<CriterionKey, string[]>;
  for (const key of CRITERION_KEYS) {
    const own = outcomes[key];
    const features = [...shared, `own:${own.verdict}`, `basis:${own.basis}`];
    for (const cue of CRITERION_CUES[key]) {
      if (present.has(`op:${cue}`)) features.push(`${own.verdict}&op:${cue}`);
      else if (present.has(`cue:${cue}`)) features.push(`${own.verdict}&cue:${cue}`);
    }
    out[key] = features;
  }
  return out;
}

/** The model's probability that a criterion is met, given its features. */
export function probabilityMet(weights: FeatureWeights, features: readonly string[]): number {
  let z = 0;
  for (const name of features) z += weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A rule's outcome with the model's say: the probability, and whether it overruled the rule. */
export interface ModelOutcome extends RuleOutcome {
  probability: number;
  /** The rule said otherwise (or the model is unsure): the verdict is the model's. */
  overruled: boolean;
}

/**
 * The verdicts with the model applied. Where the model agrees with the rule,
 * the rule's outcome stands (its evidence and basis). Where it disagrees, the
 * model's verdict stands with no basis of the rule's ("none"): a "not met"
 * then shows the criterion's general advice, a "met" shows no advice. Inside
 * the review band, the verdict is "needs review", keeping the rule's evidence.
 */
export function applyModel(
  model: LearnedModel,
  features: Record<CriterionKey, string[]>,
  outcomes: Record<CriterionKey, RuleOutcome>
): Record<CriterionKey, ModelOutcome> {
  const out = {} as Record<CriterionKey, ModelOutcome>;
  for (const key of CRITERION_KEYS) {
    const rule = outcomes[key];
    const p = probabilityMet(model.weights[key], features[key]);
    if (model.reviewMargin > 0 && Math.abs(p - 0.5) < model.reviewMargin) {
      out[key] = {
        verdict: "needs_review",
        evidence: rule.evidence,
        basis: "none",
        probability: p,
        overruled: rule.verdict !== "needs_review",
      };
      continue;
    }
    const verdict = p >= 0.5 ? "met" : "not_met";
    if (verdict === rule.verdict) out[key] = { ...rule, probability: p, overruled: false };
    else out[key] = { verdict, evidence: [], basis: "none", probability: p, overruled: true };
  }
  return out;
}

/** The learned layer as `checkRecommendation`'s `model` option. */
export function learnedLayer(model: LearnedModel): VerdictLayer {
  return { apply: (doc, rules) => applyModel(model, modelFeatures(doc, rules), rules) };
}

/**
 * What the learned layer sees of a recommendation (its features per criterion), for training
 * it; null when the text has no word.
 */
export function learnedFeatures(
  input: CheckInput,
  options: CheckOptions = {}
): Record<CriterionKey, string[]> | null {
  const read = readRules(input, options);
  return read ? modelFeatures(read.doc, read.rules) : null;
}
