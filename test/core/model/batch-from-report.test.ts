import {
  guessReportDetails,
  reportToBatch,
  withGuessedDetails,
} from "../../../src/core/model/batch-from-report";
import { parseBatch, serializeBatch, withCandidates } from "../../../src/core/model/batch";
import type { ReportParagraph } from "../../../src/core/model/report";
import {
  emptyReportDetails,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { openReport, taggedTexts } from "../../../src/core/review/open";
import { checkRecommendation } from "../../../src/core/smart";

function para(index: number, text: string, extra: Partial<ReportParagraph> = {}): ReportParagraph {
  return {
    index,
    text,
    style: "Normal",
    headingLevel: null,
    listLabel: null,
    listLevel: null,
    tableCell: null,
    part: "body",
    ...extra,
  };
}

const REC_A =
  "The prison administration should install a working call bell in every cell of Block C by 31 December 2026.";
const REC_B =
  "The Ministry of Justice should ensure that every detainee sees a doctor within 24 hours of admission.";

describe("reportToBatch, untagged report", () => {
  const paragraphs = [
    para(0, "Urgent letter on H prison", { style: "Title" }),
    para(1, "Date: 12 March 2026"),
    para(2, "Findings", { headingLevel: 1, style: "Heading 1" }),
    para(3, "Several cells had no call bell."),
    para(4, "Recommendations", { headingLevel: 1, style: "Heading 1" }),
    para(5, `1. ${REC_A}`),
    para(
      6,
      `2. The NPM reiterates its recommendation that ${REC_B.charAt(0).toLowerCase()}${REC_B.slice(1)}`
    ),
  ];

  it("finds the recommendations, guesses the details and scores each", () => {
    const { batch, tagged, warnings } = reportToBatch({
      paragraphs,
      opened: null,
      fileName: "C:\\reports\\h.docx",
      created: "2026-03-20T10:00:00Z",
      generator: "test",
    });
    expect(tagged).toBe(false);
    expect(warnings).toEqual([]);
    expect(batch.report).toEqual({
      id: "urgent-letter-on-h-prison-2026-03-12",
      title: "Urgent letter on H prison",
      type: "urgent",
      date: "2026-03-12",
      places: [],
      link: "",
    });
    expect(batch.recommendations.length).toBe(2);
    const [a, b] = batch.recommendations;
    expect(a.id).toBeUndefined();
    expect(a.text).toContain("install a working call bell");
    expect(a.smartScore).toBe(checkRecommendation({ text: a.text, context: "" }).score);
    expect(b.repeated).toBe(true);
    // What it makes is a valid batch, exactly as a reader would see it.
    expect(parseBatch(serializeBatch(batch))).toEqual(batch);
  });

  it("gives the possible recommendations apart, and withCandidates appends them after the others", () => {
    const { batch, candidates } = reportToBatch({
      paragraphs: [
        ...paragraphs,
        para(7, "Other findings", { headingLevel: 1, style: "Heading 1" }),
        para(8, "The showers were cold. The director should offer hot showers every day."),
      ],
      opened: null,
    });
    expect(batch.recommendations).toHaveLength(2);
    expect(candidates.map((c) => c.text)).toEqual([
      "The director should offer hot showers every day.",
    ]);
    expect(candidates[0].id).toBeUndefined();
    const merged = withCandidates(batch, candidates);
    expect(merged.batch.recommendations.map((r) => r.text)).toEqual([
      ...batch.recommendations.map((r) => r.text),
      "The director should offer hot showers every day.",
    ]);
    expect(merged.candidates).toEqual([2]);
    expect(batch.recommendations).toHaveLength(2);
  });

  it("leaves the date out unless a line holds only a date, and falls back to the file name", () => {
    const { batch } = reportToBatch({
      paragraphs: [para(0, "The visit took place on 12 March 2026."), para(1, `1. ${REC_A}`)],
      opened: null,
      fileName: "/tmp/report 7.docx",
    });
    expect(batch.report).toMatchObject({ title: "", date: "", type: "", id: "report 7.docx" });
  });
});

describe("reportToBatch, tagged report", () => {
  const paragraphs = [
    para(0, "Visit to H prison", { style: "Title" }),
    para(1, "Having found broken bells, the NPM recommends:"),
    para(2, REC_A, { contentControlTag: tagOf("recA1234") }),
    para(3, REC_B, { contentControlTag: tagOf("recB1234") }),
    para(4, "It also asks for records.", { contentControlTag: tagOf("recB1234") }),
    para(5, "The NPM recommends that the director publish the house rules in five languages."),
  ];
  const metadata = {
    report: {
      id: "rep-77",
      title: "Visit to H prison",
      type: "visit" as const,
      date: "2026-02-12",
      places: ["H prison"],
      link: "https://npm.example/h.pdf",
      addressee: "Prison administration",
      theme: "Material conditions",
    },
    recommendations: [
      newRecommendationMeta("recA1234", {
        ref: "1",
        priority: "high",
        deadline: "2026-12-31",
        groups: ["Prisoners"],
        overrides: {
          measurable: { verdict: "met", note: "", reviewer: "Ana", at: "2026-03-01T10:00:00Z" },
        },
      }),
      newRecommendationMeta("recB1234", { ref: "2", addressee: "Ministry of Justice", theme: "" }),
      newRecommendationMeta("gone0001", { ref: "3" }),
    ],
  };
  const opened = openReport(
    [{ id: "item1.xml", xml: serializeReportMetadata(metadata) }],
    taggedTexts(paragraphs)
  );

  it("gives one recommendation per tag with the stored data and the reviewers' verdicts", () => {
    const { batch, tagged, warnings } = reportToBatch({ paragraphs, opened, fileName: "h.docx" });
    expect(tagged).toBe(true);
    expect(batch.report).toEqual({
      id: "rep-77",
      title: "Visit to H prison",
      type: "visit",
      date: "2026-02-12",
      places: ["H prison"],
      link: "https://npm.example/h.pdf",
    });
    expect(batch.recommendations.map((r) => r.id)).toEqual(["recA1234", "recB1234"]);
    const [a, b] = batch.recommendations;
    expect(a).toMatchObject({
      ref: "1",
      text: REC_A,
      type: "visit",
      authority: "Prison administration",
      theme: "Material conditions",
      groups: ["Prisoners"],
      priority: "high",
      deadline: "2026-12-31",
    });
    const check = checkRecommendation({
      text: REC_A,
      context: "Having found broken bells, the NPM recommends:",
    });
    const overridden = check.criteria.measurable.verdict === "met" ? 0 : 1;
    expect(a.smartScore).toBe(check.score + overridden);
    expect(b).toMatchObject({
      text: `${REC_B}\nIt also asks for records.`,
      authority: "Ministry of Justice",
      theme: "Material conditions",
    });
    expect(warnings).toEqual([
      { code: "taggedTextGone", values: { count: "1" } },
      { code: "untaggedLeftOut", values: { count: "1" } },
    ]);
    expect(parseBatch(serializeBatch(batch))).toEqual(batch);
  });
});

describe("reportToBatch, a control inside a paragraph (as Word reads it)", () => {
  const finding = "The delegation found the restraint register incomplete.";
  const inline = "The NPM recommends that the director check the register every week.";
  // Word names no control for a paragraph the control covers only part of.
  const paragraphs = [
    para(0, "Visit to H prison", { style: "Title" }),
    para(1, REC_A, { contentControlTag: tagOf("recA1234") }),
    para(2, `${finding} ${inline}`),
  ];
  const tagged = [
    { id: "recA1234", text: REC_A },
    { id: "recC1234", text: inline },
  ];
  const metadata = {
    report: { ...emptyReportDetails(), id: "rep-78", title: "Visit to H prison" },
    recommendations: [newRecommendationMeta("recA1234"), newRecommendationMeta("recC1234")],
  };
  const opened = openReport([{ id: "item1.xml", xml: serializeReportMetadata(metadata) }], tagged);

  it("exports every control with its own text when the controls' texts are given", () => {
    const { batch, warnings } = reportToBatch({ paragraphs, opened, tagged });
    expect(batch.recommendations.map((r) => [r.id, r.text])).toEqual([
      ["recA1234", REC_A],
      ["recC1234", inline],
    ]);
    const check = checkRecommendation({ text: inline, context: finding });
    expect(batch.recommendations[1].smartScore).toBe(check.score);
    expect(warnings).toEqual([]);
  });
});

describe("reportToBatch, what it leaves out: a code and values for each case", () => {
  const REC_C =
    "The health service should see that every detainee on hunger strike is examined by a doctor every day.";
  const metaFor = (ids: string[]) => ({
    report: { ...emptyReportDetails(), id: "rep-90", title: "Visit to K prison" },
    recommendations: ids.map((id) => newRecommendationMeta(id)),
  });
  const xmlFor = (ids: string[]) => [
    { id: "item1.xml", xml: serializeReportMetadata(metaFor(ids)) },
  ];

  it("names by its place a tagged recommendation with no text, and one longer than a cell holds", () => {
    const long = `${REC_A} ${"The cells are cold. ".repeat(1700)}`;
    expect(long.length).toBeGreaterThan(32767);
    const paragraphs = [
      para(0, "Visit to K prison", { style: "Title" }),
      para(1, REC_A, { contentControlTag: tagOf("recA1234") }),
      para(2, "", { contentControlTag: tagOf("recE1234") }),
      para(3, long, { contentControlTag: tagOf("recL1234") }),
    ];
    const tagged = [
      { id: "recA1234", text: REC_A },
      { id: "recE1234", text: "" },
      { id: "recL1234", text: long },
    ];
    const opened = openReport(xmlFor(["recA1234", "recE1234", "recL1234"]), tagged);
    const { batch, warnings } = reportToBatch({ paragraphs, opened, tagged });
    expect(batch.recommendations.map((r) => r.id)).toEqual(["recA1234"]);
    expect(warnings).toEqual([
      { code: "noText", values: { number: "2" } },
      { code: "tooLong", values: { number: "3" } },
    ]);
  });

  it("counts the tagged recommendations whose text is gone and the untagged ones the finder found", () => {
    const paragraphs = [
      para(0, "Visit to K prison", { style: "Title" }),
      para(1, "Recommendations", { headingLevel: 1, style: "Heading 1" }),
      para(2, REC_A, { contentControlTag: tagOf("recA1234") }),
      para(3, `2. ${REC_B}`),
      para(4, `3. ${REC_C}`),
    ];
    const tagged = [{ id: "recA1234", text: REC_A }];
    const opened = openReport(xmlFor(["recA1234", "gone0001", "gone0002"]), tagged);
    const { warnings } = reportToBatch({ paragraphs, opened, tagged });
    expect(warnings).toEqual([
      { code: "taggedTextGone", values: { count: "2" } },
      { code: "untaggedLeftOut", values: { count: "2" } },
    ]);
  });
});

describe("reportToBatch, a tagged report whose details were left empty", () => {
  const paragraphs = [
    para(0, "Urgent letter on H prison", { style: "Title" }),
    para(1, "Date: 12 March 2026"),
    para(2, REC_A, { contentControlTag: tagOf("recA1234") }),
  ];
  const openedWith = (report: ReturnType<typeof emptyReportDetails>) =>
    openReport(
      [
        {
          id: "item1.xml",
          xml: serializeReportMetadata({
            report,
            recommendations: [newRecommendationMeta("recA1234")],
          }),
        },
      ],
      taggedTexts(paragraphs)
    );

  it("still guesses title, date and type from the document (tagging stores empty details)", () => {
    const opened = openedWith({ ...emptyReportDetails(), id: "rep-79" });
    expect(opened.partId).not.toBeNull();
    const { batch, tagged } = reportToBatch({ paragraphs, opened });
    expect(tagged).toBe(true);
    expect(batch.report).toMatchObject({
      id: "rep-79",
      title: "Urgent letter on H prison",
      date: "2026-03-12",
      type: "urgent",
    });
    expect(batch.recommendations[0].type).toBe("urgent");
  });

  it("keeps what the user saved over any guess", () => {
    const opened = openedWith({
      ...emptyReportDetails(),
      id: "rep-80",
      title: "Follow-up visit to H prison",
      date: "2026-04-01",
    });
    const { batch } = reportToBatch({ paragraphs, opened });
    // The type follows the saved title, not the document's (urgent) one.
    expect(batch.report).toMatchObject({
      title: "Follow-up visit to H prison",
      date: "2026-04-01",
      type: "visit",
    });
    const saved = openedWith({ ...emptyReportDetails(), id: "rep-81", type: "thematic" });
    expect(reportToBatch({ paragraphs, opened: saved }).batch.report).toMatchObject({
      title: "Urgent letter on H prison",
      type: "thematic",
    });
  });
});

describe("guessReportDetails / withGuessedDetails", () => {
  it("takes the first heading when no paragraph has the Title style, and guesses no type it cannot see", () => {
    const guessed = guessReportDetails([
      para(0, "Ministry of Justice", { part: "header" }),
      para(1, "Introductory note"),
      para(2, "Conditions in H prison", { headingLevel: 1, style: "Heading 1" }),
    ]);
    expect(guessed).toEqual({ title: "Conditions in H prison", date: "", type: "", places: [] });
  });

  it("fills only the empty fields", () => {
    const guessed = { title: "Visit to H prison", date: "2026-03-12", type: "visit" as const };
    const details = { ...emptyReportDetails(), title: "  ", theme: "Health" };
    expect(withGuessedDetails(details, guessed)).toEqual({ ...details, ...guessed });
    const mine = {
      ...emptyReportDetails(),
      title: "Mine",
      date: "2025-01-02",
      type: "annual" as const,
    };
    expect(withGuessedDetails(mine, guessed)).toEqual(mine);
  });
});

describe("reportToBatch, the report's own details and each recommendation's", () => {
  const DETAILS =
    "Report No. MB-2025-04\nDate of report: 2 June 2025\nPlace visited: Bramley Prison, 4 Mill Lane, Bramley";
  const FIRST =
    "The Ministry of Justice and the Ministry of Health should fill the vacant posts of doctor within three months.";
  const SECOND = "The director should stop immediately the use of the unlit punishment cell.";
  const paragraphs = (details = DETAILS) => [
    para(0, "Report on the visit to Bramley Prison", { style: "Title" }),
    para(1, details),
    para(2, "Recommendations", { headingLevel: 1, style: "Heading 1" }),
    para(3, `1. ${FIRST}`),
    para(4, `2. ${SECOND}`),
  ];

  it("reads date, reference and place, and each recommendation's deadline, place and addressees, marked", () => {
    const result = reportToBatch({ paragraphs: paragraphs(), opened: null, fileName: "b.docx" });
    expect(result).toMatchObject({ dateFrom: "report", dateLine: "Date of report: 2 June 2025" });
    expect(result.batch.report).toMatchObject({
      date: "2025-06-02",
      places: ["Bramley Prison"],
      reference: "MB-2025-04",
      type: "visit",
    });
    const [first, second] = result.batch.recommendations;
    expect(first).toMatchObject({
      deadline: "2025-09-02",
      authority: "Ministry of Justice; Ministry of Health",
      place: "Bramley Prison",
      placeType: "Prison",
      theme: "Health care",
      origin: {
        deadline: "report",
        authority: "report",
        place: "report",
        placeType: "guessed",
        theme: "guessed",
      },
    });
    expect(second).toMatchObject({ timeframe: "short", origin: { timeframe: "report" } });
    expect(second.deadline).toBeUndefined();
    expect(parseBatch(serializeBatch(result.batch))).toEqual(result.batch);
  });

  it("takes the date the user gives over the report's, and says when there is none", () => {
    const given = reportToBatch({
      paragraphs: paragraphs(),
      opened: null,
      reportDate: "2025-06-30",
    });
    expect(given.dateFrom).toBe("given");
    expect(given.batch.report.date).toBe("2025-06-30");
    // Durations count from the date the user gave.
    expect(given.batch.recommendations[0].deadline).toBe("2025-09-30");
    const none = reportToBatch({
      paragraphs: paragraphs("Place visited: Bramley Prison"),
      opened: null,
    });
    expect(none).toMatchObject({ dateFrom: null, dateLine: "" });
    expect(none.batch.report.date).toBe("");
    expect(none.batch.recommendations[0].deadline).toBeUndefined();
  });

  it("keeps what the Word pane saved and reads what it left empty", () => {
    const tagged = [
      para(0, "Report on the visit to Bramley Prison", { style: "Title" }),
      para(1, DETAILS),
      para(2, FIRST, { contentControlTag: tagOf("recF1234") }),
    ];
    const opened = openReport(
      [
        {
          id: "item1.xml",
          xml: serializeReportMetadata({
            report: { ...emptyReportDetails(), id: "rep-90", places: ["Bramley Prison"] },
            recommendations: [newRecommendationMeta("recF1234", { deadline: "2025-12-31" })],
          }),
        },
      ],
      taggedTexts(tagged)
    );
    const { batch, dateFrom } = reportToBatch({ paragraphs: tagged, opened });
    expect(dateFrom).toBe("report");
    const [rec] = batch.recommendations;
    // The saved deadline wins; the saved place is the user's (no origin); the rest is read.
    expect(rec).toMatchObject({ deadline: "2025-12-31", place: "Bramley Prison" });
    expect(rec.origin).toEqual({ authority: "report", placeType: "guessed", theme: "guessed" });
  });
});
