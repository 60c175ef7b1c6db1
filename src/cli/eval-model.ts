import { promises as fs } from "fs";
import { InputError } from "../core/model/errors";
import {
  CRITERION_KEYS,
  evaluateVerdicts,
  type CriterionKey,
  type SmartLexicon,
  type Verdict,
} from "../core/smart";
import {
  CRITERION_CUES,
  learnedFeatures,
  probabilityMet,
  type FeatureWeights,
  type LearnedModel,
} from "../core/smart/learned";
import { tokenize } from "../core/smart/text";
import { trainLogistic, type TrainingExample } from "../core/smart/learn";
import { inRanges, lexiconWithout, REAL_SPLIT, type EvaluatedItem } from "./eval-real";

/**
 * The learned layer's training and its leave-one-document-out comparison with the rules
 * (development only: `npm run eval -- --labels REAL --split dev --model-lodo|--train OUT
 * --elsewhere FILE…`).
 */

/** One labelled recommendation as the learned layer sees it. */
interface Sample {
  item: EvaluatedItem;
  /** Features per criterion, read with the lexicon of a checker that was not tuned on it. */
  features: Record<CriterionKey, string[]>;
  /** The rules' verdicts, read the same way. */
  rules: Record<CriterionKey, Verdict>;
  /** One of the real set (else of a synthetic set). */
  real: boolean;
}

export interface ModelSettings {
  /** L2 penalty of the logistic regressions. */
  lambda: number;
  /** How much a real recommendation counts. */
  realWeight: number;
  /** How much a recommendation of the synthetic sets counts (0: left out). */
  syntheticWeight: number;
  /** Half-width of the band around 0.5 read as "needs review". */
  reviewMargin: number;
  /**
   * Which features the model may weigh: every one ("all"), or only the cue families the
   * criterion's rule reads, with the structure and the rules' verdicts ("focused"), and the
   * rule's verdict paired with those families ("pairs"); or the cue families and structure
   * without the rules' verdicts ("cues": a model in place of the rules, not over them); or
   * every feature and the text's frequent words ("words", development only: words are not
   * language-neutral, and the shipped checker does not compute them).
   */
  features: FeatureSet;
}

export const FEATURE_SETS = ["all", "focused", "pairs", "cues", "words"] as const;
export type FeatureSet = (typeof FEATURE_SETS)[number];

/** What the rules decided, as features (absent from the "cues" set, a model without the rules). */
const RULE_FEATURE = /^(?:rule:|own:|basis:)|&/;

/** Whether the model of `key` may weigh `feature` under a feature set. */
export function usable(set: FeatureSet, key: CriterionKey, feature: string): boolean {
  if (feature.startsWith("word:")) return set === "words";
  const pair = feature.includes("&");
  if (set === "words") return !pair;
  if (set === "cues") return !RULE_FEATURE.test(feature);
  if (set === "all") return !pair;
  const cue = /^(?:cue|op):(.+)$/.exec(feature);
  if (cue) return (CRITERION_CUES[key] as readonly string[]).includes(cue[1]);
  return set === "pairs" || !pair;
}

/**
 * The settings --train uses, chosen by --model-lodo on the development half only: the best
 * overall accuracy of the grid, ties broken towards fewer features and a stronger penalty.
 */
export const MODEL_SETTINGS: ModelSettings = {
  lambda: 100,
  realWeight: 1,
  syntheticWeight: 1,
  reviewMargin: 0,
  features: "focused",
};

