import { DocumentModel, FakeHost, installOfficeFakes } from "../../support/office";
import {
  REPORT_NAMESPACE,
  REC_TAG_PREFIX,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { commentIntro, reviewSheetHeading } from "../../../src/core/review/publication";
import { readDocx } from "../../../src/files/docx";
import { publishCopy } from "../../../src/files/docx/publish";
import { SLICE_SIZE, readDocumentFile } from "../../../src/office/word/documentFile";
import { WordReviewError } from "../../../src/office/word/errors";
import { insertReviewSheet, writeComments } from "../../../src/office/word/reviewDocument";
import { reviewedMetadata } from "../../support/docxReview";

let host: FakeHost | null = null;
afterEach(() => {
  host?.uninstall();
  host = null;
});

const REC_A = "The Ministry of Justice should install ventilation in all cells by June 2027.";
const REC_B = "The director should reduce occupancy to the official capacity within six months.";

function reviewedDocument(): DocumentModel {
  const doc = new DocumentModel({
    paragraphs: [
      { text: "Report on the visit to Riverside", style: "Title" },
      { text: "Recommendations", style: "Heading 1" },
      { text: "The cells lacked ventilation.", style: "Normal" },
      { text: REC_A, tag: tagOf("recA0000001"), title: "Recommendation" },
      { text: REC_B, tag: tagOf("recB0000002"), title: "Recommendation" },
      { text: "Closing remarks.", style: "Normal" },
    ],
    properties: { author: "Ana Reviewer" },
  });
  doc.customXml.add(serializeReportMetadata(reviewedMetadata()));
  doc.customXml.add(
    `<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`
  );
  return doc;
}

describe("reading the open document's file", () => {
  it("hands over the document as Word holds it, for a copy without the review data; the document is unchanged", async () => {
    const doc = reviewedDocument();
    host = installOfficeFakes({ host: "word", document: doc });
    // What the pane adds during a review: comments on two recommendations, the review sheet.
    await writeComments([
      { id: "recA0000001", text: `${commentIntro("en", 6)}\nTime-bound: Not met.` },
      { id: "recB0000002", text: commentIntro("en", 9) },
    ]);
    await insertReviewSheet(reviewSheetHeading("en", "Visit to Riverside"), {
      rows: [
        ["Ref.", "Recommendation"],
        ["1", REC_A],
      ],
      widths: [40, 400],
    });
    const before = {
      texts: doc.texts(),
      controls: doc.taggedTexts(),
      comments: doc.comments.length,
    };
    host.resetCounters();

    const bytes = await readDocumentFile();
    expect(host.openFiles).toBe(0);
    expect(host.syncCount).toBe(0);
    const read = await readDocx(bytes);
    expect(read.paragraphs.filter((p) => p.part === "body").map((p) => p.text)).toEqual(
      before.texts
    );

    const { bytes: copy, summary } = await publishCopy(bytes);
    expect(summary).toMatchObject({
      reportPartsRemoved: 1,
      tagsRemoved: 2,
      commentsRemoved: 2,
      reviewSheetsRemoved: 1,
    });
    const published = await readDocx(copy);
    expect(published.paragraphs.map((p) => p.text)).toEqual(before.texts.slice(0, 6));
    expect(published.paragraphs.some((p) => p.contentControlTag?.startsWith(REC_TAG_PREFIX))).toBe(
      false
    );
    expect(published.customXmlParts.map((p) => p.namespace)).toEqual([
      "http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
    ]);
    // Only read: the open document keeps everything.
    expect({
      texts: doc.texts(),
      controls: doc.taggedTexts(),
      comments: doc.comments.length,
    }).toEqual(before);
    expect(doc.customXml.byNamespace(REPORT_NAMESPACE)).toHaveLength(1);
  });

  it("joins the slices of a large file in order and closes the file", async () => {
    const big = new Uint8Array(SLICE_SIZE + 12345);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
    host = installOfficeFakes({ host: "word", documentFile: async () => big });
    const bytes = await readDocumentFile();
    expect(bytes.length).toBe(big.length);
    expect(Buffer.from(bytes).equals(Buffer.from(big))).toBe(true);
    // Closed: Office refuses a third open file.
    expect(host.openFiles).toBe(0);
  });

  it("says plainly where Word cannot hand over the file, and closes nothing it did not open", async () => {
    host = installOfficeFakes({ host: "word", requirementSets: { WordApi: "1.4" } });
    await expect(readDocumentFile()).rejects.toThrow(WordReviewError);
    await expect(readDocumentFile()).rejects.toMatchObject({ problem: "needsCompressedFile" });
    expect(host.openFiles).toBe(0);
  });

  it("passes on Word's failure in its words", async () => {
    host = installOfficeFakes({
      host: "word",
      documentFile: async () => {
        throw new Error("The document is locked for editing.");
      },
    });
    await expect(readDocumentFile()).rejects.toThrow("The document is locked for editing.");
    expect(host.openFiles).toBe(0);
  });
});
