import { readReport } from "../../../src/office/word/readReport";
import { DocumentModel, FakeHost, ParagraphSeed, installOfficeFakes } from "../../support/office";

let host: FakeHost;
afterEach(() => host.uninstall());

function open(seed: ParagraphSeed[], sets?: Record<string, string>): FakeHost {
  host = installOfficeFakes({
    host: "word",
    document: new DocumentModel(seed),
    requirementSets: sets,
  });
  return host;
}

/** A report of `n` paragraphs with headings, numbered lists, a table and tagged recommendations. */
function report(n: number): ParagraphSeed[] {
  const out: ParagraphSeed[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push({ text: `Section ${i}`, style: "Heading 2" });
    out.push({
      text: `The authorities should act on point ${i}.`,
      list: { label: `${i + 1}.` },
      tag: `opcat-rec:r${i}`,
    });
    out.push({ text: `Finding ${i}`, cell: { table: i, row: 0, column: 0 } });
    out.push({ text: `Recommendation ${i}`, cell: { table: i, row: 0, column: 1 } });
    out.push({ text: "Body text." });
    // A finding with its recommendation sentence in bold: read in pieces, in the same syncs.
    out.push({
      text: `Cells were cold. The CPT recommends heating ${i}.`,
      bold: [[17, 40 + String(i).length]],
    });
  }
  return out.slice(0, n);
}

test("10 and 500 paragraphs are read in the same number of syncs", async () => {
  const small = open(report(10));
  const a = await readReport();
  const smallSyncs = small.syncCount;
  small.uninstall();
  const big = open(report(500));
  const b = await readReport();
  expect(a.paragraphs).toHaveLength(10);
  expect(b.paragraphs).toHaveLength(500);
  expect(smallSyncs).toBe(2);
  expect(big.syncCount).toBe(smallSyncs);
  expect(big.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
});

test("styles, headings, lists, tables and tags are mapped", async () => {
  open([
    { text: "Visit to the remand prison", style: "Title" },
    { text: "Recommandations", style: "Titre 1" },
    { text: "Context", style: "Normal", outlineLevel: 3 },
    {
      text: "The director should\u000brepair the cells.",
      list: { label: "1." },
      tag: "opcat-rec:abc",
    },
    { text: "Medical screening\twithin 24 hours.", list: { label: "a)", level: 1 } },
    { text: "Finding", cell: { table: 1, row: 0, column: 0 } },
    { text: "Recommendation", cell: { table: 1, row: 0, column: 1 } },
    {
      text: "Provide access to a lawyer.",
      cell: { table: 1, row: 1, column: 1 },
      tag: "opcat-rec:def",
    },
    { text: "" },
    { text: "Second table", cell: { table: 2, row: 0, column: 0 } },
    { text: "Untagged", tag: "" },
  ]);
  const { paragraphs, complete } = await readReport();
  expect(complete).toBe(true);
  expect(paragraphs.map((p) => [p.index, p.style, p.headingLevel])).toEqual([
    [0, "Title", null],
    [1, "Titre 1", 1],
    [2, "Normal", 3],
    [3, "List Paragraph", null],
    [4, "List Paragraph", null],
    [5, "Normal", null],
    [6, "Normal", null],
    [7, "Normal", null],
    [8, "Normal", null],
    [9, "Normal", null],
    [10, "Normal", null],
  ]);
  expect(paragraphs[3]).toMatchObject({
    text: "The director should\nrepair the cells.",
    listLabel: "1.",
    listLevel: 0,
    contentControlTag: "opcat-rec:abc",
    tableCell: null,
    part: "body",
  });
  expect(paragraphs[4]).toMatchObject({
    text: "Medical screening\twithin 24 hours.",
    listLabel: "a)",
    listLevel: 1,
  });
  expect(paragraphs[4].contentControlTag).toBeUndefined();
  expect(paragraphs.slice(5, 10).map((p) => p.tableCell)).toEqual([
    { table: 0, row: 0, column: 0 },
    { table: 0, row: 0, column: 1 },
    { table: 0, row: 1, column: 1 },
    null,
    { table: 1, row: 0, column: 0 },
  ]);
  expect(paragraphs[7].contentControlTag).toBe("opcat-rec:def");
  expect(paragraphs[10].contentControlTag).toBeUndefined();
  expect(paragraphs[0]).toMatchObject({ listLabel: null, listLevel: null, tableCell: null });
});

test("a document without lists, tables or tags needs one sync", async () => {
  const h = open([{ text: "Heading", style: "Heading 1" }, { text: "Plain" }]);
  const { paragraphs } = await readReport();
  expect(paragraphs.map((p) => p.headingLevel)).toEqual([1, null]);
  expect(h.syncCount).toBe(1);
});

test("Word without WordApi 1.3 gets text and headings, and is told the read is incomplete", async () => {
  const h = open(report(10), { WordApi: "1.2" });
  const { paragraphs, complete } = await readReport();
  expect(complete).toBe(false);
  expect(paragraphs[0]).toMatchObject({
    text: "Section 0",
    headingLevel: 2,
    listLabel: null,
    tableCell: null,
  });
  expect(h.syncCount).toBe(1);
});

test("bold and italic: whole paragraphs, and the bold sentences of a partly bold one", async () => {
  const finding = "The cells were cold. The CPT recommends that heating be installed. It was June.";
  const bold = finding.indexOf("The CPT");
  const boldEnd = finding.indexOf(" It was");
  open([
    { text: "All in bold.", bold: true },
    { text: finding, bold: [[bold, boldEnd]] },
    { text: "Quoted words. Here plain.", italic: [[0, 13]] },
    { text: "Plain." },
  ]);
  const { paragraphs } = await readReport();
  expect(paragraphs[0].emphasis).toEqual({ bold: 1, italic: 0, boldRanges: [[0, 12]] });
  expect(paragraphs[1].emphasis?.boldRanges).toEqual([[bold, boldEnd]]);
  expect(paragraphs[1].emphasis?.bold).toBeCloseTo(39 / 66, 2);
  expect(paragraphs[2].emphasis).toEqual({ bold: 0, italic: 12 / 22, boldRanges: [] });
  expect(paragraphs[3].emphasis).toBeUndefined();
  expect(host.syncCount).toBe(2);
});

describe("tracked changes", () => {
  it("says the document has tracked changes, in the same syncs as the paragraphs", async () => {
    const h = open(report(10));
    h.document.trackedChanges.push({
      type: "Deleted",
      text: "not ",
      author: "Ana",
      date: "2026-03-01T10:00:00Z",
    });
    const read = await readReport();
    expect(read.trackedChanges).toBe(true);
    expect(h.syncCount).toBe(2);
  });

  it("says none where there are none, and cannot tell before WordApi 1.6, silently", async () => {
    open(report(4));
    expect((await readReport()).trackedChanges).toBe(false);
    host.uninstall();
    const old = open(report(4), { WordApi: "1.5" });
    old.document.trackedChanges.push({ type: "Added", text: "x", author: "A", date: "" });
    const read = await readReport();
    expect(read.trackedChanges).toBeNull();
    expect(read.paragraphs).toHaveLength(4);
  });
});