/** The grid --model-lodo searches: per feature set, penalties and [real weight, synthetic weight]. */
const BOTH_ALIKE: [number, number] = [1, 1];
const REAL_FIRST: [number, number] = [3, 1];
const REAL_ALONE: [number, number] = [1, 0];
const GRID: ReadonlyArray<[FeatureSet, number[], Array<[number, number]>]> = [
  ["all", [1, 3, 10, 30, 100], [BOTH_ALIKE, REAL_FIRST, REAL_ALONE]],
  ["focused", [1, 3, 10, 30, 100], [BOTH_ALIKE, REAL_FIRST, REAL_ALONE]],
  ["pairs", [1, 3, 10, 30, 100], [BOTH_ALIKE, REAL_FIRST, REAL_ALONE]],
  ["cues", [1, 3, 10, 30, 100], [BOTH_ALIKE, REAL_FIRST, REAL_ALONE]],
  // hundreds of word features make each fit slow: a smaller grid
  ["words", [10, 100], [BOTH_ALIKE]],
];
/** Words become features when this many recommendations hold them (else the solver drowns). */
const MIN_WORD_COUNT = 12;

const unpenalised = (feature: string) => feature === "bias" || feature.startsWith("own:");

function sampleOf(item: EvaluatedItem, lexicon: SmartLexicon, real: boolean): Sample | null {
  const features = learnedFeatures({ text: item.text, context: item.context }, { lexicon });
  if (!features) return null;
  const rules = {} as Record<CriterionKey, Verdict>;
  for (const key of CRITERION_KEYS) {
    const own = features[key].find((f) => f.startsWith("own:"));
    rules[key] = (own?.slice(4) ?? "not_met") as Verdict;
  }
  return { item, features, rules, real };
}

/**
 * Every sample read as by a checker that was not tuned on it: each real document without the
 * lexicon entries that fire only in it, each synthetic recommendation without the entries that
 * fire only in it. `groups` are the real documents (id ranges).
 */
function readSamples(
  real: EvaluatedItem[],
  groups: readonly string[],
  synthetic: EvaluatedItem[]
): { real: Sample[][]; synthetic: Sample[] } {
  const docs: Sample[][] = [];
  for (const range of groups) {
    const mine = real.filter((item) => inRanges(item.id, [range]));
    if (mine.length === 0) continue;
    const language = mine[0].language;
    const others = [
      ...real.filter((item) => !inRanges(item.id, [range]) && item.language === language),
      ...synthetic.filter((item) => item.language === language),
    ];
    const { lexicon } = lexiconWithout(mine, others);
    docs.push(mine.map((item) => sampleOf(item, lexicon, true)).filter((s): s is Sample => !!s));
  }
  const syn: Sample[] = [];
  for (const item of synthetic) {
    const others = [
      ...synthetic.filter((o) => o !== item && o.language === item.language),
      ...real.filter((o) => o.language === item.language),
    ];
    const { lexicon } = lexiconWithout([item], others);
    const s = sampleOf(item, lexicon, false);
    if (s) syn.push(s);
  }
  addWordFeatures([...docs.flat(), ...syn]);
  return { real: docs, synthetic: syn };
}

/** Adds "word:…" (each frequent word of the text, folded) to every criterion's features. */
function addWordFeatures(samples: Sample[]): void {
  const wordsOf = samples.map(
    (s) => new Set(tokenize(s.item.text, 0, s.item.text.length).map((t) => t.lower))
  );
  const count = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  samples.forEach((s, i) => {
    const words = [...wordsOf[i]].filter((w) => (count.get(w) ?? 0) >= MIN_WORD_COUNT);
    for (const key of CRITERION_KEYS) s.features[key].push(...words.map((w) => `word:${w}`));
  });
}

function train(samples: readonly Sample[], settings: ModelSettings): LearnedModel {
  const weights = {} as Record<CriterionKey, FeatureWeights>;
  for (const key of CRITERION_KEYS) {
    const examples: TrainingExample[] = [];
    for (const s of samples) {
      const label = s.item.labels[key];
      if (label === undefined) continue;
      examples.push({
        features: s.features[key].filter((f) => usable(settings.features, key, f)),
        label,
        weight: s.real ? settings.realWeight : settings.syntheticWeight,
      });
    }
    weights[key] = trainLogistic(examples, { lambda: settings.lambda, unpenalised });
  }
  return { weights, reviewMargin: settings.reviewMargin };
}

