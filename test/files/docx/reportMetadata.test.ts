import type { ReportParagraph } from "../../../src/core/model/report";
import {
  REPORT_NAMESPACE,
  emptyReportMetadata,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { readReportMetadata, taggedTexts } from "../../../src/files/docx/reportMetadata";

function para(
  index: number,
  text: string,
  tag?: string,
  part: ReportParagraph["part"] = "body"
): ReportParagraph {
  return {
    index,
    text,
    style: "Normal",
    headingLevel: null,
    listLabel: null,
    listLevel: null,
    tableCell: null,
    part,
    contentControlTag: tag,
  };
}

describe("report metadata in a .docx", () => {
  it("joins the paragraphs of one control as Word does and ignores other tags and parts", () => {
    const paragraphs = [
      para(0, "Intro"),
      para(1, "First line", tagOf("aaaa1111")),
      para(2, "second line", tagOf("aaaa1111")),
      para(3, "Other control", "someone-else"),
      para(4, "Next", tagOf("bbbb2222")),
      para(5, "In a footnote", tagOf("cccc3333"), "footnote"),
    ];
    expect(taggedTexts(paragraphs)).toEqual([
      { id: "aaaa1111", text: "First line\rsecond line" },
      { id: "bbbb2222", text: "Next" },
    ]);
  });

  it("reads our part among others and reconciles it with the tags", () => {
    const metadata = emptyReportMetadata();
    metadata.report.title = "Visit";
    metadata.recommendations = [
      newRecommendationMeta("aaaa1111", { ref: "1" }),
      newRecommendationMeta("gone1234", { ref: "2" }),
    ];
    const opened = readReportMetadata({
      paragraphs: [para(0, "R1", tagOf("aaaa1111"))],
      customXmlParts: [
        { path: "customXml/item1.xml", namespace: "urn:other", xml: "<x xmlns='urn:other'/>" },
        {
          path: "customXml/item2.xml",
          namespace: REPORT_NAMESPACE,
          xml: serializeReportMetadata(metadata),
        },
      ],
    });
    expect(opened.partId).toBe("customXml/item2.xml");
    expect(opened.metadata).toEqual(metadata);
    expect(opened.problems).toEqual([{ code: "missingControls", ids: ["gone1234"] }]);
  });

  it("reports a damaged part and keeps its text", () => {
    const xml = `<report xmlns="${REPORT_NAMESPACE}" version="x"></report>`;
    const opened = readReportMetadata({
      paragraphs: [para(0, "R1", tagOf("aaaa1111"))],
      customXmlParts: [{ path: "customXml/item1.xml", namespace: REPORT_NAMESPACE, xml }],
    });
    expect(opened.damaged).toEqual({
      partId: "customXml/item1.xml",
      xml,
      problem: "it has no valid version",
    });
    expect(opened.metadata.recommendations.map((r) => r.id)).toEqual(["aaaa1111"]);
  });
});
