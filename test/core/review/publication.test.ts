import { newRecommendationMeta, emptyReportMetadata } from "../../../src/core/model/reportMetadata";
import {
  DOCUMENT_TEXTS,
  SETTING_PREFIX,
  TRACKER_LINK_SETTING,
  commentIntro,
  hasReviewData,
  isAddinComment,
  isAddinSetting,
  isReviewSheetHeading,
  reviewSheetHeading,
  withoutReviewData,
} from "../../../src/core/review/publication";

describe("what review data is", () => {
  const metadata = () => {
    const m = emptyReportMetadata();
    m.report = { ...m.report, title: "Visit", date: "2026-01-02", places: ["Prison Nord"] };
    m.recommendations = [
      newRecommendationMeta("aaaa1111", {
        ref: "1",
        addressee: "Ministry",
        theme: "Health",
        groups: ["Women"],
        priority: "high",
        timeframe: "short",
        deadline: "2026-12-31",
        type: "visit",
        place: "Prison Nord",
        reviewState: "approved",
        checkedText: "The ministry should act.",
        overrides: {
          targeted: { verdict: "met", note: "Named above.", reviewer: "Ana", at: "2026-01-03" },
        },
      }),
    ];
    return m;
  };

  it("keeps the report's details and the tracker fields, drops verdicts, notes, names, states and checked text", () => {
    const original = metadata();
    const clean = withoutReviewData(original);
    expect(clean.report).toEqual(original.report);
    expect(clean.recommendations[0]).toEqual({
      ...original.recommendations[0],
      overrides: {},
      reviewState: "draft",
      checkedText: "",
    });
    expect(hasReviewData(original)).toBe(true);
    expect(hasReviewData(clean)).toBe(false);
    // The original is left as it was.
    expect(original.recommendations[0].overrides.targeted?.reviewer).toBe("Ana");
  });

  it("each part of the review data counts on its own", () => {
    for (const fields of [{ reviewState: "reviewed" as const }, { checkedText: "x" }]) {
      const m = emptyReportMetadata();
      m.recommendations = [newRecommendationMeta("aaaa1111", fields)];
      expect(hasReviewData(m)).toBe(true);
    }
    const m = emptyReportMetadata();
    m.recommendations = [newRecommendationMeta("aaaa1111", { ref: "3", theme: "Food" })];
    expect(hasReviewData(m)).toBe(false);
  });

  it("knows the add-in's settings by their prefix", () => {
    expect(TRACKER_LINK_SETTING.startsWith(SETTING_PREFIX)).toBe(true);
    expect(isAddinSetting(TRACKER_LINK_SETTING)).toBe(true);
    expect(isAddinSetting("Office.AutoShowTaskpaneWithDocument")).toBe(false);
  });
});

describe("the texts the add-in writes into a report", () => {
  it("writes the comment's first line and the sheet's heading in the pane's language", () => {
    expect(commentIntro("en", 7)).toBe("Double-SMART check: 7/10.");
    expect(commentIntro("fr", 10)).toBe("Vérification Double-SMART : 10/10.");
    expect(commentIntro("es", 0)).toBe("Revisión Double-SMART: 0/10.");
    expect(reviewSheetHeading("fr")).toBe("Fiche de relecture Double-SMART");
    expect(reviewSheetHeading("es", " Visita ")).toBe("Hoja de revisión Double-SMART: Visita");
  });

  it("recognises the add-in's comments in any of its languages, and no one else's", () => {
    for (const language of ["en", "fr", "es"] as const)
      for (const score of [0, 5, 10])
        expect(
          isAddinComment(`${commentIntro(language, score)}\nSpecific: Not met. Name the place.`)
        ).toBe(true);
    // Word may have turned the French space before ":" into a no-break space.
    expect(isAddinComment("Vérification Double-SMART\u00a0: 4/10.")).toBe(true);
    for (const other of [
      "Please check the Double-SMART check: 7/10.",
      "Double-SMART check: 11/10.",
      "Double-SMART check: 7/10.5 is odd",
      "A colleague's remark.",
      "",
    ])
      expect(isAddinComment(other)).toBe(false);
  });

  it("recognises the sheet's heading with or without the report's title", () => {
    for (const texts of Object.values(DOCUMENT_TEXTS)) {
      expect(isReviewSheetHeading(texts.reviewSheetHeading)).toBe(true);
      expect(isReviewSheetHeading(`${texts.reviewSheetHeading}: Visit to X`)).toBe(true);
    }
    expect(isReviewSheetHeading("About the Double-SMART review sheet")).toBe(false);
    expect(isReviewSheetHeading("Double-SMART review sheets and their use")).toBe(false);
  });
});