function verdictOf(model: LearnedModel, key: CriterionKey, features: string[]): Verdict {
  const p = probabilityMet(model.weights[key], features);
  if (model.reviewMargin > 0 && Math.abs(p - 0.5) < model.reviewMargin) return "needs_review";
  return p >= 0.5 ? "met" : "not_met";
}

interface Comparison {
  settings: ModelSettings;
  rules: EvaluatedItem[];
  model: EvaluatedItem[];
}

/** Each real document's verdicts by a model trained without it (and by the rules alone). */
function leaveOneDocumentOut(
  docs: Sample[][],
  synthetic: Sample[],
  settings: ModelSettings
): Comparison {
  const rules: EvaluatedItem[] = [];
  const model: EvaluatedItem[] = [];
  docs.forEach((doc, d) => {
    const training = [...docs.filter((_, o) => o !== d).flat(), ...synthetic];
    const fitted = train(training, settings);
    for (const s of doc) {
      rules.push({ ...s.item, verdicts: s.rules });
      const verdicts = {} as Record<CriterionKey, Verdict>;
      for (const key of CRITERION_KEYS) verdicts[key] = verdictOf(fitted, key, s.features[key]);
      model.push({ ...s.item, verdicts });
    }
  });
  return { settings, rules, model };
}

const fixed = (x: number | null) => (x === null ? "-" : x.toFixed(3));

function reviewShare(items: EvaluatedItem[]): string {
  let review = 0;
  let all = 0;
  for (const item of items)
    for (const key of CRITERION_KEYS) {
      if (item.labels[key] === undefined) continue;
      all++;
      if (item.verdicts[key] === "needs_review") review++;
    }
  return all ? `${((100 * review) / all).toFixed(1)}%` : "-";
}

/** The comparison table: per criterion, the rules' and the model's accuracy. */
function comparisonTable(c: Comparison): string {
  const r = evaluateVerdicts(c.rules);
  const m = evaluateVerdicts(c.model);
  const rows = [["criterion", "rules", "model", "n"]];
  for (const key of CRITERION_KEYS) {
    rows.push([
      key,
      fixed(r.perCriterion[key].accuracy),
      fixed(m.perCriterion[key].accuracy),
      String(r.perCriterion[key].n),
    ]);
  }
  rows.push(["overall", fixed(r.overall.accuracy), fixed(m.overall.accuracy), String(r.overall.n)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
          .join("  ")
      )
      .join("\n") + `\nneeds review: rules ${reviewShare(c.rules)}, model ${reviewShare(c.model)}\n`
  );
}

/**
 * `--model-lodo`: for every setting of the grid, each document of the development half checked
 * by a model trained on the other documents and the synthetic sets, against the rules alone
 * read the same way (each document without the lexicon entries only it needs).
 */
