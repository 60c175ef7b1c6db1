import fc from "fast-check";
import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import { readDocx } from "../../../src/files/docx";

/** XML-ish text built from the pieces a document is made of, often broken. */
const piece = fc.constantFrom(
  "<w:p>",
  "</w:p>",
  "<w:r>",
  "</w:r>",
  "<w:t>",
  "</w:t>",
  "text",
  "<w:tab/>",
  "<w:br/>",
  "<w:tbl>",
  "</w:tbl>",
  "<w:tr>",
  "</w:tr>",
  "<w:tc>",
  "</w:tc>",
  "<w:sdt>",
  "</w:sdt>",
  "<w:sdtContent>",
  "</w:sdtContent>",
  '<w:tag w:val="opcat-rec:x"/>',
  '<w:numPr><w:numId w:val="1"/></w:numPr>',
  "<w:pPr>",
  "</w:pPr>",
  '<w:pStyle w:val="Heading1"/>',
  "<w:del>",
  "</w:del>",
  "<w:txbxContent>",
  "</w:txbxContent>",
  "&amp;",
  "&bogus;",
  "<",
  ">",
  '"',
  "<![CDATA[x]]>",
  "<!-- c -->",
  "<?pi x?>"
);
const body = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const document = body.map(
  (b) =>
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${b}</w:body></w:document>`
);

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocx on generated XML inside a valid zip", () => {
  it("reads it or refuses it with an InputError, nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(document, body, fc.boolean(), async (doc, numbering, withNumbering) => {
        const files: Record<string, string> = { "word/document.xml": doc };
        if (withNumbering)
          files["word/numbering.xml"] = `<w:numbering xmlns:w="x">${numbering}</w:numbering>`;
        try {
          const report = await readDocx(await zipOf(files));
          for (const p of report.paragraphs) expect(typeof p.text).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150, seed: 20261128 }
    );
  });

  it("refuses random bytes with an InputError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, pk) => {
        const data = pk ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        await expect(readDocx(data)).rejects.toBeInstanceOf(InputError);
      }),
      { numRuns: 150, seed: 20261128 }
    );
  });
});
