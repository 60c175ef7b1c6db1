import {
  emptyReportMetadata,
  newRecommendationMeta,
  parseReportMetadata,
  serializeReportMetadata,
} from "../../../src/core/model/reportMetadata";
import {
  ReviewItem,
  decisionOf,
  effectiveScore,
  effectiveVerdict,
  isSettled,
  metCriteria,
  nextToSettle,
  overrideFor,
  reviewSummary,
  settle,
  settleAll,
  toSettle,
} from "../../../src/core/review";
import {
  CRITERION_KEYS,
  CheckResult,
  CriterionKey,
  Span,
  Verdict,
} from "../../../src/core/smart/types";

function check(notMet: CriterionKey[], review: CriterionKey[] = []): CheckResult {
  const criteria = Object.fromEntries(
    CRITERION_KEYS.map((k) => [
      k,
      {
        verdict: (review.includes(k)
          ? "needs_review"
          : notMet.includes(k)
            ? "not_met"
            : "met") as Verdict,
        evidence: [] as Span[],
        contextEvidence: [] as Span[],
        suggestion: null,
      },
    ])
  ) as CheckResult["criteria"];
  return { score: 10 - notMet.length - review.length, criteria };
}

function item(id: string, notMet: CriterionKey[], review: CriterionKey[] = []): ReviewItem {
  return { meta: newRecommendationMeta(id), text: `text ${id}`, check: check(notMet, review) };
}

function withMeta(
  items: ReviewItem[],
  metadata: { recommendations: ReviewItem["meta"][] }
): ReviewItem[] {
  return items.map((i) => ({
    ...i,
    meta: metadata.recommendations.find((m) => m.id === i.meta.id)!,
  }));
}

const AT = "2026-03-01T10:00:00.000Z";

describe("settling the checker's findings", () => {
  it("lists what is left to settle, in checklist order, and the met criteria for the fold", () => {
    const a = item("aaaa1111", ["timebound", "specific"], ["targeted"]);
    expect(toSettle(a)).toEqual(["specific", "timebound", "targeted"]);
    expect(metCriteria(a)).toHaveLength(7);
    expect(isSettled(a, "argued")).toBe(true);
    // Nothing to settle in a recommendation the checker could not read (its control is gone).
    expect(toSettle({ ...a, text: null, check: null })).toEqual([]);
  });

  it("records accept, keep and not applicable as overrides, each settling its criterion", () => {
    const a = item("aaaa1111", ["timebound", "specific", "rootcause"]);
    let metadata = { report: emptyReportMetadata().report, recommendations: [a.meta] };
    metadata = settle(metadata, a.meta.id, "timebound", overrideFor("met", " by June ", "Ana", AT));
    metadata = settle(metadata, a.meta.id, "specific", overrideFor("not_met", "", "Ana", AT));
    metadata = settle(
      metadata,
      a.meta.id,
      "rootcause",
      overrideFor("not_applicable", "", "Ana", AT)
    );
    const [b] = withMeta([a], metadata);
    expect(toSettle(b)).toEqual([]);
    expect(decisionOf(b.meta.overrides.timebound)).toBe("met");
    expect(b.meta.overrides.timebound?.note).toBe("by June");
    expect(decisionOf(b.meta.overrides.specific)).toBe("not_met");
    expect(decisionOf(b.meta.overrides.rootcause)).toBe("not_applicable");
    // Not applicable counts as met: there is nothing to improve.
    expect(effectiveVerdict(b, "rootcause")).toBe("met");
    expect(effectiveScore(b)).toBe(9);
    // It survives the report part, and reads as "met" where the flag is unknown.
    const xml = serializeReportMetadata(metadata);
    expect(xml).toContain('criterion="rootcause" verdict="met" applies="no"');
    const parsed = parseReportMetadata(xml);
    expect(parsed.ok && parsed.metadata).toEqual(metadata);
  });

  it("applies one decision to every recommendation of the criterion walk, leaving earlier decisions alone", () => {
    const items = [
      item("aaaa1111", ["timebound"]),
      item("bbbb2222", []),
      item("cccc3333", ["timebound"]),
    ];
    items[2].meta.overrides.timebound = overrideFor("not_met", "kept", "Ben", AT);
    const metadata = {
      report: emptyReportMetadata().report,
      recommendations: items.map((i) => i.meta),
    };
    const { metadata: next, ids } = settleAll(
      metadata,
      items,
      "timebound",
      overrideFor("met", "", "Ana", AT)
    );
    expect(ids).toEqual(["aaaa1111"]);
    expect(next.recommendations[2].overrides.timebound?.reviewer).toBe("Ben");
    expect(next.recommendations[0].overrides.timebound?.reviewer).toBe("Ana");
  });

  it("sums up the review and finds the next recommendation to settle", () => {
    const items = [
      item("aaaa1111", ["timebound", "targeted"]),
      item("bbbb2222", []),
      item("cccc3333", ["timebound"]),
      { meta: newRecommendationMeta("dddd4444"), text: null, check: null },
    ];
    const summary = reviewSummary(items);
    expect(summary).toEqual({
      total: 4,
      checked: 3,
      averageScore: 9,
      notMet: [
        { criterion: "timebound", count: 2 },
        { criterion: "targeted", count: 1 },
      ],
      left: 3,
      recommendationsLeft: 2,
      settled: 0,
    });
    expect(nextToSettle(items, null)).toBe("aaaa1111");
    expect(nextToSettle(items, "aaaa1111")).toBe("cccc3333");
    expect(nextToSettle(items, "cccc3333")).toBe("aaaa1111");
    expect(nextToSettle(items, "aaaa1111", "targeted")).toBe("aaaa1111");
    expect(nextToSettle([items[1]], null)).toBeNull();
  });
});