export function modelLodoReport(real: EvaluatedItem[], synthetic: EvaluatedItem[]): string {
  const groups = REAL_SPLIT.dev;
  const { real: docs, synthetic: syn } = readSamples(real, groups, synthetic);
  const parts: string[] = [
    `leave one document out: ${docs.length} documents, ${docs.flat().length} recommendations of the development half, ${syn.length} synthetic ones always in training\n`,
  ];
  const summary: string[] = ["features  lambda  real  synthetic  rules  model"];
  let best: Comparison | null = null;
  const bestOf = new Map<FeatureSet, Comparison>();
  const score = (c: Comparison) => evaluateVerdicts(c.model).overall.accuracy ?? 0;
  for (const [features, lambdas, weightings] of GRID) {
    for (const lambda of lambdas) {
      for (const [realWeight, syntheticWeight] of weightings) {
        const settings = { lambda, realWeight, syntheticWeight, reviewMargin: 0, features };
        const c = leaveOneDocumentOut(docs, syn, settings);
        const r = evaluateVerdicts(c.rules).overall.accuracy ?? 0;
        summary.push(
          `${features.padEnd(8)}  ${String(lambda).padStart(6)}  ${String(realWeight).padStart(4)}  ${String(syntheticWeight).padStart(9)}  ${fixed(r)}  ${fixed(score(c))}`
        );
        if (!best || score(c) > score(best)) best = c;
        const mine = bestOf.get(features);
        if (!mine || score(c) > score(mine)) bestOf.set(features, c);
      }
    }
  }
  parts.push(summary.join("\n") + "\n");
  const chosen = leaveOneDocumentOut(docs, syn, MODEL_SETTINGS);
  parts.push(
    `\nchosen settings (${MODEL_SETTINGS.features}, lambda ${MODEL_SETTINGS.lambda}, real weight ${MODEL_SETTINGS.realWeight}):\n${comparisonTable(chosen)}`
  );
  for (const [features, c] of bestOf) {
    if (c === best) continue;
    parts.push(
      `\nbest "${features}" (lambda ${c.settings.lambda}, real weight ${c.settings.realWeight}, synthetic weight ${c.settings.syntheticWeight}):\n${comparisonTable(c)}`
    );
  }
  if (best) {
    parts.push(
      `\nbest of the grid (${best.settings.features}, lambda ${best.settings.lambda}, real weight ${best.settings.realWeight}, synthetic weight ${best.settings.syntheticWeight}; chosen on these same folds, so optimistic):\n${comparisonTable(best)}`
    );
  }
  for (const margin of [0.05, 0.1]) {
    const c = leaveOneDocumentOut(docs, syn, { ...MODEL_SETTINGS, reviewMargin: margin });
    parts.push(`\nchosen settings, "needs review" within ${margin} of 0.5:\n${comparisonTable(c)}`);
  }
  return parts.join("");
}

/** `--train OUT`: the model trained on the whole development half and the synthetic sets, written to OUT. */
export async function trainModelFile(
  real: EvaluatedItem[],
  synthetic: EvaluatedItem[],
  out: string,
  changes: Partial<Pick<ModelSettings, "features" | "lambda">> = {}
): Promise<string> {
  if (changes.features === "words") {
    throw new InputError(
      "--features words is for --model-lodo only: the checker does not read raw words."
    );
  }
  const settings = { ...MODEL_SETTINGS, ...changes };
  const { real: docs, synthetic: syn } = readSamples(real, REAL_SPLIT.dev, synthetic);
  const model = train([...docs.flat(), ...syn], settings);
  const file = {
    about: `Learned layer of the Double-SMART checker: per criterion, the weights of a logistic regression over the rules' verdicts, cue families and the shape of the asks (src/core/smart/learned.ts). Generated by \`npm run eval -- --labels … --split dev --train …\` from ${docs.flat().length} real and ${syn.length} synthetic labelled recommendations (${settings.features} features, lambda ${settings.lambda}, real weight ${settings.realWeight}, synthetic weight ${settings.syntheticWeight}); do not edit by hand.`,
    reviewMargin: model.reviewMargin,
    weights: model.weights,
  };
  try {
    await fs.writeFile(out, `${JSON.stringify(file, null, 2)}\n`, "utf8");
  } catch {
    throw new InputError(`${out} cannot be written.`);
  }
  const sizes = CRITERION_KEYS.map((key) => `${key} ${Object.keys(model.weights[key]).length}`);
  return `${out}: weights per criterion: ${sizes.join(", ")}\n`;
}

/** A model file written by --train, checked for its shape. */
export function readModel(content: string, path: string): LearnedModel {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new InputError(`${path} is not JSON.`);
  }
  const file = value as Partial<LearnedModel> | null;
  const weights = file?.weights as Record<string, unknown> | undefined;
  const ok =
    typeof file?.reviewMargin === "number" &&
    typeof weights === "object" &&
    weights !== null &&
    CRITERION_KEYS.every((key) => {
      const w = weights[key];
      return (
        typeof w === "object" &&
        w !== null &&
        Object.values(w as object).every((x) => typeof x === "number" && Number.isFinite(x))
      );
    });
  if (!ok) throw new InputError(`${path} is not a model written by --train.`);
  return file as LearnedModel;
}
