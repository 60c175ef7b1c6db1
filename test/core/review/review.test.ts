import {
  newRecommendationMeta,
  serializeReportMetadata,
  emptyReportMetadata,
} from "../../../src/core/model/reportMetadata";
import {
  ReviewItem,
  SheetLabels,
  criterionWalk,
  effectiveScore,
  effectiveVerdict,
  filterItems,
  markChecked,
  mergeSpans,
  needsRecheck,
  openReport,
  parseGroups,
  reviewSheet,
  setOverride,
  setReviewState,
  step,
} from "../../../src/core/review";
import {
  CRITERION_KEYS,
  CheckResult,
  CriterionKey,
  Span,
  Verdict,
} from "../../../src/core/smart/types";

function check(notMet: CriterionKey[]): CheckResult {
  const criteria = Object.fromEntries(
    CRITERION_KEYS.map((k) => [
      k,
      {
        verdict: (notMet.includes(k) ? "not_met" : "met") as Verdict,
        evidence: [] as Span[],
        contextEvidence: [] as Span[],
        suggestion: notMet.includes(k) ? "Fix it." : null,
      },
    ])
  ) as CheckResult["criteria"];
  return { score: 10 - notMet.length, criteria };
}

function item(id: string, notMet: CriterionKey[], text = "text"): ReviewItem {
  return { meta: newRecommendationMeta(id, { checkedText: text }), text, check: check(notMet) };
}

const override = (verdict: Verdict) => ({
  verdict,
  note: "n",
  reviewer: "R",
  at: "2026-01-01T00:00:00Z",
});

describe("review logic", () => {
  it("lets an override decide the verdict and the score", () => {
    const a = item("aaaa1111", ["timebound", "argued"]);
    expect(effectiveScore(a)).toBe(8);
    const meta = setOverride(
      { report: emptyReportMetadata().report, recommendations: [a.meta] },
      "aaaa1111",
      "timebound",
      override("met")
    );
    const b = { ...a, meta: meta.recommendations[0] };
    expect(effectiveVerdict(b, "timebound")).toBe("met");
    expect(effectiveScore(b)).toBe(9);
    expect(a.meta.overrides).toEqual({});
    const cleared = setOverride(meta, "aaaa1111", "timebound", null);
    expect(cleared.recommendations[0].overrides).toEqual({});
  });

  it("filters by criterion not met and by review state", () => {
    const items = [
      item("aaaa1111", ["timebound"]),
      item("bbbb2222", []),
      item("cccc3333", ["timebound", "specific"]),
    ];
    items[2].meta.reviewState = "approved";
    expect(
      filterItems(items, { criterionNotMet: "timebound", reviewState: null }).map((i) => i.meta.id)
    ).toEqual(["aaaa1111", "cccc3333"]);
    expect(
      filterItems(items, { criterionNotMet: "timebound", reviewState: "approved" }).map(
        (i) => i.meta.id
      )
    ).toEqual(["cccc3333"]);
    expect(filterItems(items, { criterionNotMet: null, reviewState: "draft" })).toHaveLength(2);
  });

  it("walks one criterion, skipping the ones met after overrides", () => {
    const items = [
      item("aaaa1111", ["argued"]),
      item("bbbb2222", []),
      item("cccc3333", ["argued"]),
    ];
    items[0].meta.overrides.argued = override("met");
    expect(criterionWalk(items, "argued")).toEqual([{ id: "cccc3333", verdict: "not_met" }]);
  });

  it("steps forward and back, wrapping", () => {
    expect(step(["a", "b", "c"], "c", 1)).toBe("a");
    expect(step(["a", "b", "c"], "a", -1)).toBe("c");
    expect(step(["a", "b"], "zz", 1)).toBe("a");
    expect(step([], null, 1)).toBeNull();
  });

  it("asks for a re-check when the text changed and sends an approved recommendation back to review", () => {
    const a = item("aaaa1111", []);
    a.meta.reviewState = "approved";
    expect(needsRecheck(a)).toBe(false);
    expect(needsRecheck({ ...a, text: "new" })).toBe(true);
    const m = markChecked(
      { report: emptyReportMetadata().report, recommendations: [a.meta] },
      "aaaa1111",
      "new"
    );
    expect(m.recommendations[0]).toMatchObject({ checkedText: "new", reviewState: "reviewed" });
    expect(setReviewState(m, "aaaa1111", "approved").recommendations[0].reviewState).toBe(
      "approved"
    );
    expect(() => setReviewState(m, "nope1234", "approved")).toThrow();
  });

  it("merges overlapping evidence spans", () => {
    expect(
      mergeSpans([
        [10, 15],
        [0, 3],
        [2, 5],
        [15, 18],
        [7, 7],
      ])
    ).toEqual([
      [0, 5],
      [10, 18],
    ]);
  });

  it("splits groups", () => {
    expect(parseGroups(" a; b;;c ")).toEqual(["a", "b", "c"]);
  });
});

