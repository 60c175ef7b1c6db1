import type { FoundRecommendation } from "../../../src/core/extract/types";
import type { ReportParagraph } from "../../../src/core/model/report";
import {
  emptyReportDetails,
  emptyReportMetadata,
  newRecommendationMeta,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import {
  contextsOf,
  metaForFinding,
  reviewSession,
  untaggedFindings,
} from "../../../src/core/review";
import {
  CRITERION_KEYS,
  CheckInput,
  CheckResult,
  CriterionResult,
} from "../../../src/core/smart/types";

function para(index: number, text: string, tag?: string): ReportParagraph {
  return {
    index,
    text,
    style: "Normal",
    headingLevel: null,
    listLabel: null,
    listLevel: null,
    tableCell: null,
    part: "body",
    contentControlTag: tag,
  };
}

function found(
  paragraph: number,
  text: string,
  extra: Partial<FoundRecommendation> = {}
): FoundRecommendation {
  return {
    text,
    paragraph,
    span: null,
    context: "",
    score: 3,
    reasons: ["recommends"],
    language: "en",
    ...extra,
  };
}

/** A checker that records what it was asked and meets every criterion. */
function recordingCheck(calls: CheckInput[]) {
  return (input: CheckInput): CheckResult => {
    calls.push(input);
    const result: CriterionResult = {
      verdict: "met",
      evidence: [],
      contextEvidence: [],
      suggestion: null,
    };
    return {
      score: 10,
      criteria: Object.fromEntries(
        CRITERION_KEYS.map((k) => [k, result])
      ) as CheckResult["criteria"],
    };
  };
}

describe("review session", () => {
  const paragraphs = [
    para(0, "The delegation saw no bells. The Ministry should install bells."),
    para(1, "The Director should train staff.", tagOf("bbbb2222")),
    para(2, "Nothing here."),
  ];

  it("gives the checker the sentences before an inline recommendation, or the finder's context", () => {
    const contexts = contextsOf(
      [
        { id: "aaaa1111", text: "The Ministry should install bells." },
        { id: "bbbb2222", text: "The Director should train staff." },
      ],
      paragraphs,
      [
        found(1, "The Director should train staff.", {
          tag: tagOf("bbbb2222"),
          context: "Given Rule 75,",
        }),
      ]
    );
    expect(contexts.get("aaaa1111")).toBe("The delegation saw no bells.");
    expect(contexts.get("bbbb2222")).toBe("Given Rule 75,");
  });

  it("gives the checker the heading or stem that introduces a tagged item before its own context", () => {
    const contexts = contextsOf(
      [{ id: "cccc3333", text: "install call bells in every cell;" }],
      paragraphs,
      [
        found(1, "install call bells in every cell;", {
          tag: tagOf("cccc3333"),
          introduction: "For the Governor",
          context: "Given Rule 75,",
        }),
      ]
    );
    expect(contexts.get("cccc3333")).toBe("For the Governor\nGiven Rule 75,");
  });

  it("does not tag again what is already tagged, inline or whole-paragraph", () => {
    const findings = [
      found(0, "The Ministry should install bells."),
      found(1, "The Director should train staff."),
      found(2, "Nothing here."),
      found(9, "Not a body paragraph."),
    ];
    expect(
      untaggedFindings(findings, paragraphs, ["The Ministry should install bells."]).map(
        (f) => f.paragraph
      )
    ).toEqual([2]);
    expect(untaggedFindings(findings, paragraphs, []).map((f) => f.paragraph)).toEqual([0, 2]);
  });

  it("fills a new recommendation from the finding and the report's defaults", () => {
    const report = {
      ...emptyReportDetails(),
      addressee: "Ministry of Justice",
      theme: "Health",
      type: "visit" as const,
    };
    expect(
      metaForFinding(
        "cccc3333",
        found(0, "x", {
          ref: "4",
          deadline: "2026-12-31",
          timeframe: "Short term",
          priority: "High",
        }),
        report
      )
    ).toEqual(
      newRecommendationMeta("cccc3333", {
        ref: "4",
        addressee: "Ministry of Justice",
        theme: "Health",
        deadline: "2026-12-31",
        timeframe: "short",
        priority: "high",
        type: "visit",
      })
    );
    expect(
      metaForFinding(
        "cccc3333",
        found(0, "x", { addressee: "Director", deadline: "within three months" }),
        report
      )
    ).toMatchObject({ addressee: "Director", deadline: "" });
  });

  it("checks the recommendations in the document, records changed texts and keeps the others unchecked", () => {
    const metadata = emptyReportMetadata();
    metadata.recommendations = [
      newRecommendationMeta("aaaa1111", { checkedText: "old text", reviewState: "approved" }),
      newRecommendationMeta("bbbb2222", { checkedText: "same" }),
      newRecommendationMeta("gone1234", { checkedText: "kept" }),
    ];
    const calls: CheckInput[] = [];
    const session = reviewSession(
      metadata,
      [
        { id: "aaaa1111", text: "new text" },
        { id: "bbbb2222", text: "same" },
      ],
      new Map([["aaaa1111", "ctx"]]),
      recordingCheck(calls)
    );
    expect(calls).toEqual([
      { text: "new text", context: "ctx" },
      { text: "same", context: "" },
    ]);
    expect(session.rechecked).toBe(1);
    expect(session.metadata.recommendations[0]).toMatchObject({
      checkedText: "new text",
      reviewState: "reviewed",
    });
    expect(session.items[0].context).toBe("ctx");
    expect(session.items[2]).toMatchObject({
      text: null,
      check: null,
      meta: { checkedText: "kept" },
    });
    expect(metadata.recommendations[0].checkedText).toBe("old text");
  });
});
