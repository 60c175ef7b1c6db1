import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import { readDocx } from "../../../src/files/docx";
import { LIMITS } from "../../../src/files/docx/zip";
import {
  BULLETS,
  buildDocx,
  bullets,
  control,
  heading,
  numbered,
  para,
  table,
} from "../../support/docx";
import { cpuMillisOf } from "../../support/cpu";

async function read(spec: Parameters<typeof buildDocx>[0]) {
  return readDocx(await buildDocx(spec));
}

async function refusal(data: Uint8Array | ArrayBuffer): Promise<InputError> {
  try {
    await readDocx(data);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected readDocx to refuse the file");
}

describe("readDocx: emphasis", () => {
  it("gives the share of bold and italic text and where the bold runs are", async () => {
    const report = await read({
      styles: [{ name: "Recommendation", bold: true }],
      blocks: [
        para(["Cells were cold. ", { bold: "The CPT recommends that heating be installed." }]),
        para("All of it bold.", { style: "Recommendation" }),
        para([{ italic: "Quoted" }, " words"]),
        para([{ styled: "Strong text", characterStyle: "Strong" }, " plain"]),
        para("Nothing special."),
        para([{ raw: '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Not bold.</w:t></w:r>' }], {
          style: "Recommendation",
        }),
      ],
    });
    const [mixed, whole, italic, strong, plain, unbolded] = report.paragraphs;
    const bold = mixed.text.indexOf("The CPT");
    expect(mixed.emphasis?.boldRanges).toEqual([[bold, mixed.text.length]]);
    expect(mixed.emphasis?.bold).toBeCloseTo(39 / 53, 2);
    expect(whole.emphasis).toEqual({ bold: 1, italic: 0, boldRanges: [[0, whole.text.length]] });
    expect(italic.emphasis).toEqual({ bold: 0, italic: 6 / 11, boldRanges: [] });
    expect(strong.emphasis?.boldRanges).toEqual([[0, "Strong text".length]]);
    expect(plain.emphasis).toBeUndefined();
    expect(unbolded.emphasis).toBeUndefined();
  });
});

describe("readDocx: structure", () => {
  it("reads text, style names and heading levels from the style, its base style or the paragraph", async () => {
    const report = await read({
      styles: [
        { name: "Chapter", basedOn: "Heading 2" },
        { name: "Outlined", outlineLevel: 3 },
        { name: "Title" },
      ],
      blocks: [
        para("Report", { style: "Title" }),
        heading(1, "Findings"),
        para("Recs", { style: "Chapter" }),
        para("Deep", { style: "Outlined" }),
        para("Direct", { outlineLevel: 4 }),
        para("Body"),
      ],
    });
    expect(report.paragraphs.map((p) => [p.text, p.style, p.headingLevel])).toEqual([
      ["Report", "Title", 1],
      ["Findings", "Heading 1", 1],
      ["Recs", "Chapter", 2],
      ["Deep", "Outlined", 3],
      ["Direct", "Normal", 4],
      ["Body", "Normal", null],
    ]);
    expect(report.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(report.paragraphs.every((p) => p.part === "body" && p.tableCell === null)).toBe(true);
  });

  it("renders list labels with real counters per list and level, restarting deeper levels", async () => {
    const report = await read({
      lists: {
        letters: [
          { format: "lowerLetter", text: "%1)" },
          { format: "lowerRoman", text: "(%2)" },
        ],
        upper: [{ format: "upperLetter", text: "%1.", start: 3 }],
        roman: [{ format: "upperRoman", text: "%1." }],
      },
      blocks: [
        ...numbered("recs", [
          "one",
          "two",
          ["two.one", 1],
          ["two.two", 1],
          "three",
          ["three.one", 1],
        ]),
        ...numbered("letters", ["a", ["a-i", 1], ["a-ii", 1], "b"]),
        ...numbered("upper", ["C", "D"]),
        ...numbered("roman", ["I", "II", "III", "IV"]),
        ...bullets("bullets", ["dot"]),
        para("not listed"),
        ...numbered("recs", ["four"]),
      ],
    });
    expect(report.paragraphs.map((p) => [p.text, p.listLabel, p.listLevel])).toEqual([
      ["one", "1.", 0],
      ["two", "2.", 0],
      ["two.one", "2.1.", 1],
      ["two.two", "2.2.", 1],
      ["three", "3.", 0],
      ["three.one", "3.1.", 1],
      ["a", "a)", 0],
      ["a-i", "(i)", 1],
      ["a-ii", "(ii)", 1],
      ["b", "b)", 0],
      ["C", "C.", 0],
      ["D", "D.", 0],
      ["I", "I.", 0],
      ["II", "II.", 0],
      ["III", "III.", 0],
      ["IV", "IV.", 0],
      ["dot", "•", 0],
      ["not listed", null, null],
      ["four", "4.", 0],
    ]);
    expect(BULLETS[0].format).toBe("bullet");
  });

  it("numbers tables in reading order, with nested tables and cell positions", async () => {
    const report = await read({
      blocks: [
        para("Above"),
        table([
          ["A1", "B1"],
          ["A2", [para("B2 first"), table([["inner"]]), para("B2 last")]],
        ]),
        table([["second"]]),
      ],
    });
    expect(report.paragraphs.map((p) => [p.text, p.tableCell])).toEqual([
      ["Above", null],
      ["A1", { table: 0, row: 0, column: 0 }],
      ["B1", { table: 0, row: 0, column: 1 }],
      ["A2", { table: 0, row: 1, column: 0 }],
      ["B2 first", { table: 0, row: 1, column: 1 }],
      ["inner", { table: 1, row: 0, column: 0 }],
      ["B2 last", { table: 0, row: 1, column: 1 }],
      ["second", { table: 2, row: 0, column: 0 }],
    ]);
  });

  it("keeps the innermost content-control tag, block or inline", async () => {
    const report = await read({
      blocks: [
        control("outer", [para("in outer"), control("opcat-rec:abc123", [para("in inner")])]),
        para(["Before ", { control: "opcat-rec:inline1", content: ["tagged"] }, " after"]),
        para("untagged"),
      ],
    });
    expect(report.paragraphs.map((p) => [p.text, p.contentControlTag])).toEqual([
      ["in outer", "outer"],
      ["in inner", "opcat-rec:abc123"],
      ["Before tagged after", "opcat-rec:inline1"],
      ["untagged", undefined],
    ]);
  });

  it("reads notes, comments and text boxes after the body, each once", async () => {
    const report = await read({
      blocks: [
        para(["Body text", { footnote: 1 }]),
        para(["Anchor", { textBox: [para("Inside the box")] }]),
        para("Last body"),
      ],
      footnotes: [["A footnote."]],
      endnotes: [["An endnote."]],
      comments: [["A comment."]],
    });
    expect(report.paragraphs.map((p) => [p.index, p.part, p.text])).toEqual([
      [0, "body", "Body text"],
      [1, "body", "Anchor"],
      [2, "body", "Last body"],
      [3, "textbox", "Inside the box"],
      [4, "footnote", "A footnote."],
      [5, "endnote", "An endnote."],
      [6, "comment", "A comment."],
    ]);
  });

  it("turns tabs and breaks into \\t and \\n, drops deleted text and field codes, keeps insertions and links", async () => {
    const report = await read({
      blocks: [
        para([
          "A",
          { tab: true },
          "B",
          { br: true },
          "C ",
          { deleted: "removed " },
          { inserted: "added " },
          { field: "PAGE \\* MERGEFORMAT", result: "7" },
          " see ",
          { hyperlink: "the rules", url: "https://example.org" },
        ]),
      ],
    });
    expect(report.paragraphs[0].text).toBe("A\tB\nC added 7 see the rules");
  });

  it("reads Strict Open XML, a byte order mark and the Custom XML parts", async () => {
    const xml = `<?xml version="1.0"?><r:report xmlns:r="urn:opcat-recommendation-tracker:report:1" version="1"/>`;
    const report = await read({
      strict: true,
      bom: true,
      blocks: [heading(1, "Strict heading"), ...numbered("l", ["item"])],
      customXml: [xml, "<plain/>"],
    });
    expect(report.paragraphs.map((p) => [p.text, p.headingLevel, p.listLabel])).toEqual([
      ["Strict heading", 1, null],
      ["item", null, "1."],
    ]);
    expect(report.customXmlParts).toEqual([
      { path: "customXml/item1.xml", namespace: "urn:opcat-recommendation-tracker:report:1", xml },
      { path: "customXml/item2.xml", namespace: null, xml: "<plain/>" },
    ]);
  });

  it("decodes character references as Word does", async () => {
    const report = await read({
      blocks: [para([{ raw: "<w:r><w:t>NPM&#8217;s&#x20;view &lt;b&gt; &amp; more</w:t></w:r>" }])],
    });
    expect(report.paragraphs[0].text).toBe("NPM\u2019s view <b> & more");
  });

  it("accepts an ArrayBuffer", async () => {
    const bytes = await buildDocx({ blocks: [para("x")] });
    const copy = bytes.slice().buffer;
    expect((await readDocx(copy)).paragraphs[0].text).toBe("x");
  });
});

describe("readDocx: bad input", () => {
  it("refuses what is not a zip", async () => {
    const error = await refusal(new TextEncoder().encode("Dear colleagues, this is plain text."));
    expect(error.message).toBe("This file is not a Word document (.docx).");
  });

  it("refuses a truncated file", async () => {
    const bytes = await buildDocx({ blocks: [para("x".repeat(2000))] });
    const error = await refusal(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it("refuses a zip without word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const error = await refusal(await zip.generateAsync({ type: "uint8array" }));
    expect(error.message).toBe("This file is not a Word document (.docx).");
  });

  it("refuses a password-protected document or a .doc, saying so", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await refusal(ole);
    expect(error.message).toMatch(/password-protected/);
    expect(error.message).toMatch(/97-2003/);
  });

  it("refuses malformed XML and a DOCTYPE", async () => {
    const broken = await buildDocx({
      blocks: [para("x")],
      override: { "word/document.xml": "<w:document xmlns:w='x'><w:body><w:p></w:body>" },
    });
    expect((await refusal(broken)).message).toMatch(/word\/document.xml is not well-formed XML/);
    const entity = await buildDocx({
      blocks: [para("x")],
      override: {
        "word/document.xml": `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`,
      },
    });
    expect((await refusal(entity)).message).toMatch(/not valid Word XML/);
  });

  /** 100 MB of zeros in a few hundred KB, made once. */
  let bomb: Uint8Array;
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", new Uint8Array(LIMITS.partBytes + 1), { compression: "DEFLATE" });
    bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  });

  it("refuses a zip bomb by its declared size, before inflating it", async () => {
    const bytes = bomb.slice();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { result: refused, cpuMs } = await cpuMillisOf(() => refusal(bytes));
    expect(refused.message).toMatch(/too large/);
    expect(cpuMs).toBeLessThan(2000);
  });

  it("refuses a zip bomb that lies about its size, while inflating", async () => {
    const bytes = bomb.slice();
    // Rewrite the declared uncompressed size (central directory, offset 24) to 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i--)
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 100, true);
        break;
      }
    for (let i = 0; i < 4; i++)
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
    expect((await refusal(bytes)).message).toMatch(/too large/);
  });
});