describe("opening a report", () => {
  const meta = emptyReportMetadata();
  meta.report.title = "T";
  meta.recommendations = [
    newRecommendationMeta("aaaa1111", { ref: "1" }),
    newRecommendationMeta("bbbb2222", { ref: "2" }),
  ];
  const xml = serializeReportMetadata(meta);

  it("keeps metadata whose content control was deleted and adds metadata for new tags", () => {
    const opened = openReport(
      [{ id: "p1", xml }],
      [
        { id: "cccc3333", text: "x" },
        { id: "aaaa1111", text: "y" },
      ]
    );
    expect(opened.metadata.recommendations.map((r) => r.id)).toEqual([
      "cccc3333",
      "aaaa1111",
      "bbbb2222",
    ]);
    expect(opened.inDocument).toEqual(["cccc3333", "aaaa1111"]);
    expect(opened.problems).toEqual([{ code: "missingControls", ids: ["bbbb2222"] }]);
    expect(opened.partId).toBe("p1");
  });

  it("keeps a damaged part aside and reports it", () => {
    const opened = openReport(
      [{ id: "p1", xml: xml.slice(0, 300) }],
      [{ id: "aaaa1111", text: "y" }]
    );
    expect(opened.damaged).toEqual({
      partId: "p1",
      xml: xml.slice(0, 300),
      problem: "it is cut short",
    });
    expect(opened.partId).toBeNull();
    expect(opened.metadata.recommendations.map((r) => r.id)).toEqual(["aaaa1111"]);
    expect(opened.problems[0].code).toBe("damagedPart");
  });

  it("reports a tag used twice", () => {
    const opened = openReport(
      [],
      [
        { id: "aaaa1111", text: "a" },
        { id: "aaaa1111", text: "b" },
      ]
    );
    expect(opened.problems).toEqual([{ code: "duplicateTags", ids: ["aaaa1111"] }]);
  });
});

describe("review sheet", () => {
  it("fits a portrait page: a mark per criterion, notes under the text, a legend row", () => {
    const a = item("aaaa1111", ["argued", "timebound"], "Install bells.");
    a.meta.ref = "R1";
    a.meta.overrides.argued = {
      verdict: "met",
      note: "Rule 22 cited above",
      reviewer: "Ana",
      at: "x",
    };
    a.meta.overrides.rootcause = {
      verdict: "met",
      notApplicable: true,
      note: "",
      reviewer: "Ana",
      at: "x",
    };
    const metadata = {
      report: emptyReportMetadata().report,
      recommendations: [a.meta, newRecommendationMeta("bbbb2222", { checkedText: "Old" })],
    };
    const labels: SheetLabels = {
      ref: "Ref",
      recommendation: "Rec",
      score: "Score",
      notes: "Notes",
      criteria: Object.fromEntries(CRITERION_KEYS.map((k) => [k, k])) as SheetLabels["criteria"],
      marks: { met: "Y", not_met: "N", needs_review: "?", not_applicable: "na", notChecked: "-" },
      markNames: { met: "met", not_met: "not met", needs_review: "review", not_applicable: "n/a" },
      byReviewer: "*",
      byReviewerName: "by a reviewer",
      states: { draft: "Draft", reviewed: "Reviewed", approved: "Approved" },
      noteLine: (c, v, n, r) => `${c}: ${v}, ${n} (${r})`,
    };
    const { rows, widths } = reviewSheet(metadata, [a], labels);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(["Ref", "Rec", ..."SMARTSPART".split(""), "Score"]);
    expect(widths).toHaveLength(13);
    // Narrow enough for an A4 page in portrait with 2.5 cm margins (451 pt).
    expect(widths.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(451);
    expect(rows[1]).toEqual([
      "R1",
      "Install bells.\nNotes:\nargued: met, Rule 22 cited above (Ana)\nrootcause: n/a,  (Ana)",
      "Y",
      "Y",
      "Y",
      "Y",
      "N",
      "Y",
      "Y",
      "Y*",
      "na*",
      "Y",
      "9/10\nDraft",
    ]);
    expect(rows[2].slice(0, 3)).toEqual(["", "Old", "-"]);
    const legend = rows[3];
    expect(legend.filter((cell) => cell !== "")).toHaveLength(1);
    expect(legend[1]).toContain("S specific · M measurable");
    expect(legend[1]).toContain("na n/a");
    expect(legend[1]).toContain("* by a reviewer");
  });
});
