/**
 * The learned layer over the rules (src/core/smart/learned.ts, learn.ts): its
 * inference, its deterministic training, and what a verdict it overrules
 * looks like in each language. Sentences and weights are written for these
 * tests.
 */
import type { Language } from "../../../src/core/language";
import {
  checkRecommendation,
  CRITERION_KEYS,
  suggestionIn,
  type CriterionKey,
  type VerdictLayer,
} from "../../../src/core/smart";
import {
  learnedFeatures,
  learnedLayer,
  probabilityMet,
  type FeatureWeights,
} from "../../../src/core/smart/learned";
import { trainLogistic, type TrainingExample } from "../../../src/core/smart/learn";

/** A model that follows the rules (a strong weight on their own verdict) except where `overrides` say. */
function modelWith(
  overrides: Partial<Record<CriterionKey, FeatureWeights>> = {},
  reviewMargin = 0
): VerdictLayer {
  const weights = {} as Record<CriterionKey, FeatureWeights>;
  for (const key of CRITERION_KEYS) {
    weights[key] = overrides[key] ?? { "own:met": 4, "own:not_met": -4 };
  }
  return learnedLayer({ weights, reviewMargin });
}

const SENTENCES: Record<Language, string> = {
  en: "The Director of Ashgrove Remand Centre should install a working call bell in every cell by 30 June 2027, so that detainees can call for help at night.",
  fr: "Le directeur du centre de rétention d'Ashgrove devrait installer une sonnette d'appel en état de marche dans chaque cellule d'ici au 30 juin 2027, afin que les personnes retenues puissent appeler à l'aide la nuit.",
  es: "El director del centro de internamiento de Ashgrove debería instalar un timbre de llamada en funcionamiento en cada celda antes del 30 de junio de 2027, para que las personas internas puedan pedir ayuda por la noche.",
};

describe("the learned layer's inference", () => {
  it("is the logistic of the summed weights of the features present", () => {
    const weights = { bias: -1, "cue:measure": 2, "own:met": 1.5 };
    expect(probabilityMet(weights, ["bias"])).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
    expect(probabilityMet(weights, ["bias", "cue:measure", "own:met"])).toBeCloseTo(
      1 / (1 + Math.exp(-2.5)),
      10
    );
    // a feature the model has no weight for counts for nothing
    expect(probabilityMet(weights, ["bias", "cue:unknown"])).toBe(
      probabilityMet(weights, ["bias"])
    );
  });

  it.each(Object.entries(SENTENCES))(
    "reads %s through classes, never raw words, and gives the same verdicts as the rules when it follows them",
    (language, text) => {
      const features = learnedFeatures({ text });
      expect(features).not.toBeNull();
      for (const key of CRITERION_KEYS) {
        for (const f of features![key]) {
          expect(f).toMatch(
            /^(bias|context|(cue|op):[a-zA-Z]+|words:[<=>\d]+|sentences:[<=>\d]+|asks:[<=>\d]+|ask:[a-z:]+|rule:[a-z]+:[a-z_]+|own:[a-z_]+|basis:[a-zA-Z]+|[a-z_]+&(cue|op):[a-zA-Z]+)$/
          );
        }
      }
      const rules = checkRecommendation({ text }, { model: null });
      const followed = checkRecommendation({ text }, { model: modelWith() });
      expect(followed.language).toBe(language);
      expect(followed).toEqual(rules);
    }
  );

  it("carries across languages: the same recommendation in English, French and Spanish shares its cue families", () => {
    const cues = (text: string) =>
      new Set(learnedFeatures({ text })!.timebound.filter((f) => f.startsWith("op:")));
    const en = cues(SENTENCES.en);
    expect(en.has("op:timeframe")).toBe(true);
    expect(en.has("op:purpose")).toBe(true);
    for (const other of [cues(SENTENCES.fr), cues(SENTENCES.es)]) {
      expect(other.has("op:timeframe")).toBe(true);
      expect(other.has("op:purpose")).toBe(true);
    }
  });
});