describe("readDocx: a report with tracked changes, as it reads once they are accepted", () => {
  const deletedMark =
    '<w:p><w:pPr><w:rPr><w:del w:id="90" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">The Ministry of Health should fund two more nurses </w:t></w:r></w:p>';

  it("joins a paragraph whose mark was deleted to the next one, and says the report has tracked changes", async () => {
    const report = await read({
      blocks: [
        heading(1, "Recommendations"),
        { kind: "raw", xml: deletedMark },
        para("at the remand prison by June 2027."),
        para("A paragraph after it."),
      ],
    });
    expect(report.trackedChanges).toBe(true);
    expect(report.paragraphs.map((p) => p.text)).toEqual([
      "Recommendations",
      "The Ministry of Health should fund two more nurses at the remand prison by June 2027.",
      "A paragraph after it.",
    ]);
    expect(report.paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it("keeps the text of a deleted mark with nothing after it", async () => {
    const report = await read({ blocks: [para("First."), { kind: "raw", xml: deletedMark }] });
    expect(report.paragraphs.map((p) => p.text)).toEqual([
      "First.",
      "The Ministry of Health should fund two more nurses ",
    ]);
  });

  it("says nothing of tracked changes in a document without any", async () => {
    expect((await read({ blocks: [para("Plain.")] })).trackedChanges).toBe(false);
  });

  it("marks a document with only an insertion as having tracked changes", async () => {
    const report = await read({
      blocks: [
        para([
          "Install call bells",
          {
            raw: '<w:ins w:id="7" w:author="A"><w:r><w:t xml:space="preserve"> in every cell</w:t></w:r></w:ins>',
          },
          ".",
        ]),
      ],
    });
    expect(report.trackedChanges).toBe(true);
    expect(report.paragraphs[0].text).toBe("Install call bells in every cell.");
  });
});

describe("readDocx: content controls still showing their prompt", () => {
  it("leaves the prompt text out, in a paragraph and as a block", async () => {
    const inlinePrompt =
      "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>";
    const blockPrompt =
      "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
    const report = await read({
      blocks: [
        para(["The director should open the library daily. ", { raw: inlinePrompt }]),
        { kind: "raw", xml: blockPrompt },
        para("End."),
      ],
    });
    expect(report.paragraphs.map((p) => p.text)).toEqual([
      "The director should open the library daily. ",
      "End.",
    ]);
  });
});
