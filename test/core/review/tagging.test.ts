import type { FoundRecommendation } from "../../../src/core/extract/types";
import { identityChange } from "../../../src/core/model/identity";
import type { ReportParagraph } from "../../../src/core/model/report";
import { emptyReportMetadata, newRecommendationMeta } from "../../../src/core/model/reportMetadata";
import {
  controlTitle,
  planMark,
  planTagging,
  relocate,
  restored,
  unmarked,
  withReportId,
} from "../../../src/core/review";

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
    ...(tag ? { contentControlTag: tag } : {}),
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
    score: 1,
    candidate: false,
    reasons: [],
    ...extra,
  } as FoundRecommendation;
}

/** Ids from a list, so a test can make one collide. */
function ids(...list: string[]): () => string {
  let i = 0;
  return () => list[i++];
}

const GUESSED = { title: "Visit to Eastgate police station", date: "2026-02-10" };

describe("tagging decided in core", () => {
  const paragraphs = [
    para(0, "Visit to Eastgate police station"),
    para(1, "The cells were cold. The chief should heat them by winter."),
    para(2, "The chief should keep a custody register."),
  ];

  it("gives each finding a fresh id, a title in the pane's language and its place", () => {
    const metadata = emptyReportMetadata();
    metadata.recommendations = [newRecommendationMeta("taken-0001")];
    metadata.report.keyedAs = { title: "x", date: "" };
    const plan = planTagging(
      [
        found(1, "The chief should heat them by winter.", {
          span: { start: 21, end: 58 },
          ref: "4",
        }),
        found(2, "The chief should keep a custody register."),
      ],
      paragraphs,
      metadata,
      { language: "fr", guessed: GUESSED, newId: ids("taken-0001", "new-00001", "new-00002") }
    );
    expect(plan.requests).toEqual([
      {
        id: "new-00001",
        bodyParagraph: 1,
        paragraphText: paragraphs[1].text,
        span: { start: 21, end: 58 },
        title: "Recommandation 4",
      },
      {
        id: "new-00002",
        bodyParagraph: 2,
        paragraphText: paragraphs[2].text,
        span: null,
        title: "Recommandation",
      },
    ]);
    expect(plan.metadata.recommendations.map((r) => [r.id, r.ref])).toEqual([
      ["taken-0001", ""],
      ["new-00001", "4"],
      ["new-00002", ""],
    ]);
    expect(controlTitle("es", "2")).toBe("Recomendación 2");
  });

  it("keys a report's first ids under its title and date, so a copy saved as another report is noticed", () => {
    const plan = planTagging(
      [found(2, "The chief should keep a custody register.")],
      paragraphs,
      emptyReportMetadata(),
      {
        language: "en",
        guessed: GUESSED,
        newId: ids("new-00001"),
      }
    );
    expect(plan.metadata.report.keyedAs).toEqual(GUESSED);
    expect(identityChange(plan.metadata, GUESSED)).toBeNull();
    expect(identityChange(plan.metadata, { ...GUESSED, date: "2027-02-10" })).not.toBeNull();
    // A mark and a first send key the report the same way; ids already keyed stay as they were.
    const marked = planMark(emptyReportMetadata(), {
      language: "en",
      guessed: GUESSED,
      newId: ids("m-000001"),
    });
    expect(marked).toMatchObject({ id: "m-000001", title: "Recommendation" });
    expect(marked.metadata.report.keyedAs).toEqual(GUESSED);
    const sent = withReportId(
      plan.metadata,
      { title: "Other", date: "" },
      ids("new-00001", "rep-00001")
    );
    expect(sent.report.id).toBe("rep-00001");
    expect(sent.report.keyedAs).toEqual(GUESSED);
  });

  it("puts an unmarked recommendation back in its place and finds its text again", () => {
    const metadata = emptyReportMetadata();
    metadata.recommendations = ["a-000001", "b-000002", "c-000003"].map((id) =>
      newRecommendationMeta(id)
    );
    metadata.recommendations[1].overrides.targeted = {
      verdict: "not_met",
      note: "Name the chief.",
      reviewer: "Ana",
      at: "x",
    };
    const { metadata: without, removed } = unmarked(
      metadata,
      "b-000002",
      "The chief should heat them by winter."
    );
    expect(without.recommendations.map((r) => r.id)).toEqual(["a-000001", "c-000003"]);
    expect(restored(without, removed)).toEqual(metadata);
    expect(relocate(removed.text, paragraphs, "b-000002", "Recommendation")).toEqual({
      id: "b-000002",
      bodyParagraph: 1,
      paragraphText: paragraphs[1].text,
      span: { start: 21, end: 58 },
      title: "Recommendation",
    });
    // Over two paragraphs: tagged whole again.
    expect(
      relocate(`${paragraphs[1].text}\r${paragraphs[2].text}`, paragraphs, "b-000002", "R")
    ).toMatchObject({ bodyParagraph: 1, lastParagraph: 2, span: null });
    expect(relocate("Gone from the report.", paragraphs, "b-000002", "R")).toBeNull();
  });
});
