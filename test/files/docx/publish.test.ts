import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import {
  REC_TAG_PREFIX,
  REPORT_BACKUP_NAMESPACE,
  REPORT_NAMESPACE,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { TRACKER_LINK_SETTING, withoutReviewData } from "../../../src/core/review/publication";
import { readDocx } from "../../../src/files/docx";
import { publishCopy, removedAnything } from "../../../src/files/docx/publish";
import { buildDocx, control, heading, para, table } from "../../support/docx";
import {
  COLLEAGUE,
  OTHER_COMMENT,
  RECOMMENDATIONS,
  REPLY,
  REVIEWER,
  TRACKER_LINK,
  reviewedMetadata,
  reviewedReport,
} from "../../support/docxReview";
import { convertWithLibreOffice, libreOfficeAvailable } from "../../support/libreoffice";

/** Every part of a package, inflated, by name. */
async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  return out;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Parts compared as text, so a failure shows where they differ. */
async function expectSameParts(actual: Uint8Array, expected: Uint8Array): Promise<void> {
  const a = await parts(actual);
  const e = await parts(expected);
  expect([...a.keys()]).toEqual([...e.keys()]);
  for (const [name, bytes] of e)
    expect(`${name}: ${text(a.get(name))}`).toBe(`${name}: ${text(bytes)}`);
}

/** Everything a reader could find of the review data, anywhere in the package. */
async function reviewTraces(bytes: Uint8Array): Promise<string[]> {
  const found: string[] = [];
  for (const [name, content] of await parts(bytes)) {
    const xml = text(content);
    for (const trace of [
      REPORT_NAMESPACE,
      REPORT_BACKUP_NAMESPACE,
      REC_TAG_PREFIX,
      TRACKER_LINK_SETTING,
      "contoso.sharepoint.com",
      REVIEWER,
      "Double-SMART",
      "Vérification",
      "Revisión",
      "Fiche de relecture",
      REPLY,
      "reviewState",
      "checkedText",
    ])
      if (xml.includes(trace)) found.push(`${name}: ${trace}`);
  }
  return found;
}

describe("publishCopy", () => {
  let reviewed: Uint8Array;
  beforeAll(async () => {
    reviewed = await reviewedReport({ review: true });
  });

  it("the fixture holds every kind of review data", async () => {
    const traces = await reviewTraces(reviewed);
    for (const expected of [
      `customXml/item1.xml: ${REPORT_NAMESPACE}`,
      `customXml/item2.xml: ${REPORT_BACKUP_NAMESPACE}`,
      `word/document.xml: ${REC_TAG_PREFIX}`,
      `word/document.xml: Double-SMART`,
      `word/comments.xml: Double-SMART`,
      `word/comments.xml: ${REPLY}`,
      `word/people.xml: ${REVIEWER}`,
      `word/webextensions/webextension1.xml: ${TRACKER_LINK_SETTING}`,
    ])
      expect(traces).toContain(expected);
  });

  it("removes every kind of review data and keeps every other part as it was", async () => {
    const { bytes, summary } = await publishCopy(reviewed);
    expect(await reviewTraces(bytes)).toEqual([]);
    // Part by part, the copy is the report as it would have been without the review.
    await expectSameParts(bytes, await reviewedReport({ review: false }));
    expect(summary).toEqual({
      reportPartsRemoved: 1,
      reportPartsCleaned: 0,
      backupPartsRemoved: 1,
      tagsRemoved: 5,
      trackerLinkRemoved: true,
      otherSettingsRemoved: 0,
      commentsRemoved: 2,
      repliesRemoved: 1,
      authorsRemoved: 1,
      reviewSheetsRemoved: 1,
      commentsKept: 1,
    });
    expect(removedAnything(summary)).toBe(true);
  });

  it("leaves untouched parts byte for byte, compressed data included", async () => {
    const { bytes } = await publishCopy(reviewed);
    const before = await JSZip.loadAsync(reviewed);
    const after = await JSZip.loadAsync(bytes);
    for (const name of ["word/styles.xml", "word/footnotes.xml", "customXml/item3.xml"]) {
      const raw = (zip: JSZip) =>
        (zip.files[name] as unknown as { _data: { compressedContent: Uint8Array } })._data
          .compressedContent;
      expect(Buffer.from(raw(after)).equals(Buffer.from(raw(before)))).toBe(true);
    }
  });

  it("reads back with the same text, the recommendations untagged, the colleague's comment kept", async () => {
    const original = await readDocx(reviewed);
    const copy = await readDocx((await publishCopy(reviewed)).bytes);
    const sheetAt = original.paragraphs.findIndex((p) => p.text.startsWith("Double-SMART review"));
    const body = (paragraphs: typeof original.paragraphs) =>
      paragraphs.filter((p) => p.part !== "comment").map((p) => p.text);
    expect(body(copy.paragraphs)).toEqual(
      body(original.paragraphs.filter((p) => p.part !== "body" || p.index < sheetAt))
    );
    for (const rec of RECOMMENDATIONS)
      expect(body(copy.paragraphs).filter((t) => t.includes(rec.text))).toHaveLength(1);
    expect(copy.paragraphs.filter((p) => p.part === "comment").map((p) => p.text)).toEqual([
      OTHER_COMMENT,
    ]);
    const tags = copy.paragraphs.map((p) => p.contentControlTag).filter(Boolean);
    expect(new Set(tags)).toEqual(new Set(["cover-date", "term", "section-box"]));
    expect(copy.customXmlParts.map((p) => p.path)).toEqual(["customXml/item3.xml"]);
  });

  it("with keepTags, keeps the tags and the report's details without the review data", async () => {
    const { bytes, summary } = await publishCopy(reviewed, { keepTags: true });
    await expectSameParts(bytes, await reviewedReport({ review: false, tags: true }));
    expect(summary).toMatchObject({
      reportPartsRemoved: 0,
      reportPartsCleaned: 1,
      backupPartsRemoved: 1,
      tagsRemoved: 0,
      commentsRemoved: 2,
      reviewSheetsRemoved: 1,
    });
    const copy = await readDocx(bytes);
    const part = copy.customXmlParts.find((p) => p.namespace === REPORT_NAMESPACE)!;
    expect(part.xml).toBe(serializeReportMetadata(withoutReviewData(reviewedMetadata())));
    expect(part.xml).not.toContain("override");
    expect(part.xml).toContain('deadline="2027-06-30"');
    const documentXml = text((await parts(bytes)).get("word/document.xml"));
    for (const rec of RECOMMENDATIONS) expect(documentXml).toContain(tagOf(rec.id));
  });

  it("recognises the comments and the review sheet the pane wrote in French or Spanish", async () => {
    for (const language of ["fr", "es"] as const) {
      const { bytes, summary } = await publishCopy(
        await reviewedReport({ review: true, language })
      );
      expect(summary.commentsRemoved).toBe(2);
      expect(summary.reviewSheetsRemoved).toBe(1);
      await expectSameParts(bytes, await reviewedReport({ review: false, language }));
    }
  });

  it("keeps a reviewer among the people while a tracked change of theirs remains", async () => {
    const { bytes, summary } = await publishCopy(
      await reviewedReport({ review: true, reviewerEdits: true })
    );
    expect(summary.authorsRemoved).toBe(0);
    await expectSameParts(bytes, await reviewedReport({ review: false, reviewerEdits: true }));
    expect(text((await parts(bytes)).get("word/people.xml"))).toContain(COLLEAGUE);
  });

  it("publishing a published copy changes nothing", async () => {
    const once = (await publishCopy(reviewed)).bytes;
    const twice = await publishCopy(once);
    expect(removedAnything(twice.summary)).toBe(false);
    await expectSameParts(twice.bytes, once);
  });

  it("keeps a heading that only looks like the sheet's, and a comment that only mentions the check", async () => {
    const bytes = await buildDocx({
      blocks: [
        para("Double-SMART review sheet: what we learnt", { style: "Heading 2" }),
        table([["a", "b"]]),
        heading(1, "Double-SMART review sheet"),
        para("Not a table after it."),
        para([{ raw: '<w:commentRangeStart w:id="0"/>' }, "Text."]),
      ],
      comments: [["We discussed the Double-SMART check: 7/10 is fair."]],
    });
    const { summary, bytes: copy } = await publishCopy(bytes);
    expect(removedAnything(summary)).toBe(false);
    await expectSameParts(copy, bytes);
  });

  it("unwraps a control shown as a prompt inline by removing it, and keeps ordinary controls", async () => {
    const bytes = await buildDocx({
      blocks: [
        para([
          "Before ",
          {
            raw: `<w:sdt><w:sdtPr><w:tag w:val="${REC_TAG_PREFIX}abcd1234"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>`,
          },
          "after.",
        ]),
        control("keep-me", [para("Ordinary control.")]),
      ],
    });
    const { bytes: copy, summary } = await publishCopy(bytes);
    expect(summary.tagsRemoved).toBe(1);
    const read = await readDocx(copy);
    expect(read.paragraphs.map((p) => p.text)).toEqual(["Before after.", "Ordinary control."]);
    expect(read.paragraphs[1].contentControlTag).toBe("keep-me");
  });

  it("refuses what is not a readable Word document in the reader's words", async () => {
    const notZip = new TextEncoder().encode("just text");
    await expect(publishCopy(notZip)).rejects.toThrow(InputError);
    await expect(publishCopy(notZip)).rejects.toThrow("not a Word document");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(publishCopy(ole)).rejects.toThrow("password-protected");
    const cut = reviewed.slice(0, reviewed.length - 200);
    await expect(publishCopy(cut)).rejects.toThrow(/damaged/);
    const xlsx = await new JSZip().file("xl/workbook.xml", "<workbook/>").generateAsync({
      type: "uint8array",
    });
    await expect(publishCopy(xlsx)).rejects.toThrow("not a Word document");
  });

  it("refuses a report whose document part does not nest, naming the part", async () => {
    const bytes = await buildDocx({
      blocks: [control(`${REC_TAG_PREFIX}abcd1234`, [para("Text.")])],
      override: {
        "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:p></w:body></w:document>`,
      },
    });
    await expect(publishCopy(bytes)).rejects.toThrow(
      "This file is damaged: its part word/document.xml is not well-formed XML."
    );
  });

  it("removes a damaged report part whole even with keepTags, its review data being unreadable", async () => {
    const bytes = await buildDocx({
      blocks: [control(`${REC_TAG_PREFIX}abcd1234`, [para("Text.")])],
      customXml: [
        serializeReportMetadata(reviewedMetadata()).replace('version="1"', 'version="9"'),
      ],
    });
    const { bytes: copy, summary } = await publishCopy(bytes, { keepTags: true });
    expect(summary.reportPartsRemoved).toBe(1);
    expect((await readDocx(copy)).customXmlParts).toEqual([]);
    expect(await reviewTraces(copy)).toEqual([`word/document.xml: ${REC_TAG_PREFIX}`]);
  });
});

(libreOfficeAvailable() ? describe : describe.skip)("a published copy in LibreOffice", () => {
  it("opens, and its text holds the recommendations and no review data", async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-publish-lo-"));
    try {
      const input = join(dir, "published.docx");
      await fs.writeFile(input, (await publishCopy(await reviewedReport({ review: true }))).bytes);
      const [out] = await convertWithLibreOffice([input], { format: "txt:Text", outDir: dir });
      const plain = await fs.readFile(out, "utf8");
      for (const rec of RECOMMENDATIONS) expect(plain).toContain(rec.text);
      expect(plain).toContain("Closing remarks of the delegation.");
      expect(plain).not.toContain("Double-SMART");
      expect(plain).not.toContain(REVIEWER);
      expect(plain).not.toContain(TRACKER_LINK);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
