import { InputError } from "../../../src/core/model/errors";
import {
  applyEdits,
  attribute,
  childNamed,
  descendants,
  scanXml,
  visibleText,
} from "../../../src/files/docx/xmlScan";

describe("the tag scanner", () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- a > comment --><w:body xmlns:w="urn:w"><w:p w:a="x > y"><w:r><w:t>A &amp; B</w:t><w:tab/><w:t><![CDATA[<c>]]></w:t></w:r></w:p><w:tbl/></w:body>';

  it("finds where each element starts and ends, prefixes and quoted '>' included", () => {
    const scan = scanXml(xml, "part.xml");
    expect(scan.root.local).toBe("body");
    const p = childNamed(scan.root, "p")!;
    expect(xml.slice(p.start, p.end)).toMatch(/^<w:p w:a="x > y">.*<\/w:p>$/);
    expect(attribute(scan, p, "a")).toBe("x > y");
    expect(visibleText(scan, p)).toBe("A & B\t<c>");
    expect([...descendants(scan.root)].map((e) => e.local)).toEqual([
      "p",
      "r",
      "t",
      "tab",
      "t",
      "tbl",
    ]);
    const tbl = childNamed(scan.root, "tbl")!;
    expect(tbl.end - tbl.start).toBe("<w:tbl/>".length);
  });

  it("edits in place, leaving every other character as it was", () => {
    const scan = scanXml(xml, "part.xml");
    const p = childNamed(scan.root, "p")!;
    const r = childNamed(p, "r")!;
    // Unwrap the paragraph, remove the table, and an edit inside a removed range is dropped.
    const out = applyEdits(xml, [
      { start: p.start, end: p.openEnd },
      { start: p.closeStart, end: p.end },
      { start: r.start, end: r.end, text: "<w:r/>" },
      { start: r.start + 1, end: r.start + 2 },
    ]);
    expect(out).toBe(
      xml
        .replace(/<w:p [^>]*"x > y">/, "")
        .replace("</w:p>", "")
        .replace(/<w:r>.*<\/w:r>/, "<w:r/>")
    );
  });

  it("refuses tags that do not nest, a second root, a DOCTYPE, in the reader's words", () => {
    for (const bad of [
      "<a><b></a></b>",
      "<a>",
      "<a/><b/>",
      "<a><b attr='x></a>",
      '<!DOCTYPE a [<!ENTITY x "y">]><a/>',
      "",
    ]) {
      expect(() => scanXml(bad, "word/document.xml")).toThrow(InputError);
      expect(() => scanXml(bad, "word/document.xml")).toThrow(/word\/document\.xml/);
    }
  });

  it("scans a deeply nested part without overflowing the stack", () => {
    const depth = 200_000;
    const deep = "<a>".repeat(depth) + "</a>".repeat(depth);
    const scan = scanXml(deep, "deep.xml");
    let count = 0;
    for (const _ of descendants(scan.root)) count++;
    expect(count).toBe(depth - 1);
  });
});