describe("a verdict the learned layer overrules", () => {
  const sayNotMet = modelWith({ timebound: { bias: -5 } });
  const sayMet = modelWith({ argued: { bias: 5 } });

  it.each(Object.entries(SENTENCES))(
    "in %s: not met shows the criterion's advice in the reader's language and no evidence of the rule",
    (language, text) => {
      const rules = checkRecommendation({ text }, { model: null });
      expect(rules.criteria.timebound.verdict).toBe("met");
      for (const reader of ["en", "fr", "es"] as const) {
        const result = checkRecommendation({ text }, { model: sayNotMet, readerLanguage: reader });
        const timebound = result.criteria.timebound;
        expect(timebound.verdict).toBe("not_met");
        expect(timebound.evidence).toEqual([]);
        expect(timebound.basis).toBe("none");
        expect(timebound.suggestion).toBe(suggestionIn(result, "timebound", reader));
        expect(timebound.suggestion).toBe(
          checkRecommendation(
            { text: "x" },
            { readerLanguage: reader, language: language as Language }
          ).criteria.timebound.suggestion
        );
        expect(result.score).toBe(rules.score - 1);
      }
    }
  );

  it.each(Object.entries(SENTENCES))(
    "in %s: met shows no advice, and the other criteria keep the rules' evidence",
    (_language, text) => {
      const rules = checkRecommendation({ text }, { model: null });
      expect(rules.criteria.argued.verdict).toBe("not_met");
      const result = checkRecommendation({ text }, { model: sayMet });
      expect(result.criteria.argued.verdict).toBe("met");
      expect(result.criteria.argued.suggestion).toBeNull();
      expect(result.criteria.targeted).toEqual(rules.criteria.targeted);
      expect(result.score).toBe(rules.score + 1);
    }
  );

  it("is 'needs review' inside the review band, with the rule's evidence and its advice", () => {
    const unsure = modelWith({ timebound: { bias: 0.1 } }, 0.1);
    const result = checkRecommendation({ text: SENTENCES.en }, { model: unsure });
    const rules = checkRecommendation({ text: SENTENCES.en }, { model: null });
    expect(result.criteria.timebound.verdict).toBe("needs_review");
    expect(result.criteria.timebound.evidence).toEqual(rules.criteria.timebound.evidence);
    expect(result.criteria.timebound.suggestion).toEqual(expect.any(String));
  });
});

describe("training the learned layer", () => {
  // a small set of my own: the label follows "cue:a", "cue:b" is noise
  const examples: TrainingExample[] = [];
  for (let i = 0; i < 40; i++) {
    const a = i % 2 === 0;
    const b = i % 3 === 0;
    const features = ["bias", ...(a ? ["cue:a"] : []), ...(b ? ["cue:b"] : [])];
    examples.push({ features, label: a !== (i % 10 === 9) ? 1 : 0 });
  }

  it("is deterministic: the same examples give the same weights, to the digit", () => {
    const one = trainLogistic(examples, { lambda: 1 });
    const two = trainLogistic(
      examples.map((e) => ({ ...e, features: [...e.features] })),
      { lambda: 1 }
    );
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("learns the feature that carries the label, and the penalty shrinks the weights", () => {
    const weak = trainLogistic(examples, { lambda: 0.1 });
    const strong = trainLogistic(examples, { lambda: 30 });
    expect(weak["cue:a"]).toBeGreaterThan(2);
    expect(Math.abs(weak["cue:a"])).toBeGreaterThan(Math.abs(weak["cue:b"] ?? 0));
    expect(strong["cue:a"]).toBeGreaterThan(0);
    expect(strong["cue:a"]).toBeLessThan(weak["cue:a"]);
    expect(probabilityMet(weak, ["bias", "cue:a"])).toBeGreaterThan(0.7);
    expect(probabilityMet(weak, ["bias"])).toBeLessThan(0.3);
  });

  it("leaves unpenalised weights free, drops rare features and weighs examples", () => {
    const free = trainLogistic(examples, { lambda: 1000, unpenalised: (f) => f === "cue:a" });
    const pulled = trainLogistic(examples, { lambda: 1000 });
    expect(free["cue:a"]).toBeGreaterThan(1);
    expect(Math.abs(pulled["cue:a"] ?? 0)).toBeLessThan(0.1);
    const rare = trainLogistic([...examples, { features: ["bias", "cue:once"], label: 1 }], {
      lambda: 1,
    });
    expect(rare["cue:once"]).toBeUndefined();
    const heavy = trainLogistic(
      examples.map((e) => (e.features.includes("cue:b") ? { ...e, weight: 0 } : e)),
      { lambda: 1 }
    );
    expect(heavy["cue:b"] ?? 0).toBe(0);
  });
});
