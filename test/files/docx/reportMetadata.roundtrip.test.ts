/**
 * What the Word pane saves is what the .docx reader reads: the report is
 * tagged and its review data saved through the Word adapter on the host
 * fake, a .docx is built from the fake document's paragraphs, content
 * controls and Custom XML parts, and src/files/docx reads the same data.
 */
import { Block, Inline, buildDocx, control, para } from "../../support/docx";
import { DocumentModel, FakeHost, installOfficeFakes } from "../../support/office";
import {
  ReportMetadata,
  emptyReportMetadata,
  newRecommendationMeta,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { openReport } from "../../../src/core/review";
import { readDocx } from "../../../src/files/docx";
import { readReportMetadata } from "../../../src/files/docx/reportMetadata";
import {
  TagRequest,
  readStoredReview,
  saveReportMetadata,
  tagRecommendations,
} from "../../../src/office/word/reviewDocument";

let host: FakeHost | null = null;
afterEach(() => {
  host?.uninstall();
  host = null;
});

const FINDING = "The delegation observed that the register was incomplete. ";
const INLINE_REC = "The Director should check the register every week.";
const PARAGRAPHS = [
  "Report on the visit to Prison Nord",
  "The Ministry of Justice should install call bells in every cell within three months.",
  FINDING + INLINE_REC,
  'Text with markup-like characters: <b> & "quotes" should stay as they are.',
];

/** The fake document as a .docx description: whole-paragraph and inline controls, our parts. */
function docxSpecOf(doc: DocumentModel) {
  const blocks: Block[] = [];
  for (const p of doc.paragraphs) {
    const around = doc.contentControls.find((c) => c.start.p === p);
    if (!around) {
      blocks.push(para(p.text));
    } else if (around.start.off === 0 && around.end.off === p.text.length) {
      blocks.push(control(around.tag, [para(p.text)]));
    } else {
      const content: Inline[] = [
        p.text.slice(0, around.start.off),
        { control: around.tag, content: [p.text.slice(around.start.off, around.end.off)] },
        p.text.slice(around.end.off),
      ].filter((piece) => piece !== "");
      blocks.push(para(content));
    }
  }
  return { blocks, customXml: doc.customXml.parts.map((part) => part.xml) };
}

function metadataFor(ids: string[]): ReportMetadata {
  const m = emptyReportMetadata();
  m.report = {
    title: 'Visit to "Nord" & annex <2>',
    type: "visit",
    date: "2026-03-14",
    places: ["Prison Nord", "Police station 4"],
    link: "https://example.org/report?id=1&lang=en",
    addressee: "Ministry of Justice",
    theme: "Health care",
  };
  m.recommendations = ids.map((id, i) =>
    newRecommendationMeta(id, {
      ref: String(i + 1),
      addressee: i === 0 ? "Ministry of Justice" : "Director of Prison Nord",
      groups: ["Women", "Foreign nationals"],
      priority: "high",
      timeframe: "short",
      deadline: "2026-12-31",
      type: "visit",
      place: "Prison Nord",
      reviewState: i === 0 ? "approved" : "reviewed",
      checkedText: i === 0 ? PARAGRAPHS[1] : INLINE_REC,
      overrides: {
        argued: {
          verdict: "met",
          note: "The finding is stated\njust before <here>.",
          reviewer: "Ana O'Neil",
          at: "2026-04-01T10:00:00.000Z",
        },
      },
    })
  );
  return m;
}

async function writeThroughWord(): Promise<{ doc: DocumentModel; metadata: ReportMetadata }> {
  const doc = new DocumentModel(PARAGRAPHS.map((text) => ({ text })));
  host = installOfficeFakes({ host: "word", document: doc });
  const requests: TagRequest[] = [
    { id: "recA0000001", bodyParagraph: 1, paragraphText: PARAGRAPHS[1], span: null, title: "R1" },
    {
      id: "recB0000002",
      bodyParagraph: 2,
      paragraphText: PARAGRAPHS[2],
      span: { start: FINDING.length, end: PARAGRAPHS[2].length },
      title: "R2",
    },
  ];
  await tagRecommendations(requests);
  const metadata = metadataFor(requests.map((r) => r.id));
  await saveReportMetadata(metadata, null);
  return { doc, metadata };
}

describe("report metadata round trip (Word adapter -> .docx -> docx reader)", () => {
  it("reads back the same report details, recommendations, overrides and review states", async () => {
    const { doc, metadata } = await writeThroughWord();
    const stored = await readStoredReview();
    const inWord = openReport(stored.parts ?? [], stored.tagged);
    expect(inWord.metadata).toEqual(metadata);

    const fromDocx = readReportMetadata(await readDocx(await buildDocx(docxSpecOf(doc))));
    expect(fromDocx.metadata).toEqual(inWord.metadata);
    expect(fromDocx.inDocument).toEqual(inWord.inDocument);
    expect(fromDocx.problems).toEqual([]);
    expect(fromDocx.damaged).toBeNull();
  });

  it("reports a hand-deleted control the same way on both sides, keeping its data", async () => {
    const { doc, metadata } = await writeThroughWord();
    doc.contentControls.splice(0, 1);
    const stored = await readStoredReview();
    const inWord = openReport(stored.parts ?? [], stored.tagged);
    const fromDocx = readReportMetadata(await readDocx(await buildDocx(docxSpecOf(doc))));
    expect(inWord.problems).toEqual([{ code: "missingControls", ids: ["recA0000001"] }]);
    expect(fromDocx.problems).toEqual(inWord.problems);
    expect(fromDocx.metadata).toEqual(inWord.metadata);
    expect(new Set(fromDocx.metadata.recommendations)).toEqual(new Set(metadata.recommendations));
  });

  it("reports a damaged part the same way on both sides, with its text kept", async () => {
    const { doc } = await writeThroughWord();
    const part = doc.customXml.parts[0];
    part.xml = part.xml.replace('version="1"', 'version="9"');
    const stored = await readStoredReview();
    const inWord = openReport(stored.parts ?? [], stored.tagged);
    const fromDocx = readReportMetadata(await readDocx(await buildDocx(docxSpecOf(doc))));
    expect(inWord.damaged?.xml).toBe(part.xml);
    expect(fromDocx.damaged?.xml).toBe(part.xml);
    expect(fromDocx.problems).toEqual(inWord.problems);
    expect(fromDocx.metadata.recommendations.map((r) => r.id)).toEqual([
      "recA0000001",
      "recB0000002",
    ]);
  });

  it("gives whole-paragraph recommendations the same text on both sides", async () => {
    const { doc } = await writeThroughWord();
    const stored = await readStoredReview();
    const docx = await readDocx(await buildDocx(docxSpecOf(doc)));
    const tag = docx.paragraphs.find((p) => p.contentControlTag === tagOf("recA0000001"));
    expect(tag?.text).toBe(stored.tagged[0].text);
    expect(stored.tagged[1].text).toBe(INLINE_REC);
  });
});
