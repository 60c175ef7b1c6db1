import { cohensKappa, evaluateVerdicts, verdictAsLabel, type Label } from "../../../src/core/smart";
import { CRITERION_KEYS, type CriterionKey, type Verdict } from "../../../src/core/smart/types";

const pairs = (list: string): Array<[Label, Label]> =>
  list.split(" ").map((p) => [Number(p[0]) as Label, Number(p[1]) as Label]);

describe("cohensKappa", () => {
  it("matches a hand-computed value", () => {
    // 10 items: both 1 on 4, both 0 on 4, disagree on 2 (one each way).
    // po = 0.8; pe = 0.5*0.5 + 0.5*0.5 = 0.5; kappa = 0.6
    expect(cohensKappa(pairs("11 11 11 11 00 00 00 00 10 01"))).toBeCloseTo(0.6, 10);
  });

  it("is 1 for perfect agreement and negative for systematic disagreement", () => {
    expect(cohensKappa(pairs("11 00 11 00"))).toBe(1);
    expect(cohensKappa(pairs("10 01 10 01"))).toBeLessThan(0);
  });

  it("handles the degenerate case where chance agreement is certain", () => {
    expect(cohensKappa(pairs("11 11 11"))).toBe(1);
    expect(cohensKappa(pairs("00 00"))).toBe(1);
  });

  it("is 0 when one rater is constant and the other is not", () => {
    expect(cohensKappa(pairs("11 01 11 01"))).toBeCloseTo(0, 10);
  });

  it("is null without items", () => {
    expect(cohensKappa([])).toBeNull();
  });
});

describe("evaluateVerdicts", () => {
  const all = (verdict: Verdict) =>
    Object.fromEntries(CRITERION_KEYS.map((k) => [k, verdict])) as Record<CriterionKey, Verdict>;

  it("counts needs review as a miss whatever the label", () => {
    expect(verdictAsLabel("needs_review", 1)).toBe(0);
    expect(verdictAsLabel("needs_review", 0)).toBe(1);
    const summary = evaluateVerdicts([
      { labels: { targeted: 1 }, verdicts: all("needs_review") },
      { labels: { targeted: 0 }, verdicts: all("needs_review") },
    ]);
    expect(summary.perCriterion.targeted).toMatchObject({ n: 2, accuracy: 0 });
  });

  it("gives per-criterion and overall accuracy over the labelled pairs only", () => {
    const summary = evaluateVerdicts([
      { labels: { specific: 1, measurable: 0 }, verdicts: all("met") },
      { labels: { specific: 0 }, verdicts: all("not_met") },
    ]);
    expect(summary.perCriterion.specific).toEqual({ n: 2, accuracy: 1, kappa: 1 });
    expect(summary.perCriterion.measurable).toEqual({ n: 1, accuracy: 0, kappa: 0 });
    expect(summary.perCriterion.argued).toEqual({ n: 0, accuracy: null, kappa: null });
    expect(summary.overall).toEqual({ n: 3, accuracy: 2 / 3 });
  });
});
